"""Catalogs: complete Hindi and Latin-Hindi translations, same placeholders, answers that fit."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from bot.config import PROJECT_ROOT, Settings
from bot.knowledge import KNOWLEDGE, TOPICS
from bot.text.catalogs import Catalogs
from bot.text.script import LANGS


def babel_runner() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "babel_runner", PROJECT_ROOT / "scripts" / "babel_runner.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_catalogs_are_complete_current_and_consistent() -> None:
    """Every message id has a non-empty hi and hi_Latn translation with the same placeholders."""
    assert babel_runner().problems() == []


@pytest.mark.parametrize("lang", LANGS)
def test_answers_fit_one_message_and_carry_link_and_check_date(
    lang: str, base_settings: Settings
) -> None:
    t = Catalogs()[lang]  # type: ignore[index]
    limit = base_settings.assistant.max_answer_chars
    for topic in KNOWLEDGE:
        money = {name: t.money(amount) for name, amount in topic.money.items()}
        answer = t(topic.answer, **money)
        full = "\n\n".join(
            [
                answer,
                t("Official website: %(url)s", url=topic.url),
                t("Last checked: %(date)s", date="27 November 2026"),
            ]
        )
        assert len(t(topic.label)) + len(full) <= limit, (lang, topic.intent, len(full))
        assert answer != topic.answer or lang == "en", (lang, topic.intent)
        if topic.more:
            assert len(t(topic.more, **money)) <= limit
    for topic in TOPICS:
        assert len(t(topic.label)) <= 25, (lang, topic.label)


@pytest.mark.parametrize("lang", LANGS)
def test_amounts_get_rupee_sign_and_lakh_grouping(lang: str) -> None:
    t = Catalogs()[lang]  # type: ignore[index]
    assert t.money(10_000) == "₹10,000"
    assert t.money(150_000) == "₹1,50,000"
    assert t.number(2_500_000) == "25,00,000"
