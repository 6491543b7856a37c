"""`python -m bot review`: listing escalations and exporting conversations for audits."""

from __future__ import annotations

import argparse
import csv
import io
import json

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.cli import review
from bot.config import Settings
from bot.console import CollectingOutbox
from bot.db.escalations import EscalationStore
from bot.db.review import ReviewQueries
from bot.records.events import Sender, TextMessage
from tests.fakes import DEFAULT_RULES, FakeNlu, assistant_for


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    review.add_arguments(parser)
    return parser.parse_args(argv)


async def test_review_lists_escalations_and_exports_conversations(
    engine: AsyncEngine, settings: Settings
) -> None:
    store = EscalationStore(engine)
    assistant = assistant_for(FakeNlu(DEFAULT_RULES), engine, settings)
    for user, text in [(1, "gst ke bina bech sakte hai kya"), (1, "vague"), (2, "person please")]:
        await assistant.handle(TextMessage(Sender(user, user, "Sita"), text), CollectingOutbox())

    out, queries = io.StringIO(), ReviewQueries(engine)
    await review.report(
        store, ReviewQueries(engine), settings, parse("list", "--format", "jsonl"), out
    )
    [escalation] = [json.loads(line) for line in out.getvalue().splitlines()]
    assert (escalation["user_id"], escalation["status"], escalation["reason"]) == (
        2,
        "open",
        "user_asked",
    )

    out = io.StringIO()
    await review.report(store, queries, settings, parse("export", "--user", "1"), out)
    exported = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["direction"] for r in exported] == ["in", "out", "in", "out"]
    assert exported[0]["intent"] == "gst_requirement" and exported[0]["language"] == "hi_Latn"

    out = io.StringIO()
    await review.report(
        store, ReviewQueries(engine), settings, parse("low-confidence", "--format", "jsonl"), out
    )
    unsure = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [u["text"] for u in unsure] == ["vague"] and unsure[0]["intent"] == "greet"
