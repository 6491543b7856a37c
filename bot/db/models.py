"""The conversation log: users, every message in and out, and requests for a person."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
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
    false,
    text,
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
    # The topic (intent) of the bot's last answer: "aur iske fayde?" asks about it.
    last_topic: Mapped[str | None] = mapped_column(String(64))
    # Messages in a row the bot could not answer; reaching staff.unclear_messages_before_handoff
    # brings in a person.
    unclear_streak: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The user's forum topic in the staff group, created once and reused for every escalation.
    # -1 while one process is creating it (so that two at once never create two), since
    # staff_topic_reserved_at: a reservation older than a minute is of a process that died
    # before creating the topic, and the next escalation takes it over.
    staff_topic_id: Mapped[int | None] = mapped_column(BigInteger)
    staff_topic_reserved_at: Mapped[dt.datetime | None]
    # Announcements: /stop opts out, /start opts back in; a 403 means the user blocked the bot.
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    opted_out_at: Mapped[dt.datetime | None]
    blocked_at: Mapped[dt.datetime | None]
    # Flood control (bot/core/flood.py): when the user's last answered messages arrived (Unix
    # seconds, at most assistant.flood_max_messages of them) and whether they were told to slow
    # down. Kept here, not in memory, so that every bot replica counts the same messages.
    flood_times: Mapped[list[Any] | None]
    flood_noticed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
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
    """A user handed to a person: from the trigger to closing and the user's rating."""

    __tablename__ = "escalations"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'closed')", name="status"),
        # At most one open escalation per user, whatever number of processes race to open one.
        Index(
            "uq_escalations_open_user",
            "user_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    # NULL once the user asked to be forgotten (/forget): the row stays as an anonymous statistic.
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    chat_id: Mapped[int] = mapped_column(BigInteger)
    # user_asked, command, button, unclear, topic:<intent>
    reason: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(16), default="open")
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime]  # opened at
    card_message_id: Mapped[int | None] = mapped_column(BigInteger)
    claimed_by: Mapped[int | None] = mapped_column(BigInteger)
    claimed_by_name: Mapped[str | None] = mapped_column(String(256))
    claimed_at: Mapped[dt.datetime | None]
    first_staff_reply_at: Mapped[dt.datetime | None]
    reassured_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    # closed: by staff (asks for a rating) or handed back to the bot
    closed_how: Mapped[str | None] = mapped_column(String(16))
    rating: Mapped[str | None] = mapped_column(String(8))  # up | down


class Relay(Base):
    """One message copied between a user's chat and the staff group, ids on both sides."""

    __tablename__ = "relays"
    __table_args__ = (
        CheckConstraint("direction IN ('to_staff', 'to_user')", name="direction"),
        Index("ix_relays_user_side", "user_chat_id", "user_message_id"),
        Index("ix_relays_staff_side", "staff_chat_id", "staff_message_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    escalation_id: Mapped[int] = mapped_column(
        ForeignKey("escalations.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(8))
    user_chat_id: Mapped[int] = mapped_column(BigInteger)
    user_message_id: Mapped[int] = mapped_column(BigInteger)
    staff_chat_id: Mapped[int] = mapped_column(BigInteger)
    staff_message_id: Mapped[int] = mapped_column(BigInteger)
    staff_user_id: Mapped[int | None] = mapped_column(BigInteger)  # who wrote it (to_user)
    kind: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]


class Broadcast(Base):
    """An announcement from a trainer to a segment of users, in their languages."""

    __tablename__ = "broadcasts"
    __table_args__ = (
        CheckConstraint(
            "status IN ('scheduled', 'sending', 'paused', 'cancelled', 'done')", name="status"
        ),
        Index("ix_broadcasts_status_send_at", "status", "send_at"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    created_by: Mapped[int] = mapped_column(BigInteger)  # 0: the command line
    created_at: Mapped[dt.datetime]
    status: Mapped[str] = mapped_column(String(16))
    send_at: Mapped[dt.datetime]
    # Audience filters (bot/broadcast/audience.py) and the text for each language.
    audience: Mapped[dict[str, Any]]
    texts: Mapped[dict[str, Any]]
    attachment_kind: Mapped[str | None] = mapped_column(String(16))  # photo | document
    attachment_file_id: Mapped[str | None] = mapped_column(String(256))
    link_url: Mapped[str | None] = mapped_column(Text)
    link_label: Mapped[str | None] = mapped_column(String(64))
    ack_button: Mapped[bool] = mapped_column(Boolean, default=False)
    # Users talking to staff get it after their chat is closed (True) or right away.
    defer_escalated: Mapped[bool] = mapped_column(Boolean, default=True)
    progress_chat_id: Mapped[int | None] = mapped_column(BigInteger)
    progress_message_id: Mapped[int | None] = mapped_column(BigInteger)
    started_at: Mapped[dt.datetime | None]
    finished_at: Mapped[dt.datetime | None]


class Delivery(Base):
    """One recipient of one broadcast: the row the sender works from, so nothing is lost."""

    __tablename__ = "deliveries"
    __table_args__ = (
        CheckConstraint(
            "status IN ('pending', 'sending', 'sent', 'failed', 'blocked', 'skipped', 'deferred')",
            name="status",
        ),
        Index("uq_deliveries_broadcast_user", "broadcast_id", "user_id", unique=True),
        Index("ix_deliveries_work", "broadcast_id", "status", "id"),
        Index("ix_deliveries_message", "chat_id", "telegram_message_id"),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    broadcast_id: Mapped[int] = mapped_column(ForeignKey("broadcasts.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(BigInteger)
    chat_id: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(8))
    district: Mapped[str | None] = mapped_column(String(64))  # the segment in reports
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime | None]
    claimed_at: Mapped[dt.datetime | None]
    telegram_message_id: Mapped[int | None] = mapped_column(BigInteger)
    error: Mapped[str | None] = mapped_column(Text)  # or why skipped: opted_out, blocked, ...
    sent_at: Mapped[dt.datetime | None]
    acked_at: Mapped[dt.datetime | None]


class RoleGrant(Base):
    """Staff and trainers added by an admin at run time (config.yml lists the permanent ones)."""

    __tablename__ = "role_grants"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    role: Mapped[str] = mapped_column(String(16), primary_key=True)  # staff | trainer
    granted_by: Mapped[int] = mapped_column(BigInteger)
    granted_at: Mapped[dt.datetime]


class DialogueStep(Base):
    """Where a user is in a multi-step dialogue (the trainers' /broadcast flow) and its draft.

    In the database rather than in the process, so that the next step reaches whichever bot
    replica Telegram's update lands on, and survives a restart.
    """

    __tablename__ = "dialogues"

    user_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    name: Mapped[str] = mapped_column(String(32))
    step: Mapped[str] = mapped_column(String(32))
    data: Mapped[dict[str, Any]]
    updated_at: Mapped[dt.datetime]


class ChatLease(Base):
    """A chat being handled by one bot replica (cluster mode): the others wait their turn.

    A lease, not a lock held on a connection: a replica that dies mid-update frees the chat
    when `expires_at` passes, and waiting costs no database connection. UNLOGGED on
    PostgreSQL (migration 0006), like send_slots: nothing in it outlives the running bot.
    """

    __tablename__ = "chat_leases"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    holder: Mapped[str] = mapped_column(String(32))
    expires_at: Mapped[dt.datetime]


class SendSlot(Base):
    """The next free moment to send on one of Telegram's limits, shared by all replicas.

    `next_at` is in the database server's clock (Unix seconds), so replicas on machines whose
    clocks differ still space their requests correctly.
    """

    __tablename__ = "send_slots"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    next_at: Mapped[float] = mapped_column(Float)


class InboxUpdate(Base):
    """An update received and not yet handled (bot/tg/inbox.py).

    Kept so that Telegram can be told at once that it arrived (the next getUpdates, the
    webhook's 200) instead of after it is handled: a replica that finds a holder's lease run
    out (the holder died) hands the update out again. A normal (logged) table, unlike
    send_slots: it must outlive the process, and a database crash too.
    """

    __tablename__ = "update_inbox"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any]]
    received_at: Mapped[dt.datetime]
    holder: Mapped[str] = mapped_column(String(32))  # the process handling it
    lease_until: Mapped[dt.datetime] = mapped_column(index=True)  # renewed while it lives
