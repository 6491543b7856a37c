"""The bot as its own process: `kill -9` loses and repeats nothing, the token never reaches a
log line, and `python -m bot health` reports what it can reach. Real Rasa, real PTB."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import func, select

from bot.config import PROJECT_ROOT, Settings
from bot.db import migrate
from bot.db.engine import create_engine
from bot.db.models import InboxUpdate, Message
from tests.botapi.emulator import Emulator
from tests.conftest import RasaServer
from tests.support import RasaProxy, free_port, until

pytestmark = pytest.mark.rasa

SLOW = "dheere"  # messages with this word wait in the NLU long enough to be killed mid-way


WEBHOOK_SECRET = "webhook-secret_for-the-test"


def bot_env(
    tmp_path: Path,
    settings: Settings,
    emulator: Emulator,
    rasa_url: str,
    token: str,
    *,
    webhook_port: int | None = None,
) -> dict[str, str]:
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    config["database"]["sqlite_path"] = str(settings.database.sqlite_path)
    config["rasa"].update(url=rasa_url, timeout_seconds=10, retries=0)
    config["telegram"]["poll_timeout_seconds"] = 1
    if webhook_port is not None:
        config["telegram"]["mode"] = "webhook"
        config["telegram"]["webhook"].update(
            listen="127.0.0.1", port=webhook_port, public_url="https://saathi.example.org"
        )
    config["logging"]["level"] = "DEBUG"  # the most a log could ever show
    path = tmp_path / "bot.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    env = {
        **os.environ,
        "SAATHI_CONFIG": str(path),
        "TELEGRAM_BOT_TOKEN": emulator.token,
        "TELEGRAM_API_BASE_URL": emulator.base_url,
        "RASA_TOKEN": token,
        "TELEGRAM_WEBHOOK_SECRET": WEBHOOK_SECRET,
    }
    env.pop("DATABASE_URL", None)
    return env


def start_bot(env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "bot", "run"], env=env, cwd=PROJECT_ROOT, stderr=out
        )


async def interrupt(bot: subprocess.Popen[bytes]) -> None:
    """SIGINT, then wait without blocking the loop: the emulator must answer the bot's last
    getUpdates, which confirms the final batch, before the bot can exit."""
    bot.send_signal(signal.SIGINT)
    for _ in range(600):
        if bot.poll() is not None:
            return
        await asyncio.sleep(0.05)
    bot.kill()
    raise AssertionError("the bot did not stop within 30 s")


async def incoming_rows(settings: Settings) -> list[Any]:
    engine = create_engine(settings)
    try:
        async with engine.connect() as conn:
            query = select(Message.user_id, func.count()).where(Message.direction == "in")
            return list(await conn.execute(query.group_by(Message.user_id)))
    finally:
        await engine.dispose()


async def inbox_users(settings: Settings) -> list[int]:
    """The users whose updates are kept in the inbox, unhandled."""
    engine = create_engine(settings)
    try:
        async with engine.connect() as conn:
            payloads = (await conn.execute(select(InboxUpdate.payload))).scalars()
            return [p["message"]["from"]["id"] for p in payloads]
    finally:
        await engine.dispose()


def ask_fast_and_slow(emulator: Emulator, fast: range, slow: range) -> int:
    """One question from each user; the slow users' wait in the NLU. The first update id."""
    first = [emulator.user_sends(u, "udyam kya hai") for u in fast]
    for u in slow:
        emulator.user_sends(u, f"{SLOW} se batao udyam kya hai")
    return first[0]


async def kill_once_fast_ones_are_done(
    bot: subprocess.Popen[bytes], emulator: Emulator, settings: Settings, fast: range
) -> None:
    """SIGKILL the bot once the fast users are answered and stored (the slow ones are not)."""
    try:
        for u in fast:
            await emulator.wait_messages(u, 1, timeout=60)
        for _ in range(100):
            if len(await incoming_rows(settings)) == len(fast):
                break
            await asyncio.sleep(0.05)
        # Webhook: the answer to Telegram's POST leaves just after the turn is stored; kill
        # only once it has arrived, so that exactly the fast updates count as delivered.
        await until(
            lambda: emulator.webhook is None or len(emulator.delivered_to) >= len(fast),
            timeout=30,
            what="Telegram's 200 for the fast updates",
        )
        os.kill(bot.pid, signal.SIGKILL)
    finally:
        bot.wait()


async def restart_and_finish(
    env: dict[str, str], log: Path, emulator: Emulator, proxy: RasaProxy, slow: range
) -> subprocess.Popen[bytes]:
    """Start the bot again (the NLU fast now), wait for the slow users' answers, stop it."""
    proxy.delay_seconds = 0.2
    bot = start_bot(env, log)
    try:
        for u in slow:
            await emulator.wait_messages(u, 1, timeout=60)
        await emulator.settled(timeout=30)  # all handled: a repeated answer would be here
    finally:
        await interrupt(bot)
    return bot


async def assert_one_answer_and_turn_each(
    emulator: Emulator, settings: Settings, users: list[int]
) -> None:
    per_user = {u: len(emulator.sent[u]) for u in users}
    assert per_user == dict.fromkeys(users, 1), per_user  # none lost, none repeated
    assert sorted(await incoming_rows(settings)) == [(u, 1) for u in users]


@pytest.mark.parametrize("mode", ["polling", "webhook"])
async def test_kill_9_mid_work_loses_no_update_and_answers_none_twice(
    *,
    mode: str,
    emulator: Emulator,
    proxy: RasaProxy,
    rasa_server: RasaServer,
    settings: Settings,
    tmp_path: Path,
) -> None:
    engine = create_engine(settings)
    await migrate.run_on(engine, "upgrade")
    await engine.dispose()
    proxy.delay_marker, proxy.delay_seconds = SLOW, 8.0
    fast, slow = range(1, 6), range(6, 11)
    port = free_port() if mode == "webhook" else None
    env = bot_env(tmp_path, settings, emulator, proxy.url, rasa_server.token, webhook_port=port)
    log = tmp_path / "bot.log"
    first = 0
    if mode == "polling":
        # Queued before the bot starts, so that one getUpdates call hands out all ten.
        first = ask_fast_and_slow(emulator, fast, slow)
        bot = start_bot(env, log)
    else:
        bot = start_bot(env, log)
        for _ in range(600):  # the bot registers its webhook once it listens
            if emulator.webhook is not None:
                break
            await asyncio.sleep(0.05)
        assert emulator.webhook is not None
        assert emulator.webhook["secret_token"] == WEBHOOK_SECRET
        emulator.deliver_to([f"http://127.0.0.1:{port}/telegram"])
        ask_fast_and_slow(emulator, fast, slow)
    await kill_once_fast_ones_are_done(bot, emulator, settings, fast)
    # Telegram was told each update arrived once it was kept in the inbox (bot/tg/inbox.py):
    # the next getUpdates or the webhook's 200 came at once, and Telegram forgot the batch. The
    # slow ones, killed mid-way, are still kept for whoever starts next.
    if mode == "polling":
        assert emulator.confirmed_below > first
    else:
        assert len(emulator.delivered_to) == len(fast) + len(slow)
    assert set(await inbox_users(settings)) >= set(slow)
    bot = await restart_and_finish(env, log, emulator, proxy, slow)
    await assert_one_answer_and_turn_each(emulator, settings, [*fast, *slow])
    assert "updates kept in the inbox" in log.read_text()  # replayed after the start
    assert await inbox_users(settings) == []  # and forgotten once handled
    assert " ERROR " not in log.read_text()
    assert emulator.token.split(":")[1] not in log.read_text()  # the token never in the log
    assert bot.returncode == 0  # SIGINT: the updates in progress are finished, then it exits


async def test_the_token_never_reaches_the_log_even_when_requests_fail(
    emulator: Emulator, rasa_server: RasaServer, settings: Settings, tmp_path: Path
) -> None:
    env = bot_env(tmp_path, settings, emulator, rasa_server.url, rasa_server.token)
    log = tmp_path / "bot.log"
    emulator.server_errors_remaining = 1
    emulator.rejected.add(62)
    bot = start_bot(env, log)
    try:
        emulator.user_sends(61, "gst chahiye kya")
        emulator.user_sends(62, "gst chahiye kya")
        await emulator.wait_messages(61, 1, timeout=60)
        emulator.user_sends(61, "namaste")
        await emulator.wait_messages(61, 2, timeout=60)
    finally:
        await interrupt(bot)
    text = log.read_text()
    assert "DEBUG" in text and "Internal Server Error" in text and "rejected" in text
    assert emulator.token not in text and emulator.token.split(":")[1] not in text
    assert rasa_server.token not in text


async def test_health_reports_rasa_database_and_telegram(
    emulator: Emulator, rasa_server: RasaServer, settings: Settings, tmp_path: Path
) -> None:
    engine = create_engine(settings)
    await migrate.run_on(engine, "upgrade")
    await engine.dispose()
    env = bot_env(tmp_path, settings, emulator, rasa_server.url, rasa_server.token)

    async def health(**override: str) -> tuple[int, dict[str, Any]]:
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "bot",
            "health",
            env={**env, **override},
            cwd=PROJECT_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        out, _ = await process.communicate()
        assert emulator.token not in out.decode()
        return process.returncode or 0, json.loads(out)

    code, report = await health()
    assert code == 0 and report["healthy"], report
    assert {c["name"]: c["ok"] for c in report["checks"]} == {
        "rasa": True,
        "database": True,
        "telegram": True,
    }
    code, report = await health(RASA_TOKEN="wrong", TELEGRAM_API_BASE_URL="http://127.0.0.1:9/bot")
    assert code == 1 and not report["healthy"]
    failed = {c["name"]: c["detail"] for c in report["checks"] if not c["ok"]}
    assert set(failed) == {"rasa", "telegram"} and "401" in failed["rasa"]
