"""A 10,000-recipient broadcast through the emulator, which answers 429 past Telegram's limits.

The bot runs as its own process and sends from its delivery rows; halfway it is killed with
SIGKILL and started again. Measured in one run: the sustained send rate, the 429s received,
messages lost or sent twice, the bot's peak memory, and how fast a user chatting with the bot
during the broadcast is answered.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import signal
import statistics
import time
from collections import Counter
from typing import Any

from sqlalchemy import insert

from benchmarks.common import RESULTS, Rasa, summary_ms
from benchmarks.latency import BotProcess, wait_polling
from bot.broadcast.audience import Audience
from bot.broadcast.store import BroadcastStore
from bot.config import Settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine
from bot.db.models import User
from tests.botapi.emulator import Emulator

RECIPIENTS = 10_000
CHATTER = 1  # a user who keeps asking questions during the broadcast
TEXTS = {
    "hi": "प्रशिक्षण शिविर 5 दिसंबर को",
    "hi_Latn": "Training camp 5 December ko",
    "en": "Training camp on 5 December",
}


async def _seed(settings: Settings, url: str) -> BroadcastStore:
    engine = create_engine(settings, async_url(url))
    await migrate.run_on(engine, "upgrade")
    now = dt.datetime.now(dt.UTC)
    langs = ("hi", "hi_Latn", "en")
    rows = [
        {
            "id": 1_000_000 + i,
            "first_name": "Seller",
            "detected_language": langs[i % 3],
            "chosen_language": None,
            "district": None,
            "offered": None,
            "first_seen": now,
            "last_seen": now,
        }
        for i in range(RECIPIENTS)
    ]
    async with engine.begin() as conn:
        for start in range(0, len(rows), 2000):
            await conn.execute(insert(User), rows[start : start + 2000])
    return BroadcastStore(engine, "hi")


async def _chat(emulator: Emulator, stop: asyncio.Event, latencies: list[float]) -> None:
    """A user asking a question every second while the broadcast runs."""
    while not stop.is_set():
        before = len(emulator.sent[CHATTER])
        update_id = emulator.user_sends(CHATTER, "gst ke bina bech sakte hai kya")
        try:
            replies = await emulator.wait_messages(CHATTER, before + 1, timeout=20)
            latencies.append(
                (replies[-1]["received_at"] - emulator.handed_out_at[update_id]) * 1000
            )
        except AssertionError:
            latencies.append(20_000.0)  # no answer within 20 s counts as 20 s
        await asyncio.sleep(1)


def _announcements(emulator: Emulator) -> list[dict[str, Any]]:
    return [m for chat, msgs in emulator.sent.items() if chat != CHATTER for m in msgs]


def _rate(messages: list[dict[str, Any]]) -> float:
    times = sorted(m["received_at"] for m in messages)
    return (len(times) - 1) / (times[-1] - times[0]) if len(times) > 1 else 0.0


async def measure(settings: Settings, rasa: Rasa, url: str | None, label: str) -> dict[str, Any]:
    workdir = RESULTS / f"broadcast-{label}"
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "bench.db").unlink(missing_ok=True)
    database = url or f"sqlite:///{workdir / 'bench.db'}"
    store = await _seed(settings, database)  # the bot process reuses this file or database
    broadcast = await store.create(created_by=0, audience=Audience(), texts=TEXTS)
    emulator = Emulator(enforce_limits=True)
    await emulator.start()
    # Telegram's real limit this time, and a short lease so the restart resumes quickly.
    overrides = {"broadcast": {"lease_seconds": 5}, "telegram": {"max_messages_per_second": 30}}
    first = BotProcess(settings, rasa, emulator, url, workdir, overrides=overrides)
    latencies: list[float] = []
    stop = asyncio.Event()
    first.start()
    try:
        await wait_polling(emulator)
        chatter = asyncio.create_task(_chat(emulator, stop, latencies))
        while len(_announcements(emulator)) < RECIPIENTS // 2:
            await asyncio.sleep(0.05)
        peak_first = first.memory_kb()["VmHWM"]
        os.kill(first.process.pid, signal.SIGKILL)  # type: ignore[union-attr]
        first.process.wait()  # type: ignore[union-attr]
        before_kill = list(_announcements(emulator))
        killed_at = time.time()
        second = BotProcess(settings, rasa, emulator, url, workdir, overrides=overrides)
        second.start()
        calls_before = len(emulator.calls("getUpdates"))
        while len(emulator.calls("getUpdates")) <= calls_before:
            await asyncio.sleep(0.05)
        deadline = time.monotonic() + 900
        while (b := await store.get(broadcast)) is not None and b.status != "done":
            assert time.monotonic() < deadline, "the broadcast did not finish"
            await asyncio.sleep(0.2)
        peak_second = second.memory_kb()["VmHWM"]
        stop.set()
        await chatter
        await second.stop()
    finally:
        await emulator.stop()
    after_restart = [m for m in _announcements(emulator) if m["received_at"] > killed_at]
    per_user = Counter(m["chat"]["id"] for m in _announcements(emulator))
    counts = await store.counts(broadcast)
    return {
        "database": label,
        "recipients": RECIPIENTS,
        "send_rate_per_s_before_kill": round(_rate(before_kill), 2),
        "send_rate_per_s_after_restart": round(_rate(after_restart), 2),
        "responses_429": len(emulator.limited),
        "lost": sum(1 for i in range(RECIPIENTS) if per_user[1_000_000 + i] == 0),
        "sent_twice": sum(n - 1 for n in per_user.values() if n > 1),
        "in_flight_window": settings.broadcast.in_flight,
        "stored_sent": counts.get("sent"),
        "bot_peak_rss_mb": round(max(peak_first, peak_second) / 1024, 1),
        "chatting_user_reply": summary_ms(latencies) if latencies else {},
        "chatting_user_reply_max_ms": round(max(latencies), 1) if latencies else None,
        "spec_violations": len(emulator.violations),
        "median_gap_ms": round(
            statistics.median(
                b - a
                for a, b in zip(
                    sorted(m["received_at"] for m in before_kill),
                    sorted(m["received_at"] for m in before_kill)[1:],
                    strict=False,
                )
            )
            * 1000,
            2,
        ),
    }
