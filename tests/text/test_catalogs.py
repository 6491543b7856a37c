"""Catalogs: complete Hindi and Latin-Hindi translations, same placeholders, answers that fit."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from bot.config import PROJECT_ROOT
from bot.core.render import Renderer
from bot.knowledge import KNOWLEDGE, TOPICS
from bot.knowledge.model import CHECKED, MAX_ANSWER_CHARS
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
def test_answers_fit_one_message_and_carry_link_and_check_date(lang: str) -> None:
    catalogs = Catalogs()
    t, render = catalogs[lang], Renderer(catalogs)  # type: ignore[index]
    for topic in KNOWLEDGE:
        reply = render.answer(t, topic)
        assert len(reply.title or "") + len(reply.text) <= MAX_ANSWER_CHARS, (lang, topic.intent)
        assert topic.url is None or topic.url in reply.text, (lang, topic.intent)
        assert t.date(CHECKED) in reply.text, (lang, topic.intent)
        assert lang == "en" or topic.answer.split("\n")[0] not in reply.text  # translated
        if topic.more:
            assert len(render.more(t, topic).text) <= MAX_ANSWER_CHARS
    for topic in TOPICS:
        assert len(t(topic.label)) <= 25, (lang, topic.label)


@pytest.mark.parametrize("lang", LANGS)
def test_amounts_get_rupee_sign_and_lakh_grouping(lang: str) -> None:
    t = Catalogs()[lang]  # type: ignore[index]
    assert t.money(10_000) == "₹10,000"
    assert t.money(150_000) == "₹1,50,000"
    assert t.number(2_500_000) == "25,00,000"
