"""The shape of the assistant's knowledge: one Topic per NLU intent, grouped for the menus.

A topic answers the questions sellers ask about it: a default answer (what it is, the one thing
to know) and, where the facts support one, its own answer for each kind of question (`Ask`:
who, cost, how long...). The NLU picks the topic and ranks the kinds of question; bot/text/asks.py
chooses the kind the topic answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from bot.text.asks import NEAREST, Ask
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
    TAX = N_("GST & tax")
    LOANS = N_("Loans & schemes")

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
    # The answer to each kind of question the facts support; the others get `answer`.
    answers: Mapping[Ask, str] = field(default_factory=dict)

    def answer_to(self, ask: Ask | None) -> tuple[Ask | None, str]:
        """The answer for this kind of question (or the nearest kind the topic answers), with
        the kind it answers; (None, the default answer) when the topic has none of them."""
        if ask is None:
            return None, self.answer
        for kind in (ask, *NEAREST.get(ask, ())):
            if kind in self.answers:
                return kind, self.answers[kind]
        return None, self.answer

    def answer_key(self, ask: Ask | None) -> str:
        """How the answer to this kind of question is named in the question bank and the log:
        `udyam_registration/cost`, or just the intent for the default answer."""
        kind, _ = self.answer_to(ask)
        return f"{self.intent}/{kind}" if kind else self.intent


# The longest answer, title and link lines included: one screen of a small phone, and well
# inside Telegram's 4096 characters. The catalog tests hold every answer in every language to it.
MAX_ANSWER_CHARS = 800

# The day the facts behind the answers were last compared with ../shared/knowledge/facts.md.
CHECKED = dt.date(2026, 11, 27)
# The same for the question-level answers and the topics added with them (facts.md 7-19).
RECHECKED = dt.date(2026, 12, 3)
