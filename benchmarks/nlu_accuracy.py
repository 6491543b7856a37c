"""`rasa test nlu` on the held-out file, with intent accuracy per script."""

from __future__ import annotations

import json
import os
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from benchmarks.common import RESULTS
from bot.config import Settings
from bot.nlu import data, server


def evaluate(settings: Settings, model: Path | None = None, name: str = "nlu") -> dict[str, Any]:
    """Run Rasa's own evaluation and split its result by the script label of each example."""
    paths = server.RasaPaths.from_settings(settings)
    model = model or server.train(paths)
    out = RESULTS / name
    subprocess.run(
        [
            str(paths.rasa),
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
        ],
        cwd=paths.project,
        env={**os.environ, **server.RASA_ENV},
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    examples = list(data.read_examples(data.test_file(paths.project)))
    script_of = {ex.text: ex.script or "?" for ex in examples}
    errors = json.loads((out / "intent_errors.json").read_text(encoding="utf-8"))
    successes = json.loads((out / "intent_successes.json").read_text(encoding="utf-8"))
    total = Counter(script_of[ex.text] for ex in examples)
    wrong = Counter(script_of.get(e["text"].strip(), "?") for e in errors)
    # Wrong answers the bot would give outright (not turned into a "did you mean" question).
    threshold = settings.assistant.confidence_threshold
    confident_wrong = sum(1 for e in errors if e["intent_prediction"]["confidence"] >= threshold)
    report = json.loads((out / "intent_report.json").read_text(encoding="utf-8"))
    return {
        "model": model.name,
        "examples": len(examples),
        "accuracy": round(report["accuracy"], 4),
        "macro_f1": round(report["macro avg"]["f1-score"], 4),
        "by_script": {
            script: {"n": n, "accuracy": round(1 - wrong[script] / n, 4)}
            for script, n in sorted(total.items())
        },
        "confident_wrong": confident_wrong,
        "checked": len(errors) + len(successes),
    }
