"""A keyword NLU for fast dialogue tests (the same paths also run against real Rasa)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.core.assistant import Assistant
from bot.core.ports import NoDesk, StaffDesk
from bot.knowledge import districts
from bot.nlu.client import Entity, IntentScore, Nlu, NluResult, NluUnavailable
from bot.services import Services

Ranking = Sequence[tuple[str, float]]


@dataclass
class FakeNlu:
    """Returns the ranking of the first keyword found in the text; out_of_scope otherwise."""

    rules: Mapping[str, Ranking] = field(default_factory=dict)
    down: bool = False
    texts: list[str] = field(default_factory=list)

    async def parse(self, text: str) -> NluResult:
        self.texts.append(text)
        if self.down:
            raise NluUnavailable("fake NLU is down")
        ranking: Ranking = [("out_of_scope", 0.9), ("greet", 0.05)]
        for keyword, rule in self.rules.items():
            if keyword in text.lower():
                ranking = rule
                break
        scores = tuple(IntentScore(name, conf) for name, conf in ranking)
        return NluResult(scores[0], scores, _districts_in(text))


def _districts_in(text: str) -> tuple[Entity, ...]:
    """District entities the way Rasa's RegexEntityExtractor finds them (same patterns)."""
    found = []
    for district in districts.all_districts():
        for match in re.finditer(districts.regex(district), text, re.IGNORECASE):
            found.append(Entity("district", district.name, match.group(0)))
    return tuple(found)


# First matching keyword wins, so the more specific ones come first.
DEFAULT_RULES: dict[str, Ranking] = {
    "ka odop": [("district_product", 0.9)],
    "iske": [("follow_up", 0.9)],
    "इसकी": [("follow_up", 0.9)],
    "se hun": [("my_district", 0.9)],
    "yojana": [("schemes_for_me", 0.9)],
    "haan": [("affirm", 0.95)],
    "nahi": [("deny", 0.95)],
    "bhasha": [("change_language", 0.9)],
    "rodtep": [("rodtep_scheme", 0.9)],
    "gst": [("gst_requirement", 0.93), ("documents_needed", 0.04)],
    "जीएसटी": [("gst_requirement", 0.91), ("documents_needed", 0.05)],
    "udyam": [("udyam_registration", 0.9)],
    "kagaz": [("documents_needed", 0.88)],
    "iec": [("iec_code", 0.9), ("documents_needed", 0.05)],
    "odop": [("odop_info", 0.9)],
    "flipkart": [("sell_on_flipkart", 0.8)],
    "register": [("udyam_registration", 0.4), ("iec_code", 0.3), ("sell_on_flipkart", 0.2)],
    "insaan": [("human_handoff", 0.95)],
    "person": [("human_handoff", 0.95)],
    "namaste": [("greet", 0.97)],
    "dhanyavaad": [("thanks_goodbye", 0.97)],
    "vague": [("greet", 0.3), ("out_of_scope", 0.28), ("thanks_goodbye", 0.2)],
    "mystery": [("made_up_intent", 0.9)],
}


def assistant_for(
    nlu: Nlu, engine: AsyncEngine, settings: Settings, desk: StaffDesk | None = None
) -> Assistant:
    """The real Assistant over real stores on `engine`, wired by Services, with the given NLU."""
    return Services.open(
        settings, desk=lambda _: desk or NoDesk(), nlu=nlu, engine=engine
    ).assistant
