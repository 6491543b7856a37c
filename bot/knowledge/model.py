"""The shape of the assistant's knowledge: one Topic per NLU intent, grouped for the menus."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from bot.text.catalogs import N_


class TopicKind(Enum):
    KNOWLEDGE = "knowledge"  # answered with facts; in the menus and offered as clarification
    SMALL_TALK = "small_talk"  # greetings, thanks: answered, never offered as a choice
    HANDOFF = "handoff"  # the user wants a person
    ACTION = "action"  # handled by the assistant itself (language, yes/no, district, profile)
    OUT_OF_SCOPE = "out_of_scope"  # nothing the assistant covers


class Category(Enum):
    """The first level of the /help menu; the label is a gettext message id."""

    SELLING = N_("Selling online")
    LISTING = N_("Listing products")
    EXPORTS = N_("Exports")
    PROGRAMMES = N_("Walmart & Flipkart")
    ODOP = N_("ODOP schemes")

    @property
    def key(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Topic:
    intent: str
    kind: TopicKind
    # Button label in menus and clarifications (also the answer's title); under 30 characters.
    label: str
    answer: str = ""
    # The rest of a long answer, behind a "More" button.
    more: str | None = None
    category: Category | None = None
    # Official portal or office named in the answer.
    url: str | None = None
    last_checked: dt.date | None = None
    # %(name)s placeholders filled with rupee amounts (Babel adds ₹ and lakh grouping).
    money: Mapping[str, int] = field(default_factory=dict)


# The longest answer, title and link lines included: one screen of a small phone, and well
# inside Telegram's 4096 characters. The catalog tests hold every answer in every language to it.
MAX_ANSWER_CHARS = 700

# The day the facts behind the answers were last compared with ../shared/knowledge/facts.md.
CHECKED = dt.date(2026, 11, 27)
