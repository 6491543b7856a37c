"""Answer-level accuracy: does the reply answer the question that was asked?

Every held-out question of rasa_project/tests/test_nlu.yml that expects an answer (knowledge
topics, their sub-questions, district questions, follow-ups, out of scope) goes through the real
Assistant with the real Rasa server, as a new user each (a follow-up first taps the topic it
follows). The reply is then one of:
- right: the answer the line is labelled with (`udyam_registration/cost`, or the topic's
  default answer), or "declined" for an out-of-scope line;
- wrong: some other answer, given without asking (a confident wrong answer);
- clarified: "did you mean" with buttons (`right_offered` counts those offering the right topic);
- declined: the out-of-scope line, for an in-scope question;
- other: no match, a person, a district question...

`python -m benchmarks.answers` prints the table per script and writes results/answers.json.
"""

from __future__ import annotations

import asyncio
import json
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from benchmarks.common import Rasa, rasa_server, save
from bot import callbacks
from bot.callbacks import Kind
from bot.config import Settings, load_settings
from bot.console import CollectingOutbox
from bot.db import migrate
from bot.db.engine import async_url, create_engine
from bot.knowledge import BY_INTENT, TopicKind
from bot.nlu import data
from bot.nlu.client import RasaNlu
from bot.records.events import ButtonPress, Sender, TextMessage
from bot.records.replies import Reply
from bot.text.asks import read_ask
from tests.fakes import assistant_for

# Intents whose reply is not an answer to measure here (greetings, yes/no, the profile).
ANSWERED_KINDS = (TopicKind.KNOWLEDGE, TopicKind.OUT_OF_SCOPE)
ANSWERED_ACTIONS = ("district_product", "follow_up")


def bank(settings: Settings) -> list[data.Example]:
    project = settings.path(settings.rasa.project_dir)
    return [
        ex
        for ex in data.read_examples(data.test_file(project))
        if ex.intent in BY_INTENT
        and (BY_INTENT[ex.intent].kind in ANSWERED_KINDS or ex.intent in ANSWERED_ACTIONS)
        and (ex.intent != "follow_up" or ex.after)
    ]


def outcome(example: data.Example, reply: Reply) -> str:
    key = reply.answer or reply.intent
    if example.intent == "out_of_scope":
        return "right" if key == "out_of_scope" else ("wrong" if reply.answer else "other")
    if key == example.expected:
        return "right"
    if reply.answer or key == "district_product":
        return "wrong"
    if key == "out_of_scope":
        return "declined"
    topics = [callbacks.parse(b.callback) for row in reply.buttons for b in row if b.callback]
    if any(c is not None and c.kind is Kind.TOPIC for c in topics):
        return "clarified"
    return "other"


def offered(example: data.Example, reply: Reply) -> bool:
    topic = example.expected.split("/")[0]
    return any(b.callback == callbacks.make(Kind.TOPIC, topic) for r in reply.buttons for b in r)


async def measure(settings: Settings, rasa: Rasa) -> dict[str, Any]:
    examples = bank(settings)
    with tempfile.TemporaryDirectory() as workdir:
        engine = create_engine(settings, async_url(f"sqlite:///{Path(workdir) / 'answers.db'}"))
        await migrate.run_on(engine, "upgrade")
        nlu = RasaNlu(rasa.url, rasa.token, 30, 1)
        assistant = assistant_for(nlu, engine, settings)
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        misses: list[dict[str, str]] = []
        try:
            for number, ex in enumerate(examples):
                sender = Sender(10_000_000 + number, 10_000_000 + number, "Bench")
                if ex.after:
                    data_ = callbacks.make(Kind.TOPIC, ex.after)
                    await assistant.handle(ButtonPress(sender, data_), CollectingOutbox())
                outbox = CollectingOutbox()
                await assistant.handle(TextMessage(sender, ex.text), outbox)
                reply = outbox.replies[0]
                result = outcome(ex, reply)
                script = ex.script or "?"
                counts[script][result] += 1
                # right without an answer text of a topic: an out-of-scope line declined
                counts[script]["right_not_answer"] += result == "right" and not reply.answer
                counts[script]["n"] += 1
                if ex.intent == "out_of_scope":
                    counts[script]["oos_n"] += 1
                    counts[script]["oos_declined"] += result == "right"
                if result == "clarified" and offered(ex, reply):
                    counts[script]["right_offered"] += 1
                # The same reply with the kind of question read from cue words alone (the
                # mechanism before the question-kind classifier), measured on the same run.
                if reply.answer and (topic := BY_INTENT.get(reply.answer.split("/")[0])):
                    cue_key = topic.answer_key(read_ask(ex.text))
                    counts[script]["cue_right"] += cue_key == ex.expected
                    counts[script]["cue_wrong"] += cue_key != ex.expected
                # The mechanism before both: one fixed answer per topic, whatever was asked.
                counts[script]["right_topic"] += reply.intent == ex.expected.split("/")[0]
                counts[script]["topic_only_right"] += (
                    reply.intent == ex.intent and ex.expected == ex.intent
                ) or (ex.intent == "out_of_scope" and result == "right")
                if result != "right":
                    misses.append(
                        {
                            "script": script,
                            "text": ex.text,
                            "expected": ex.expected,
                            "got": reply.answer or reply.intent or "",
                            "outcome": result,
                        }
                    )
        finally:
            await nlu.aclose()
            await engine.dispose()
    table = {script: _rates(c) for script, c in sorted(counts.items())}
    table["all"] = _rates(sum(counts.values(), Counter()))
    return {"per_script": table, "read_ask_us": _ask_time(examples), "misses": misses}


def _ask_time(examples: list[data.Example]) -> float:
    """Microseconds to read the kind of question, per message (the cue table's whole cost)."""
    started = time.perf_counter()
    for ex in examples:
        read_ask(ex.text)
    return round((time.perf_counter() - started) * 1e6 / len(examples), 1)


def _rates(c: Counter[str]) -> dict[str, float | int]:
    n = c["n"] or 1
    in_scope = (c["n"] - c["oos_n"]) or 1
    return {
        "n": c["n"],
        "right_pct": round(100 * c["right"] / n, 1),
        "confident_wrong_pct": round(100 * c["wrong"] / n, 1),
        "clarified_pct": round(100 * c["clarified"] / n, 1),
        "clarified_offering_right_pct": round(100 * c["right_offered"] / n, 1),
        "in_scope_declined_pct": round(100 * c["declined"] / in_scope, 1),
        "other_pct": round(100 * c["other"] / n, 1),
        "right_topic_pct": round(100 * c["right_topic"] / n, 1),
        "one_answer_per_topic_right_pct": round(100 * c["topic_only_right"] / n, 1),
        "cue_words_right_pct": round(100 * (c["cue_right"] + c["right_not_answer"]) / n, 1),
        "cue_words_confident_wrong_pct": round(100 * c["cue_wrong"] / n, 1),
        "out_of_scope_n": c["oos_n"],
        "out_of_scope_declined_pct": round(100 * c["oos_declined"] / (c["oos_n"] or 1), 1),
    }


def print_table(result: dict[str, Any]) -> None:
    cols = (
        "n",
        "right_pct",
        "confident_wrong_pct",
        "clarified_pct",
        "out_of_scope_declined_pct",
        "right_topic_pct",
        "one_answer_per_topic_right_pct",
        "cue_words_right_pct",
    )
    print("script   " + " | ".join(c.removesuffix("_pct") for c in cols))
    for script, row in result["per_script"].items():
        print(f"{script:8} " + " | ".join(str(row[c]) for c in cols))
    print(f"reading the kind of question: {result['read_ask_us']} µs a message")


def main() -> None:
    settings = load_settings(env={})
    with rasa_server(settings) as rasa:
        result = asyncio.run(measure(settings, rasa))
    path = save("answers", result)
    print_table(result)
    print(json.dumps(result["misses"][:40], indent=1, ensure_ascii=False))
    print(f"written to {path}")


if __name__ == "__main__":
    main()
