"""Dialogue logic with a keyword NLU, on real SQLite and PostgreSQL databases."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.console import CollectingOutbox
from bot.core.assistant import Assistant
from bot.db.engine import session_factory
from bot.db.models import Escalation, Message, User
from bot.knowledge import BY_INTENT
from bot.records.events import ButtonPress, Command, Event, Media, Sender, TextMessage
from bot.records.replies import Reply
from bot.text.asks import Ask
from bot.text.catalogs import Catalogs
from bot.text.script import detect_language
from tests.fakes import DEFAULT_RULES, FakeNlu, assistant_for


@dataclass
class World:
    assistant: Assistant
    nlu: FakeNlu
    engine: AsyncEngine

    async def send(self, event: Event) -> list[Reply]:
        outbox = CollectingOutbox()
        await self.assistant.handle(event, outbox)
        return outbox.replies

    async def say(self, user_id: int, text: str) -> list[Reply]:
        return await self.send(TextMessage(Sender(user_id, user_id, "Sita"), text))

    async def tap(self, user_id: int, data: str) -> list[Reply]:
        return await self.send(ButtonPress(Sender(user_id, user_id, "Sita"), data))

    async def rows(self, model: type[Message] | type[Escalation] | type[User]) -> list[object]:
        async with session_factory(self.engine)() as session:
            return list((await session.scalars(select(model).order_by(model.id))).all())


@pytest.fixture
def world(engine: AsyncEngine, settings: Settings) -> World:
    nlu = FakeNlu(DEFAULT_RULES)
    return World(assistant_for(nlu, engine, settings), nlu, engine)


def has_devanagari(text: str) -> bool:
    return any("\u0900" <= ch <= "\u097f" for ch in text)


def callbacks(reply: Reply) -> list[str]:
    return [b.callback or "" for row in reply.buttons for b in row]


async def test_start_greets_in_hindi_and_english_and_offers_three_languages(world: World) -> None:
    [reply] = await world.send(Command(Sender(1, 1, "Sita"), "start"))
    assert has_devanagari(reply.text)
    assert "Karigar Saathi" in reply.text and "selling online" in reply.text
    assert "delete" in reply.text  # the privacy line
    assert callbacks(reply) == ["lang:hi", "lang:hi_Latn", "lang:en"]
    labels = [b.label for row in reply.buttons for b in row]
    assert labels[0] == "हिन्दी" and labels[2] == "English"


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("जीएसटी जरूरी है क्या?", "hi"),
        ("gst ke bina bech sakte hai kya", "hi_Latn"),
        ("GST ke bina selling possible hai?", "hi_Latn"),
        ("Do I need GST to sell on Flipkart?", "en"),
    ],
)
async def test_answer_comes_in_the_script_of_the_question(
    world: World, text: str, lang: str
) -> None:
    [reply] = await world.say(10, text)
    assert reply.intent == "gst_requirement"
    assert reply.language == lang
    assert has_devanagari(reply.text) == (lang == "hi")
    assert detect_language(reply.text) == lang
    assert "https://www.gst.gov.in" in reply.text


async def test_short_messages_keep_the_last_language(world: World) -> None:
    await world.say(11, "gst ke bina bech sakte hai kya")
    for short in ("GST?", "ok", "👍"):
        [reply, *_] = await world.say(11, short)
        assert reply.language == "hi_Latn", short


async def test_language_chosen_with_a_button_wins_until_set_back_to_automatic(world: World) -> None:
    [chosen] = await world.tap(12, "lang:en")
    assert chosen.language == "en" and "English" in chosen.text
    [reply] = await world.say(12, "जीएसटी जरूरी है क्या?")
    assert reply.language == "en" and not has_devanagari(reply.text)
    [menu] = await world.send(Command(Sender(12, 12), "language"))
    assert "lang:auto" in callbacks(menu)
    await world.tap(12, "lang:auto")
    [reply] = await world.say(12, "जीएसटी जरूरी है क्या?")
    assert reply.language == "hi"


async def test_unsure_nlu_asks_which_topic_and_a_tap_answers_it(world: World) -> None:
    [question] = await world.say(13, "register karna hai")
    options = callbacks(question)
    assert options == [
        "topic:udyam_registration",
        "topic:iec_code",
        "topic:sell_on_flipkart",
        "help",
    ]
    assert question.language == "hi_Latn"
    [answer] = await world.tap(13, "topic:iec_code")
    assert answer.intent == "iec_code" and "dgft.gov.in" in answer.text
    assert "₹500" in answer.text
    assert answer.language == "hi_Latn"


async def test_out_of_scope_is_declined_politely_without_a_person(world: World) -> None:
    for _ in range(3):  # and never counts towards handing the user to a person
        [reply] = await world.say(14, "aaj match kaun jeeta bhai")
        assert reply.intent == "out_of_scope" and reply.language == "hi_Latn"
        assert callbacks(reply) == ["help"]
    assert not await world.rows(Escalation)


async def test_nothing_fits_offers_a_person_and_a_tap_records_an_escalation(world: World) -> None:
    [reply] = await world.say(14, "vague baat")
    assert "human" in callbacks(reply)
    assert not await world.rows(Escalation)
    [noted] = await world.tap(14, "human")
    assert noted.intent == "human_handoff"
    [escalation] = await world.rows(Escalation)
    assert isinstance(escalation, Escalation)
    assert (escalation.user_id, escalation.reason, escalation.status) == (14, "button", "open")


async def test_vague_message_without_a_knowledge_topic_says_what_it_can_do(world: World) -> None:
    [reply] = await world.say(15, "vague baat")
    assert callbacks(reply) == ["human", "help"]


async def test_asking_for_a_person_records_an_escalation(world: World) -> None:
    [reply] = await world.say(16, "kisi insaan se baat karao")
    assert reply.intent == "human_handoff"
    [escalation] = await world.rows(Escalation)
    assert isinstance(escalation, Escalation) and escalation.reason == "user_asked"
    [incoming] = [m for m in await world.rows(Message) if getattr(m, "direction", "") == "in"]
    assert escalation.message_id == getattr(incoming, "id", None)


@pytest.mark.parametrize("kind", ["voice", "photo", "document", "sticker", "location"])
async def test_media_gets_a_polite_reply_in_the_users_language(world: World, kind: str) -> None:
    await world.say(17, "udyam registration kaise kare")
    [reply] = await world.send(Media(Sender(17, 17), kind))
    assert reply.language == "hi_Latn"
    assert "text" in reply.text.lower() or "likh" in reply.text.lower()


async def test_more_button_gives_the_rest_of_a_long_answer(world: World) -> None:
    [answer] = await world.say(18, "udyam kya hai")
    assert "more:udyam_registration" in callbacks(answer)
    [more] = await world.tap(18, "more:udyam_registration")
    assert "CGTMSE" in more.text and more.language == "hi_Latn"


@pytest.mark.parametrize(
    "data", ["", "lang:xx", "topic:nope", "more:iec_code", "topic:greet", "x" * 5000, "💥", "lang:"]
)
async def test_unknown_or_stale_button_data_gets_a_clear_reply(world: World, data: str) -> None:
    [reply] = await world.tap(19, data)
    assert "cat:selling" in callbacks(reply)
    [logged] = [m for m in await world.rows(Message) if getattr(m, "direction", "") == "in"]
    assert isinstance(logged, Message) and logged.kind == "callback" and len(logged.text) <= 64


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "👍🙏",
        "\u200b\u200c\u200d",
        "<b>gst</b> & <i>",
        "*gst* _kya_ `hai` [link](http://x)",
        "'; DROP TABLE messages; --",
        "gst " * 1024,
    ],
)
async def test_odd_input_gets_a_reply_and_is_stored_literally(world: World, text: str) -> None:
    replies = await world.say(20, text)
    assert replies and all(r.text.strip() for r in replies)
    incoming = [
        m for m in await world.rows(Message) if isinstance(m, Message) and m.direction == "in"
    ]
    assert [m.text for m in incoming] == [text]


async def test_nlu_outage_gets_a_reply_in_the_users_language_and_is_logged(world: World) -> None:
    world.nlu.down = True
    [reply] = await world.say(21, "जीएसटी कैसे मिलेगा")
    assert reply.language == "hi" and has_devanagari(reply.text)
    [incoming, outgoing] = await world.rows(Message)
    assert isinstance(incoming, Message) and incoming.intent is None
    assert isinstance(outgoing, Message) and outgoing.reply_to_id == incoming.id
    world.nlu.down = False
    [reply] = await world.say(21, "जीएसटी कैसे मिलेगा")
    assert reply.intent == "gst_requirement"


async def test_an_intent_without_an_answer_is_treated_as_no_match(world: World) -> None:
    [reply] = await world.say(22, "mystery question")
    assert "human" in callbacks(reply)


async def test_every_message_in_and_out_is_stored_with_intent_confidence_language(
    world: World,
) -> None:
    await world.say(23, "gst ke bina bech sakte hai kya")
    incoming, outgoing = await world.rows(Message)
    assert isinstance(incoming, Message) and isinstance(outgoing, Message)
    assert (incoming.direction, incoming.kind, incoming.intent) == ("in", "text", "gst_requirement")
    assert incoming.confidence == pytest.approx(0.93)
    assert incoming.ranking is not None and incoming.ranking[0]["intent"] == "gst_requirement"
    assert incoming.language == "hi_Latn" and incoming.processing_ms is not None
    assert (outgoing.direction, outgoing.language, outgoing.delivery) == ("out", "hi_Latn", "sent")
    assert outgoing.telegram_message_id == 1 and outgoing.reply_to_id == incoming.id
    [user] = await world.rows(User)
    assert isinstance(user, User)
    assert (user.id, user.first_name, user.detected_language) == (23, "Sita", "hi_Latn")
    await world.say(23, "ok")
    [user] = await world.rows(User)
    assert isinstance(user, User) and user.detected_language == "hi_Latn"
    assert user.last_seen >= user.first_seen


async def test_help_opens_a_topic_tree_that_typed_numbers_also_walk(world: World) -> None:
    [menu] = await world.send(Command(Sender(30, 30), "help"))
    assert callbacks(menu)[:2] == ["cat:selling", "cat:listing"] and "human" in callbacks(menu)
    assert "\n3. " in menu.text  # numbered, for those who type instead of tapping
    [exports] = await world.say(30, "3")
    assert "topic:iec_code" in callbacks(exports)
    number = callbacks(exports).index("topic:iec_code") + 1
    [answer] = await world.say(30, str(number))
    assert answer.intent == "iec_code"
    await world.send(Command(Sender(30, 30), "help"))
    [odop] = await world.say(30, "पाँच")
    assert "topic:margin_money" in callbacks(odop)
    [first] = await world.say(30, "१")
    assert first.intent == callbacks(odop)[0].removeprefix("topic:")


@pytest.mark.parametrize("typed", ["2", "२", "do", "two", "no. 2"])
async def test_typed_numbers_in_any_script_pick_an_option(world: World, typed: str) -> None:
    await world.say(31, "register karna hai")
    [answer] = await world.say(31, typed)
    assert answer.intent == "iec_code"


async def test_numbers_without_a_menu_go_to_the_nlu(world: World) -> None:
    await world.say(32, "gst ke bina bech sakte hai kya")
    [reply] = await world.say(32, "7")
    assert reply.intent == "out_of_scope" and world.nlu.texts[-1] == "7"  # the fake's fallback


async def test_yes_takes_the_offered_topic_and_no_shows_the_menu(world: World) -> None:
    await world.say(33, "register karna hai")
    [yes] = await world.say(33, "haan ji")
    assert yes.intent == "udyam_registration"
    await world.say(33, "register karna hai")
    [no] = await world.say(33, "nahi")
    assert "cat:selling" in callbacks(no)


async def test_a_district_told_is_remembered_and_used_for_schemes(world: World) -> None:
    [saved] = await world.say(34, "main muradabad se hun")
    assert saved.intent == "my_district" and "Moradabad" in saved.text
    assert "Metal craft" in saved.text
    [user] = await world.rows(User)
    assert isinstance(user, User) and user.district == "Moradabad"
    [schemes] = await world.say(34, "mere liye kaun si yojana hai")
    assert schemes.intent == "schemes_for_me" and "Moradabad" in schemes.text
    assert "topic:margin_money" in callbacks(schemes)


async def test_a_district_question_without_a_district_asks_for_it_first(world: World) -> None:
    [ask] = await world.say(35, "mere jile ka odop product kya hai")
    [user] = await world.rows(User)
    assert isinstance(user, User) and user.awaiting == "district:district_product"
    assert "Moradabad" in ask.text  # the example of what to type
    [again] = await world.say(35, "kuch aur baat")
    assert again.intent is None  # not a district: asked again
    [answer] = await world.say(35, "बनारस")
    assert answer.intent == "my_district" and "वाराणसी" in answer.text
    [user] = await world.rows(User)
    assert isinstance(user, User) and user.district == "Varanasi" and user.awaiting is None


async def test_a_clear_new_question_or_a_no_leaves_the_district_question(world: World) -> None:
    await world.say(36, "mere liye kaun si yojana hai")
    [answer] = await world.say(36, "iec kaise milega")
    assert answer.intent == "iec_code"
    await world.say(36, "mere liye kaun si yojana hai")
    [menu] = await world.say(36, "nahi pata")
    assert "cat:odop" in callbacks(menu)
    [user] = await world.rows(User)
    assert isinstance(user, User) and user.awaiting is None


async def test_an_uncertain_district_product_is_hedged(world: World) -> None:
    [reply] = await world.say(37, "Shravasti ka odop kya hai")
    assert reply.intent == "district_product" and "DIC" in reply.text
    [sure] = await world.say(38, "Moradabad ka odop kya hai")
    assert "DIC" not in sure.text


async def test_profile_shows_and_changes_the_district(world: World) -> None:
    await world.tap(39, "lang:en")
    [empty] = await world.send(Command(Sender(39, 39), "profile"))
    assert "district" in callbacks(empty)
    [ask] = await world.tap(39, "district")
    assert ask.buttons == ()
    [saved] = await world.say(39, "Kanpur Dehat")
    assert saved.intent == "my_district" and "Kanpur Dehat" in saved.text
    [shown] = await world.send(Command(Sender(39, 39), "profile"))
    assert "Kanpur Dehat" in shown.text


async def test_the_kind_of_question_picks_the_topics_own_answer(world: World) -> None:
    """ "What is it", "how much", "which papers": one topic, three answers, none the same."""
    topic = BY_INTENT["udyam_registration"]
    [overview] = await world.say(40, "udyam kya hai")
    [fee] = await world.say(40, "udyam ki fees kitni hai")
    [papers] = await world.say(40, "udyam ke liye kaun se documents chahiye")
    assert (overview.answer, fee.answer, papers.answer) == (
        "udyam_registration",
        "udyam_registration/cost",
        "udyam_registration/documents",
    )
    t = Catalogs()["hi_Latn"]
    assert fee.text.startswith(t(topic.answers[Ask.COST]).split("\n")[0])
    assert len({overview.text, fee.text, papers.text}) == 3
    # The answer's buttons lead to the topic's other answers; a tap gives that answer.
    assert "ask:udyam_registration:how" in callbacks(fee)
    [how] = await world.tap(40, "ask:udyam_registration:how")
    assert how.answer == "udyam_registration/how" and how.language == "hi_Latn"


async def test_a_follow_up_is_answered_for_the_topic_just_discussed(world: World) -> None:
    await world.say(41, "udyam kya hai")
    [benefits] = await world.say(41, "aur iske fayde?")
    assert benefits.answer == "udyam_registration/benefits"
    await world.say(41, "iec code kya hai")
    [fee] = await world.say(41, "इसकी फीस कितनी है")
    assert (fee.answer, fee.language) == ("iec_code/cost", "hi")
    [row] = [u for u in await world.rows(User) if u.id == 41]  # type: ignore[attr-defined]
    assert row.last_topic == "iec_code"  # type: ignore[attr-defined]


async def test_a_follow_up_before_any_topic_asks_which_topic(world: World) -> None:
    [reply] = await world.say(42, "aur iske fayde?")
    assert reply.answer is None
    assert "cat:tax" in callbacks(reply)  # the topic menu, with the new categories


@pytest.mark.parametrize(
    "data",
    [
        "ask:udyam_registration:nope",
        "ask:nope:cost",
        "ask:udyam_registration",
        "ask:iec_code:cost:x",
    ],
)
async def test_forged_or_stale_question_buttons_get_the_menu(world: World, data: str) -> None:
    [reply] = await world.tap(43, data)
    assert reply.answer is None and "cat:selling" in callbacks(reply)
