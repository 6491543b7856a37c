"""The Rasa project and the bot stay in step: intents, examples per script, normalised text."""

from __future__ import annotations

import re
import shutil
from collections import Counter
from pathlib import Path

from bot.config import PROJECT_ROOT
from bot.knowledge import BY_INTENT
from bot.nlu import data
from bot.text.script import detect_language

PROJECT = PROJECT_ROOT / "rasa_project"


def training() -> list[data.Example]:
    return [ex for path in data.training_files(PROJECT) for ex in data.read_examples(path)]


def held_out() -> list[data.Example]:
    return list(data.read_examples(data.test_file(PROJECT)))


def test_domain_training_data_test_data_and_answers_name_the_same_intents() -> None:
    domain = set(data.domain_intents(PROJECT))
    assert domain == set(BY_INTENT)
    assert {ex.intent for ex in training()} == domain
    assert {ex.intent for ex in held_out()} == domain


def test_every_intent_has_at_least_ten_examples_in_each_script() -> None:
    counts = Counter((ex.intent, detect_language(ex.text)) for ex in training())
    short = {
        (intent, script): counts[intent, script]
        for intent in BY_INTENT
        for script in ("hi", "hi_Latn", "en")
        if counts[intent, script] < 10
    }
    assert not short, short


def test_training_and_test_text_is_normalised_like_run_time_text() -> None:
    assert data.unnormalised(data.training_files(PROJECT)) == []
    assert data.unnormalised([data.test_file(PROJECT)]) == []


def _key(text: str) -> str:
    return re.sub(r"[^\w\s]", "", text.lower()).strip()


def test_held_out_examples_are_not_in_the_training_data_and_carry_their_script() -> None:
    seen = {_key(ex.text) for ex in training()}
    leaked = [ex.text for ex in held_out() if _key(ex.text) in seen]
    assert leaked == []
    assert {ex.script for ex in held_out()} == {"hi", "hi_Latn", "en"}


def test_training_examples_are_not_duplicated_across_intents() -> None:
    by_text: dict[str, set[str]] = {}
    for ex in training():
        by_text.setdefault(_key(ex.text), set()).add(ex.intent)
    assert {t: i for t, i in by_text.items() if len(i) > 1} == {}


def test_the_model_fingerprint_changes_with_data_config_and_components_only(tmp_path: Path) -> None:
    copy = tmp_path / "rasa_project"
    shutil.copytree(PROJECT, copy, ignore=shutil.ignore_patterns("models", "results"))
    before = data.fingerprint(copy)
    (copy / "tests" / "test_nlu.yml").write_text("changed", encoding="utf-8")
    assert data.fingerprint(copy) == before  # held-out data does not affect training
    nlu_file = next((copy / "data").rglob("*.yml"))
    nlu_file.write_text(nlu_file.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert data.fingerprint(copy) != before
    component = copy / "components" / "ask_classifier.py"
    after_data = data.fingerprint(copy)
    component.write_text(component.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert data.fingerprint(copy) != after_data  # the project's own components are trained code
