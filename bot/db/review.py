"""Reads for audits and NLU work (`python -m bot review`): messages by user or date, and what
the bot was unsure about."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.models import Message


class ReviewQueries:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def messages_between(
        self, *, user_id: int | None, since: dt.datetime | None, until: dt.datetime | None
    ) -> list[dict[str, Any]]:
        query = select(*Message.__table__.columns).order_by(Message.id)
        conditions = []
        if user_id is not None:
            conditions.append(Message.user_id == user_id)
        if since is not None:
            conditions.append(Message.created_at >= since)
        if until is not None:
            conditions.append(Message.created_at < until)
        if conditions:
            query = query.where(and_(*conditions))
        async with self._engine.connect() as conn:
            return [dict(row._mapping) for row in await conn.execute(query)]

    async def low_confidence(self, threshold: float) -> Sequence[Any]:
        """Incoming texts the bot was unsure about, grouped by the intent it guessed."""
        query = (
            select(
                Message.intent,
                Message.confidence,
                Message.text,
                Message.language,
                Message.created_at,
            )
            .where(
                Message.direction == "in",
                Message.kind == "text",
                or_(Message.confidence < threshold, Message.intent == "out_of_scope"),
            )
            .order_by(Message.intent, Message.confidence)
        )
        async with self._engine.connect() as conn:
            return list(await conn.execute(query))
