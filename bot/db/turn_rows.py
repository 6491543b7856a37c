"""How a conversation turn becomes rows: the user upsert, the message rows, the profile read.

Built once per database kind and reused for every message (bot/db/conversations.py).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Boolean, Executable, and_, bindparam, case, func, select
from sqlalchemy.dialects import postgresql, sqlite

from bot.db.models import Escalation, User
from bot.records.turns import LoggedMessage, Turn
from bot.text import pii


def user_values(turn: Turn) -> dict[str, Any]:
    s, choice = turn.sender, turn.language_choice
    return {
        "id": s.user_id,
        "first_name": s.first_name,
        "last_name": s.last_name,
        "username": s.username,
        "telegram_language_code": s.language_code,
        "detected_language": turn.incoming.language,
        "chosen_language": None if choice in (None, "auto") else choice,
        "first_seen": turn.received_at,
        "last_seen": turn.recorded_at,
        "district": turn.district,
        "offered": list(turn.offered),
        "awaiting": turn.awaiting,
        "last_topic": turn.last_topic,
        "unclear_streak": 1 if turn.unclear else 0,
        "unclear_change": "keep" if turn.unclear is None else ("add" if turn.unclear else "reset"),
        "set_choice": choice is not None,
        "flood_times": list(turn.flood.times) if turn.flood else None,
        "flood_noticed": turn.flood.noticed if turn.flood else False,
        "set_flood": turn.flood is not None,
        # A 403 on a reply means the user blocked the bot (announcements skip them); writing to
        # the bot again means they unblocked it.
        "blocked_at": (
            turn.recorded_at if any(o.delivery == "blocked" for o in turn.outgoing) else None
        ),
    }


def upsert_user(dialect: str) -> Executable:
    """INSERT ... ON CONFLICT DO UPDATE for the user row, built once per database kind.

    One statement whatever the user's history, and safe when two replicas see the same new
    user at once; both SQLite and PostgreSQL have it.
    """
    stmt = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(User)
    users = User.__table__.c
    return stmt.on_conflict_do_update(
        index_elements=["id"],
        set_={
            "first_name": stmt.excluded.first_name,
            "last_name": stmt.excluded.last_name,
            "username": stmt.excluded.username,
            "telegram_language_code": stmt.excluded.telegram_language_code,
            "last_seen": stmt.excluded.last_seen,
            # Keep the last language we could tell; short messages ("ok") detect nothing.
            "detected_language": func.coalesce(
                stmt.excluded.detected_language, users.detected_language
            ),
            "district": func.coalesce(stmt.excluded.district, users.district),
            "offered": stmt.excluded.offered,
            "awaiting": stmt.excluded.awaiting,
            "last_topic": func.coalesce(stmt.excluded.last_topic, users.last_topic),
            "blocked_at": stmt.excluded.blocked_at,
            "unclear_streak": case(
                (bindparam("unclear_change") == "add", users.unclear_streak + 1),
                (bindparam("unclear_change") == "reset", 0),
                else_=users.unclear_streak,
            ),
            "flood_times": case(
                (bindparam("set_flood", type_=Boolean), stmt.excluded.flood_times),
                else_=users.flood_times,
            ),
            "flood_noticed": case(
                (bindparam("set_flood", type_=Boolean), stmt.excluded.flood_noticed),
                else_=users.flood_noticed,
            ),
            # Only a /language choice changes it ("auto" clears it).
            "chosen_language": case(
                (bindparam("set_choice", type_=Boolean), stmt.excluded.chosen_language),
                else_=users.chosen_language,
            ),
        },
    )


PROFILE = (
    select(
        User.first_name,
        User.chosen_language,
        User.detected_language,
        User.district,
        User.offered,
        User.awaiting,
        User.last_topic,
        User.unclear_streak,
        User.flood_times,
        User.flood_noticed,
        Escalation.id.label("escalation_id"),
    )
    .outerjoin(Escalation, and_(Escalation.user_id == User.id, Escalation.status == "open"))
    .where(User.id == bindparam("user_id"))
)


def message_values(
    turn: Turn, logged: LoggedMessage, direction: str, reply_to: int | None = None
) -> dict[str, Any]:
    return {
        "user_id": turn.sender.user_id,
        "chat_id": turn.sender.chat_id,
        "direction": direction,
        "kind": logged.kind,
        # What sellers type is stored with personal numbers masked (Aadhaar, PAN, accounts...);
        # the bot's own replies never contain any.
        "text": pii.mask(logged.text) if direction == "in" else logged.text,
        "intent": logged.intent,
        "confidence": logged.confidence,
        "ranking": [{"intent": n, "confidence": c} for n, c in logged.ranking] or None,
        "entities": [{"entity": e, "value": v} for e, v in logged.entities] or None,
        "language": logged.language,
        "processing_ms": None,
        "telegram_message_id": logged.telegram_message_id,
        "reply_to_id": reply_to,
        "delivery": logged.delivery,
        "error": logged.error,
        "created_at": turn.received_at if direction == "in" else turn.recorded_at,
    }
