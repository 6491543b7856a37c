"""Language and script detection, checked against the labelled held-out NLU examples too."""

from __future__ import annotations

import pytest

from bot.config import PROJECT_ROOT
from bot.nlu import data
from bot.text.script import detect_language, normalize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("जीएसटी जरूरी है क्या?", "hi"),
        ("मुझे GST चाहिए", "hi"),
        ("gst ke bina bech sakte hai kya", "hi_Latn"),
        ("GST ke bina selling possible hai?", "hi_Latn"),
        ("flipkart pe seller kaise bane", "hi_Latn"),
        ("Do I need GST to sell on Flipkart?", "en"),
        ("how to get IEC code", "en"),
        ("GST?", None),
        ("ok", None),
        ("👍", None),
        ("ok thanks", None),
        ("", None),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_normalize_makes_nfc_and_drops_invisible_characters() -> None:
    decomposed = "क\u093c"  # क + nukta, the way some keyboards send क़
    assert normalize(f"  {decomposed}ि\u200dसान \u200b  gst\ufeff ") == "क़िसान gst"


def test_detection_agrees_with_the_script_labels_of_the_held_out_examples() -> None:
    examples = list(data.read_examples(data.test_file(PROJECT_ROOT / "rasa_project")))
    assert len(examples) > 150
    guesses = [(ex.script, detect_language(ex.text), ex.text) for ex in examples]
    wrong = [g for g in guesses if g[1] is not None and g[1] != g[0]]
    undecided = [g for g in guesses if g[1] is None]
    # A wrong language is worse than "too short to tell" (which falls back to the last one).
    assert len(wrong) <= len(examples) * 0.02, wrong
    assert len(undecided) <= len(examples) * 0.05, undecided
