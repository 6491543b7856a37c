"""The real PTB application, polling the Bot API emulator, with the real trained Rasa server."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx
import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.core.understanding import likely_topics
from bot.db.engine import session_factory
from bot.db.models import Message, User
from bot.knowledge import BY_INTENT, TopicKind
from bot.nlu.client import parse_rasa_response
from bot.text.script import detect_language
from tests.botapi.emulator import Emulator, button_data
from tests.conftest import RasaServer
from tests.harness import ask, bot_settings, running_bot

pytestmark = pytest.mark.rasa


def has_devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


async def tap(emulator: Emulator, user: int, message: dict[str, Any], data: str) -> dict[str, Any]:
    assert data in [d for _, d in button_data(message)], f"{data} not offered"
    before = len(emulator.sent[user])
    emulator.user_taps(user, message, data)
    return (await emulator.wait_messages(user, before + 1))[-1]


async def find_unsure_message(rasa: RasaServer, settings: Settings) -> tuple[str, list[str]]:
    """A message the trained model is unsure about, and the topics the bot should then offer."""
    candidates = [
        "mujhe register karna hai",
        "registration kaise hoga",
        "papers",
        "online",
        "certificate",
        "सरकारी योजना",
        "help me with my business",
        "number chahiye",
        "form kaise bhare",
    ]
    threshold = settings.assistant.confidence_threshold
    async with httpx.AsyncClient() as client:
        for text in candidates:
            response = await client.post(
                f"{rasa.url}/model/parse", params={"token": rasa.token}, json={"text": text}
            )
            reading = parse_rasa_response(response.json())
            offered = likely_topics(reading, settings.assistant)  # what the bot will offer
            if reading.intent.confidence < threshold and any(t.category for t in offered):
                return text, [t.intent for t in offered]
    raise AssertionError("no candidate message is ambiguous for the current model")


async def test_a_user_starts_picks_languages_asks_in_three_scripts_and_taps_a_clarification(
    emulator: Emulator, rasa_settings: Settings, rasa_server: RasaServer, engine: AsyncEngine
) -> None:
    settings = bot_settings(rasa_settings, emulator)
    user = 501
    async with running_bot(settings, engine=engine):
        welcome = await ask(emulator, user, "/start")
        assert has_devanagari(welcome["text"]) and "Karigar Saathi" in welcome["text"]
        assert [d for _, d in button_data(welcome)] == ["lang:hi", "lang:hi_Latn", "lang:en"]

        chosen = await tap(emulator, user, welcome, "lang:en")
        assert "English" in chosen["text"]

        docs = await ask(emulator, user, "What documents do I need to sell on Flipkart?")
        assert "PAN" in docs["text"] and not has_devanagari(docs["text"])
        assert "checked on" in docs["text"]

        # The language chosen with a button wins over the script of the question.
        gst_en = await ask(emulator, user, "जीएसटी जरूरी है क्या?")
        assert "GST" in gst_en["text"] and detect_language(gst_en["text"]) == "en"

        menu = await ask(emulator, user, "/language")
        await tap(emulator, user, menu, "lang:auto")

        gst_hi = await ask(emulator, user, "जीएसटी जरूरी है क्या?")
        assert has_devanagari(gst_hi["text"]) and "gst.gov.in" in gst_hi["text"]

        udyam = await ask(emulator, user, "udyam registration kaise kare")
        assert "udyamregistration.gov.in" in udyam["text"]
        assert detect_language(udyam["text"]) == "hi_Latn"

        mixed = await ask(emulator, user, "GST ke bina selling possible hai?")
        assert detect_language(mixed["text"]) == "hi_Latn" and "GST" in mixed["text"]

        unsure_text, offered = await find_unsure_message(rasa_server, settings)
        question = await ask(emulator, user, unsure_text)
        topics = [
            d.removeprefix("topic:") for _, d in button_data(question) if d.startswith("topic:")
        ]
        assert topics == offered
        knowledge = next(t for t in topics if BY_INTENT[t].kind is TopicKind.KNOWLEDGE)
        answer = await tap(emulator, user, question, f"topic:{knowledge}")
        assert BY_INTENT[knowledge].url and BY_INTENT[knowledge].url in answer["text"]

        voice = await ask(
            emulator, user, voice={"file_id": "v1", "file_unique_id": "u1", "duration": 3}
        )
        assert "voice" in voice["text"].lower() or "text" in voice["text"].lower()

        html = await ask(emulator, user, "<b>gst</b> & <i>kya</i> *hai*")
        assert html["text"]

    async with session_factory(engine)() as session:
        rows = (await session.scalars(select(Message).where(Message.user_id == user))).all()
    incoming = [m for m in rows if m.direction == "in"]
    outgoing = [m for m in rows if m.direction == "out"]
    assert len(incoming) == len(outgoing) == len(emulator.sent[user])
    assert {m.telegram_message_id for m in outgoing} == {
        m["message_id"] for m in emulator.sent[user]
    }
    assert all(m.telegram_message_id for m in incoming)
    texts = [m for m in incoming if m.kind == "text"]
    assert all(m.intent and m.confidence is not None and m.ranking for m in texts)
    assert [m.language for m in texts[:2]] == ["en", "hi"]
    assert {m.delivery for m in outgoing} == {"sent"}


async def test_edits_channel_posts_and_groups_are_ignored(
    emulator: Emulator, rasa_settings: Settings
) -> None:
    settings = bot_settings(rasa_settings, emulator)
    group = {"id": -100200300, "type": "supergroup", "title": "Artisans of Moradabad"}
    channel = {"id": -100999, "type": "channel", "title": "News"}
    async with running_bot(settings):
        emulator.user_sends(510, "gst kya hai", kind="edited_message")
        emulator.user_sends(511, "gst kya hai", chat=group)
        emulator.user_sends(511, "/start", chat=group)
        last = emulator.user_sends(512, "gst kya hai", kind="channel_post", chat=channel)
        # A private message after them proves the bot kept running and processed the queue.
        reply = await ask(emulator, 513, "gst kya hai")
        await emulator.wait_confirmed(last)
    assert reply["text"]
    assert set(emulator.sent) == {513}


async def test_a_user_who_blocked_the_bot_is_logged_and_others_are_still_served(
    emulator: Emulator, rasa_settings: Settings, engine: AsyncEngine
) -> None:
    settings = bot_settings(rasa_settings, emulator)
    emulator.blocked.add(520)
    async with running_bot(settings, engine=engine):
        emulator.user_sends(520, "udyam kya hai")
        reply = await ask(emulator, 521, "udyam kya hai")
        assert "udyamregistration.gov.in" in reply["text"]
        for _ in range(100):
            async with session_factory(engine)() as session:
                rows = (await session.scalars(select(Message).where(Message.user_id == 520))).all()
            if len(rows) == 2:
                break
            await asyncio.sleep(0.05)
    [out] = [m for m in rows if m.direction == "out"]
    assert out.delivery == "blocked" and "blocked" in (out.error or "")
    assert [r.status for r in emulator.calls("sendMessage") if r.params["chat_id"] == 520] == [403]
    async with session_factory(engine)() as session:
        user = await session.get(User, 520)
    assert user is not None and user.blocked_at is not None  # announcements will skip them


async def test_429_is_honoured_with_retry_after_and_the_message_still_arrives(
    emulator: Emulator, rasa_settings: Settings
) -> None:
    settings = bot_settings(rasa_settings, emulator)
    async with running_bot(settings):
        emulator.flood_remaining, emulator.flood_retry_after = 1, 1
        started = time.monotonic()
        reply = await ask(emulator, 530, "iec code kaise milega")
        elapsed = time.monotonic() - started
    assert "dgft.gov.in" in reply["text"]
    statuses = [r.status for r in emulator.calls("sendMessage")]
    assert statuses == [429, 200]
    assert elapsed >= 1.0  # waited for retry_after before trying again
    assert len(emulator.sent[530]) == 1
