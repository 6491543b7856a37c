"""Helpers shared by the benchmarks: a Rasa server for the run, percentiles, result files."""

from __future__ import annotations

import json
import secrets
import statistics
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bot.config import PROJECT_ROOT, Settings
from bot.nlu import data, server
from tests.support import free_port

RESULTS = PROJECT_ROOT / "benchmarks" / "results"


@dataclass(frozen=True)
class Rasa:
    url: str
    token: str
    pid: int


@contextmanager
def rasa_server(settings: Settings, model: Path | None = None) -> Iterator[Rasa]:
    """Start the trained model (or `model`) on a free port for the benchmark, stop it after."""
    paths = server.RasaPaths.from_settings(settings)
    if model is not None:
        paths = server.RasaPaths(paths.project, paths.venv, model.parent, paths.var)
    port, token = free_port(), secrets.token_urlsafe(16)
    RESULTS.mkdir(parents=True, exist_ok=True)
    process = server.start(
        paths, "127.0.0.1", port, token, log_file=RESULTS / "rasa.log", model=model
    )
    url = f"http://127.0.0.1:{port}"
    try:
        server.wait_ready(url, token, settings.rasa.startup_timeout_seconds, process.pid)
        yield Rasa(url, token, process.pid)
    finally:
        server.stop(process.pid)
        process.wait()


def percentile(values: Sequence[float], q: float) -> float:
    """The q-th percentile (0-100), interpolated; what the README reports as p50/p95."""
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[round(q) - 1]


def summary_ms(values: Sequence[float]) -> dict[str, float]:
    return {
        "n": len(values),
        "p50_ms": round(percentile(values, 50), 2),
        "p95_ms": round(percentile(values, 95), 2),
        "mean_ms": round(statistics.fmean(values), 2),
    }


def save(name: str, result: dict[str, Any]) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def held_out_texts(settings: Settings) -> list[str]:
    project = settings.path(settings.rasa.project_dir)
    return [ex.text for ex in data.read_examples(data.test_file(project))]
