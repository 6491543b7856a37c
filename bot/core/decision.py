"""What deciding on one event produces, before it is sent and logged."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from bot.records.events import ButtonPress, Command, Event, Media, TextMessage
from bot.records.replies import Reply, SendResult
from bot.records.turns import LanguageChoice, LoggedMessage
from bot.text.script import detect_language


@dataclass(frozen=True)
class Change:
    """What the turn changes about the user; the defaults change nothing."""

    language_choice: LanguageChoice | None = None
    district: str | None = None  # set on the profile
    awaiting: str | None = None  # what the bot asked for
    unclear: bool | None = None  # the bot could not answer (True) or did (False)
    escalation: str | None = None  # why a person is brought in
    # Media, flood notices and such: leave the offered options and the question as they were.
    keep_menu: bool = False


KEEP = Change(keep_menu=True)


@dataclass(frozen=True)
class Decision:
    replies: Sequence[Reply]
    logged: LoggedMessage  # the incoming event, as it goes into the log
    change: Change = field(default_factory=Change)
    notice: str | None = None  # a toast for a tapped button, instead of a message
    forget: bool = False  # the user confirmed /forget: delete them instead of logging the turn

    @property
    def offered(self) -> list[str]:
        """The callbacks of the buttons this decision shows: a typed "2" picks the second."""
        return [b.callback for r in self.replies for row in r.buttons for b in row if b.callback]


def logged_event(event: Event) -> LoggedMessage:
    """How an event is logged when the bot does not answer it (relayed, flooded, kept)."""
    match event:
        case TextMessage():
            return LoggedMessage(kind="text", text=event.text, language=detect_language(event.text))
        case Command():
            return LoggedMessage(kind="command", text=f"/{event.name} {event.args}".strip())
        case ButtonPress():
            return LoggedMessage(kind="callback", text=event.data[:64])
        case Media():
            return LoggedMessage(kind=event.kind, text="")


def logged_reply(reply: Reply, result: SendResult) -> LoggedMessage:
    text = f"{reply.title}\n\n{reply.text}" if reply.title else reply.text
    return LoggedMessage(
        kind="reply",
        text=text,
        language=reply.language,
        intent=reply.intent,
        telegram_message_id=result.message_id,
        delivery=result.delivery.value,
        error=result.error,
    )
