"""Every kind of inline-button callback data, with one way to write it and one way to read it.

Telegram hands back at most 64 bytes of `callback_data`, exactly as the bot wrote them, from any
client: a tap can be stale (the button is weeks old) or forged (any bytes at all), so callers
check what they get. The wire format is `kind` or `kind:arg:arg...`; kinds are short because the
arguments (an intent name, a broadcast id) must fit in the rest.
https://core.telegram.org/bots/api#inlinekeyboardbutton
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

MAX_BYTES = 64


class Kind(StrEnum):
    # The assistant's own menus (bot/core/render.py)
    LANGUAGE = "lang"  # + hi | hi_Latn | en | auto
    TOPIC = "topic"  # + intent
    MORE = "more"  # + intent
    ASK = "ask"  # + intent + kind of question (bot/text/asks.py)
    CATEGORY = "cat"  # + category key
    HUMAN = "human"
    HELP = "help"
    LANGUAGE_MENU = "language"
    SET_DISTRICT = "district"
    FORGET = "forget"  # + yes | no
    # Under messages other parts of the bot send to users
    RATE = "rate"  # + escalation id + up | down, after staff closed the chat
    ACK = "ack"  # + broadcast id, the "Got it" button under an announcement
    # Staff and trainers
    STAFF = "staff"  # + claim | close | back + escalation id, on a context card
    FLOW = "bcf"  # + the trainer's answer to a /broadcast step
    MANAGE = "bc"  # + pause | resume | cancel + broadcast id, from /broadcasts


_KINDS = {kind.value: kind for kind in Kind}


@dataclass(frozen=True)
class Callback:
    kind: Kind
    args: tuple[str, ...] = ()

    def arg(self, index: int) -> str:
        """The argument at `index`, or "" when the data has fewer."""
        return self.args[index] if index < len(self.args) else ""

    def number(self, index: int) -> int | None:
        """The argument at `index` as a whole number (an id), or None."""
        value = self.arg(index)
        return int(value) if value.isdecimal() and len(value) <= 18 else None


def make(kind: Kind, *args: str | int) -> str:
    """The callback data for a button of this kind."""
    data = ":".join((kind.value, *map(str, args)))
    if len(data.encode()) > MAX_BYTES:
        raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
    return data


def parse(data: str | None) -> Callback | None:
    """What a tapped button stands for; None for data the bot never writes."""
    if not data:
        return None
    head, *args = data.split(":")
    kind = _KINDS.get(head)
    return Callback(kind, tuple(args)) if kind is not None else None


def pattern(kind: Kind) -> str:
    """A regular expression matching this kind's data, for PTB's CallbackQueryHandler."""
    return rf"^{kind.value}(?::|$)"
