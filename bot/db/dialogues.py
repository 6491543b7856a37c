"""Multi-step dialogues (the trainers' /broadcast flow): the step and draft of each user."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import DialogueStep


class DialogueStore:
    """One row per user in a dialogue; read at every private message, written at every step.

    PTB's ConversationHandler keeps this in the process (its persistence is read once, at
    start), so with two replicas a trainer's next answer could land where the flow is unknown.
    """

    def __init__(self, engine: AsyncEngine, *, expire_after: dt.timedelta) -> None:
        self._engine = engine
        self._expire_after = expire_after
        insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        stmt = insert(DialogueStep)
        self._upsert = stmt.on_conflict_do_update(
            index_elements=["user_id"],
            set_={c: stmt.excluded[c] for c in ("name", "step", "data", "updated_at")},
        )

    async def load(self, user_id: int, name: str) -> tuple[str, dict[str, Any]] | None:
        """The user's step and data in dialogue `name`; None if not in it or left too long ago.

        An abandoned dialogue expires: a trainer who started a draft last week and now asks a
        question should get an answer, not "Now in English, or /skip".
        """
        query = select(
            DialogueStep.name, DialogueStep.step, DialogueStep.data, DialogueStep.updated_at
        ).where(DialogueStep.user_id == user_id)
        async with self._engine.connect() as conn:
            row = (await conn.execute(query)).first()
        if row is None or row.name != name:
            return None
        if row.updated_at < utcnow() - self._expire_after:
            await self.clear(user_id)
            return None
        return row.step, dict(row.data)

    async def save(self, user_id: int, name: str, step: str, data: dict[str, Any]) -> None:
        values = {"user_id": user_id, "name": name, "step": step, "data": data}
        async with transaction(self._engine) as conn:
            await conn.execute(self._upsert, {**values, "updated_at": utcnow()})

    async def clear(self, user_id: int) -> None:
        async with transaction(self._engine) as conn:
            await conn.execute(delete(DialogueStep).where(DialogueStep.user_id == user_id))
