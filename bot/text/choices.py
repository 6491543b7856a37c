"""Typed answers to a numbered menu: "2", "२", "do", "two" all pick the second option."""

from __future__ import annotations

import re
import unicodedata

# Number words up to ten as people type them in each script.
_WORDS = {
    1: ("ek", "one", "एक", "pehla", "pahla", "first", "पहला"),
    2: ("do", "two", "दो", "doosra", "dusra", "second", "दूसरा"),
    3: ("teen", "tin", "three", "तीन", "teesra", "tisra", "third", "तीसरा"),
    4: ("char", "chaar", "four", "चार"),
    5: ("paanch", "panch", "five", "पांच", "पाँच"),
    6: ("chhah", "chhe", "che", "six", "छह", "छः"),
    7: ("saat", "sat", "seven", "सात"),
    8: ("aath", "eight", "आठ"),
    9: ("nau", "nine", "नौ"),
    10: ("das", "ten", "दस"),
}
_BY_WORD = {word: n for n, words in _WORDS.items() for word in words}
_DECORATION = re.compile(r"^(?:no\.?|number|option|नंबर)\s*|[.)\s]+$", re.IGNORECASE)


def number(text: str) -> int | None:
    """The number a short message stands for, or None if it is anything else."""
    core = _DECORATION.sub("", text.strip().lower()).strip()
    if core.isdecimal() and len(core) <= 2:
        # unicodedata reads Devanagari digits (२) as well as ASCII ones.
        return int("".join(str(unicodedata.digit(ch)) for ch in core))
    return _BY_WORD.get(core)


def pick(text: str, options: int) -> int | None:
    """The 0-based option a message picks from `options` numbered choices, if it picks one."""
    if not options:
        return None
    chosen = number(text)
    if chosen is None or not 1 <= chosen <= options:
        return None
    return chosen - 1
