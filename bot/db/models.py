"""The conversation log: users, every message in and out, and requests for a person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# Telegram ids need 64 bits. SQLite only auto-increments a column declared exactly INTEGER, so
# primary keys use the variant there (SQLite integers are 64-bit anyway).
BigId = BigInteger().with_variant(Integer, "sqlite")


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every database.

    SQLite has no timezone type and hands back naive values; this puts UTC back on them so that
    code never compares naive and aware datetimes.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("naive datetime given; use dt.datetime.now(dt.UTC)")
        return value.astimezone(dt.UTC) if value is not None else None

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value


# Constraint names are fixed so that Alembic migrations can refer to them on every database.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {  # noqa: RUF012 (SQLAlchemy reads it as a class attribute)
        dt.datetime: UTCDateTime(),
        dict[str, Any]: JSON().with_variant(JSONB(), "postgresql"),
        list[Any]: JSON().with_variant(JSONB(), "postgresql"),
    }


class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    first_name: Mapped[str] = mapped_column(String(256), default="")
    last_name: Mapped[str | None] = mapped_column(String(256))
    username: Mapped[str | None] = mapped_column(String(64))
    telegram_language_code: Mapped[str | None] = mapped_column(String(16))
    # Set with /language; wins over detection. NULL means "reply in the language I write in".
    chosen_language: Mapped[str | None] = mapped_column(String(8))
    # Language of the user's last message that was long enough to tell.
    detected_language: Mapped[str | None] = mapped_column(String(8))
    # Canonical district name (bot/knowledge/districts.py), told by the user or set in /profile.
    district: Mapped[str | None] = mapped_column(String(64))
    # Callback data of the options the bot last offered, in order: typing "2", "२" or "do"
    # picks the second, "haan" the first.
    offered: Mapped[list[Any] | None]
    # What the bot asked for and waits to hear, e.g. "district:schemes_for_me".
    awaiting: Mapped[str | None] = mapped_column(String(64))
    first_seen: Mapped[dt.datetime]
    last_seen: Mapped[dt.datetime]

    messages: Mapped[list[Message]] = relationship(back_populates="user", passive_deletes=True)


class Message(Base):
    __tablename__ = "messages"
    __table_args__ = (
        CheckConstraint("direction IN ('in', 'out')", name="direction"),
        Index("ix_messages_user_created", "user_id", "created_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    chat_id: Mapped[int] = mapped_column(BigInteger)
    direction: Mapped[str] = mapped_column(String(3))
    # in: text, command, callback, voice, photo, ...; out: reply
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    intent: Mapped[str | None] = mapped_column(String(64))
    confidence: Mapped[float | None] = mapped_column(Float)
    # Top intents as [{"intent": name, "confidence": score}, ...], best first.
    ranking: Mapped[list[Any] | None]
    # Entities found by the NLU, as [{"entity": "district", "value": "Moradabad"}, ...].
    entities: Mapped[list[Any] | None]
    # in: language detected from this message (NULL if too short to tell); out: reply language.
    language: Mapped[str | None] = mapped_column(String(8))
    processing_ms: Mapped[float | None] = mapped_column(Float)
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    # out: which incoming message this answers; sent, blocked or failed, and why.
    reply_to_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    delivery: Mapped[str | None] = mapped_column(String(16))
    error: Mapped[str | None] = mapped_column(Text)
    # in: when the bot received it; out: when the reply had been handed to the messenger.
    created_at: Mapped[dt.datetime] = mapped_column(index=True)

    user: Mapped[User] = relationship(back_populates="messages")


class Escalation(Base):
    """A request to talk to a person (the staff workflow that handles them is separate)."""

    __tablename__ = "escalations"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    reason: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="open")
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]
