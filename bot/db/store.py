"""Reading user profiles and writing whole conversation turns, one short transaction each."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from sqlalchemy import func
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.core.language import Lang, is_lang
from bot.core.replies import Sender
from bot.db.models import Escalation, Message, User

LanguageChoice = Lang | Literal["auto"]


@dataclass(frozen=True)
class UserProfile:
    user_id: int
    first_name: str
    chosen_language: Lang | None
    detected_language: Lang | None


@dataclass(frozen=True)
class LoggedMessage:
    kind: str
    text: str
    language: Lang | None = None
    intent: str | None = None
    confidence: float | None = None
    ranking: Sequence[tuple[str, float]] = ()
    telegram_message_id: int | None = None
    delivery: str | None = None
    error: str | None = None


@dataclass(frozen=True)
class Turn:
    """One incoming event, the replies it got, and what it changed about the user."""

    sender: Sender
    received_at: dt.datetime
    incoming: LoggedMessage
    outgoing: Sequence[LoggedMessage] = ()
    processing_ms: float | None = None
    language_choice: LanguageChoice | None = None
    escalation_reason: str | None = None
    recorded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def _lang(value: str | None) -> Lang | None:
    return value if is_lang(value) else None  # type: ignore[return-value]


class ConversationStore:
    def __init__(self, sessions: async_sessionmaker[AsyncSession]) -> None:
        self._sessions = sessions

    async def profile(self, user_id: int) -> UserProfile | None:
        async with self._sessions() as session:
            user = await session.get(User, user_id)
            if user is None:
                return None
            return UserProfile(
                user_id=user.id,
                first_name=user.first_name,
                chosen_language=_lang(user.chosen_language),
                detected_language=_lang(user.detected_language),
            )

    async def record(self, turn: Turn) -> None:
        """Store the turn atomically: the user row, the message in, the replies out."""
        async with self._sessions.begin() as session:
            await self._upsert_user(session, turn)
            incoming = _message_row(turn, turn.incoming, "in")
            incoming.processing_ms = turn.processing_ms
            session.add(incoming)
            await session.flush()  # the replies and the escalation point at its id
            session.add_all(
                _message_row(turn, out, "out", reply_to=incoming.id) for out in turn.outgoing
            )
            if turn.escalation_reason:
                session.add(
                    Escalation(
                        user_id=turn.sender.user_id,
                        chat_id=turn.sender.chat_id,
                        reason=turn.escalation_reason,
                        status="open",
                        message_id=incoming.id,
                        created_at=turn.recorded_at,
                    )
                )

    @staticmethod
    async def _upsert_user(session: AsyncSession, turn: Turn) -> None:
        # One statement whatever the user's history, and safe when two replicas see the same new
        # user at once: INSERT ... ON CONFLICT DO UPDATE exists on both SQLite and PostgreSQL.
        dialect = session.get_bind().dialect.name
        insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
        s = turn.sender
        values: dict[str, Any] = {
            "id": s.user_id,
            "first_name": s.first_name,
            "last_name": s.last_name,
            "username": s.username,
            "telegram_language_code": s.language_code,
            "detected_language": turn.incoming.language,
            "chosen_language": None
            if turn.language_choice in (None, "auto")
            else turn.language_choice,
            "first_seen": turn.received_at,
            "last_seen": turn.recorded_at,
        }
        stmt = insert(User).values(values)
        changes: dict[str, Any] = {
            "first_name": stmt.excluded.first_name,
            "last_name": stmt.excluded.last_name,
            "username": stmt.excluded.username,
            "telegram_language_code": stmt.excluded.telegram_language_code,
            "last_seen": stmt.excluded.last_seen,
            # Keep the last language we could tell; short messages ("ok") detect nothing.
            "detected_language": func.coalesce(
                stmt.excluded.detected_language, User.__table__.c.detected_language
            ),
        }
        if turn.language_choice is not None:
            changes["chosen_language"] = stmt.excluded.chosen_language
        await session.execute(stmt.on_conflict_do_update(index_elements=["id"], set_=changes))


def _message_row(
    turn: Turn, logged: LoggedMessage, direction: str, reply_to: int | None = None
) -> Message:
    return Message(
        user_id=turn.sender.user_id,
        chat_id=turn.sender.chat_id,
        direction=direction,
        kind=logged.kind,
        text=logged.text,
        intent=logged.intent,
        confidence=logged.confidence,
        ranking=[{"intent": n, "confidence": c} for n, c in logged.ranking] or None,
        language=logged.language,
        telegram_message_id=logged.telegram_message_id,
        reply_to_id=reply_to,
        delivery=logged.delivery,
        error=logged.error,
        created_at=turn.received_at if direction == "in" else turn.recorded_at,
    )
