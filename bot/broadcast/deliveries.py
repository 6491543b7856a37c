"""The sender's work: claiming delivery rows, recording what became of each send.

Sending works only from delivery rows, one per recipient, so a restart picks up exactly where
the last process stopped. A row being sent is "sending" with a claim time; a process that dies
leaves it so, and after the lease it is claimed again (the only way a message can go out twice).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, or_, select, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import Broadcast, Delivery, Escalation, User


@dataclass(frozen=True)
class Task:
    """One claimed delivery: who gets what."""

    delivery_id: int
    user_id: int
    chat_id: int
    language: str
    attempts: int


class Deliveries:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine
        self._skip_locked = engine.dialect.name == "postgresql"

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
        """The recipient blocked the bot: the row and the user are marked in one transaction."""
        async with transaction(self._engine) as conn:
            await conn.execute(
                update(Delivery)
                .where(Delivery.id == task.delivery_id)
                .values(status="blocked", error=error)
            )
            await conn.execute(
                update(User).where(User.id == task.user_id).values(blocked_at=utcnow())
            )

    async def release(self, delivery_ids: list[int]) -> None:
        """Give claimed rows back unsent (the broadcast was paused, cancelled or stopped).

        Cancelling skips the pending rows; rows given back while it happens must not stay
        pending. Reading the broadcast's status and giving the rows back in two steps let a
        cancel slip in between on PostgreSQL (the cancel's update had not seen them pending,
        the status read had not yet seen it cancelled). So the broadcast's row is locked first,
        as the cancel's first statement also does: one of the two waits for the other.
        """
        if not delivery_ids:
            return
        async with transaction(self._engine) as conn:
            status = await self._locked_status(conn, delivery_ids[0])
            back = {"status": "skipped", "error": "cancelled"} if status == "cancelled" else {}
            await conn.execute(
                update(Delivery)
                .where(Delivery.id.in_(delivery_ids), Delivery.status == "sending")
                .values({"status": "pending", "claimed_at": None, **back})
            )

    @staticmethod
    async def _locked_status(conn: AsyncConnection, delivery_id: int) -> str | None:
        """The status of the delivery's broadcast, its row locked until the transaction ends
        (FOR UPDATE on PostgreSQL; SQLite has one writer at a time anyway)."""
        broadcast = select(Delivery.broadcast_id).where(Delivery.id == delivery_id)
        query = (
            select(Broadcast.status)
            .where(Broadcast.id == broadcast.scalar_subquery())
            .with_for_update()
        )
        status: str | None = (await conn.execute(query)).scalar()
        return status

    async def failed(self, task: Task, error: str) -> None:
        await self._set(task.delivery_id, status="failed", attempts=task.attempts + 1, error=error)

    async def deferred(self, delivery_id: int) -> None:
        await self._set(delivery_id, status="deferred")

    async def retry_later(self, task: Task, error: str, delay: float, max_attempts: int) -> None:
        attempts = task.attempts + 1
        if attempts >= max_attempts:
            await self._set(task.delivery_id, status="failed", attempts=attempts, error=error)
            return
        # Locked like `release`: a send that failed while its broadcast was being cancelled
        # must end skipped, not pending for ever.
        async with transaction(self._engine) as conn:
            cancelled = await self._locked_status(conn, task.delivery_id) == "cancelled"
            await conn.execute(
                update(Delivery)
                .where(Delivery.id == task.delivery_id)
                .values(
                    status="skipped" if cancelled else "pending",
                    attempts=attempts,
                    error="cancelled" if cancelled else error,
                    next_attempt_at=utcnow() + dt.timedelta(seconds=delay),
                )
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
