"""The staff desk end to end: the real application, the emulator's staff supergroup, real DBs."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.db.engine import session_factory, utcnow
from bot.db.escalations import TOPIC_RESERVATION
from bot.db.models import Escalation, Message, Relay, User
from bot.nlu.client import Nlu
from bot.tg.context import SaathiApp
from tests.botapi.emulator import Emulator, Limits, button_data, with_limits
from tests.fakes import DEFAULT_RULES, FakeNlu
from tests.harness import QUICK_GROUP_WINDOW, ask, bot_settings, running_bot
from tests.support import until

GROUP, STAFF, ADMIN, STRANGER = -100777000, 9001, 9000, 5555


def staff_settings(
    settings: Settings,
    emulator: Emulator,
    *,
    group_window: float = QUICK_GROUP_WINDOW,
    **staff: Any,
) -> Settings:
    roles = settings.roles.model_copy(update={"staff": [STAFF], "admins": [ADMIN]})
    desk = settings.staff.model_copy(update={"chat_id": GROUP, **staff})
    changed = settings.model_copy(update={"roles": roles, "staff": desk})
    return bot_settings(changed, emulator, group_window=group_window)


async def in_group(emulator: Emulator, count: int) -> list[dict[str, Any]]:
    return await emulator.wait_messages(GROUP, count)


async def rows(engine: AsyncEngine, model: Any, **where: Any) -> list[Any]:
    async with session_factory(engine)() as session:
        query = select(model).filter_by(**where).order_by(model.id)
        return list((await session.scalars(query)).all())


async def job_runs(app: SaathiApp, name: str, times: int, timeout: float = 10) -> None:
    """Wait until the repeating job `name` has run `times` more times (its next run moved)."""
    assert app.job_queue is not None
    [job] = app.job_queue.get_jobs_by_name(name)
    seen, runs = job.next_t, 0
    deadline = time.monotonic() + timeout
    while runs < times:
        assert time.monotonic() < deadline, f"job {name} stopped running"
        if job.next_t != seen:
            seen, runs = job.next_t, runs + 1
        await asyncio.sleep(0.02)


@pytest.mark.rasa
async def test_a_hindi_user_reaches_staff_and_back(
    emulator: Emulator, rasa_settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(rasa_settings, emulator)
    user = 1001
    async with running_bot(settings, engine=engine):
        handoff = await ask(emulator, user, "मुझे किसी इंसान से बात करनी है")
        assert any("\u0900" <= ch <= "\u097f" for ch in handoff["text"])
        [card] = await in_group(emulator, 1)
        [thread] = emulator.topics[GROUP]
        assert card["message_thread_id"] == thread and "🆘" in card["text"]
        assert "मुझे किसी इंसान से बात करनी है" in card["text"]  # the last turns, as written
        claim = next(d for _, d in button_data(card) if d.startswith("staff:claim:"))

        # While staff have the user, everything goes to the topic and the bot stays silent.
        emulator.user_sends(user, "मेरा सवाल GST के बारे में है")
        emulator.user_sends(user, voice={"file_id": "v1", "file_unique_id": "u1", "duration": 4})
        copies = (await in_group(emulator, 3))[1:]
        assert copies[0]["text"] == "मेरा सवाल GST के बारे में है" and "voice" in copies[1]
        assert all(c["message_thread_id"] == thread for c in copies)
        await emulator.settled()
        assert len(emulator.sent[user]) == 1

        emulator.staff_sends(GROUP, STAFF, "Namaste! Aapka GST number hai?", thread=thread)
        [_, reply] = await emulator.wait_messages(user, 2)
        assert "Ravi" in reply["text"] and "Aapka GST number hai?" in reply["text"]

        emulator.staff_sends(GROUP, STAFF, "/queue")
        queue = (await in_group(emulator, 4))[-1]
        assert "#" in queue["text"] and "Ravi" not in queue["text"]  # not claimed yet
        emulator.user_taps(STAFF, {**card, "chat": emulator.groups[GROUP]}, claim)
        await until(lambda: "claimed" in emulator.topics[GROUP][thread])
        emulator.staff_sends(GROUP, STAFF, "/transcript", thread=thread)
        transcript = (await in_group(emulator, 5))[-1]
        assert "मेरा सवाल GST के बारे में है" in transcript["text"]

        emulator.staff_sends(GROUP, STAFF, "/close", thread=thread)
        [*_, closing] = await emulator.wait_messages(user, 3)
        rate_up = next(d for _, d in button_data(closing))
        assert rate_up.startswith("rate:") and rate_up.endswith(":up")
        thanks = await _tap(emulator, user, closing, rate_up)
        assert thanks["text"]
        answer = await ask(emulator, user, "gst ke bina bech sakte hai kya")
        assert "gst.gov.in" in answer["text"]

    [escalation] = await rows(engine, Escalation, user_id=user)
    assert (escalation.status, escalation.reason, escalation.rating) == (
        "closed",
        "user_asked",
        "up",
    )
    assert escalation.claimed_by == STAFF and escalation.first_staff_reply_at is not None
    assert escalation.closed_at is not None and escalation.card_message_id == card["message_id"]
    relays = await rows(engine, Relay, escalation_id=escalation.id)
    assert {r.direction for r in relays} == {"to_staff", "to_user"}
    staff_rows = await rows(engine, Message, user_id=user, kind="staff")
    assert len(staff_rows) == 1


async def _tap(emulator: Emulator, user: int, message: dict[str, Any], data: str) -> dict[str, Any]:
    before = len(emulator.sent[user])
    emulator.user_taps(user, message, data)
    return (await emulator.wait_messages(user, before + 1))[-1]


async def run_staff_bot(settings: Settings, engine: AsyncEngine, nlu: Nlu | None = None) -> Any:
    return running_bot(settings, engine=engine, nlu=nlu or FakeNlu(DEFAULT_RULES))


async def test_nobody_but_staff_in_the_staff_group_can_use_staff_powers(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator)
    async with await run_staff_bot(settings, engine):
        for command in ("/queue", "/claim", "/close", "/transcript", "/staff add 1"):
            refusal = await ask(emulator, 1100, command)
            assert "support team" in refusal["text"].lower() or "टीम" in refusal["text"]
        await ask(emulator, 1101, "kisi insaan se baat karao")
        [card] = await in_group(emulator, 1)
        claim = next(d for _, d in button_data(card) if d.startswith("staff:claim:"))
        group_card = {**card, "chat": emulator.groups[GROUP]}
        # A stranger in the group: commands and buttons do nothing.
        emulator.staff_sends(GROUP, STRANGER, "/queue")
        emulator.user_taps(STRANGER, group_card, claim)
        # Staff with forged or stale data: refused.
        emulator.user_taps(STAFF, group_card, "staff:claim:999999")
        emulator.user_taps(STAFF, group_card, "staff:fly:1")
        # The right button from a private chat (forged): refused.
        emulator.user_taps(STAFF, {**card, "chat": emulator.private_chat(STAFF)}, claim)
        emulator.staff_sends(GROUP, STAFF, "/staff add 4242")  # staff, not admin
        await in_group(emulator, 2)
        await emulator.settled()
        assert len(emulator.sent[GROUP]) == 2  # only the card and the admin-only refusal
        assert "admin" in emulator.sent[GROUP][-1]["text"].lower()
    [escalation] = await rows(engine, Escalation, user_id=1101)
    assert escalation.claimed_by is None and escalation.status == "open"
    answers = [r.params.get("text", "") for r in emulator.calls("answerCallbackQuery")]
    assert sum("Only support staff" in a for a in answers) == 2
    assert sum("no longer open" in a for a in answers) == 2


async def test_admins_add_staff_at_run_time(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator)
    async with await run_staff_bot(settings, engine):
        emulator.staff_sends(GROUP, ADMIN, "/staff add 4242", first_name="Asha")
        await in_group(emulator, 1)
        emulator.staff_sends(GROUP, 4242, "/queue", first_name="Neha")
        [_, queue] = await in_group(emulator, 2)
        assert "No open requests" in queue["text"]
        emulator.staff_sends(GROUP, ADMIN, "/staff remove 4242", first_name="Asha")
        await in_group(emulator, 3)
        emulator.staff_sends(GROUP, 4242, "/queue", first_name="Neha")
        await emulator.settled()
        assert len(emulator.sent[GROUP]) == 3
        # A trainer added at run time can go through the /broadcast steps at once.
        emulator.staff_sends(GROUP, ADMIN, "/trainer add 4343", first_name="Asha")
        await in_group(emulator, 4)
        menu = await ask(emulator, 4343, "/broadcast")
        emulator.user_taps(4343, menu, "bcf:active")
        await emulator.wait_messages(4343, 2)
        step = await ask(emulator, 4343, "30")  # the answer to the step, not a question
        assert "• " in step["text"] and "30" in step["text"]  # the audience menu again
        emulator.staff_sends(GROUP, ADMIN, "/trainer remove 4343", first_name="Asha")
        await in_group(emulator, 5)
        refused = await ask(emulator, 4343, "/broadcast")
        assert "ट्रेनर" in refused["text"]  # "only trainers can send announcements"


async def test_two_messages_at_once_create_one_topic(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator)
    async with await run_staff_bot(settings, engine) as app:
        await ask(emulator, 1200, "namaste")  # the user exists, without a topic yet
        assert app.bot_data.services is not None
        desk = app.bot_data.services.desk
        store = app.bot_data.services.escalations
        card = None
        while card is None:  # the turn is stored right after the reply is sent
            card = await store.user_card(1200)
            await asyncio.sleep(0.02)
        threads = await asyncio.gather(*(desk.group.thread(card, "t") for _ in range(5)))
    assert len(set(threads)) == 1 and len(emulator.calls("createForumTopic")) == 1


async def test_without_a_staff_group_a_request_for_a_person_is_only_recorded(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    async with await run_staff_bot(bot_settings(settings, emulator), engine):
        await ask(emulator, 1240, "kisi insaan se baat karao")
        await emulator.settled()
    assert len(await rows(engine, Escalation, user_id=1240)) == 1
    # No card went to "chat 0" (staff.chat_id: 0 means no group), which Telegram refuses.
    assert [r.params["chat_id"] for r in emulator.calls("sendMessage")] == [1240]


async def test_a_topic_reservation_left_by_a_dead_process_expires(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    # A process reserved the user's topic (staff_topic_id = -1) and died before creating it.
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator)
    user = 1250
    async with await run_staff_bot(settings, engine) as app:
        await ask(emulator, user, "namaste")
        assert app.bot_data.services is not None
        store = app.bot_data.services.escalations

        async def stored() -> bool:
            return await store.user_card(user) is not None

        await until(stored, what="the user's row")
        assert await store.reserve_topic(user)  # the process that dies
        assert not await store.reserve_topic(user)  # a fresh reservation holds
        async with engine.begin() as conn:
            await conn.execute(
                update(User)
                .where(User.id == user)
                .values(staff_topic_reserved_at=utcnow() - TOPIC_RESERVATION)
            )
        await ask(emulator, user, "kisi insaan se baat karao")  # the next escalation
        [card] = await in_group(emulator, 1)
    [thread] = emulator.topics[GROUP]
    assert card["message_thread_id"] == thread
    assert len(emulator.calls("createForumTopic")) == 1


async def test_without_forum_topics_staff_reply_to_relayed_messages(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=False)
    settings = staff_settings(settings, emulator)
    async with await run_staff_bot(settings, engine):
        await ask(emulator, 1300, "kisi insaan se baat karao")
        [card] = await in_group(emulator, 1)
        assert "message_thread_id" not in card
        emulator.user_sends(1300, "mera order nahi aaya")
        [_, relayed] = await in_group(emulator, 2)
        assert "mera order nahi aaya" in relayed["text"] and "Ramesh" in relayed["text"]

        async def paired() -> bool:  # the copy's id is stored just after it is sent
            return bool(await rows(engine, Relay, staff_message_id=relayed["message_id"]))

        await until(paired, what="the relayed copy paired with the user's message")
        emulator.staff_sends(GROUP, STAFF, "Order number bhejiye", reply_to=relayed)
        [*_, reply] = await emulator.wait_messages(1300, 2)
        assert "Order number bhejiye" in reply["text"]
        emulator.staff_sends(GROUP, STAFF, "Aur PAN bhi", reply_to=card)
        [*_, second] = await emulator.wait_messages(1300, 3)
        assert "Aur PAN bhi" in second["text"]
        emulator.staff_sends(GROUP, STAFF, "staff chat, not for the user")
        await emulator.settled()
        assert len(emulator.sent[1300]) == 3
    assert emulator.calls("createForumTopic") == []


@pytest.mark.parametrize("forum", [True, False])
async def test_staff_see_personal_numbers_masked_in_texts_and_captions(
    forum: bool, emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=forum)
    settings = staff_settings(settings, emulator)
    photo = [{"file_id": "p1", "file_unique_id": "pu1", "width": 90, "height": 90}]
    async with await run_staff_bot(settings, engine):
        await ask(emulator, 1350, "kisi insaan se baat karao")
        await in_group(emulator, 1)
        emulator.user_sends(1350, "mera aadhaar 2345 6789 0123 hai")
        await in_group(emulator, 2)
        emulator.user_sends(1350, photo=photo, caption="PAN ABCDE1234F, bill dekhiye")
        emulator.user_sends(1350, photo=photo)  # no caption: copied as it is
        [*_, text, captioned, plain] = await in_group(emulator, 4)
    assert "XXXX XXXX 0123" in text["text"] and "2345" not in text["text"]
    assert "photo" in captioned and "ABCDE1234F" not in captioned["caption"]
    assert "XXXXXXXXXF, bill dekhiye" in captioned["caption"]
    assert "photo" in plain and "ABCDE" not in plain.get("caption", "")
    relays = await rows(engine, Relay)
    assert not any("2345 6789" in r.text or "ABCDE1234F" in r.text for r in relays)


async def test_two_unclear_messages_bring_in_a_person(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator)
    async with await run_staff_bot(settings, engine):
        await ask(emulator, 1400, "vague baat")
        second = await ask(emulator, 1400, "vague baat phir se")
        assert "person" in second["text"].lower() or "team" in second["text"].lower()
        [card] = await in_group(emulator, 1)
        assert "twice" in card["text"]
    [escalation] = await rows(engine, Escalation, user_id=1400)
    assert escalation.reason == "unclear"


async def test_a_waiting_user_is_reassured_once_and_flagged_in_the_queue(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator, reassure_after_minutes=0.02)
    async with await run_staff_bot(settings, engine) as app:
        await ask(emulator, 1500, "kisi insaan se baat karao")
        [_, reassurance] = await emulator.wait_messages(1500, 2, timeout=10)
        assert reassurance["text"]
        emulator.staff_sends(GROUP, STAFF, "/queue")
        queue = await _until_text(emulator, "⚠️")
        assert "⚠️" in queue
        await job_runs(app, "_reassure", 2)  # the check runs again: the user is not reassured twice
        await emulator.settled()
        assert len(emulator.sent[1500]) == 2  # only once


async def _until_text(emulator: Emulator, needle: str, timeout: float = 10) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for message in reversed(emulator.sent[GROUP]):
            if needle in message.get("text", "") and "Open requests" in message.get("text", ""):
                return str(message["text"])
        await asyncio.sleep(0.05)
    raise AssertionError(f"no queue message with {needle!r}")


# The 20-a-minute group limit, scaled down so that the test stays short.
BURST_WINDOW = 2.0


@with_limits(Limits(enforce=True, group_window=BURST_WINDOW))
async def test_a_burst_of_50_messages_respects_the_group_limit_and_loses_nothing(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    window = BURST_WINDOW
    emulator.add_group(GROUP, forum=True)
    settings = staff_settings(settings, emulator, group_window=window)
    async with await run_staff_bot(settings, engine):
        await ask(emulator, 1600, "kisi insaan se baat karao")
        for i in range(50):
            emulator.user_sends(1600, f"message {i}")
        messages = await emulator.wait_messages(GROUP, 51, timeout=60)
    texts = [m.get("text", "") for m in messages[1:]]
    assert texts == [f"message {i}" for i in range(50)]
    assert emulator.limited == []
    times = sorted(m["received_at"] for m in messages)
    assert all(sum(1 for x in times if start <= x < start + window) <= 20 for start in times)
