"""Reading user profiles and writing whole conversation turns, one short transaction each."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from functools import partial
from typing import Any

from sqlalchemy import insert, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.engine import is_transient, retrying, transaction, utcnow
from bot.db.models import Escalation, Message, User
from bot.db.turn_rows import PROFILE, message_values, upsert_user, user_values
from bot.records.turns import DatabaseUnavailable, FloodState, Turn, UserProfile
from bot.text.script import Lang, is_lang

log = logging.getLogger(__name__)


def _lang(value: str | None) -> Lang | None:
    return value if is_lang(value) else None  # type: ignore[return-value]


class ConversationStore:
    """The conversation log's two hot paths, as plain SQL statements on one connection each.

    Every message costs one read (the user's language settings) and one write transaction, so
    both use Core statements instead of ORM sessions: no identity map, no unit of work, and
    the fewest round trips (which matter most on SQLite, where each one hops to a thread).
    """

    def __init__(self, engine: AsyncEngine, *, retry_seconds: float = 3.0) -> None:
        self._engine = engine
        self._retry_seconds = retry_seconds
        self._dialect = engine.dialect.name
        self._upsert = upsert_user(self._dialect)
        dialect_insert = postgresql.insert if self._dialect == "postgresql" else sqlite.insert
        self._open_escalation = dialect_insert(Escalation).on_conflict_do_nothing(
            index_elements=["user_id"], index_where=text("status = 'open'")
        )
        self._queue: list[tuple[Turn, asyncio.Future[int | None]]] = []
        self._writer: asyncio.Task[None] | None = None
        # Turns that could not be stored while the database was away, written once it is back.
        # Kept in memory: a crash during a database outage loses them (the README says so).
        self._spooled: list[Turn] = []
        self._spool_writer: asyncio.Task[None] | None = None

    @property
    def engine(self) -> AsyncEngine:
        return self._engine

    async def profile(self, user_id: int) -> UserProfile | None:
        """The user's settings and state; DatabaseUnavailable if the database stays away."""

        async def read() -> Any:
            async with self._engine.connect() as conn:
                return (await conn.execute(PROFILE, {"user_id": user_id})).first()

        row = await retrying(read, self._retry_seconds)
        if row is None:
            return None
        return UserProfile(
            user_id=user_id,
            first_name=row.first_name,
            chosen_language=_lang(row.chosen_language),
            detected_language=_lang(row.detected_language),
            district=row.district,
            offered=tuple(row.offered or ()),
            awaiting=row.awaiting,
            last_topic=row.last_topic,
            unclear_streak=row.unclear_streak,
            escalation_id=row.escalation_id,
            flood=FloodState(tuple(row.flood_times or ()), noticed=row.flood_noticed),
        )

    async def seen(self, user_id: int, telegram_message_id: int) -> bool:
        """Whether this incoming message of the user is already in the log."""
        query = select(Message.id).where(
            Message.user_id == user_id,
            Message.telegram_message_id == telegram_message_id,
            Message.direction == "in",
        )

        async def read() -> bool:
            async with self._engine.connect() as conn:
                return (await conn.execute(query.limit(1))).first() is not None

        return await retrying(read, self._retry_seconds)

    async def set_blocked(self, user_id: int, *, blocked: bool) -> bool:
        """The user blocked the bot (or unblocked it), as Telegram's my_chat_member update says:
        announcements skip a blocked user without trying. False if the user is unknown."""
        stmt = (
            update(User).where(User.id == user_id).values(blocked_at=utcnow() if blocked else None)
        )
        async with transaction(self._engine) as conn:
            return (await conn.execute(stmt)).rowcount == 1

    async def record(self, turn: Turn) -> int | None:
        """Store the turn atomically; return once it is committed, with the open escalation's id
        if the turn asked for a person.

        Turns that arrive while a commit is running are committed together in the next
        transaction (group commit). SQLite takes one writer at a time and makes a blocked
        writer sleep in growing steps, so one transaction per message caps the bot at a few
        hundred messages a second and queues them behind each other; batching keeps every
        caller's guarantee (its rows are stored when this returns) at a fraction of the cost.
        """
        done: asyncio.Future[int | None] = asyncio.get_running_loop().create_future()
        self._queue.append((turn, done))
        if self._writer is None or self._writer.done():
            self._writer = asyncio.create_task(self._write_queued())
        return await done

    @property
    def spooled(self) -> int:
        """Turns waiting for the database to come back."""
        return len(self._spooled)

    def spool(self, turn: Turn) -> None:
        """Keep a turn the database could not take now; it is written as soon as it can be."""
        self._spooled.append(turn)
        if self._spool_writer is None or self._spool_writer.done():
            self._spool_writer = asyncio.create_task(self._write_spooled(), name="spool")

    async def aclose(self) -> None:
        """Wait for turns still being written (called before the engine is disposed)."""
        if self._writer is not None:
            await self._writer
        if self._spool_writer is not None:
            self._spool_writer.cancel()
        if self._spooled:
            try:
                await self._write_batch(self._spooled)
                self._spooled.clear()
            except Exception:
                log.exception("%d conversation turns could not be stored", len(self._spooled))

    async def _write_spooled(self) -> None:
        pause = 0.5
        while self._spooled:
            await asyncio.sleep(pause)
            batch = list(self._spooled)
            try:
                await self._write_batch(batch)
            except Exception as exc:
                if not is_transient(exc):
                    log.exception("dropping %d turns the database refuses", len(batch))
                    del self._spooled[: len(batch)]
                pause = min(pause * 2, 5.0)
                continue
            del self._spooled[: len(batch)]
            log.info("stored %d turns kept while the database was unavailable", len(batch))

    async def _write_batch(self, turns: Sequence[Turn]) -> list[int | None]:
        async with transaction(self._engine) as conn:
            return [await self._write(conn, turn) for turn in turns]

    async def _write_queued(self) -> None:
        while self._queue:
            batch, self._queue = self._queue, []
            turns = [turn for turn, _ in batch]
            try:
                results = await retrying(partial(self._write_batch, turns), self._retry_seconds)
            except DatabaseUnavailable as exc:
                for turn, done in batch:
                    self.spool(turn)
                    if not done.done():
                        done.set_exception(exc)
                continue
            except Exception:
                # One bad turn must not take the others down with it: retry them one by one.
                await self._write_one_by_one(batch)
                continue
            for (_, done), result in zip(batch, results, strict=True):
                if not done.done():
                    done.set_result(result)

    async def _write_one_by_one(self, batch: list[tuple[Turn, asyncio.Future[int | None]]]) -> None:
        for turn, done in batch:
            try:
                async with transaction(self._engine) as conn:
                    result = await self._write(conn, turn)
            except Exception as exc:
                if not done.done():
                    done.set_exception(exc)
            else:
                if not done.done():
                    done.set_result(result)

    async def _write(self, conn: AsyncConnection, turn: Turn) -> int | None:
        await conn.execute(self._upsert, user_values(turn))
        values = message_values(turn, turn.incoming, "in")
        values["processing_ms"] = turn.processing_ms
        result = await conn.execute(insert(Message).returning(Message.id), values)
        incoming_id = result.scalar_one()  # the replies and the escalation point at it
        if turn.outgoing:
            await conn.execute(
                insert(Message),
                [message_values(turn, out, "out", incoming_id) for out in turn.outgoing],
            )
        if not turn.escalation_reason:
            return None
        # A user already waiting for a person keeps their open escalation (a unique index
        # allows one per user, also when two replicas race here).
        await conn.execute(
            self._open_escalation,
            {
                "user_id": turn.sender.user_id,
                "chat_id": turn.sender.chat_id,
                "reason": turn.escalation_reason,
                "status": "open",
                "message_id": incoming_id,
                "created_at": turn.recorded_at,
            },
        )
        query = select(Escalation.id).where(
            Escalation.user_id == turn.sender.user_id, Escalation.status == "open"
        )
        escalation_id: int = (await conn.execute(query)).scalar_one()
        return escalation_id
