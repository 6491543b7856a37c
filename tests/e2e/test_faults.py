"""Faults: the database away (SQLite locked, PostgreSQL restarted) and Telegram failing (5xx,
timeouts, 400). Messages are never lost and the bot recovers on its own."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from collections.abc import AsyncIterator

import pytest
from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.console import CollectingOutbox
from bot.core.assistant import Assistant
from bot.db import migrate
from bot.db.engine import async_url, create_engine
from bot.db.models import Message
from bot.records.events import Sender, TextMessage
from bot.records.replies import Reply
from tests.botapi.emulator import Emulator
from tests.fakes import DEFAULT_RULES, FakeNlu, assistant_for
from tests.harness import bot_settings, running_bot
from tests.support import TcpProxy, until

USER = Sender(31, 31, "Asha")


def with_retry(settings: Settings, retry_seconds: float, busy_timeout: float = 0.05) -> Settings:
    database = settings.database.model_copy(
        update={"retry_seconds": retry_seconds, "sqlite_busy_timeout_seconds": busy_timeout}
    )
    return settings.model_copy(update={"database": database})


async def ask(assistant: Assistant, text: str) -> list[Reply]:
    outbox = CollectingOutbox()
    await assistant.handle(TextMessage(USER, text), outbox)
    return outbox.replies


async def stored(engine: AsyncEngine) -> list[str]:
    async with engine.connect() as conn:
        query = select(Message.text).where(Message.direction == "in").order_by(Message.id)
        return list((await conn.execute(query)).scalars())


async def eventually_stored(engine: AsyncEngine, count: int, timeout: float = 15) -> list[str]:
    for _ in range(int(timeout / 0.1)):
        texts = await stored(engine)
        if len(texts) >= count:
            return texts
        await asyncio.sleep(0.1)
    raise AssertionError(f"only {await stored(engine)} stored")


# -- SQLite locked ---------------------------------------------------------------------------


@pytest.fixture
async def sqlite_engine(settings: Settings) -> AsyncIterator[tuple[AsyncEngine, str]]:
    engine = create_engine(with_retry(settings, 1.0))
    await migrate.run_on(engine, "upgrade")
    yield engine, str(settings.database.sqlite_path)
    await engine.dispose()


async def hold_write_lock(path: str, seconds: float) -> None:
    """Another program writing to the file: it holds SQLite's write lock for `seconds`."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        await asyncio.sleep(seconds)
    finally:
        other.execute("COMMIT")
        other.close()


async def ask_while_locked(
    sqlite: tuple[AsyncEngine, str], settings: Settings, retry: float, lock: float, text: str
) -> tuple[Reply, asyncio.Task[None]]:
    """Ask while another program holds the write lock for `lock` seconds."""
    engine, path = sqlite
    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, with_retry(settings, retry))
    locker = asyncio.create_task(hold_write_lock(path, lock))
    await asyncio.sleep(0)  # the locker takes the lock before its first await
    [reply] = await ask(assistant, text)
    return reply, locker


async def test_sqlite_locked_briefly_retries_and_loses_nothing(
    sqlite_engine: tuple[AsyncEngine, str], settings: Settings
) -> None:
    reply, locker = await ask_while_locked(sqlite_engine, settings, 2.0, 0.6, "gst chahiye kya")
    await locker
    assert reply.intent == "gst_requirement"
    # Written once the lock was gone.
    assert await stored(sqlite_engine[0]) == ["gst chahiye kya"]


async def test_sqlite_locked_longer_than_the_retries_keeps_the_turn_until_it_can_write(
    sqlite_engine: tuple[AsyncEngine, str], settings: Settings
) -> None:
    engine = sqlite_engine[0]
    reply, locker = await ask_while_locked(sqlite_engine, settings, 0.3, 1.5, "udyam kya hai")
    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, with_retry(settings, 0.3))
    assert reply.intent == "udyam_registration"  # reading still works in WAL mode
    assert await stored(engine) == []
    await locker
    assert await eventually_stored(engine, 1) == ["udyam kya hai"]
    [again] = await ask(assistant, "gst chahiye kya")  # recovered without a restart
    assert again.intent == "gst_requirement"
    assert await eventually_stored(engine, 2) == ["udyam kya hai", "gst chahiye kya"]


# -- PostgreSQL restarted --------------------------------------------------------------------


@pytest.fixture
async def pg_behind_proxy(
    postgres_url: str, settings: Settings
) -> AsyncIterator[tuple[AsyncEngine, TcpProxy]]:
    url = make_url(postgres_url)
    proxy = TcpProxy(url.host or "127.0.0.1", url.port or 5432)
    await proxy.up()
    proxied = async_url(
        url.set(host="127.0.0.1", port=proxy.port).render_as_string(hide_password=False)
    )
    engine = create_engine(settings, proxied)
    await migrate.run_on(engine, "upgrade")
    yield engine, proxy
    await engine.dispose()
    await proxy.down()


@pytest.mark.postgres
async def test_postgresql_restart_during_a_message_is_retried(
    pg_behind_proxy: tuple[AsyncEngine, TcpProxy], settings: Settings
) -> None:
    engine, proxy = pg_behind_proxy
    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, with_retry(settings, 4.0))
    await ask(assistant, "namaste")
    await proxy.down()  # every pooled connection is cut, new ones are refused

    async def restart() -> None:
        await asyncio.sleep(1.0)
        await proxy.up()

    back = asyncio.create_task(restart())
    [reply] = await ask(assistant, "gst chahiye kya")
    await back
    assert reply.intent == "gst_requirement"
    assert await eventually_stored(engine, 2) == ["namaste", "gst chahiye kya"]


@pytest.mark.postgres
async def test_postgresql_down_longer_gets_a_try_again_reply_and_the_message_is_kept(
    pg_behind_proxy: tuple[AsyncEngine, TcpProxy], settings: Settings
) -> None:
    engine, proxy = pg_behind_proxy
    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, with_retry(settings, 0.5))
    await ask(assistant, "namaste")
    await proxy.down()
    [reply] = await ask(assistant, "gst ke bina bech sakte hai kya")
    assert reply.language == "hi_Latn" and "phir" in reply.text.lower()  # "try again" in Hinglish
    await asyncio.sleep(0.5)
    await proxy.up()
    texts = await eventually_stored(engine, 2)
    assert texts == ["namaste", "gst ke bina bech sakte hai kya"]
    [answer] = await ask(assistant, "gst chahiye kya")
    assert answer.intent == "gst_requirement"
    async with engine.connect() as conn:
        replies = await conn.execute(
            select(func.count()).select_from(Message).where(Message.direction == "out")
        )
        assert replies.scalar_one() == 3  # the "try again" reply is in the log too


# -- Telegram failing ------------------------------------------------------------------------


def flaky_settings(settings: Settings, emulator: Emulator) -> Settings:
    telegram = settings.telegram.model_copy(
        update={"max_retries_on_error": 2, "request_timeout_seconds": 0.5}
    )
    return bot_settings(settings.model_copy(update={"telegram": telegram}), emulator)


async def test_telegram_5xx_and_timeouts_are_retried_with_backoff(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    async with running_bot(flaky_settings(settings, emulator), engine=engine, nlu=FakeNlu()):
        emulator.server_errors_remaining = 2
        emulator.user_sends(41, "namaste")
        [reply] = await emulator.wait_messages(41, 1, timeout=10)
        attempts = [r for r in emulator.calls("sendMessage") if r.params["chat_id"] == 41]
        assert [r.status for r in attempts] == [500, 500, 200]
        assert attempts[2].at - attempts[1].at >= 0.9  # the second pause is longer (1 s)
        assert attempts[1].at - attempts[0].at >= 0.45
        emulator.hang_remaining, emulator.hang_seconds = 1, 1.5
        emulator.user_sends(42, "namaste")
        await emulator.wait_messages(42, 1, timeout=10)

        def to_42() -> list[int]:  # the emulator records the hung call when it finally ends
            return [r.status for r in emulator.calls("sendMessage") if r.params["chat_id"] == 42]

        await until(lambda: len(to_42()) == 2, what="the hung call's end")
        calls = to_42()
        assert sorted(calls) == [200, 504]  # timed out once, then sent
        # Three failures in a row: given up, logged as failed, and the bot goes on.
        emulator.server_errors_remaining = 3
        emulator.user_sends(43, "namaste")
        emulator.user_sends(44, "namaste")
        await emulator.wait_messages(44, 1, timeout=10)
    assert reply["text"]


async def test_telegram_400_is_logged_with_the_request_and_not_retried(
    emulator: Emulator, settings: Settings, engine: AsyncEngine, caplog: pytest.LogCaptureFixture
) -> None:
    emulator.rejected.add(51)
    with caplog.at_level(logging.ERROR, logger="bot.tg.outbox"):
        async with running_bot(flaky_settings(settings, emulator), engine=engine, nlu=FakeNlu()):
            emulator.user_sends(51, "namaste")
            emulator.user_sends(52, "namaste")
            await emulator.wait_messages(52, 1, timeout=10)
            for _ in range(50):
                if any(r.params["chat_id"] == 51 for r in emulator.calls("sendMessage")):
                    break
                await asyncio.sleep(0.05)
    assert [r.status for r in emulator.calls("sendMessage") if r.params["chat_id"] == 51] == [400]
    [record] = [r for r in caplog.records if "rejected" in r.getMessage()]
    assert "51" in record.getMessage() and "chat not found" in record.getMessage().lower()
    async with engine.connect() as conn:
        query = select(Message.delivery).where(Message.user_id == 51, Message.direction == "out")
        assert (await conn.execute(query)).scalar_one() == "failed"
