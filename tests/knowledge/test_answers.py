"""Question-level answers: each is its own text in every language, and the held-out bank asks
every one of them in every script."""

from __future__ import annotations

from collections import Counter

import pytest

from bot.config import PROJECT_ROOT
from bot.knowledge import BY_INTENT, KNOWLEDGE
from bot.nlu import data
from bot.text.catalogs import Catalogs
from bot.text.script import LANGS

BANK = list(data.read_examples(data.test_file(PROJECT_ROOT / "rasa_project")))


def every_answer() -> list[tuple[str, str]]:
    return [
        (topic.answer_key(ask), topic.answer_to(ask)[1])
        for topic in KNOWLEDGE
        for ask in (None, *topic.answers)
    ]


@pytest.mark.parametrize("lang", LANGS)
def test_no_two_answers_share_a_text(lang: str) -> None:
    t = Catalogs()[lang]  # type: ignore[index]
    texts = Counter(t(text) for _, text in every_answer())
    assert [text[:60] for text, n in texts.items() if n > 1] == []


def test_the_bank_asks_every_answer_in_every_script() -> None:
    asked = Counter((ex.expected, ex.script) for ex in BANK)
    missing = [
        (key, script) for key, _ in every_answer() for script in LANGS if asked[key, script] == 0
    ]
    assert missing == []


def test_bank_labels_name_answers_that_exist() -> None:
    keys = {key for key, _ in every_answer()} | set(BY_INTENT)  # a default answer: the intent
    for ex in BANK:
        if ex.answer is not None:
            assert ex.answer in keys, ex
            assert ex.after is not None or ex.answer.split("/")[0] == ex.intent, ex
        if ex.after is not None:
            assert ex.intent == "follow_up" and ex.after in BY_INTENT, ex


def test_the_bank_is_large_enough_to_measure_each_script() -> None:
    per_script = Counter(ex.script for ex in BANK)
    assert sum(per_script.values()) >= 1500
    assert min(per_script[script] for script in LANGS) >= 500


TRAINING = [
    ex
    for path in data.training_files(PROJECT_ROOT / "rasa_project")
    for ex in data.read_examples(path)
]
# Examples per answer and script that name the answer they ask for: what the question-kind
# classifier (rasa_project/components/ask_classifier.py) learns from.
MIN_TAUGHT = 12


def test_every_answer_of_a_topic_with_sub_answers_is_taught_in_every_script() -> None:
    taught = Counter((ex.expected, ex.script) for ex in TRAINING if ex.answer)
    thin = [
        (key, script, taught[key, script])
        for topic in KNOWLEDGE
        if topic.answers
        for key in {topic.answer_key(ask) for ask in (None, *topic.answers)}
        for script in LANGS
        if taught[key, script] < MIN_TAUGHT
    ]
    assert thin == []


def test_training_labels_name_answers_of_their_own_topic() -> None:
    keys = {key for key, _ in every_answer()}
    labelled = [ex for ex in TRAINING if ex.answer]
    assert len(labelled) > 5000
    for ex in labelled:
        assert ex.answer in keys and ex.answer.split("/")[0] == ex.intent, ex
        assert ex.script in LANGS, ex
