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
from tests.support import until

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
async def test_a_chat_flushing_its_queue_is_paced_and_gets_no_429(
    emulator: Emulator, bot: Bot
) -> None:
    # A phone back online sends ten queued messages at once; ten replies at once would be
    # seven 429s from the emulator's per-chat limit (a burst of 3, then one a second).
    await asyncio.gather(*(bot.send_message(5000, f"jawab {i}") for i in range(10)))
    assert emulator.limited == []
    assert [m["text"] for m in emulator.sent[5000]] == [f"jawab {i}" for i in range(10)]


@with_limits()
async def test_a_chat_waiting_for_its_budget_does_not_hold_up_other_chats(
    emulator: Emulator, bot: Bot
) -> None:
    backlog = [asyncio.create_task(bot.send_message(5100, f"jawab {i}")) for i in range(8)]
    await until(lambda: len(emulator.sent[5100]) >= 3, what="the chat's burst")
    await bot.send_message(5101, "naya")  # a newcomer, while 5100 waits for its budget
    assert len(emulator.sent[5100]) < 8, "the newcomer waited for the other chat's backlog"
    await asyncio.gather(*backlog)
    assert emulator.limited == []


@with_limits()
async def test_a_429_for_one_chat_pauses_that_chat_only_and_is_retried(
    emulator: Emulator, bot: Bot
) -> None:
    emulator.flood_remaining, emulator.flood_retry_after = 1, 1
    first = asyncio.create_task(bot.send_message(4000, "pehla"))
    await until(lambda: emulator.flood_remaining == 0, what="the 429")
    limited_at = time.time()
    await bot.send_message(4001, "doosra")  # another chat: not paused
    assert emulator.sent[4000] == [] and len(emulator.sent[4001]) == 1
    await first
    [retried] = emulator.sent[4000]
    assert retried["received_at"] >= limited_at + 1.0  # retry_after honoured for its chat


@with_limits()
async def test_429s_for_two_chats_are_the_overall_limit_and_pause_everyone(
    emulator: Emulator, bot: Bot
) -> None:
    emulator.flood_remaining, emulator.flood_retry_after = 2, 1
    both = asyncio.gather(bot.send_message(4100, "ek"), bot.send_message(4101, "do"))
    await until(lambda: emulator.flood_remaining == 0, what="two 429s")
    limited_at = time.time()
    await bot.send_message(4102, "teen")  # a third chat waits out the pause too
    await both
    assert emulator.sent[4102][0]["received_at"] >= limited_at + 0.9
    assert all(len(emulator.sent[c]) == 1 for c in (4100, 4101, 4102))


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
