"""What the assistant says, and what became of it, independent of Telegram or the console."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from bot.text.script import Lang


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
    # Which of the topic's answers it is (`udyam_registration/cost`), for the question bank.
    answer: str | None = None


class SendStatus(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # the user blocked the bot or deleted the account
    FAILED = "failed"


@dataclass(frozen=True)
class SendResult:
    delivery: SendStatus
    message_id: int | None = None
    error: str | None = None
