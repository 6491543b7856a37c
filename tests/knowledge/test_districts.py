"""All 75 districts and their other names are recognised in both scripts, by the bot and Rasa."""

from __future__ import annotations

import re

import httpx
import pytest

from bot.config import PROJECT_ROOT
from bot.knowledge import districts
from bot.text.script import normalize
from tests.conftest import RasaServer

SHARED_CSV = PROJECT_ROOT.parent / "shared" / "knowledge" / "odop_districts.csv"


def test_the_table_has_75_districts_with_products_in_both_languages() -> None:
    table = districts.all_districts()
    assert len(table) == 75 and len({d.name for d in table}) == 75
    assert all(d.product and d.product_hi and d.name_hi for d in table)
    assert all("(" not in d.name and "?" not in d.product_hi for d in table)


@pytest.mark.skipif(not SHARED_CSV.is_file(), reason="../shared is not beside the project")
def test_the_csv_is_the_shared_one() -> None:
    assert districts.CSV_PATH.read_bytes() == SHARED_CSV.read_bytes()


def test_the_generated_rasa_data_is_current() -> None:
    generated = PROJECT_ROOT / "rasa_project" / "data" / "districts.yml"
    assert generated.read_text(encoding="utf-8") == districts.rasa_training_data(), (
        "run `python -m bot nlu districts`"
    )


def test_every_spelling_finds_its_district_and_no_other() -> None:
    for district, spelling in districts.iter_spellings():
        assert districts.find(spelling) == district, spelling
        assert districts.find(spelling.upper()) == district


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("मैं मुरादाबाद से हूँ", "Moradabad"),
        ("mera jila Firozabad hai", "Firozabad"),
        ("ferozabad ki chudiyan", "Firozabad"),
        ("बनारसी साड़ी का GI टैग", "Varanasi"),
        ("Kashi se hun", "Varanasi"),
        ("Allahabad ka odop", "Prayagraj"),
        ("फैजाबाद", "Ayodhya"),
        ("फ़ैज़ाबाद", "Ayodhya"),
        ("Sant Ravidas Nagar carpets", "Bhadohi"),
        ("kanpur dehat ka product", "Kanpur Dehat"),
        ("kanpur ka product", "Kanpur Nagar"),
        ("noida me factory hai", "Gautam Buddh Nagar"),
        ("बदायूं", "Budaun"),
        ("mausam kaisa hai", None),
        ("agrawal traders", None),
        ("jhansi ki rani", "Jhansi"),
    ],
)
def test_district_patterns_work_inside_sentences(text: str, expected: str | None) -> None:
    text = normalize(text)
    found = [
        d.name
        for d in districts.all_districts()
        if re.search(districts.regex(d), text, re.IGNORECASE)
    ]
    assert found == ([expected] if expected else [])


@pytest.mark.rasa
async def test_rasa_extracts_every_district_in_both_scripts(rasa_server: RasaServer) -> None:
    """Each district name and alias, in a Hindi and an English sentence, comes back canonical."""
    cases = []
    for district, spelling in districts.iter_spellings():
        devanagari = any("\u0900" <= ch <= "\u097f" for ch in spelling)
        sentence = (
            f"{spelling} का ओडीओपी उत्पाद क्या है"
            if devanagari
            else f"what is the odop product of {spelling}"
        )
        cases.append((district.name, normalize(sentence)))
    missed = []
    async with httpx.AsyncClient(
        base_url=rasa_server.url, params={"token": rasa_server.token}
    ) as client:
        for expected, sentence in cases:
            body = (await client.post("/model/parse", json={"text": sentence})).json()
            values = [e["value"] for e in body["entities"] if e["entity"] == "district"]
            if expected not in values or len(set(values)) != 1:
                missed.append((sentence, values))
    assert missed == []
    assert len(cases) >= 150


def test_districts_are_75_in_both_scripts_in_the_cases() -> None:
    hindi = {
        d.name for d, s in districts.iter_spellings() if any("\u0900" <= c <= "\u097f" for c in s)
    }
    assert len(hindi) == 75
