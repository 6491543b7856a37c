"""NLU quality: `rasa test nlu` on the held-out file per script, 5-fold cross-validation,
training time and model size, and district recognition through the running server."""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import httpx

from benchmarks.common import RESULTS, Rasa
from bot.config import Settings
from bot.knowledge import districts
from bot.nlu import data, server
from bot.text.script import normalize


def _rasa(paths: server.RasaPaths, *args: str) -> None:
    subprocess.run(
        [str(paths.rasa), *args],
        cwd=paths.project,
        env={**os.environ, **server.RASA_ENV},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _macro_f1(pairs: list[tuple[str, str]]) -> float:
    """Macro-averaged F1 over the true intents of (true, predicted) pairs."""
    intents = {t for t, _ in pairs}
    scores = []
    for intent in intents:
        tp = sum(1 for t, p in pairs if t == p == intent)
        fp = sum(1 for t, p in pairs if p == intent and t != intent)
        fn = sum(1 for t, p in pairs if t == intent and p != intent)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def evaluate(settings: Settings, model: Path | None = None, name: str = "nlu") -> dict[str, Any]:
    """Run Rasa's own evaluation and split its result by the script label of each example."""
    paths = server.RasaPaths.from_settings(settings)
    model = model or server.train(paths)
    out = RESULTS / name
    _rasa(
        paths,
        "test",
        "nlu",
        "--nlu",
        "tests/test_nlu.yml",
        "--model",
        str(model),
        "--out",
        str(out),
        "--no-plot",
        "--successes",
    )
    examples = list(data.read_examples(data.test_file(paths.project)))
    script_of = {ex.text: ex.script or "?" for ex in examples}
    predictions = [
        (
            script_of.get(item["text"].strip(), "?"),
            item["intent"],
            item["intent_prediction"]["name"],
        )
        for file in ("intent_errors.json", "intent_successes.json")
        for item in json.loads((out / file).read_text(encoding="utf-8"))
    ]
    by_script: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for script, true, predicted in predictions:
        by_script[script].append((true, predicted))
    threshold = settings.assistant.confidence_threshold
    errors = json.loads((out / "intent_errors.json").read_text(encoding="utf-8"))
    report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    return {
        "model": model.name,
        "examples": len(examples),
        "accuracy": round(report["accuracy"], 4),
        "macro_f1": round(report["macro avg"]["f1-score"], 4),
        "out_of_scope_recall": round(report.get("out_of_scope", {}).get("recall", 0.0), 4),
        "by_script": {
            script: {
                "n": len(pairs),
                "accuracy": round(sum(t == p for t, p in pairs) / len(pairs), 4),
                "macro_f1": round(_macro_f1(pairs), 4),
            }
            for script, pairs in sorted(by_script.items())
        },
        # Wrong answers the bot would give outright (not turned into a "did you mean" question).
        "confident_wrong": sum(
            1 for e in errors if e["intent_prediction"]["confidence"] >= threshold
        ),
        "top_confusions": Counter(
            f"{e['intent']} -> {e['intent_prediction']['name']}" for e in errors
        ).most_common(8),
    }


def cross_validate(settings: Settings, folds: int = 5) -> dict[str, Any]:
    """`rasa test nlu --cross-validation` over the training data."""
    paths = server.RasaPaths.from_settings(settings)
    out = RESULTS / "nlu-cross-validation"
    _rasa(
        paths,
        "test",
        "nlu",
        "--nlu",
        "data",
        "--config",
        "config.yml",
        "--cross-validation",
        "--folds",
        str(folds),
        "--out",
        str(out),
        "--no-plot",
    )
    report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    return {
        "folds": folds,
        "accuracy": round(report["accuracy"], 4),
        "macro_f1": round(report["macro avg"]["f1-score"], 4),
    }


def training_cost(settings: Settings) -> dict[str, Any]:
    """Train from scratch into a throwaway folder: seconds and model size."""
    paths = server.RasaPaths.from_settings(settings)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        model = server.train_into(paths, Path(tmp), "bench", quiet=True)
        seconds = time.perf_counter() - started
        size = model.stat().st_size
    return {"train_seconds": round(seconds, 1), "model_mb": round(size / 1e6, 2)}


def district_recognition(rasa: Rasa) -> dict[str, Any]:
    """Every district name and alias in a sentence of its own script, through /model/parse."""
    found: Counter[str] = Counter()
    total: Counter[str] = Counter()
    with httpx.Client(base_url=rasa.url, params={"token": rasa.token}) as client:
        for district, spelling in districts.iter_spellings():
            devanagari = any("\u0900" <= ch <= "\u097f" for ch in spelling)
            kind = "devanagari" if devanagari else "latin"
            kind = "alias_" + kind if spelling not in (district.name, district.name_hi) else kind
            sentence = (
                f"{spelling} का ओडीओपी उत्पाद क्या है"
                if devanagari
                else f"what is the odop product of {spelling}"
            )
            body = client.post("/model/parse", json={"text": normalize(sentence)}).json()
            values = {e["value"] for e in body["entities"] if e["entity"] == "district"}
            total[kind] += 1
            found[kind] += values == {district.name}
    return {kind: f"{found[kind]}/{total[kind]}" for kind in sorted(total)}
