"""What a conversation turn leaves behind: the user's profile, the logged messages, the turn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal

from bot.records.events import Sender
from bot.text.script import Lang

LanguageChoice = Lang | Literal["auto"]


class DatabaseUnavailable(Exception):
    """The database did not answer within database.retry_seconds (restarting, locked, gone)."""


@dataclass(frozen=True)
class FloodState:
    """Arrival times (Unix seconds) of the user's last answered messages, oldest first."""

    times: tuple[float, ...] = ()
    noticed: bool = False  # the user was told to slow down and has not been answered since


@dataclass(frozen=True)
class UserProfile:
    user_id: int
    first_name: str
    chosen_language: Lang | None
    detected_language: Lang | None
    district: str | None = None
    offered: tuple[str, ...] = ()
    awaiting: str | None = None
    last_topic: str | None = None  # the topic of the last answer, for "and the fee?"
    unclear_streak: int = 0
    escalation_id: int | None = None  # the user's open escalation: a person is handling them
    flood: FloodState = field(default_factory=FloodState)


@dataclass(frozen=True)
class LoggedMessage:
    kind: str
    text: str
    language: Lang | None = None
    intent: str | None = None
    confidence: float | None = None
    ranking: Sequence[tuple[str, float]] = ()
    entities: Sequence[tuple[str, str]] = ()  # (entity, value)
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
    # Conversation state after this turn; see the User model for what each means.
    district: str | None = None  # None keeps the stored district
    offered: Sequence[str] = ()
    awaiting: str | None = None
    last_topic: str | None = None  # None keeps the stored topic
    # The bot could not answer (True), answered (False), or neither applies (None).
    unclear: bool | None = None
    flood: FloodState | None = None  # None keeps the stored flood state
    recorded_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


@dataclass(frozen=True)
class StoredData:
    """Everything stored about one user, as /mydata shows it."""

    first_name: str
    last_name: str | None
    username: str | None
    chosen_language: str | None
    detected_language: str | None
    district: str | None
    opted_out: bool
    first_seen: dt.datetime
    last_seen: dt.datetime
    messages: int
    escalations: int
    announcements: int
