"""A trainer's broadcast while they compose it in the /broadcast dialogue (bot/tg/broadcast_*)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

from bot.broadcast.audience import Audience, EscalationFilter
from bot.text.script import Lang


@dataclass
class Draft:
    languages: list[Lang] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    active_days: int | None = None
    escalation: EscalationFilter = "any"
    texts: dict[str, str] = field(default_factory=dict)
    attachment: tuple[str, str] | None = None
    link: tuple[str, str] | None = None
    ack: bool = False
    defer: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}  # a key from older code: dropped
        for pair in ("attachment", "link"):  # JSON has no tuples
            if values.get(pair) is not None:
                values[pair] = tuple(values[pair])
        return cls(**values)

    def audience(self) -> Audience:
        return Audience(
            tuple(self.languages),
            tuple(self.districts),
            tuple(self.products),
            self.active_days,
            self.escalation,
        )

    def clear_audience(self) -> None:
        """Back to "everyone", keeping what was written."""
        self.languages, self.districts, self.products = [], [], []
        self.active_days, self.escalation = None, "any"
