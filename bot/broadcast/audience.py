"""Who receives a broadcast: filters over the user profile, combinable, as SQL conditions."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any, Literal

from sqlalchemy import ColumnElement, and_, exists, func, literal, select

from bot.core.languages import Languages
from bot.db.models import Escalation, User
from bot.knowledge import districts
from bot.text.script import LANGS, Lang

EscalationFilter = Literal["any", "never", "open"]


@dataclass(frozen=True)
class Audience:
    """Empty filters mean "everyone"; given ones must all hold. Opted-out users never count."""

    languages: tuple[Lang, ...] = ()
    districts: tuple[str, ...] = ()  # canonical names (bot/knowledge/districts.py)
    odop_products: tuple[str, ...] = ()  # words of a product name: "carpet", "brass"
    active_days: int | None = None
    escalation: EscalationFilter = "any"

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Audience:
        return cls(
            languages=tuple(lang for lang in data.get("languages", ()) if lang in LANGS),
            districts=tuple(data.get("districts", ())),
            odop_products=tuple(data.get("odop_products", ())),
            active_days=data.get("active_days"),
            escalation=data.get("escalation", "any"),
        )

    def product_districts(self) -> tuple[str, ...]:
        """Districts whose ODOP product matches one of the product words, in either language."""
        words = [w.lower() for w in self.odop_products]
        return tuple(
            d.name
            for d in districts.all_districts()
            if any(w in d.product.lower() or w in d.product_hi for w in words)
        )

    def conditions(self, default_language: Lang, now: dt.datetime) -> list[ColumnElement[bool]]:
        """WHERE conditions on `users` (opt-outs are handled by the caller, to count them)."""
        found: list[ColumnElement[bool]] = []
        if self.languages:
            found.append(language_of(default_language).in_(self.languages))
        if self.districts:
            found.append(User.district.in_(self.districts))
        if self.odop_products:
            found.append(User.district.in_(self.product_districts()))
        if self.active_days is not None:
            found.append(User.last_seen >= now - dt.timedelta(days=self.active_days))
        escalated = exists(select(Escalation.id).where(Escalation.user_id == User.id))
        open_one = exists(
            select(Escalation.id).where(
                and_(Escalation.user_id == User.id, Escalation.status == "open")
            )
        )
        if self.escalation == "never":
            found.append(~escalated)
        elif self.escalation == "open":
            found.append(open_one)
        return found


def language_of(default_language: Lang) -> ColumnElement[str]:
    """The language a user gets, as SQL: the order bot/core/languages.py decides in."""
    stored = (getattr(User, field) for field in Languages.PRECEDENCE)
    return func.coalesce(*stored, literal(default_language))
