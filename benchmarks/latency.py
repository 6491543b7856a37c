"""Rasa's own /model/parse against the whole bot path, measured in one run.

The bot runs as its own process (`python -m bot run`) against the Bot API emulator, exactly as in
production but with the emulator in place of api.telegram.org. One message's bot latency runs
from the emulator handing the update to the bot (getUpdates) until both the reply has reached
the emulator (sendMessage) and the turn's rows are in the database.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import yaml
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from benchmarks.common import RESULTS, Rasa, summary_ms
from bot.config import PROJECT_ROOT, Settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine
from tests.botapi.emulator import Emulator

WARMUP = 20
CONCURRENCY = 32


async def rasa_alone(rasa: Rasa, texts: Sequence[str]) -> list[float]:
    """Sequential /model/parse round trips, in milliseconds."""
    times = []
    async with httpx.AsyncClient(base_url=rasa.url, params={"token": rasa.token}) as client:
        for message in texts:
            started = time.perf_counter()
            response = await client.post("/model/parse", json={"text": message})
            response.raise_for_status()
            times.append((time.perf_counter() - started) * 1000)
    return times


async def rasa_throughput(rasa: Rasa, texts: Sequence[str]) -> float:
    """Parses per second with CONCURRENCY clients, each waiting for its answer."""
    limits = httpx.Limits(max_connections=CONCURRENCY)
    # A generous timeout: with 32 clients on 2 shared cores a parse may queue for seconds, and
    # what is measured is the rate, not how long one waits.
    async with httpx.AsyncClient(
        base_url=rasa.url, params={"token": rasa.token}, limits=limits, timeout=60
    ) as client:

        async def worker(share: Sequence[str]) -> None:
            for message in share:
                (await client.post("/model/parse", json={"text": message})).raise_for_status()

        started = time.perf_counter()
        await asyncio.gather(*(worker(texts[i::CONCURRENCY]) for i in range(CONCURRENCY)))
        return len(texts) / (time.perf_counter() - started)


class BotProcess:
    """`python -m bot run` pointed at the emulator, the benchmark Rasa and a fresh database."""

    def __init__(
        self,
        settings: Settings,
        rasa: Rasa,
        emulator: Emulator,
        database_url: str | None,
        workdir: Path,
        overrides: dict[str, dict[str, Any]] | None = None,
    ) -> None:
        config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
        config["database"]["sqlite_path"] = str(workdir / "bench.db")
        config["rasa"]["url"] = rasa.url
        # Stopping waits for the open long poll; a short one keeps the benchmark's exit quick.
        config["telegram"]["poll_timeout_seconds"] = 2
        # Telegram lets a bot send about 30 messages/s and the bot paces itself to that. The
        # pace, not the bot, would be measured here; lifted, the run shows the bot's own cost.
        config["telegram"]["max_messages_per_second"] = 10_000
        # A handful of simulated users send hundreds of messages each, far faster than people
        # type: per-user flood control would slow exactly what is measured. A 1 s window keeps
        # the flood times stored per user as short as in production (at most 20).
        config["assistant"]["flood_max_messages"] = 1_000_000
        config["assistant"]["flood_window_seconds"] = 1
        for section, values in (overrides or {}).items():
            config[section].update(values)
        config_path = workdir / "config.yml"
        config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        self.env = {
            **os.environ,
            "SAATHI_CONFIG": str(config_path),
            "RASA_TOKEN": rasa.token,
            "TELEGRAM_BOT_TOKEN": emulator.token,
            "TELEGRAM_API_BASE_URL": emulator.base_url,
        }
        self.env.pop("DATABASE_URL", None)
        if database_url:
            self.env["DATABASE_URL"] = database_url
        self.log = workdir / "bot.log"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "bot", "run"],
                env=self.env,
                cwd=PROJECT_ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )

    def memory_kb(self) -> dict[str, int]:
        assert self.process is not None
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        return {k: int(fields[k].split()[0]) for k in ("VmRSS", "VmHWM")}

    async def stop(self) -> int:
        """SIGINT (PTB stops polling and shuts down cleanly), then wait for the exit.

        Waiting must not block the event loop: the emulator runs on it, and the bot's last
        getUpdates (which confirms the final batch) needs an answer before the bot exits.
        """
        assert self.process is not None
        self.process.send_signal(signal.SIGINT)
        deadline = time.monotonic() + 30
        while (code := self.process.poll()) is None:
            if time.monotonic() > deadline:
                self.process.kill()
                return self.process.wait()
            await asyncio.sleep(0.05)
        return code


async def _row_written(engine: AsyncEngine, message_id: int, chat_id: int) -> float:
    query = text(
        "SELECT 1 FROM messages WHERE direction = 'in' AND chat_id = :c "
        "AND telegram_message_id = :m"
    )
    while True:
        async with engine.connect() as conn:
            if (await conn.execute(query, {"c": chat_id, "m": message_id})).first():
                return time.time()
        await asyncio.sleep(0.001)


async def bot_sequential(
    emulator: Emulator, engine: AsyncEngine, texts: Sequence[str], first_user: int
) -> list[float]:
    """One message at a time: update handed out -> reply received and rows written, in ms."""
    times = []
    for i, message in enumerate(texts):
        user = first_user + i % 50
        before = len(emulator.sent[user])
        update_id = emulator.user_sends(user, message)
        written = asyncio.create_task(_row_written(engine, emulator.message_of[update_id], user))
        replies = await emulator.wait_messages(user, before + 1)
        done = max(replies[-1]["received_at"], await asyncio.wait_for(written, 10))
        times.append((done - emulator.handed_out_at[update_id]) * 1000)
    return times


async def bot_throughput(emulator: Emulator, texts: Sequence[str], first_user: int) -> float:
    """Replies per second with CONCURRENCY users chatting at once, each awaiting its reply."""

    async def user(n: int, share: Sequence[str]) -> None:
        for message in share:
            before = len(emulator.sent[n])
            emulator.user_sends(n, message)
            await emulator.wait_messages(n, before + 1, timeout=60)

    started = time.perf_counter()
    await asyncio.gather(*(user(first_user + i, texts[i::CONCURRENCY]) for i in range(CONCURRENCY)))
    return len(texts) / (time.perf_counter() - started)


def _fresh(workdir: Path) -> None:
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "bench.db").unlink(missing_ok=True)


async def stop_bot(bot: BotProcess, emulator: Emulator, engine: AsyncEngine) -> tuple[int, int]:
    """Stop the bot and the emulator; the bot's exit code and the incoming messages stored."""
    exit_code = await bot.stop()
    await emulator.stop()
    async with engine.connect() as conn:
        stored = (
            await conn.execute(text("SELECT count(*) FROM messages WHERE direction = 'in'"))
        ).scalar_one()
    await engine.dispose()
    return exit_code, int(stored)


async def start_bot(
    settings: Settings, rasa: Rasa, database_url: str | None, workdir: Path
) -> tuple[AsyncEngine, Emulator, BotProcess]:
    """A migrated empty database (SQLite in `workdir` unless a URL is given), the emulator, and
    the bot process started against both."""
    _fresh(workdir)
    engine = create_engine(settings, async_url(database_url or f"sqlite:///{workdir / 'bench.db'}"))
    await migrate.run_on(engine, "upgrade")
    emulator = Emulator()
    await emulator.start()
    bot = BotProcess(settings, rasa, emulator, database_url, workdir)
    bot.start()
    return engine, emulator, bot


async def measure(
    settings: Settings, rasa: Rasa, texts: Sequence[str], database_url: str | None, label: str
) -> dict[str, Any]:
    engine, emulator, bot = await start_bot(settings, rasa, database_url, RESULTS / f"run-{label}")
    try:
        await wait_polling(emulator)
        await bot_sequential(emulator, engine, texts[:WARMUP], 10_000)
        await rasa_alone(rasa, texts[:WARMUP])
        # Alternate blocks so that machine noise hits both sides alike.
        rasa_ms: list[float] = []
        bot_ms: list[float] = []
        for start in range(0, len(texts), 50):
            block = texts[start : start + 50]
            rasa_ms += await rasa_alone(rasa, block)
            bot_ms += await bot_sequential(emulator, engine, block, 20_000)
        many = list(texts) * 3
        rasa_rps = await rasa_throughput(rasa, many)
        bot_rps = await bot_throughput(emulator, many, 30_000)
        memory = bot.memory_kb()
    finally:
        exit_code, stored = await stop_bot(bot, emulator, engine)
    sent = 2 * WARMUP + len(texts) + len(many)
    rasa_s, bot_s = summary_ms(rasa_ms), summary_ms(bot_ms)
    return {
        "database": label,
        "rasa_parse": rasa_s,
        "bot_end_to_end": bot_s,
        "overhead_p50_ms": round(bot_s["p50_ms"] - rasa_s["p50_ms"], 2),
        "overhead_p95_ms": round(bot_s["p95_ms"] - rasa_s["p95_ms"], 2),
        "rasa_throughput_per_s": round(rasa_rps, 1),
        "bot_throughput_per_s": round(bot_rps, 1),
        "throughput_ratio": round(bot_rps / rasa_rps, 3),
        "bot_rss_mb": round(memory["VmRSS"] / 1024, 1),
        "bot_peak_rss_mb": round(memory["VmHWM"] / 1024, 1),
        "messages_stored": stored,
        "messages_sent": sent - WARMUP,  # the Rasa-only warm-up sent nothing to the bot
        "spec_violations": len(emulator.violations),
        "bot_exit_code": exit_code,
    }


async def wait_polling(emulator: Emulator, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while not emulator.calls("getUpdates"):
        if time.monotonic() > deadline:
            raise TimeoutError("the bot never started polling; see its log")
        await asyncio.sleep(0.1)
