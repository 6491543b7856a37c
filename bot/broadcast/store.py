"""Broadcast and delivery rows: creating, claiming work, recording results, counting.

Sending works only from delivery rows, one per recipient, so a restart picks up exactly where
the last process stopped. A row being sent is "sending" with a claim time; a process that dies
leaves it so, and after the lease it is claimed again (the only way a message can go out twice).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, func, insert, literal, or_, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.audience import Audience, language_of
from bot.db.engine import transaction, utcnow
from bot.db.models import Broadcast, Delivery, Escalation, User
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
class Task:
    """One claimed delivery: who gets what."""

    delivery_id: int
    user_id: int
    chat_id: int
    language: str
    attempts: int


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
        self._skip_locked = engine.dialect.name == "postgresql"

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

    # -- the sender's work ----------------------------------------------------------------------

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

    async def claim(self, broadcast_id: int, limit: int, lease_seconds: float) -> list[Task]:
        """Take up to `limit` rows to send. On PostgreSQL concurrent senders skip each other's
        rows (FOR UPDATE SKIP LOCKED); SQLite has a single writer, so the UPDATE is enough."""
        now = utcnow()
        stale = now - dt.timedelta(seconds=lease_seconds)
        ready = or_(
            and_(
                Delivery.status == "pending",
                or_(Delivery.next_attempt_at.is_(None), Delivery.next_attempt_at <= now),
            ),
            and_(Delivery.status == "sending", Delivery.claimed_at < stale),
        )
        ids = (
            select(Delivery.id)
            .where(Delivery.broadcast_id == broadcast_id, ready)
            .order_by(Delivery.id)
            .limit(limit)
        )
        if self._skip_locked:
            ids = ids.with_for_update(skip_locked=True)
        stmt = (
            update(Delivery)
            .where(Delivery.id.in_(ids.scalar_subquery()))
            .values(status="sending", claimed_at=now)
            .returning(
                Delivery.id,
                Delivery.user_id,
                Delivery.chat_id,
                Delivery.language,
                Delivery.attempts,
            )
        )
        async with transaction(self._engine) as conn:
            return sorted(
                (Task(*row) for row in await conn.execute(stmt)), key=lambda task: task.delivery_id
            )

    async def has_open_escalation(self, user_id: int) -> bool:
        query = select(Escalation.id).where(
            Escalation.user_id == user_id, Escalation.status == "open"
        )
        async with self._engine.connect() as conn:
            return (await conn.execute(query)).first() is not None

    async def sent(self, delivery_id: int, message_id: int) -> None:
        await self._set(
            delivery_id, status="sent", telegram_message_id=message_id, sent_at=utcnow(), error=None
        )

    async def blocked(self, task: Task, error: str) -> None:
        await self._set(task.delivery_id, status="blocked", error=error)
        async with transaction(self._engine) as conn:
            await conn.execute(
                update(User).where(User.id == task.user_id).values(blocked_at=utcnow())
            )

    async def release(self, delivery_ids: list[int]) -> None:
        """Give claimed rows back unsent (the broadcast was paused, cancelled or stopped)."""
        if not delivery_ids:
            return
        async with transaction(self._engine) as conn:
            await conn.execute(
                update(Delivery)
                .where(Delivery.id.in_(delivery_ids), Delivery.status == "sending")
                .values(status="pending", claimed_at=None)
            )
        # Cancelling turned pending rows into skipped ones; these came back after that.
        broadcast = await self._broadcast_of(delivery_ids[0])
        if broadcast is not None and broadcast.status == "cancelled":
            async with transaction(self._engine) as conn:
                await conn.execute(
                    update(Delivery)
                    .where(Delivery.id.in_(delivery_ids), Delivery.status == "pending")
                    .values(status="skipped", error="cancelled")
                )

    async def _broadcast_of(self, delivery_id: int) -> BroadcastView | None:
        async with self._engine.connect() as conn:
            broadcast_id = (
                await conn.execute(select(Delivery.broadcast_id).where(Delivery.id == delivery_id))
            ).scalar()
        return await self.get(broadcast_id) if broadcast_id is not None else None

    async def failed(self, task: Task, error: str) -> None:
        await self._set(task.delivery_id, status="failed", attempts=task.attempts + 1, error=error)

    async def deferred(self, delivery_id: int) -> None:
        await self._set(delivery_id, status="deferred")

    async def retry_later(self, task: Task, error: str, delay: float, max_attempts: int) -> None:
        attempts = task.attempts + 1
        if attempts >= max_attempts:
            await self._set(task.delivery_id, status="failed", attempts=attempts, error=error)
            return
        await self._set(
            task.delivery_id,
            status="pending",
            attempts=attempts,
            error=error,
            next_attempt_at=utcnow() + dt.timedelta(seconds=delay),
        )

    async def release_deferred(self, broadcast_id: int) -> int:
        """Rows held back for users talking to staff go out once that chat is closed."""
        talking = select(Escalation.user_id).where(Escalation.status == "open")
        stmt = (
            update(Delivery)
            .where(
                Delivery.broadcast_id == broadcast_id,
                Delivery.status == "deferred",
                Delivery.user_id.not_in(talking),
            )
            .values(status="pending")
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount

    async def _set(self, delivery_id: int, **values: Any) -> None:
        async with transaction(self._engine) as conn:
            await conn.execute(update(Delivery).where(Delivery.id == delivery_id).values(**values))

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
