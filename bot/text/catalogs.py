"""Translations and number/date formatting, one Translator per language, chosen per message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from babel import Locale
from babel.dates import format_date, format_datetime
from babel.numbers import format_currency, format_decimal
from babel.support import Translations

from bot.text.script import LANGS, Lang

LOCALES_DIR = Path(__file__).resolve().parents[2] / "locales"
DOMAIN = "messages"

# Babel locale used for numbers and dates in each language. English uses en_IN so that amounts
# get Indian lakh grouping (₹1,00,000) like the Hindi ones.
_FORMAT_LOCALE: Mapping[Lang, Locale] = {
    "hi": Locale.parse("hi_IN"),
    "hi_Latn": Locale.parse("hi_Latn"),
    "en": Locale.parse("en_IN"),
}


def N_(message: str) -> str:
    """Mark a string for extraction where it is defined; it is translated where it is shown."""
    return message


# Amounts of a lakh and more, the way sellers say them (largest first).
_BIG_AMOUNTS = (
    # TRANSLATORS: an amount in crore (1 crore = 100 lakh), e.g. "₹4 करोड़"
    (10_000_000, N_("₹%(amount)s crore")),
    # TRANSLATORS: an amount in lakh (1 lakh = 100,000), e.g. "₹25 लाख"
    (100_000, N_("₹%(amount)s lakh")),
)


@dataclass(frozen=True)
class Translator:
    """Everything that turns text and numbers into one language."""

    lang: Lang
    translations: Translations

    def __call__(self, message: str, /, **values: object) -> str:
        """Translate `message` and fill its %(name)s placeholders."""
        text = self.translations.gettext(message)
        return text % values if values else text

    def filled(self, message: str, /, **values: object) -> str:
        """Translate `message` and always apply %-formatting (so "%%" reads "%" even with no
        values): for answers, whose amounts are placeholders and whose "5%%" is escaped."""
        return self.translations.gettext(message) % values

    def plural(self, singular: str, plural: str, count: int, /, **values: object) -> str:
        text = self.translations.ngettext(singular, plural, count)
        return text % {"count": self.number(count), **values}

    def number(self, value: float) -> str:
        return format_decimal(value, locale=_FORMAT_LOCALE[self.lang])

    def money(self, rupees: int) -> str:
        """Rupees the way sellers say them: ₹10,000 below a lakh, then ₹6.25 lakh, ₹4 crore
        (लाख, करोड़ in Hindi); digits and grouping from Babel."""
        for size, unit in _BIG_AMOUNTS:
            if rupees >= size:
                amount = format_decimal(
                    rupees / size, format="#,##0.##", locale=_FORMAT_LOCALE[self.lang]
                )
                return self(unit, amount=amount)
        return format_currency(
            rupees,
            "INR",
            format="¤#,##,##0",
            currency_digits=False,
            locale=_FORMAT_LOCALE[self.lang],
        )

    def date(self, day: dt.date) -> str:
        return format_date(day, format="long", locale=_FORMAT_LOCALE[self.lang])

    def weekday_time(self, moment: dt.datetime) -> str:
        """Day and clock time in the moment's own time zone: "Monday 10:00", "सोमवार 10:00"."""
        return format_datetime(
            moment, "EEEE HH:mm", tzinfo=moment.tzinfo, locale=_FORMAT_LOCALE[self.lang]
        )

    def clock(self, moment: dt.datetime) -> str:
        return format_datetime(
            moment, "d MMM HH:mm", tzinfo=moment.tzinfo, locale=_FORMAT_LOCALE[self.lang]
        )


class CatalogMissing(Exception):
    """A compiled catalog (.mo) is not there: `make catalogs` builds them."""


class Catalogs:
    """The compiled catalogs of all languages, loaded once at start-up."""

    def __init__(self, locales_dir: Path = LOCALES_DIR) -> None:
        self._translators: dict[Lang, Translator] = {}
        for lang in LANGS:
            mo = locales_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
            if not mo.is_file():
                raise CatalogMissing(f"catalog not compiled: {mo} is missing (run `make catalogs`)")
            with mo.open("rb") as handle:
                self._translators[lang] = Translator(lang, Translations(handle, DOMAIN))

    def __getitem__(self, lang: Lang) -> Translator:
        return self._translators[lang]
