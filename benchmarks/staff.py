"""The staff desk through the emulator: trigger-to-card time and Bot API calls per relay.

Users ask for a person one after another (the staff group's 20-a-minute limit applies, so the
card of a later user may wait for the group's budget; both figures are reported); then one user
sends a series of messages that are relayed to their topic and staff answer each one.
"""

from __future__ import annotations

import asyncio
from typing import Any

from benchmarks.common import RESULTS, Rasa, summary_ms
from benchmarks.latency import BotProcess, wait_polling
from bot.config import Settings
from tests.botapi.emulator import Emulator

GROUP, STAFF = -100555000, 4242
USERS = 15  # within one minute's group budget: each escalation costs a topic and a card
RELAYS = 20


async def measure(settings: Settings, rasa: Rasa) -> dict[str, Any]:
    workdir = RESULTS / "staff"
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "bench.db").unlink(missing_ok=True)
    emulator = Emulator(enforce_limits=True)
    emulator.add_group(GROUP, forum=True)
    await emulator.start()
    overrides: dict[str, dict[str, Any]] = {
        "staff": {"chat_id": GROUP},
        "roles": {"staff": [STAFF]},
        "telegram": {"max_messages_per_second": 30},
    }
    bot = BotProcess(settings, rasa, emulator, None, workdir, overrides=overrides)
    bot.start()
    try:
        await wait_polling(emulator)
        card_ms = []
        for n in range(USERS):
            user = 5000 + n
            before = len(emulator.sent[GROUP])
            update_id = emulator.user_sends(user, "mujhe kisi insaan se baat karni hai")
            cards = await emulator.wait_messages(GROUP, before + 1, timeout=120)
            card_ms.append((cards[-1]["received_at"] - emulator.handed_out_at[update_id]) * 1000)
        await asyncio.sleep(61)  # a fresh minute of the group's budget for the relays
        user = 5000
        thread = next(iter(emulator.topics[GROUP]))
        calls_before = len(emulator.requests)
        for i in range(RELAYS // 2):
            count = len(emulator.sent[GROUP])
            emulator.user_sends(user, f"sawal {i}")
            await emulator.wait_messages(GROUP, count + 1, timeout=120)
            mine = len(emulator.sent[user])
            emulator.staff_sends(GROUP, STAFF, f"jawab {i}", thread=thread)
            await emulator.wait_messages(user, mine + 1, timeout=120)
        relay_calls = [
            r.method for r in emulator.requests[calls_before:] if r.method.lower() != "getupdates"
        ]
        await bot.stop()
    finally:
        await emulator.stop()
    return {
        "trigger_to_card": summary_ms(card_ms),
        "relayed_messages": RELAYS,
        "bot_api_calls_per_relay": round(len(relay_calls) / RELAYS, 2),
        "calls": sorted(set(relay_calls)),
        "responses_429": len(emulator.limited),
        "spec_violations": len(emulator.violations),
    }
