"""The conversation log as staff read it (context cards, transcripts) and as the desk adds to it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import Message


@dataclass(frozen=True)
class LoggedTurn:
    direction: str
    kind: str
    text: str
    intent: str | None
    confidence: float | None
    created_at: dt.datetime


class ConversationLog:
    """Reads of one user's logged turns, and the desk's own messages to them."""

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def turns(
        self, user_id: int, *, limit: int, offset: int = 0, newest_first: bool = False
    ) -> list[LoggedTurn]:
        order = (Message.id.desc(),) if newest_first else (Message.id,)
        query = (
            select(
                Message.direction,
                Message.kind,
                Message.text,
                Message.intent,
                Message.confidence,
                Message.created_at,
            )
            .where(Message.user_id == user_id)
            .order_by(*order)
            .offset(offset)
            .limit(limit)
        )
        async with self._engine.connect() as conn:
            return [LoggedTurn(*row) for row in await conn.execute(query)]

    async def count_turns(self, user_id: int) -> int:
        async with self._engine.connect() as conn:
            query = select(func.count()).select_from(Message).where(Message.user_id == user_id)
            return int((await conn.execute(query)).scalar_one())

    async def log_outgoing(
        self,
        user_id: int,
        chat_id: int,
        *,
        kind: str,
        text: str,
        language: str,
        telegram_message_id: int,
    ) -> None:
        """Log a message the desk sent a user (staff replies, closing, reassurance)."""
        async with transaction(self._engine) as conn:
            await conn.execute(
                insert(Message).values(
                    user_id=user_id,
                    chat_id=chat_id,
                    direction="out",
                    kind=kind,
                    text=text,
                    language=language,
                    telegram_message_id=telegram_message_id,
                    delivery="sent",
                    created_at=utcnow(),
                )
            )
