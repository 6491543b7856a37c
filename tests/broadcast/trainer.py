"""What a trainer does in the broadcast tests (tests/broadcast, tests/e2e/test_replicas.py)."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from typing import Any

from sqlalchemy import insert
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.store import BroadcastStore
from bot.config import Settings
from bot.db.models import User
from tests.botapi.emulator import Emulator, button_data
from tests.harness import bot_settings

TRAINER = 8001
TEXTS = {
    "hi": "प्रशिक्षण शिविर 5 दिसंबर को",
    "hi_Latn": "Training camp 5 December ko",
    "en": "Training camp on 5 December",
}


def trainer_settings(settings: Settings, emulator: Emulator, **broadcast: Any) -> Settings:
    roles = settings.roles.model_copy(update={"trainers": [TRAINER]})
    fast = {"poll_seconds": 0.2, "progress_every_seconds": 0.5, **broadcast}
    options = settings.broadcast.model_copy(update=fast)
    return bot_settings(
        settings.model_copy(update={"roles": roles, "broadcast": options}), emulator
    )


async def seed(engine: AsyncEngine, users: list[dict[str, Any]]) -> None:
    now = dt.datetime.now(dt.UTC)
    rows = [
        {"first_name": "Seller", "first_seen": now, "last_seen": now, "offered": None, **user}
        for user in users
    ]
    async with engine.begin() as conn:
        await conn.execute(insert(User), rows)


async def wait_done(store: BroadcastStore, broadcast_id: int, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while (b := await store.get(broadcast_id)) is None or b.status != "done":
        assert time.monotonic() < deadline, f"broadcast still {b.status if b else None}"
        await asyncio.sleep(0.1)


def last_progress(emulator: Emulator) -> str:
    edits = [e["text"] for e in emulator.edits if e["chat"]["id"] == TRAINER]
    return str(edits[-1]) if edits else ""


async def tap_last(emulator: Emulator, user: int, data: str, count: int) -> None:
    messages = await emulator.wait_messages(user, count)
    message = next(m for m in reversed(messages) if any(d == data for _, d in button_data(m)))
    emulator.user_taps(user, message, data)


async def say(emulator: Emulator, user: int, text: str, expect: int) -> None:
    emulator.user_sends(user, text)
    await emulator.wait_messages(user, expect)
