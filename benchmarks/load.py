"""Load: 1,000 simulated users sending 10 messages each, all at once, through the emulator.

Every user writes, waits for the answer, writes again (as people do), and all 1,000 do so at
the same time. Measured per database: replies lost or repeated, the reply latency (update
handed out to reply received), the bot's peak RSS, errors in its log and spec violations.
The bot's send pace is lifted as in the latency benchmark: at Telegram's 30 messages a second,
10,000 replies take 333 s whatever the bot does, and the queue, not the bot, would be measured.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import RESULTS, Rasa, summary_ms
from benchmarks.latency import start_bot, stop_bot, wait_polling
from bot.config import Settings

USERS = 1_000
MESSAGES_EACH = 10
FIRST_USER = 500_000


async def measure(
    settings: Settings,
    rasa: Rasa,
    texts: Sequence[str],
    database_url: str | None,
    label: str,
) -> dict[str, Any]:
    engine, emulator, bot = await start_bot(settings, rasa, database_url, RESULTS / f"load-{label}")
    latencies: list[float] = []
    lost = 0

    async def user(n: int) -> None:
        nonlocal lost
        chat = FIRST_USER + n
        for i in range(MESSAGES_EACH):
            message = texts[(n * MESSAGES_EACH + i) % len(texts)]
            update_id = emulator.user_sends(chat, message)
            try:
                replies = await emulator.wait_messages(chat, i + 1, timeout=120)
            except AssertionError:
                lost += 1
                continue
            latencies.append(
                (replies[-1]["received_at"] - emulator.handed_out_at[update_id]) * 1000
            )

    try:
        await wait_polling(emulator)
        started = time.perf_counter()
        await asyncio.gather(*(user(n) for n in range(USERS)))
        elapsed = time.perf_counter() - started
        await asyncio.sleep(1.0)  # let the last turns reach the database
        memory = bot.memory_kb()
    finally:
        exit_code, stored = await stop_bot(bot, emulator, engine)
    replies = {u: len(emulator.sent[FIRST_USER + u]) for u in range(USERS)}
    log = bot.log.read_text(errors="replace")
    return {
        "database": label,
        "users": USERS,
        "messages": USERS * MESSAGES_EACH,
        "seconds": round(elapsed, 1),
        "replies_per_s": round(USERS * MESSAGES_EACH / elapsed, 1),
        "reply_latency": summary_ms(latencies),
        "reply_latency_max_ms": round(max(latencies), 1) if latencies else None,
        "lost_replies": lost,
        "repeated_replies": sum(max(0, n - MESSAGES_EACH) for n in replies.values()),
        "messages_stored": stored,
        "errors_in_log": log.count(" ERROR "),
        "bot_peak_rss_mb": round(memory["VmHWM"] / 1024, 1),
        "spec_violations": len(emulator.violations),
        "bot_exit_code": exit_code,
    }
