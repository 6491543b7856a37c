"""The bot's rate limiter against the emulator's strict limits (a real ExtBot over HTTP)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from telegram.ext import ExtBot

from bot.config import load_settings
from bot.tg.app import rate_limiter
from bot.tg.pacing import LOW_PRIORITY
from tests.botapi.emulator import Emulator, Limits, with_limits

Bot = ExtBot[dict[str, Any]]

TELEGRAM = load_settings(env={}).telegram


@pytest.fixture
async def bot(emulator: Emulator) -> AsyncIterator[Bot]:
    ext: Bot = ExtBot(
        emulator.token,
        base_url=emulator.base_url,
        rate_limiter=rate_limiter(TELEGRAM),
    )
    async with ext:
        yield ext


@with_limits()
async def test_a_burst_of_200_sends_gets_no_429(emulator: Emulator, bot: Bot) -> None:
    # The default AIORateLimiter let 35 of these through to a 429 on the same emulator.
    started = time.monotonic()
    await asyncio.gather(*(bot.send_message(1000 + i, f"camp {i}") for i in range(200)))
    elapsed = time.monotonic() - started
    assert emulator.limited == []
    assert sum(len(emulator.sent[1000 + i]) for i in range(200)) == 200
    assert elapsed < 200 / 25, "paced far below the limit"


@with_limits()
async def test_a_reply_overtakes_queued_announcements(emulator: Emulator, bot: Bot) -> None:
    announcements = [
        asyncio.create_task(bot.send_message(2000 + i, "mela", rate_limit_args=LOW_PRIORITY))
        for i in range(90)
    ]
    while len(emulator.calls("sendMessage")) < 10:  # the announcements are going out
        await asyncio.sleep(0.01)
    started = time.monotonic()
    await bot.send_message(3000, "jawab")
    reply_took = time.monotonic() - started
    await asyncio.gather(*announcements)
    assert reply_took < 0.3, f"the reply waited {reply_took:.2f} s behind announcements"
    assert emulator.limited == []
    assert sum(len(emulator.sent[2000 + i]) for i in range(90)) == 90


@with_limits()
async def test_a_429_pauses_everyone_and_the_message_is_retried(
    emulator: Emulator, bot: Bot
) -> None:
    emulator.flood_remaining, emulator.flood_retry_after = 1, 1
    started = time.monotonic()
    await asyncio.gather(bot.send_message(4000, "pehla"), bot.send_message(4001, "doosra"))
    assert time.monotonic() - started >= 1.0
    assert len(emulator.sent[4000]) == 1 and len(emulator.sent[4001]) == 1


@with_limits(Limits(enforce=True, group_limit=4, group_window=2.0))
async def test_messages_to_a_group_keep_to_the_group_limit(emulator: Emulator) -> None:
    # The staff group's 20-a-minute limit, scaled down to 4 in 2 s to keep the test short.
    tg = TELEGRAM.model_copy(
        update={"max_group_messages_per_minute": 4, "group_window_seconds": 2.0}
    )
    group = -100777
    async with ExtBot(
        emulator.token, base_url=emulator.base_url, rate_limiter=rate_limiter(tg)
    ) as b:
        started = time.monotonic()
        await asyncio.gather(*(b.send_message(group, f"card {i}") for i in range(8)))
        elapsed = time.monotonic() - started
    assert emulator.limited == []
    assert len(emulator.sent[group]) == 8
    assert elapsed >= 7 * 2.0 / 3 - 0.1  # one every window/(limit - 1) seconds
