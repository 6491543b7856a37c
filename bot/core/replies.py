"""What the assistant receives and says, independent of Telegram or the console."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from bot.core.language import Lang


@dataclass(frozen=True)
class Sender:
    """Who wrote, as far as the messenger tells us."""

    user_id: int
    chat_id: int
    first_name: str = ""
    last_name: str | None = None
    username: str | None = None
    language_code: str | None = None  # the user's app language; only a weak hint


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True)
class TextMessage:
    sender: Sender
    text: str
    message_id: int | None = None
    received_at: dt.datetime = field(default_factory=_now)
    reply_to_message_id: int | None = None  # the message this one answers, if any


@dataclass(frozen=True)
class Command:
    sender: Sender
    name: str
    args: str = ""
    message_id: int | None = None
    received_at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True)
class ButtonPress:
    sender: Sender
    data: str
    message_id: int | None = None  # the bot message that carried the button
    received_at: dt.datetime = field(default_factory=_now)


@dataclass(frozen=True)
class Media:
    """Anything the bot cannot read yet: voice notes, photos, documents, stickers, locations."""

    sender: Sender
    kind: str
    message_id: int | None = None
    received_at: dt.datetime = field(default_factory=_now)
    reply_to_message_id: int | None = None
    caption: str = ""  # a photo's or document's text, relayed to staff (masked)


Event = TextMessage | Command | ButtonPress | Media


@dataclass(frozen=True)
class Button:
    label: str
    callback: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Reply:
    """One message to the user: plain text (front ends escape it) and optional buttons."""

    text: str
    language: Lang
    buttons: tuple[tuple[Button, ...], ...] = ()
    title: str | None = None  # shown in bold above the text where the front end can
    intent: str | None = None  # the topic this reply answers, for the conversation log


class Delivery(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot or deleted the account
    FAILED = "failed"


@dataclass(frozen=True)
class SendResult:
    delivery: Delivery
    message_id: int | None = None
    error: str | None = None


class Outbox(Protocol):
    """Delivers replies to a chat: Telegram, the console, or a test double."""

    async def send(self, chat_id: int, reply: Reply) -> SendResult: ...

    async def notify(self, chat_id: int, text: str) -> None:
        """A short acknowledgement of a tap (a toast on Telegram), not a message."""
