"""`make bench`: NLU accuracy per script, then latency, throughput, memory and bursts (both DBs).

Writes benchmarks/results/latest.json and prints a summary. Ratios are what to compare between
runs: these machines are shared, so absolute milliseconds move from run to run.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import platform
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from benchmarks import (
    answers,
    broadcast,
    broadcast_scale,
    burst,
    latency,
    load,
    nlu_accuracy,
    replicas,
    staff,
)
from benchmarks.common import held_out_texts, rasa_server, save
from bot.config import load_settings
from tests.support import DEFAULT_POSTGRES, PostgresDatabases, PostgresUnavailable


async def _on_both_databases(
    settings: Any, measure: Callable[[str | None, str], Awaitable[dict[str, Any]]]
) -> list[dict[str, Any]]:
    """Run one measurement on SQLite, then on a throwaway PostgreSQL database."""
    runs = [await measure(None, "sqlite")]
    databases = PostgresDatabases(os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES), settings)
    try:
        url = await databases.new_database()
    except PostgresUnavailable as exc:
        print(f"skipping the PostgreSQL run: {exc}")
        return runs
    try:
        runs.append(await measure(url, "postgresql"))
    finally:
        await databases.close()
    return runs


def main() -> None:
    settings = load_settings(env={})
    print("NLU accuracy (rasa test nlu on rasa_project/tests/test_nlu.yml) ...")
    accuracy = nlu_accuracy.evaluate(settings)
    print(json.dumps(accuracy, indent=2))
    print("5-fold cross-validation and training cost ...")
    accuracy["cross_validation"] = nlu_accuracy.cross_validate(settings)
    accuracy["training"] = nlu_accuracy.training_cost(settings)
    print(json.dumps({k: accuracy[k] for k in ("cross_validation", "training")}, indent=2))
    texts = held_out_texts(settings)
    with rasa_server(settings) as rasa:
        accuracy["districts"] = nlu_accuracy.district_recognition(rasa)
        print("district recognition:", accuracy["districts"])
        print("Answers: does each held-out question get the answer it asks for? ...")
        answered = asyncio.run(answers.measure(settings, rasa))
        answers.print_table(answered)
        print(f"Latency and throughput over {len(texts)} held-out messages ...")
        runs = asyncio.run(
            _on_both_databases(
                settings, lambda url, label: latency.measure(settings, rasa, texts, url, label)
            )
        )
        print(f"Load: {load.USERS} users x {load.MESSAGES_EACH} messages at once ...")
        loads = asyncio.run(
            _on_both_databases(settings, partial(load.measure, settings, rasa, texts))
        )
        print(json.dumps(loads, indent=2))
        print(f"Broadcast to {broadcast.RECIPIENTS} recipients, killed and restarted halfway ...")
        broadcasts = asyncio.run(
            _on_both_databases(settings, partial(broadcast.measure, settings, rasa))
        )
        print(json.dumps(broadcasts, indent=2))
        print("Staff desk: trigger to context card, calls per relayed message ...")
        desk = asyncio.run(staff.measure(settings, rasa))
        print(json.dumps(desk, indent=2))
        print("Bursts under Telegram's limits: SQLite, PostgreSQL, two replicas ...")
        bursts = asyncio.run(burst.measure(settings, rasa, texts))
        print(json.dumps(bursts, indent=2, ensure_ascii=False))
        print("Two replicas in webhook mode on PostgreSQL, one killed halfway ...")
        several = asyncio.run(replicas.measure(settings, rasa, texts))
        print(json.dumps(several, indent=2))
    print(f"Broadcast database work for {broadcast_scale.RECIPIENTS} recipients ...")
    scale = asyncio.run(_on_both_databases(settings, partial(broadcast_scale.measure, settings)))
    print(json.dumps(scale, indent=2))
    result = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version()},
        "nlu": accuracy,
        "answers": {k: v for k, v in answered.items() if k != "misses"},
        "latency": runs,
        "load": loads,
        "broadcast": broadcasts,
        "broadcast_scale": scale,
        "staff": desk,
        "bursts": bursts,
        "replicas": several,
    }
    path = save("latest", result)
    for run in runs:
        print(json.dumps(run, indent=2))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
