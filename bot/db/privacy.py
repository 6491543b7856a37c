"""What the database holds about one seller, forgetting them, and deleting old messages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import Delivery, DialogueStep, Escalation, Message, Relay, User
from bot.records.turns import StoredData

# Rows deleted per statement by the retention job, so that SQLite's single writer and
# PostgreSQL's locks are held for a moment at a time, not for one huge delete.
PURGE_BATCH = 2000


@dataclass(frozen=True)
class Purged:
    messages: int
    relays: int


class PrivacyStore:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def stored_data(self, user_id: int) -> StoredData | None:
        def count(model: type[Message] | type[Escalation] | type[Delivery], name: str) -> Any:
            where = model.user_id == user_id
            return (
                select(func.count()).select_from(model).where(where).scalar_subquery().label(name)
            )

        query = select(
            User.first_name,
            User.last_name,
            User.username,
            User.chosen_language,
            User.detected_language,
            User.district,
            User.opted_out,
            User.first_seen,
            User.last_seen,
            count(Message, "messages"),
            count(Escalation, "escalations"),
            count(Delivery, "announcements"),
        ).where(User.id == user_id)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        return StoredData(**row._asdict()) if row else None

    async def forget(self, user_id: int) -> bool:
        """Delete the user, their messages, relays and announcement rows, in one transaction.

        Escalations stay as anonymous statistics (reason, times, rating, which staff member
        handled it): the user id, chat id and every copied message go. An open escalation is
        closed first so that the staff queue does not wait for someone who is gone. The copies
        already posted in the staff group's topic are Telegram messages the bot cannot recall
        from the database; staff delete the topic by hand (the README says so).
        """
        async with transaction(self._engine) as conn:
            mine = select(Escalation.id).where(Escalation.user_id == user_id)
            await conn.execute(delete(Relay).where(Relay.escalation_id.in_(mine)))
            await conn.execute(
                update(Escalation)
                .where(Escalation.user_id == user_id, Escalation.status == "open")
                .values(status="closed", closed_at=utcnow(), closed_how="forgotten")
            )
            await conn.execute(
                update(Escalation)
                .where(Escalation.user_id == user_id)
                .values(user_id=None, chat_id=0, message_id=None)
            )
            await conn.execute(delete(Delivery).where(Delivery.user_id == user_id))
            await conn.execute(delete(Message).where(Message.user_id == user_id))
            await conn.execute(delete(DialogueStep).where(DialogueStep.user_id == user_id))
            gone = await conn.execute(delete(User).where(User.id == user_id))
        return gone.rowcount == 1

    async def purge_older_than(self, cutoff: dt.datetime) -> Purged:
        """Delete messages and relayed copies stored before `cutoff`, a batch at a time."""
        totals = {"messages": 0, "relays": 0}
        for name, model in (("messages", Message), ("relays", Relay)):
            while True:
                batch = select(model.id).where(model.created_at < cutoff).limit(PURGE_BATCH)
                async with transaction(self._engine) as conn:
                    # Ids first, then delete them: DELETE ... LIMIT exists on neither database.
                    ids = list((await conn.execute(batch)).scalars())
                    if ids:
                        await conn.execute(delete(model).where(model.id.in_(ids)))
                totals[name] += len(ids)
                if len(ids) < PURGE_BATCH:
                    break
        return Purged(**totals)
