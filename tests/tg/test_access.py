"""Every privileged command and button, tried by people who may not use it, where it may not be
used, and with forged data: all refused, nothing changed. The README's access table lists the
same rules. Real application, emulator, real databases."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.audience import Audience
from bot.broadcast.store import BroadcastStore
from bot.config import Settings
from bot.db.models import Broadcast, Escalation, RoleGrant
from tests.botapi.emulator import Emulator
from tests.fakes import DEFAULT_RULES, FakeNlu
from tests.harness import bot_settings, running_bot

GROUP, OTHER_GROUP = -100_555_000, -100_666_000
ADMIN, STAFF, TRAINER, SELLER, WAITING = 9100, 9101, 9102, 9103, 9104

STAFF_COMMANDS = [
    "/queue",
    "/claim",
    "/close",
    "/handback",
    "/transcript",
    "/reply namaste",
    "/staff add 1",
    "/staff remove 9101",
    "/trainer add 1",
]


def access_settings(settings: Settings, emulator: Emulator) -> Settings:
    roles = settings.roles.model_copy(
        update={"admins": [ADMIN], "staff": [STAFF], "trainers": [TRAINER]}
    )
    staff = settings.staff.model_copy(update={"chat_id": GROUP})
    return bot_settings(settings.model_copy(update={"roles": roles, "staff": staff}), emulator)


async def count(engine: AsyncEngine, query: Any) -> int:
    async with engine.connect() as conn:
        return int((await conn.execute(query)).scalar_one())


async def test_privileged_actions_are_refused_to_everyone_else_and_everywhere_else(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    emulator.add_group(GROUP, forum=True)
    emulator.add_group(OTHER_GROUP, forum=False)
    broadcasts = BroadcastStore(engine, "hi")
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=1)
    scheduled = await broadcasts.create(
        created_by=TRAINER, audience=Audience(), texts={"hi": "शिविर"}, send_at=later
    )
    async with running_bot(
        access_settings(settings, emulator), engine=engine, nlu=FakeNlu(DEFAULT_RULES)
    ):
        emulator.user_sends(WAITING, "/human")
        [card] = await emulator.wait_messages(GROUP, 1)
        escalation = int(
            card["reply_markup"]["inline_keyboard"][0][0]["callback_data"].split(":")[2]
        )
        staff_buttons = [f"staff:{a}:{escalation}" for a in ("claim", "close", "back")]
        manage_buttons = [f"bc:{a}:{scheduled}" for a in ("pause", "cancel")]
        private_card = {**card, "chat": emulator.private_chat(SELLER)}

        # 1. A seller, in their private chat: every staff and trainer command is refused.
        for command in [*STAFF_COMMANDS, "/broadcast", "/broadcasts"]:
            before = len(emulator.sent[SELLER])
            emulator.user_sends(SELLER, command)
            [*_, refusal] = await emulator.wait_messages(SELLER, before + 1)
            text = refusal["text"].lower()
            assert any(w in text for w in ("support team", "only trainers", "टीम", "ट्रेनर")), command
        # ... and forged buttons: staff actions, broadcast controls, someone else's rating.
        seller_taps_from = len(emulator.sent[SELLER])
        for data in [*staff_buttons, *manage_buttons]:
            emulator.user_taps(SELLER, private_card, data)
        emulator.user_taps(SELLER, private_card, f"rate:{escalation}:down")

        # 2. Staff, but in the wrong chat: privately, and in another group.
        for command in ("/queue", "/claim", "/staff add 1"):
            before = len(emulator.sent[STAFF])
            emulator.user_sends(STAFF, command)
            [*_, refusal] = await emulator.wait_messages(STAFF, before + 1)
            assert "टीम" in refusal["text"]  # "only for our support team", in Hindi
        staff_taps_from = len(emulator.sent[STAFF])
        for data in staff_buttons:
            emulator.user_taps(STAFF, {**card, "chat": emulator.private_chat(STAFF)}, data)
            emulator.user_taps(STAFF, {**card, "chat": emulator.groups[OTHER_GROUP]}, data)
        for command in STAFF_COMMANDS:
            emulator.staff_sends(OTHER_GROUP, STAFF, command)

        # 3. In the staff group: a trainer and a seller who are not staff, and /broadcast there.
        for who in (TRAINER, SELLER):
            for command in [*STAFF_COMMANDS, "/broadcast"]:
                emulator.staff_sends(GROUP, who, command)
            for data in staff_buttons:
                emulator.user_taps(who, {**card, "chat": emulator.groups[GROUP]}, data)
        # Staff who are not admins cannot hand out roles; forged ids and actions are refused.
        emulator.staff_sends(GROUP, STAFF, "/staff add 1")
        emulator.staff_sends(GROUP, STAFF, "/trainer add 1")
        for data in (f"staff:claim:{escalation + 99}", f"staff:fly:{escalation}", "staff:claim:x"):
            emulator.user_taps(STAFF, {**card, "chat": emulator.groups[GROUP]}, data)
        await emulator.settled()

    # Nothing changed: the escalation is open and unclaimed, the broadcast still scheduled,
    # no role was granted, no new broadcast was started.
    async with engine.connect() as conn:
        row = (await conn.execute(select(Escalation).where(Escalation.id == escalation))).one()
        status = (
            await conn.execute(select(Broadcast.status).where(Broadcast.id == scheduled))
        ).scalar_one()
    assert row.status == "open" and row.claimed_by is None and row.rating is None
    assert status == "scheduled"
    assert await count(engine, select(func.count()).select_from(RoleGrant)) == 0
    assert await count(engine, select(func.count()).select_from(Broadcast)) == 1
    # Nobody outside the staff group heard from the bot there, and in the staff group only the
    # card and the two admin-only refusals to staff were posted.
    assert emulator.sent[OTHER_GROUP] == []
    group_texts = [m.get("text", "") for m in emulator.sent[GROUP][1:]]
    assert len(group_texts) == 2 and all("admin" in t.lower() for t in group_texts)
    answers = [r.params.get("text", "") for r in emulator.calls("answerCallbackQuery")]
    # A tap in a busy private chat is answered on arrival (bot/tg/processor.py): its refusal
    # is then said in the chat instead of in an alert.
    said = [
        m.get("text", "")
        for chat, start in ((SELLER, seller_taps_from), (STAFF, staff_taps_from))
        for m in emulator.sent[chat][start:]
    ]
    refused = [a for a in answers + said if "Only support staff" in a or "ट्रेनर" in a]
    assert len(refused) >= 3 + 2 + 6 + 6  # seller, manage, staff elsewhere, non-staff in group
