"""Sellers' personal data: masked before storage, shown with /mydata, deleted by /forget and by
the retention job; flood control per user. Real SQLite and PostgreSQL, keyword NLU."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from sqlalchemy import func, insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.console import CollectingOutbox
from bot.core.assistant import Assistant
from bot.core.flood import FloodRule, Verdict
from bot.db.engine import transaction
from bot.db.escalations import EscalationStore
from bot.db.models import Escalation, Message, Relay, User
from bot.db.privacy import PrivacyStore
from bot.records.events import ButtonPress, Command, Event, Sender, TextMessage
from bot.records.replies import Reply
from bot.records.turns import FloodState
from tests.botapi.emulator import Emulator
from tests.fakes import DEFAULT_RULES, FakeNlu, assistant_for
from tests.harness import bot_settings, running_bot

CB_FORGET_YES, CB_FORGET_NO = "forget:yes", "forget:no"  # the buttons' data, as sent
SITA = Sender(7, 7, "Sita", "Devi", "sita_crafts")


async def send(assistant: Assistant, event: Event) -> list[Reply]:
    outbox = CollectingOutbox()
    await assistant.handle(event, outbox)
    return outbox.replies


async def texts_of(engine: AsyncEngine, user_id: int) -> list[str]:
    async with engine.connect() as conn:
        query = select(Message.text).where(Message.user_id == user_id, Message.direction == "in")
        return list((await conn.execute(query.order_by(Message.id))).scalars())


async def count(engine: AsyncEngine, model: type[object], *where: object) -> int:
    async with engine.connect() as conn:
        query = select(func.count()).select_from(model).where(*where)  # type: ignore[arg-type]
        return int((await conn.execute(query)).scalar_one())


@pytest.fixture
def assistant(engine: AsyncEngine, settings: Settings) -> Assistant:
    return assistant_for(FakeNlu(DEFAULT_RULES), engine, settings)


async def test_personal_numbers_are_masked_before_they_are_stored(
    assistant: Assistant, engine: AsyncEngine
) -> None:
    said = [
        "मेरा आधार २३४५ ६७८९ ०१२३ है, gst kaise milega",
        "mera pan abcde1234f hai aur khata 123456789012 SBIN0001234",
        "GSTIN 09ABCDE1234F1Z5, call me on +91 98765 43210",
        "order ₹1,50,000 ka, 500 pieces, delivery 27/11/2026",
    ]
    for text in said:
        await send(assistant, TextMessage(SITA, text))
    stored = await texts_of(engine, SITA.user_id)
    joined = "\n".join(stored)
    for secret in ("६७८९", "abcde", "1234f", "12345678", "0001234", "ABCDE1234F", "98765"):
        assert secret not in joined
    assert "०१२३" in stored[0]  # the last digits stay, so staff can tell numbers apart
    assert "09XXXXXXXXXX1Z5" in stored[2] and "SBIN0XXXXXX" in stored[1]
    assert stored[3] == said[3]  # prices, quantities and dates are not personal numbers


async def test_mydata_shows_what_is_stored_in_the_users_language(assistant: Assistant) -> None:
    [empty] = await send(assistant, Command(Sender(99, 99, "Nobody"), "mydata"))
    assert "nothing" in empty.text.lower() or "कोई" in empty.text
    await send(assistant, TextMessage(SITA, "moradabad se hun"))
    await send(assistant, TextMessage(SITA, "gst chahiye kya"))
    [reply] = await send(assistant, Command(SITA, "mydata"))
    assert reply.language == "hi_Latn"
    assert "Sita Devi" in reply.text and "Moradabad" in reply.text
    assert "4 message" in reply.text  # two questions and their two answers
    assert "/forget" in reply.text and "180" in reply.text


async def test_forget_asks_first_and_keeps_only_anonymous_escalation_statistics(
    assistant: Assistant, engine: AsyncEngine
) -> None:
    await send(assistant, TextMessage(SITA, "mujhe insaan se baat karni hai"))  # escalation
    escalation_id = (await EscalationStore(engine).open_for_user(SITA.user_id)).id  # type: ignore[union-attr]
    async with transaction(engine) as conn:
        await conn.execute(
            insert(Relay).values(
                escalation_id=escalation_id,
                direction="to_staff",
                user_chat_id=7,
                user_message_id=1,
                staff_chat_id=-100,
                staff_message_id=5,
                kind="text",
                text="hello",
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    [question] = await send(assistant, Command(SITA, "forget"))
    assert [b.callback for row in question.buttons for b in row] == [CB_FORGET_YES, CB_FORGET_NO]
    [kept] = await send(assistant, ButtonPress(SITA, CB_FORGET_NO))
    assert await count(engine, User, User.id == SITA.user_id) == 1

    [done] = await send(assistant, ButtonPress(SITA, CB_FORGET_YES))
    assert done.language == kept.language == "hi_Latn"
    assert await count(engine, User, User.id == SITA.user_id) == 0
    assert await count(engine, Message, Message.user_id == SITA.user_id) == 0
    assert await count(engine, Relay) == 0
    async with engine.connect() as conn:
        row = (await conn.execute(select(Escalation))).one()
    assert row.user_id is None and row.chat_id == 0 and row.message_id is None
    assert row.status == "closed" and row.closed_how == "forgotten" and row.reason == "user_asked"
    # Writing again starts afresh, with no trace of the old profile.
    await send(assistant, TextMessage(SITA, "namaste"))
    assert await texts_of(engine, SITA.user_id) == ["namaste"]


async def test_retention_deletes_old_messages_and_relays_only(engine: AsyncEngine) -> None:
    now = dt.datetime.now(dt.UTC)
    async with transaction(engine) as conn:
        await conn.execute(insert(User).values(id=5, first_name="A", first_seen=now, last_seen=now))
        rows = [
            {
                "user_id": 5,
                "chat_id": 5,
                "direction": "in",
                "kind": "text",
                "text": f"m{i}",
                "created_at": now - dt.timedelta(days=i * 30),
            }
            for i in range(10)  # 0, 30, ..., 270 days old
        ]
        await conn.execute(insert(Message), rows)
    purged = await PrivacyStore(engine).purge_older_than(now - dt.timedelta(days=100))
    assert purged.messages == 6  # 120 ... 270 days old
    assert await texts_of(engine, 5) == ["m0", "m1", "m2", "m3"]
    assert await count(engine, User, User.id == 5) == 1  # the profile itself stays


async def test_a_user_in_a_staff_chat_can_still_see_and_delete_their_data(
    engine: AsyncEngine, settings: Settings
) -> None:
    class Desk:
        available = True
        relayed: list[Event] = []  # noqa: RUF012

        async def escalated(self, escalation_id: int, sender: Sender) -> None:
            """Nothing to notify in this test."""

        async def relay_in(self, escalation_id: int, event: Event) -> None:
            self.relayed.append(event)

    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, settings, desk=Desk())
    await send(assistant, Command(SITA, "human"))
    assert await send(assistant, TextMessage(SITA, "hello?")) == []  # passed to staff
    [data] = await send(assistant, Command(SITA, "mydata"))
    assert "Sita" in data.text
    await send(assistant, Command(SITA, "forget"))
    await send(assistant, ButtonPress(SITA, CB_FORGET_YES))
    assert await count(engine, Escalation, Escalation.status == "open") == 0


def test_flood_rule_notices_once_and_drains() -> None:
    rule, state = FloodRule(3, 10.0), FloodState()
    verdicts = []
    for now in (0.0, 1.0, 2.0, 3.0, 4.0):
        verdict, state = rule.check(state, now)
        verdicts.append(verdict)
    assert verdicts == [Verdict.OK] * 3 + [Verdict.NOTICE, Verdict.QUIET]
    assert state.times == (0.0, 1.0, 2.0)  # messages over the limit are not counted
    verdict, state = rule.check(state, 10.5)
    assert verdict is Verdict.OK and state == FloodState((1.0, 2.0, 10.5))  # one slot freed
    assert rule.check(state, 10.9)[0] is Verdict.NOTICE  # and taken again: told again


async def test_a_flooding_user_gets_one_notice_in_their_language_and_others_are_served(
    engine: AsyncEngine, settings: Settings
) -> None:
    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, settings)
    limit = settings.assistant.flood_max_messages
    answered = [await send(assistant, TextMessage(SITA, f"gst {i} kya")) for i in range(limit)]
    assert all(len(r) == 1 for r in answered)
    [notice] = await send(assistant, TextMessage(SITA, "gst kya hai bhai"))
    assert notice.language == "hi_Latn" and "message" in notice.text.lower()
    assert await send(assistant, TextMessage(SITA, "gst gst gst")) == []  # slowed: no answer
    [other] = await send(assistant, TextMessage(Sender(8, 8, "Ravi"), "जीएसटी चाहिए?"))
    assert other.intent == "gst_requirement"
    # Nothing the flooding user sent is lost: every message is in the log.
    assert len(await texts_of(engine, SITA.user_id)) == limit + 2


async def test_the_running_bot_schedules_the_retention_job(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    async with running_bot(bot_settings(settings, emulator), engine=engine, nlu=FakeNlu()) as app:
        assert app.job_queue is not None
        [job] = app.job_queue.get_jobs_by_name("retention")
        every = settings.privacy.retention_check_hours * 3600
        assert job.job.trigger.interval.total_seconds() == every
        emulator.user_sends(71, "namaste")
        await emulator.wait_messages(71, 1)
        while await count(engine, Message) < 2:  # the turn is stored just after the reply
            await asyncio.sleep(0.02)
        old = dt.datetime.now(dt.UTC) - dt.timedelta(days=settings.privacy.retention_days + 1)
        async with transaction(engine) as conn:
            await conn.execute(update(Message).values(created_at=old))
        await job.run(app)  # what the scheduler does when it is due
    assert await count(engine, Message) == 0
