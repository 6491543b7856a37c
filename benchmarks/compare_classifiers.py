"""`make bench-classifiers`: LogisticRegression against DIET on the same data, in one run.

Trains both pipelines (DIET takes minutes on 2 cores), evaluates them on the held-out file and
times /model/parse for each. The result is why rasa_project/config.yml uses LogisticRegression.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from benchmarks import latency, nlu_accuracy
from benchmarks.common import rasa_server, save, summary_ms
from bot.config import load_settings
from bot.nlu import data, server

INTENT_CLASSIFIER = "components.logistic_regression.LogisticRegressionClassifier"
DIET = {
    "name": "DIETClassifier",
    "epochs": 100,
    "random_seed": 42,
    "entity_recognition": False,
    "constrain_similarities": True,
}


def main() -> None:
    settings = load_settings(env={})
    paths = server.RasaPaths.from_settings(settings)
    shipped = yaml.safe_load((paths.project / "config.yml").read_text(encoding="utf-8"))
    texts = [ex.text for ex in data.read_examples(data.test_file(paths.project))]
    results: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        variants = {
            "logistic_regression": shipped,
            # DIET in the intent classifier's place; the question-kind head stays as shipped.
            "diet": {
                **shipped,
                "pipeline": [
                    DIET if step["name"] == INTENT_CLASSIFIER else step
                    for step in shipped["pipeline"]
                ],
            },
        }
        for name, config in variants.items():
            config_path = work / f"{name}.yml"
            config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
            started = time.perf_counter()
            model = server.train_into(paths, work, name, config=config_path, quiet=True)
            train_s = round(time.perf_counter() - started, 1)
            accuracy = nlu_accuracy.evaluate(settings, model, name=f"nlu-{name}")
            with rasa_server(settings, model) as rasa:
                asyncio.run(latency.rasa_alone(rasa, texts[:20]))  # warm up
                parse = summary_ms(asyncio.run(latency.rasa_alone(rasa, texts)))
            results[name] = {"train_seconds": train_s, "accuracy": accuracy, "parse": parse}
            print(name, json.dumps(results[name], indent=2))
    print(f"written to {save('classifiers', results)}")


if __name__ == "__main__":
    main()
