"""Mask personal numbers (Aadhaar, PAN, GSTIN, IFSC, bank account, card, phone, e-mail) in text.

India's DPDP Act expects personal data to be minimised: messages are masked with `mask` before they
are stored or shown to support staff. Masking keeps the text's length and shape (separators stay,
hidden letters and digits become "X") and keeps only what staff need to tell numbers apart: the
last 4 digits, the state code of a GSTIN, the bank of an IFSC code.

Users write digits in Devanagari (२३४५) as often as in ASCII, so matching runs on a "shadow" of the
text in which every Unicode decimal digit is replaced by its ASCII digit. The shadow has the same
length as the text, so spans found in it are spans of the text, and kept digits keep their script.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

MASK_CHAR = "X"

# re.ASCII: the patterns run on the shadow, where digits are ASCII, and it keeps IGNORECASE from
# matching look-alikes such as the Kelvin sign as "K". Hindi letters touching a number are not in
# [A-Za-z0-9], so "फोन9876543210" still matches while "mob9876543210" does not.
_FLAGS = re.ASCII | re.IGNORECASE
_START = r"(?<![A-Za-z0-9])"
_END = r"(?![A-Za-z0-9])"


def _numeric(contiguous: str, grouped: str) -> re.Pattern[str]:
    """A number written in one run of digits, or in groups joined by single spaces or hyphens.

    A grouped form must not be a slice of a longer grouped number (the first 12 digits of
    "5234 5678 9012 3456" are not an Aadhaar number), so it refuses a "<digit><sep>" on either side.
    """
    return re.compile(
        rf"{_START}(?:{contiguous}|(?<![0-9][ -])(?:{grouped})(?![ -][0-9])){_END}", _FLAGS
    )


# An e-mail address must not touch another address character on either side: in "a@b.com1@c.com"
# masking one address could expose a different one to a second pass, and mask would not be
# idempotent.
_EMAIL = re.compile(
    r"(?<![A-Za-z0-9._%+@-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    r"(?![A-Za-z0-9_%+@-])(?!\.[A-Za-z0-9])",
    _FLAGS,
)
# GSTIN = state code (01-38, 97 other territory, 99 centre), the holder's PAN, entity number,
# a letter (usually Z) and a check character. Matched before PAN, which sits inside it.
_GSTIN = re.compile(
    rf"{_START}(?:0[1-9]|[12][0-9]|3[0-8]|97|99)[A-Z]{{5}}[0-9]{{4}}[A-Z][0-9A-Z]{{3}}{_END}",
    _FLAGS,
)
_PAN = re.compile(rf"{_START}[A-Z]{{5}}[0-9]{{4}}[A-Z]{_END}", _FLAGS)
_IFSC = re.compile(rf"{_START}[A-Z]{{4}}0[0-9A-Z]{{6}}{_END}", _FLAGS)
# Card numbers are printed 4-4-4-4(-3) or, for Amex and Diners, 4-6-5 / 4-6-4.
_CARD = _numeric(
    r"[0-9]{13,19}",
    r"[0-9]{4}(?:[ -][0-9]{4}){3}(?:[ -][0-9]{3})?|[0-9]{4}[ -][0-9]{6}[ -][0-9]{4,5}",
)
# Indian mobiles start with 6-9. "+91"/"91"/"0" prefixes; printed 10, 5-5 or 3-3-4.
_PHONE = _numeric(
    r"(?:\+91[ -]?|91|0)?[6-9][0-9]{9}",
    r"(?:\+91[ -]?|91[ -]?|0)?(?:[6-9][0-9]{4}[ -][0-9]{5}|[6-9][0-9]{2}[ -][0-9]{3}[ -][0-9]{4})",
)
# UIDAI never issues Aadhaar numbers starting with 0 or 1.
_AADHAAR = _numeric(r"[2-9][0-9]{11}", r"[2-9][0-9]{3}[ -][0-9]{4}[ -][0-9]{4}")
# Accounts are 9-18 digits, but so are many amounts and IDs: shorter runs are only masked after a
# word that says "account" (below). Grouped, all but the last group need 3+ digits: dates
# ("2026-11-27") stay out.
_ACCOUNT = _numeric(r"[0-9]{9,18}", r"[0-9]{3,}(?:[ -][0-9]{3,})*[ -][0-9]+")
# 11+ digits are too long for a price, quantity, PIN or HSN code: masked without context. A
# 4-4-4-4 number that failed the card check is most likely a mistyped card.
_LONG_NUMBER = _numeric(r"[0-9]{11,18}", r"[0-9]{4}(?:[ -][0-9]{4}){3}")
_ACCOUNT_WORDS = re.compile(
    r"\bacc?(?:ount|t)?s?\b|\ba/c|\bkhaa?t[aei]|खात[ाे]|अकाउंट|एकाउंट|\bbank|बैंक", re.IGNORECASE
)
_ACCOUNT_CONTEXT_CHARS = 30
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
_SEPARATORS = re.compile(r"[ -]")
_ANY_DIGIT = re.compile(r"\d")  # every Unicode decimal digit: Devanagari, Bengali, ASCII...
_CONSUMED = "\0"  # stands in the shadow for text already matched, so no later rule reuses it


@dataclass(frozen=True, slots=True)
class Found:
    """A personal number in a text: its kind and the span text[start:end]."""

    kind: str
    start: int
    end: int


def _luhn_ok(digits: str) -> bool:
    # Every payment card number ends in a Luhn check digit; requiring it keeps arbitrary 13-19
    # digit runs (order IDs, tracking numbers) from being labelled as cards.
    total = 0
    for i, char in enumerate(reversed(digits)):
        value = int(char) * (2 if i % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


def _is_card(_text: str, match: re.Match[str]) -> bool:
    return _luhn_ok(_SEPARATORS.sub("", match[0]))


def _not_years(_text: str, match: re.Match[str]) -> bool:
    # "2021 2022 2023" has the shape of a grouped Aadhaar number but is a list of years.
    groups = _SEPARATORS.split(match[0])
    return len(groups) == 1 or not all(_YEAR.fullmatch(group) for group in groups)


def _after_account_word(text: str, match: re.Match[str]) -> bool:
    digits = len(_SEPARATORS.sub("", match[0]))
    before = text[max(0, match.start() - _ACCOUNT_CONTEXT_CHARS) : match.start()]
    return 9 <= digits <= 18 and _ACCOUNT_WORDS.search(before) is not None


def _always(_text: str, _match: re.Match[str]) -> bool:
    return True


# Most specific first: a span taken by an earlier rule is invisible to the later ones.
_RULES: tuple[tuple[str, re.Pattern[str], Callable[[str, re.Match[str]], bool]], ...] = (
    ("email", _EMAIL, _always),
    ("gstin", _GSTIN, _always),
    ("pan", _PAN, _always),
    ("ifsc", _IFSC, _always),
    ("card", _CARD, _is_card),
    ("phone", _PHONE, _always),
    ("aadhaar", _AADHAAR, _not_years),
    ("bank_account", _ACCOUNT, _after_account_word),
    ("bank_account", _LONG_NUMBER, _not_years),
)


def _shadow(text: str) -> str:
    """The text with every decimal digit made ASCII: one character for one, so spans match."""
    return _ANY_DIGIT.sub(lambda match: str(unicodedata.decimal(match[0])), text)


def find(text: str) -> list[Found]:
    """Every personal number in text, in order of position; spans never overlap."""
    shadow = list(_shadow(text))
    found: list[Found] = []
    for kind, pattern, accept in _RULES:
        for match in pattern.finditer("".join(shadow)):
            if accept(text, match):
                found.append(Found(kind, match.start(), match.end()))
                shadow[match.start() : match.end()] = _CONSUMED * (match.end() - match.start())
    return sorted(found, key=lambda item: item.start)


def _keep(segment: str, head: int, tail: int) -> str:
    """Hide the letters and digits of segment except its first head and last tail ones."""
    positions = [i for i, char in enumerate(segment) if char.isalnum()]
    hidden = set(positions[head : len(positions) - tail])
    return "".join(MASK_CHAR if i in hidden else char for i, char in enumerate(segment))


def _mask_email(segment: str) -> str:
    local, _, domain = segment.rpartition("@")
    return f"{_keep(local, 1, 0)}@{domain}"


def _mask_number(segment: str) -> str:
    # The last 4 digits are what people, banks and UIDAI use to tell numbers apart.
    return _keep(segment, 0, 4)


def _mask_phone(segment: str) -> str:
    # The country code "+91" says nothing about the person; a bare "91" may be an Aadhaar prefix.
    return _keep(segment, 2 if segment.startswith("+") else 0, 4)


_MASKERS: dict[str, Callable[[str], str]] = {
    "email": _mask_email,
    "gstin": lambda segment: _keep(segment, 2, 3),
    "pan": lambda segment: _keep(segment, 0, 1),
    "ifsc": lambda segment: _keep(segment, 5, 0),  # the bank is not personal, the branch is
    "phone": _mask_phone,
}


def mask(text: str) -> str:
    """Return text with personal numbers masked; the result has the same length as text."""
    pieces: list[str] = []
    done = 0
    for item in find(text):
        segment = text[item.start : item.end]
        pieces += [text[done : item.start], _MASKERS.get(item.kind, _mask_number)(segment)]
        done = item.end
    return "".join([*pieces, text[done:]])
