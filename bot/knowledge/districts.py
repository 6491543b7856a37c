"""UP's 75 districts, their ODOP products, and every way people write their names.

The table is odop_districts.csv (a copy of ../shared/knowledge/odop_districts.csv; a test keeps
them equal). The aliases below add old names and the spellings people type. Rasa finds district
names with regexes generated from this module (`python -m bot nlu districts` writes
rasa_project/data/districts.yml), and the bot maps whatever Rasa found back to one district here.
"""

from __future__ import annotations

import csv
import functools
import re
import unicodedata
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from bot.text.script import normalize

CSV_PATH = Path(__file__).with_name("odop_districts.csv")

# Old names, other spellings, and the adjective forms used for crafts ("Banarasi saree").
# Devanagari spellings are written once with nukta and chandrabindu where they belong; matching
# ignores both, because phones type them either way.
ALIASES: Mapping[str, tuple[str, ...]] = {
    "Agra": ("aagra",),
    "Aligarh": ("aligadh", "अलीगढ"),
    "Ambedkar Nagar": ("ambedkarnagar", "अम्बेडकर नगर"),
    "Amroha": ("jyotiba phule nagar", "ज्योतिबा फुले नगर"),
    "Auraiya": ("auraia", "oraiya"),
    "Ayodhya": ("faizabad", "faijabad", "फ़ैज़ाबाद", "ayodhya ji"),
    "Azamgarh": ("azamgadh", "aazamgarh", "आज़मगढ़"),
    "Baghpat": ("bagpat", "bagpath"),
    "Ballia": ("baliya", "baliaa"),
    "Banda": ("बाँदा",),
    "Bareilly": ("bareli", "barely", "barelly"),
    "Bhadohi": ("sant ravidas nagar", "sant ravidasnagar", "संत रविदास नगर", "bhadoi"),
    "Budaun": ("badaun", "budaon", "बदायूँ"),
    "Bulandshahr": ("bulandshahar", "बुलन्दशहर"),
    "Chandauli": ("चन्दौली",),
    "Chitrakoot": ("chitrakut",),
    "Deoria": ("devriya", "deoriya", "devaria"),
    "Etawah": ("itawa", "etawa"),
    "Farrukhabad": ("farukhabad", "farrukhabaad", "फ़र्रुख़ाबाद"),
    "Fatehpur": ("fatehpur", "फ़तेहपुर"),
    "Firozabad": ("ferozabad", "firozabaad", "firojabad", "फ़िरोज़ाबाद"),
    "Gautam Buddh Nagar": (
        "gautam buddha nagar",
        "noida",
        "greater noida",
        "नोएडा",
        "नोयडा",
        "ग्रेटर नोएडा",
    ),
    "Ghaziabad": ("gaziabad", "ghajiabad", "ग़ाज़ियाबाद"),
    "Ghazipur": ("gazipur", "ghajipur", "ग़ाज़ीपुर"),
    "Gorakhpur": ("gorakhpoor",),
    "Hapur": ("hapud", "haapur"),
    "Jhansi": ("jhaansi", "झाँसी"),
    "Kannauj": ("kanauj", "kannoj", "कन्नोज"),
    "Kanpur Nagar": ("kanpur", "cawnpore", "कानपुर"),
    "Kaushambi": ("kausambi", "कौशांबी"),
    "Kushinagar": ("kushi nagar",),
    "Lakhimpur Kheri": ("lakhimpur", "kheri", "लखीमपुर"),
    "Lucknow": ("lakhnau", "lucknowi", "lakhnavi", "लखनवी"),
    "Maharajganj": ("mahrajganj", "महाराजगंज"),
    "Mau": ("maunath bhanjan", "mau nath bhanjan", "मऊनाथ भंजन"),
    "Meerut": ("merath", "merut", "मेरठी"),
    "Mirzapur": ("mirjapur", "मिर्ज़ापुर"),
    "Moradabad": ("muradabad", "moradabadi", "muradabadi", "मुरादाबादी"),
    "Muzaffarnagar": ("muzafarnagar", "mujaffarnagar", "मुज़फ़्फ़रनगर"),
    "Pratapgarh": ("pratapgadh",),
    "Prayagraj": ("allahabad", "prayag", "इलाहाबाद", "प्रयाग"),
    "Raebareli": ("rae bareli", "raibareli", "rai bareli", "रायबरेली", "राय बरेली"),
    "Sambhal": ("सम्भल",),
    "Shahjahanpur": ("shahjanpur", "शाहजहाँपुर"),
    "Shravasti": ("sravasti",),
    "Siddharthnagar": ("siddharth nagar", "सिद्धार्थ नगर"),
    "Sonbhadra": ("sonebhadra",),
    "Varanasi": (
        "banaras",
        "benaras",
        "benares",
        "banarasi",
        "kashi",
        "varansi",
        "बनारस",
        "बनारसी",
        "काशी",
    ),
}

# Hindi product names the CSV leaves empty or marks as uncertain.
PRODUCT_HI: Mapping[str, str] = {
    "Baghpat": "होम फर्निशिंग (घर की सजावट के कपड़े)",
    "Hapur": "होम फर्निशिंग (चादरें, रजाई)",
    "Mathura": "सैनिटरी फिटिंग्स",
}

# Ratings in the CSV's confidence column that are too weak to state without a hedge.
UNCERTAIN = frozenset({"L", "M/L"})
_NUKTA = "\u093c"
_BOUNDARY = r"[\w\u0900-\u097f]"  # \w alone misses Devanagari vowel signs


@dataclass(frozen=True)
class District:
    name: str  # canonical English name, as in the CSV without "(formerly ...)"
    name_hi: str
    product: str
    product_hi: str
    later_additions: str | None
    confidence: str

    @property
    def uncertain(self) -> bool:
        return self.confidence in UNCERTAIN

    def spellings(self) -> tuple[str, ...]:
        return (self.name, self.name_hi, *ALIASES.get(self.name, ()))


def match_key(text: str) -> str:
    """The form two spellings share if they name the same place: no case, nukta, chandrabindu."""
    text = unicodedata.normalize("NFD", normalize(text).lower()).replace(_NUKTA, "")
    return re.sub(r"\s+", " ", text.replace("\u0901", "\u0902")).strip()


@functools.cache
def all_districts() -> tuple[District, ...]:
    with CSV_PATH.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    return tuple(
        District(
            name=re.sub(r"\s*\(.*\)", "", row["district"]).strip(),
            name_hi=normalize(re.sub(r"\s*\(.*\)", "", row["district_hi"])),
            product=row["odop_product"].strip(),
            product_hi=PRODUCT_HI.get(row["district"], row["odop_product_hi"].strip()),
            later_additions=_optional(row["later_additions"]),
            confidence=row["confidence"].strip(),
        )
        for row in rows
    )


def _optional(cell: str) -> str | None:
    return None if cell.strip() in ("", "–", "-") else cell.strip()


@functools.cache
def _index() -> dict[str, District]:
    index: dict[str, District] = {}
    for district in all_districts():
        for spelling in district.spellings():
            index.setdefault(match_key(spelling), district)
    return index


def find(name: str) -> District | None:
    """The district a spelling or old name refers to, or None."""
    return _index().get(match_key(name))


def _pattern(spelling: str) -> str:
    """A regex for one spelling that tolerates case, spacing, nukta and chandrabindu/anusvara."""
    parts = []
    for ch in unicodedata.normalize("NFD", normalize(spelling)):
        if ch == _NUKTA:
            continue
        if ch in "\u0901\u0902":
            parts.append("[\u0901\u0902]")
        elif ch == " ":
            parts.append(r"\s*")
        else:
            consonant = "\u0915" <= ch <= "\u0939"
            parts.append(re.escape(ch) + (f"{_NUKTA}?" if consonant else ""))
    return "".join(parts)


def regex(district: District) -> str:
    """One pattern per district with its own word boundaries (see rasa_project/config.yml).

    Longer spellings come first so that "Kanpur Dehat" is not cut short to "Kanpur".
    """
    spellings = sorted(set(district.spellings()), key=lambda s: (-len(s), s))
    alternatives = "|".join(dict.fromkeys(_pattern(s) for s in spellings))
    before, after = _GUARDS.get(district.name, ("", ""))
    return f"{before}(?<!{_BOUNDARY})(?:{alternatives})(?!{_BOUNDARY}){after}"


# Names that are the tail or head of another district's name: "Kanpur" in "Kanpur Dehat",
# "Bareli" in "Rae Bareli".
_GUARDS: Mapping[str, tuple[str, str]] = {
    "Kanpur Nagar": ("", r"(?!\s*dehat|\s*देहात)"),
    "Bareilly": (r"(?<!rae )(?<!rai )(?<!राय )(?<!रायबरेली)", ""),
}


def rasa_training_data() -> str:
    """rasa_project/data/districts.yml: the district regexes and synonyms to canonical names."""
    lines = [
        "# Generated from bot/knowledge/districts.py (python -m bot nlu districts); do not edit.",
        'version: "3.1"',
        "nlu:",
    ]
    lines += ["- regex: district", "  examples: |"]
    lines += [f"    - {regex(district)}" for district in all_districts()]
    for district in all_districts():
        others = sorted({s.lower() for s in district.spellings()} - {district.name.lower()})
        if others:
            lines += [f"- synonym: {district.name}", "  examples: |"]
            lines += [f"    - {spelling}" for spelling in others]
    return "\n".join(lines) + "\n"


def iter_spellings() -> Iterator[tuple[District, str]]:
    for district in all_districts():
        for spelling in district.spellings():
            yield district, spelling
