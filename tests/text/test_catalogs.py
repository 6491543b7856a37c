"""Catalogs: complete Hindi and Latin-Hindi translations, same placeholders, answers that fit."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from bot.config import PROJECT_ROOT
from bot.core.render import Renderer
from bot.knowledge import KNOWLEDGE, TOPICS
from bot.knowledge.model import MAX_ANSWER_CHARS
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
        for ask in (None, *topic.answers):
            reply = render.answer(t, topic, ask)
            where = (lang, topic.intent, ask)
            assert len(reply.title or "") + len(reply.text) <= MAX_ANSWER_CHARS, where
            assert topic.url is None or topic.url in reply.text, where
            assert topic.last_checked and t.date(topic.last_checked) in reply.text, where
            text = topic.answer_to(ask)[1]
            assert lang == "en" or t(text) != text, where  # translated
        if topic.more:
            assert len(render.more(t, topic).text) <= MAX_ANSWER_CHARS
    for topic in TOPICS:
        assert len(t(topic.label)) <= 25, (lang, topic.label)


@pytest.mark.parametrize("lang", LANGS)
def test_amounts_of_a_lakh_and_more_read_in_lakh_and_crore(lang: str) -> None:
    t = Catalogs()[lang]  # type: ignore[index]
    assert t.money(10_000) == "₹10,000"
    assert t.money(99_999) == "₹99,999"
    lakh, crore = {"hi": ("लाख", "करोड़"), "hi_Latn": ("lakh", "crore"), "en": ("lakh", "crore")}[
        lang
    ]
    assert t.money(150_000) == f"₹1.5 {lakh}"
    assert t.money(625_000) == f"₹6.25 {lakh}"
    assert t.money(2_500_000) == f"₹25 {lakh}"
    assert t.money(40_000_000) == f"₹4 {crore}"
    assert t.number(2_500_000) == "25,00,000"
