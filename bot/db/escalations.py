"""Escalations, relayed messages and staff topics: what the staff desk stores."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import Escalation, Relay, User


@dataclass(frozen=True)
class EscalationView:
    id: int
    user_id: int
    chat_id: int
    reason: str
    status: str
    created_at: dt.datetime
    card_message_id: int | None
    claimed_by: int | None
    claimed_by_name: str | None
    claimed_at: dt.datetime | None
    first_staff_reply_at: dt.datetime | None
    reassured_at: dt.datetime | None
    closed_at: dt.datetime | None
    closed_how: str | None
    rating: str | None

    @classmethod
    def of(cls, row: Any) -> EscalationView:
        return cls(**{name: getattr(row, name) for name in cls.__dataclass_fields__})


@dataclass(frozen=True)
class UserCard:
    """What the staff see about a user."""

    user_id: int
    first_name: str
    last_name: str | None
    username: str | None
    language: str | None
    chosen_language: str | None
    district: str | None
    staff_topic_id: int | None


@dataclass(frozen=True)
class RelayView:
    escalation_id: int
    direction: str
    user_chat_id: int
    user_message_id: int
    staff_chat_id: int
    staff_message_id: int


# users.staff_topic_id while one process creates the topic (see reserve_topic).
RESERVED = -1
# Creating a topic is one request to the staff group, but it queues behind the group's 20 a
# minute (bot/tg/pacing.py); a reservation this old is of a process that died meanwhile.
TOPIC_RESERVATION = dt.timedelta(minutes=2)

# A forgotten user's escalations (/forget) keep their statistics with user_id NULL; they read as
# user 0, which no Telegram user has, so no code path can reach a person through them.
_ESCALATION_COLUMNS = [
    func.coalesce(Escalation.user_id, 0).label("user_id")
    if name == "user_id"
    else getattr(Escalation, name)
    for name in EscalationView.__dataclass_fields__
]
_RELAY_COLUMNS = [getattr(Relay, name) for name in RelayView.__dataclass_fields__]


class EscalationStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    # -- escalations ------------------------------------------------------------------------

    async def get(self, escalation_id: int) -> EscalationView | None:
        return await self._one(select(*_ESCALATION_COLUMNS).where(Escalation.id == escalation_id))

    async def open_for_user(self, user_id: int) -> EscalationView | None:
        query = select(*_ESCALATION_COLUMNS).where(
            Escalation.user_id == user_id, Escalation.status == "open"
        )
        return await self._one(query)

    async def queue(self) -> list[EscalationView]:
        """Open escalations, longest waiting first."""
        query = (
            select(*_ESCALATION_COLUMNS)
            .where(Escalation.status == "open")
            .order_by(Escalation.created_at, Escalation.id)
        )
        async with self._engine.connect() as conn:
            return [EscalationView.of(row) for row in await conn.execute(query)]

    async def listing(
        self,
        *,
        status: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
        staff_id: int | None = None,
    ) -> list[EscalationView]:
        query = select(*_ESCALATION_COLUMNS).order_by(Escalation.created_at, Escalation.id)
        if status:
            query = query.where(Escalation.status == status)
        if since:
            query = query.where(Escalation.created_at >= since)
        if until:
            query = query.where(Escalation.created_at < until)
        if staff_id:
            query = query.where(Escalation.claimed_by == staff_id)
        async with self._engine.connect() as conn:
            return [EscalationView.of(row) for row in await conn.execute(query)]

    async def claim(self, escalation_id: int, staff_id: int, name: str) -> bool:
        return await self._change(
            escalation_id,
            claimed_by=staff_id,
            claimed_by_name=name,
            claimed_at=utcnow(),
        )

    async def close(self, escalation_id: int, how: str) -> bool:
        """Close an open escalation; False if it was not open (closed twice, or stale)."""
        return await self._change(
            escalation_id, status="closed", closed_at=utcnow(), closed_how=how
        )

    async def rate(self, escalation_id: int, user_id: int, rating: str) -> bool:
        """Store the user's rating once, only for their own closed escalation."""
        stmt = (
            update(Escalation)
            .where(
                Escalation.id == escalation_id,
                Escalation.user_id == user_id,
                Escalation.status == "closed",
                Escalation.closed_how == "closed",
                Escalation.rating.is_(None),
            )
            .values(rating=rating)
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def set_card(self, escalation_id: int, message_id: int) -> None:
        async with transaction(self._engine) as conn:
            await conn.execute(
                update(Escalation)
                .where(Escalation.id == escalation_id)
                .values(card_message_id=message_id)
            )

    async def due_for_reassurance(self, older_than: dt.datetime) -> list[EscalationView]:
        query = select(*_ESCALATION_COLUMNS).where(
            Escalation.status == "open",
            Escalation.first_staff_reply_at.is_(None),
            Escalation.reassured_at.is_(None),
            Escalation.created_at <= older_than,
        )
        async with self._engine.connect() as conn:
            return [EscalationView.of(row) for row in await conn.execute(query)]

    async def mark_reassured(self, escalation_id: int) -> bool:
        stmt = (
            update(Escalation)
            .where(Escalation.id == escalation_id, Escalation.reassured_at.is_(None))
            .values(reassured_at=utcnow())
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def _change(self, escalation_id: int, **values: Any) -> bool:
        stmt = (
            update(Escalation)
            .where(Escalation.id == escalation_id, Escalation.status == "open")
            .values(**values)
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def _one(self, query: Any) -> EscalationView | None:
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return EscalationView.of(row) if row else None

    # -- relayed messages -------------------------------------------------------------------

    async def add_relay(
        self,
        *,
        escalation_id: int,
        direction: str,
        user_chat_id: int,
        user_message_id: int,
        staff_chat_id: int,
        staff_message_id: int,
        kind: str,
        text: str = "",
        staff_user_id: int | None = None,
    ) -> None:
        now = utcnow()
        async with transaction(self._engine) as conn:
            await conn.execute(
                insert(Relay).values(
                    escalation_id=escalation_id,
                    direction=direction,
                    user_chat_id=user_chat_id,
                    user_message_id=user_message_id,
                    staff_chat_id=staff_chat_id,
                    staff_message_id=staff_message_id,
                    staff_user_id=staff_user_id,
                    kind=kind,
                    text=text,
                    created_at=now,
                )
            )
            if direction == "to_user":
                await conn.execute(
                    update(Escalation)
                    .where(
                        Escalation.id == escalation_id,
                        Escalation.first_staff_reply_at.is_(None),
                    )
                    .values(first_staff_reply_at=now)
                )

    async def relay_of_staff_message(self, chat_id: int, message_id: int) -> RelayView | None:
        """The relay whose staff-side copy (or original) is this message."""
        return await self._relay(
            and_(Relay.staff_chat_id == chat_id, Relay.staff_message_id == message_id)
        )

    async def relay_of_user_message(self, chat_id: int, message_id: int) -> RelayView | None:
        return await self._relay(
            and_(Relay.user_chat_id == chat_id, Relay.user_message_id == message_id)
        )

    async def _relay(self, condition: Any) -> RelayView | None:
        query = select(*_RELAY_COLUMNS).where(condition).order_by(Relay.id.desc()).limit(1)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return RelayView(*row) if row else None

    # -- users, topics ----------------------------------------------------------------------

    async def user_card(self, user_id: int) -> UserCard | None:
        query = select(
            User.id,
            User.first_name,
            User.last_name,
            User.username,
            User.detected_language,
            User.chosen_language,
            User.district,
            User.staff_topic_id,
        ).where(User.id == user_id)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return UserCard(
            row.id,
            row.first_name,
            row.last_name,
            row.username,
            row.detected_language,
            row.chosen_language,
            row.district,
            row.staff_topic_id,
        )

    async def reserve_topic(
        self, user_id: int, *, expire_after: dt.timedelta = TOPIC_RESERVATION
    ) -> bool:
        """Take the right to create this user's staff topic; False if one exists or is coming.

        A conditional UPDATE is atomic on both databases, so of two messages (or replicas)
        racing here exactly one creates the topic. A reservation older than `expire_after` is
        of a process that died before creating the topic (or before writing it down): it is
        taken over, or that user could never reach staff again.
        """
        now = utcnow()
        stale = and_(
            User.staff_topic_id == RESERVED,
            # NULL: reserved before reservations had a time (migration 0008), long ago.
            (User.staff_topic_reserved_at.is_(None))
            | (User.staff_topic_reserved_at < now - expire_after),
        )
        stmt = (
            update(User)
            .where(User.id == user_id, User.staff_topic_id.is_(None) | stale)
            .values(staff_topic_id=RESERVED, staff_topic_reserved_at=now)
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def set_topic(self, user_id: int, topic_id: int | None) -> None:
        async with transaction(self._engine) as conn:
            await conn.execute(
                update(User)
                .where(User.id == user_id)
                .values(staff_topic_id=topic_id, staff_topic_reserved_at=None)
            )

    async def user_of_topic(self, topic_id: int) -> int | None:
        async with self._engine.connect() as conn:
            row = (
                await conn.execute(select(User.id).where(User.staff_topic_id == topic_id))
            ).first()
        return row[0] if row else None
