"""Several replicas: what `cluster.enabled` costs, and a replica killed under load.

Webhook mode on PostgreSQL, the emulator pushing updates to the bot processes in turn (as
Telegram behind a balancer would). Two set-ups, each on a fresh database, in one run:

1. one bot process, `cluster.enabled: false` (the single-process deployment);
2. two bot processes, `cluster.enabled: true` (each chat leased, the send pace shared).

For both: the latency of messages sent one at a time (update handed out until the reply has
arrived and its rows are stored) and replies per second with 32 chats at once. The send pace
is lifted as in the latency benchmark; with the cluster on, every send still reserves its slot
in the database, so that cost is in the figures. Then, with two replicas, users chat while one
replica is killed with SIGKILL halfway and started again: replies lost and repeated.

Run on its own with `python -m benchmarks.replicas` (it starts its own Rasa server).
"""

from __future__ import annotations

import asyncio
import json
import os
import socket
import time
from collections.abc import Sequence
from typing import Any

from benchmarks.common import RESULTS, Rasa, held_out_texts, rasa_server, save, summary_ms
from benchmarks.latency import CONCURRENCY, WARMUP, BotProcess, bot_sequential, bot_throughput
from bot.config import Settings, load_settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine
from tests.botapi.emulator import Emulator
from tests.support import DEFAULT_POSTGRES, PostgresDatabases, free_port, until

SEQUENTIAL = 300  # messages one at a time
SECRET = "benchmark-webhook-secret"
CHATTERS = 200  # users chatting while a replica is killed
MESSAGES_EACH = 5


def _wait_listening(port: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), 0.2).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise TimeoutError(f"no bot listening on port {port}; see its log") from None
            time.sleep(0.05)


async def start_replica(
    bot: BotProcess, port: int, emulator: Emulator, timeout: float = 60
) -> None:
    """Start a replica; return once it listens and has registered its webhook (it calls
    setWebhook only after its server is up, so listening alone is not enough)."""
    calls = len(emulator.calls("setWebhook"))
    bot.start()
    await asyncio.to_thread(_wait_listening, port)
    await until(lambda: len(emulator.calls("setWebhook")) > calls, timeout, what="setWebhook")


async def _chat_while_killing(
    emulator: Emulator, bots: list[BotProcess], ports: list[int]
) -> dict[str, Any]:
    """CHATTERS users each send MESSAGES_EACH messages, awaiting each answer; halfway through,
    replica 0 is killed with SIGKILL and started again."""
    total = CHATTERS * MESSAGES_EACH
    answered = 0
    lost = 0
    first_user = 40_000

    async def user(n: int) -> None:
        nonlocal answered, lost
        chat = first_user + n
        for i in range(MESSAGES_EACH):
            emulator.user_sends(chat, "udyam registration kaise kare")
            try:
                await emulator.wait_messages(chat, i + 1, timeout=90)
                answered += 1
            except AssertionError:
                lost += 1

    async def killer() -> float:
        while answered < total // 2:
            await asyncio.sleep(0.01)
        victim = bots[0].process
        assert victim is not None
        victim.kill()
        await asyncio.to_thread(victim.wait)
        killed_at = time.perf_counter()
        await start_replica(bots[0], ports[0], emulator)
        return time.perf_counter() - killed_at

    started = time.perf_counter()
    _, back_after = await asyncio.gather(
        asyncio.gather(*(user(n) for n in range(CHATTERS))), killer()
    )
    elapsed = time.perf_counter() - started
    await asyncio.sleep(1.0)  # time for a repeated answer to show up
    repeated = sum(
        max(0, len(emulator.sent[first_user + n]) - MESSAGES_EACH) for n in range(CHATTERS)
    )
    return {
        "users": CHATTERS,
        "messages": total,
        "seconds": round(elapsed, 1),
        "lost_replies": lost,
        "repeated_replies": repeated,
        "replica_back_after_s": round(back_after, 1),
    }


async def _setup(
    settings: Settings, rasa: Rasa, texts: Sequence[str], database_url: str, replicas: int
) -> dict[str, Any]:
    label = f"{replicas}-replica{'s' if replicas > 1 else ''}"
    engine = create_engine(settings, async_url(database_url))
    await migrate.run_on(engine, "upgrade")
    emulator = Emulator()
    await emulator.start()
    ports = [free_port() for _ in range(replicas)]
    bots = []
    for i, port in enumerate(ports):
        workdir = RESULTS / f"replicas-{label}-{i}"
        workdir.mkdir(parents=True, exist_ok=True)
        webhook = {
            "listen": "127.0.0.1",
            "port": port,
            "path": "telegram",
            "public_url": "https://saathi.example.org",
        }
        bot = BotProcess(
            settings,
            rasa,
            emulator,
            database_url,
            workdir,
            overrides={
                "telegram": {"mode": "webhook", "webhook": webhook},
                "cluster": {"enabled": replicas > 1},
            },
        )
        bot.env["TELEGRAM_WEBHOOK_SECRET"] = SECRET
        bots.append(bot)
    try:
        for bot, port in zip(bots, ports, strict=True):
            await start_replica(bot, port, emulator)
        emulator.deliver_to([f"http://127.0.0.1:{port}/telegram" for port in ports])
        await bot_sequential(emulator, engine, texts[:WARMUP], 10_000)
        sequential = summary_ms(await bot_sequential(emulator, engine, texts[:SEQUENTIAL], 20_000))
        throughput = await bot_throughput(emulator, texts, 30_000)
        memory = [bot.memory_kb() for bot in bots]
        killed = await _chat_while_killing(emulator, bots, ports) if replicas > 1 else None
    finally:
        codes = [await bot.stop() for bot in bots]
        await emulator.stop()
        await engine.dispose()
    return {
        "setup": label,
        "cluster": replicas > 1,
        "sequential": sequential,
        "throughput_per_s": round(throughput, 1),
        "peak_rss_mb": [round(m["VmHWM"] / 1024, 1) for m in memory],
        "killed_halfway": killed,
        "spec_violations": len(emulator.violations),
        "exit_codes": codes,
        "errors_in_logs": sum(b.log.read_text(errors="replace").count(" ERROR ") for b in bots),
    }


async def measure(settings: Settings, rasa: Rasa, texts: Sequence[str]) -> dict[str, Any]:
    databases = PostgresDatabases(os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES), settings)
    try:
        one = await _setup(settings, rasa, texts, await databases.new_database(), 1)
        two = await _setup(settings, rasa, texts, await databases.new_database(), 2)
    finally:
        await databases.close()
    return {
        "messages_sequential": SEQUENTIAL,
        "messages_concurrent": len(texts),
        "chats_concurrent": CONCURRENCY,
        "one_process": one,
        "two_replicas": two,
        "cluster_overhead_p50_ms": round(
            two["sequential"]["p50_ms"] - one["sequential"]["p50_ms"], 2
        ),
        "cluster_overhead_p95_ms": round(
            two["sequential"]["p95_ms"] - one["sequential"]["p95_ms"], 2
        ),
        "throughput_ratio_two_over_one": round(
            two["throughput_per_s"] / one["throughput_per_s"], 3
        ),
    }


def main() -> None:
    settings = load_settings(env={})
    with rasa_server(settings) as rasa:
        result = asyncio.run(measure(settings, rasa, held_out_texts(settings)))
    print(json.dumps(result, indent=2))
    print("written to", save("replicas", result))


if __name__ == "__main__":
    main()
