"""What the assistant receives, independent of Telegram or the console."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
