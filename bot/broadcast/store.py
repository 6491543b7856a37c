"""Broadcasts: creating them and their delivery rows, their state, counts, recipients' taps.

What happens to each row while it is sent is in bot/broadcast/deliveries.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, insert, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.audience import Audience, language_of
from bot.broadcast.deliveries import Deliveries
from bot.db.engine import transaction, utcnow
from bot.db.models import Broadcast, Delivery, User
from bot.text.script import Lang

# Work still to do; a broadcast is done when none of its rows is in one of these.
OPEN_STATES = ("pending", "sending", "deferred")


@dataclass(frozen=True)
class BroadcastView:
    id: int
    created_by: int
    created_at: dt.datetime
    status: str
    send_at: dt.datetime
    audience: dict[str, Any]
    texts: dict[str, Any]
    attachment_kind: str | None
    attachment_file_id: str | None
    link_url: str | None
    link_label: str | None
    ack_button: bool
    defer_escalated: bool
    progress_chat_id: int | None
    progress_message_id: int | None
    started_at: dt.datetime | None
    finished_at: dt.datetime | None

    def text_for(self, language: str) -> str:
        """The recipient's language, else Hindi, else whatever was written."""
        texts = {k: v for k, v in self.texts.items() if v}
        return str(texts.get(language) or texts.get("hi") or next(iter(texts.values()), ""))


@dataclass(frozen=True)
class Counts:
    by_status: dict[str, int]
    by_language: dict[str, dict[str, int]]
    by_district: dict[str, dict[str, int]]
    acked: int

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    def get(self, status: str) -> int:
        return self.by_status.get(status, 0)


_COLUMNS = [getattr(Broadcast, name) for name in BroadcastView.__dataclass_fields__]


class BroadcastStore:
    def __init__(self, engine: AsyncEngine, default_language: Lang) -> None:
        self._engine = engine
        self._default = default_language
        self.deliveries = Deliveries(engine)  # the sender's work on the rows

    # -- creating -----------------------------------------------------------------------------

    async def create(
        self,
        *,
        created_by: int,
        audience: Audience,
        texts: dict[str, str],
        send_at: dt.datetime | None = None,
        attachment: tuple[str, str] | None = None,
        link: tuple[str, str] | None = None,
        ack_button: bool = False,
        defer_escalated: bool = True,
        progress_chat_id: int | None = None,
    ) -> int:
        now = utcnow()
        values = {
            "created_by": created_by,
            "created_at": now,
            "status": "scheduled",
            "send_at": send_at or now,
            "audience": audience.to_json(),
            "texts": {k: v for k, v in texts.items() if v},
            "attachment_kind": attachment[0] if attachment else None,
            "attachment_file_id": attachment[1] if attachment else None,
            "link_url": link[0] if link else None,
            "link_label": link[1] if link else None,
            "ack_button": ack_button,
            "defer_escalated": defer_escalated,
            "progress_chat_id": progress_chat_id,
        }
        async with transaction(self._engine) as conn:
            result = await conn.execute(insert(Broadcast).returning(Broadcast.id), values)
            broadcast_id: int = result.scalar_one()
            return broadcast_id

    async def audience_counts(self, audience: Audience) -> dict[str, int]:
        """Recipients per language, plus the opted-out and blocked users that will be skipped."""
        language = language_of(self._default)
        query = (
            select(
                case(
                    (User.opted_out, literal("opted_out")),
                    (User.blocked_at.is_not(None), literal("blocked")),
                    else_=language,
                ).label("bucket"),
                func.count(),
            )
            .where(*audience.conditions(self._default, utcnow()))
            .group_by("bucket")
        )
        async with self._engine.connect() as conn:
            return {row[0]: row[1] for row in await conn.execute(query)}

    async def start(self, broadcast_id: int) -> bool:
        """Turn a due scheduled broadcast into delivery rows, once (one INSERT ... SELECT)."""
        async with transaction(self._engine) as conn:
            moved = await conn.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.status == "scheduled")
                .values(status="sending", started_at=utcnow())
            )
            if moved.rowcount != 1:
                return False  # another process started it
            audience_json = (
                await conn.execute(select(Broadcast.audience).where(Broadcast.id == broadcast_id))
            ).scalar_one()
            audience = Audience.from_json(audience_json)
            skip = case(
                (User.opted_out, literal("opted_out")),
                (User.blocked_at.is_not(None), literal("blocked")),
                else_=None,
            )
            rows = select(
                literal(broadcast_id),
                User.id,
                User.id,
                language_of(self._default),
                User.district,
                case((skip.is_(None), literal("pending")), else_=literal("skipped")),
                literal(0),
                skip,
            ).where(*audience.conditions(self._default, utcnow()))
            await conn.execute(
                insert(Delivery).from_select(
                    [
                        "broadcast_id",
                        "user_id",
                        "chat_id",
                        "language",
                        "district",
                        "status",
                        "attempts",
                        "error",
                    ],
                    rows,
                )
            )
        return True

    async def due(self, now: dt.datetime) -> list[int]:
        """Broadcasts to work on now: sending ones, and scheduled ones whose time has come."""
        query = (
            select(Broadcast.id)
            .where(
                or_(
                    Broadcast.status == "sending",
                    and_(Broadcast.status == "scheduled", Broadcast.send_at <= now),
                )
            )
            .order_by(Broadcast.send_at, Broadcast.id)
        )
        async with self._engine.connect() as conn:
            return [row[0] for row in await conn.execute(query)]

    # -- state ----------------------------------------------------------------------------------

    async def get(self, broadcast_id: int) -> BroadcastView | None:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(select(*_COLUMNS).where(Broadcast.id == broadcast_id))
            ).first()
        return BroadcastView(*row) if row else None

    async def recent(self, limit: int = 10) -> list[BroadcastView]:
        query = select(*_COLUMNS).order_by(Broadcast.id.desc()).limit(limit)
        async with self._engine.connect() as conn:
            return [BroadcastView(*row) for row in await conn.execute(query)]

    async def set_status(
        self, broadcast_id: int, status: str, *, only_from: tuple[str, ...]
    ) -> bool:
        """Pause, resume or cancel; cancelling skips every row not yet sent."""
        values: dict[str, Any] = {"status": status}
        if status in ("cancelled", "done"):
            values["finished_at"] = utcnow()
        async with transaction(self._engine) as conn:
            changed = await conn.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id, Broadcast.status.in_(only_from))
                .values(**values)
            )
            if changed.rowcount != 1:
                return False
            if status == "cancelled":
                await conn.execute(
                    update(Delivery)
                    .where(
                        Delivery.broadcast_id == broadcast_id,
                        Delivery.status.in_(("pending", "deferred")),
                    )
                    .values(status="skipped", error="cancelled")
                )
        return True

    async def finish_if_done(self, broadcast_id: int) -> bool:
        query = (
            select(func.count())
            .select_from(Delivery)
            .where(Delivery.broadcast_id == broadcast_id, Delivery.status.in_(OPEN_STATES))
        )
        async with self._engine.connect() as conn:
            left = (await conn.execute(query)).scalar_one()
        if left:
            return False
        return await self.set_status(broadcast_id, "done", only_from=("sending",))

    async def set_progress_message(self, broadcast_id: int, message_id: int) -> None:
        async with transaction(self._engine) as conn:
            await conn.execute(
                update(Broadcast)
                .where(Broadcast.id == broadcast_id)
                .values(progress_message_id=message_id)
            )

    async def counts(self, broadcast_id: int) -> Counts:
        query = (
            select(
                Delivery.status,
                Delivery.language,
                Delivery.district,
                func.count(),
                func.count(Delivery.acked_at),
            )
            .where(Delivery.broadcast_id == broadcast_id)
            .group_by(Delivery.status, Delivery.language, Delivery.district)
        )
        by_status: Counter[str] = Counter()
        by_language: dict[str, Counter[str]] = {}
        by_district: dict[str, Counter[str]] = {}
        acked = 0
        async with self._engine.connect() as conn:
            for status, language, district, count, acks in await conn.execute(query):
                by_status[status] += count
                by_language.setdefault(language, Counter())[status] += count
                by_district.setdefault(district or "-", Counter())[status] += count
                acked += acks
        return Counts(
            dict(by_status),
            {k: dict(v) for k, v in by_language.items()},
            {k: dict(v) for k, v in by_district.items()},
            acked,
        )

    # -- recipients' side -------------------------------------------------------------------------

    async def ack(self, broadcast_id: int, user_id: int) -> bool:
        stmt = (
            update(Delivery)
            .where(
                Delivery.broadcast_id == broadcast_id,
                Delivery.user_id == user_id,
                Delivery.status == "sent",
                Delivery.acked_at.is_(None),
            )
            .values(acked_at=utcnow())
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def is_announcement(self, chat_id: int, message_id: int) -> bool:
        query = select(Delivery.id).where(
            Delivery.chat_id == chat_id, Delivery.telegram_message_id == message_id
        )
        async with self._engine.connect() as conn:
            return (await conn.execute(query)).first() is not None

    async def opt(self, user_id: int, *, out: bool) -> bool:
        """Opt a user out of announcements (or back in); False if nothing changed."""
        stmt = (
            update(User)
            .where(User.id == user_id, User.opted_out.is_(not out))
            .values(opted_out=out, opted_out_at=utcnow() if out else None)
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1
