"""The dialogue paths of tests/core/test_assistant.py again, with the real trained Rasa model."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.console import CollectingOutbox
from bot.core.assistant import Assistant
from bot.db.engine import session_factory
from bot.db.models import Escalation, Message
from bot.nlu.client import RasaNlu
from bot.records.events import Sender, TextMessage
from tests.fakes import assistant_for

pytestmark = pytest.mark.rasa


@pytest.fixture
async def assistant(rasa_settings: Settings, engine: AsyncEngine) -> AsyncIterator[Assistant]:
    cfg = rasa_settings.rasa
    nlu = RasaNlu(cfg.url, rasa_settings.require_rasa_token(), cfg.timeout_seconds, cfg.retries)
    yield assistant_for(nlu, engine, rasa_settings)
    await nlu.aclose()


# Clear questions, one per topic and script, none of them in the training data.
QUESTIONS = [
    ("फ्लिपकार्ट पर अपना सामान बेचना शुरू करना है", "sell_on_flipkart", "hi"),
    ("flipkart par apna saman bechna shuru karna hai", "sell_on_flipkart", "hi_Latn"),
    ("I want to start selling my brass items on Flipkart", "sell_on_flipkart", "en"),
    ("सेलर बनने के लिए कौन कौन से कागज़ चाहिए", "documents_needed", "hi"),
    ("seller banne ke liye kaun kaun se kagaz chahiye", "documents_needed", "hi_Latn"),
    ("which documents are required to register as a seller", "documents_needed", "en"),
    ("जीएसटी जरूरी है क्या?", "gst_requirement", "hi"),
    ("gst ke bina bech sakte hai kya", "gst_requirement", "hi_Latn"),
    ("Can I sell online without a GST number?", "gst_requirement", "en"),
    ("उद्यम रजिस्ट्रेशन कैसे करें", "udyam_registration", "hi"),
    ("udyam registration kaise karein", "udyam_registration", "hi_Latn"),
    ("how do I get udyam registration for my unit", "udyam_registration", "en"),
    ("ओडीओपी योजना क्या है", "odop_info", "hi"),
    ("odop yojana kya hai", "odop_info", "hi_Latn"),
    ("what is the one district one product scheme", "odop_info", "en"),
    ("आईईसी कोड कैसे बनवाएं", "iec_code", "hi"),
    ("iec code kaise banwaye export ke liye", "iec_code", "hi_Latn"),
    ("how do I apply for an IEC code to export", "iec_code", "en"),
]


@pytest.mark.parametrize(("text", "intent", "lang"), QUESTIONS)
async def test_questions_in_three_scripts_get_the_right_answer_in_their_script(
    assistant: Assistant, text: str, intent: str, lang: str
) -> None:
    outbox = CollectingOutbox()
    await assistant.handle(TextMessage(Sender(900, 900, "Ravi"), text), outbox)
    [reply] = outbox.replies
    assert (reply.intent, reply.language) == (intent, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("aaj cricket match kaun jeeta", "hi_Latn"),
        ("मौसम कैसा रहेगा कल", "hi"),
        ("what will the weather be like tomorrow", "en"),
        ("play a song for me", "en"),
        ("koi gaana sunao", "hi_Latn"),
    ],
)
async def test_questions_outside_the_bots_topics_are_declined_alike_in_every_script(
    assistant: Assistant, text: str, lang: str
) -> None:
    outbox = CollectingOutbox()
    await assistant.handle(TextMessage(Sender(901, 901), text), outbox)
    [reply] = outbox.replies
    assert (reply.intent, reply.language) == ("out_of_scope", lang)
    assert "human" not in [b.callback for row in reply.buttons for b in row]


async def test_gibberish_gets_what_the_bot_can_do(assistant: Assistant) -> None:
    outbox = CollectingOutbox()
    await assistant.handle(TextMessage(Sender(903, 903), "asdfgh jkl"), outbox)
    [reply] = outbox.replies
    assert reply.intent in (None, "out_of_scope")  # what it can help with, or declined
    assert "help" in [b.callback for row in reply.buttons for b in row]


async def test_asking_for_a_person_is_understood_and_recorded(
    assistant: Assistant, engine: AsyncEngine
) -> None:
    outbox = CollectingOutbox()
    await assistant.handle(
        TextMessage(Sender(902, 902), "mujhe kisi insaan se baat karni hai"), outbox
    )
    assert outbox.replies[0].intent == "human_handoff"
    async with session_factory(engine)() as session:
        [escalation] = (await session.scalars(select(Escalation))).all()
        [incoming] = (await session.scalars(select(Message).where(Message.direction == "in"))).all()
    assert escalation.user_id == 902 and incoming.intent == "human_handoff"
    assert incoming.confidence is not None and incoming.confidence >= 0.55


# Sub-questions of one topic, one kind each and in every script, none of them in the training
# data: the reply is that question's own answer, chosen by the model's question-kind classifier.
SUB_QUESTIONS = [
    ("उद्यम सर्टिफिकेट बनवाने के क्या फायदे हैं", "udyam_registration/benefits", "hi"),
    ("udyam certificate se mujhe kya fayda hoga", "udyam_registration/benefits", "hi_Latn"),
    ("what do I gain from an udyam certificate", "udyam_registration/benefits", "en"),
    ("आईईसी में मोबाइल नंबर बदलना है", "iec_code/change", "hi"),
    ("iec me mobile number badalna hai", "iec_code/change", "hi_Latn"),
    ("I need to change the mobile number on my IEC", "iec_code/change", "en"),
    ("ट्रेडमार्क कितने साल तक चलता है", "trademark/validity", "hi"),
    ("trademark kitne saal tak valid rehta hai", "trademark/validity", "hi_Latn"),
    ("for how many years is a trademark valid", "trademark/validity", "en"),
    ("मुद्रा लोन के लिए कौन कौन से कागज़ लगते हैं", "mudra_loan/documents", "hi"),
    ("mudra loan ke liye kaun kaun se kagaz lagte hai", "mudra_loan/documents", "hi_Latn"),
    ("which papers does the bank want for a mudra loan", "mudra_loan/documents", "en"),
]


@pytest.mark.parametrize(("text", "answer", "lang"), SUB_QUESTIONS)
async def test_a_sub_question_gets_its_own_answer_in_its_script(
    assistant: Assistant, text: str, answer: str, lang: str
) -> None:
    outbox = CollectingOutbox()
    await assistant.handle(TextMessage(Sender(902, 902, "Sita"), text), outbox)
    [reply] = outbox.replies
    assert (reply.answer, reply.language) == (answer, lang)


async def test_the_model_ranks_the_kinds_of_question(rasa_settings: Settings) -> None:
    cfg = rasa_settings.rasa
    nlu = RasaNlu(cfg.url, rasa_settings.require_rasa_token(), cfg.timeout_seconds, cfg.retries)
    try:
        reading = await nlu.parse("iec banwane ki fees kitni lagti hai")
    finally:
        await nlu.aclose()
    names = [k.name for k in reading.kinds]
    assert names[0] == "cost"
    assert "none" in names and len(names) == len(set(names)) >= 10
    assert [k.confidence for k in reading.kinds] == sorted(
        (k.confidence for k in reading.kinds), reverse=True
    )
