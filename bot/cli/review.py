"""`python -m bot review`: escalations and conversations, outside Telegram, for audits and NLU work.

    review list [--status open|closed] [--since DATE] [--until DATE] [--staff ID]
    review export [--user ID] [--since DATE] [--until DATE] [--format csv|jsonl]
    review low-confidence [--threshold X] [--format csv|jsonl]

Output goes to standard output; dates are YYYY-MM-DD (UTC).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import datetime as dt
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict
from typing import Any, TextIO

from bot.config import Settings
from bot.db.engine import create_engine
from bot.db.escalations import EscalationStore
from bot.db.review import ReviewQueries


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="review", required=True)
    listing = sub.add_parser("list", help="escalations, oldest first")
    listing.add_argument("--status", choices=["open", "closed"])
    listing.add_argument("--staff", type=int, help="claimed by this staff member's user id")
    export = sub.add_parser("export", help="stored messages of one user or a date range")
    export.add_argument("--user", type=int)
    low = sub.add_parser("low-confidence", help="what the bot was unsure about, by guessed intent")
    low.add_argument("--threshold", type=float, help="default: assistant.confidence_threshold")
    for command in (listing, export, low):
        command.add_argument("--since", type=_date, help="YYYY-MM-DD")
        command.add_argument("--until", type=_date, help="YYYY-MM-DD (exclusive)")
        command.add_argument("--format", choices=["csv", "jsonl"], default="csv")


def _date(text: str) -> dt.datetime:
    return dt.datetime.strptime(text, "%Y-%m-%d").replace(tzinfo=dt.UTC)


def run(settings: Settings, args: argparse.Namespace, out: TextIO = sys.stdout) -> None:
    asyncio.run(execute(settings, args, out))


async def execute(settings: Settings, args: argparse.Namespace, out: TextIO) -> None:
    """What `run` does, inside a running event loop."""
    engine = create_engine(settings)
    try:
        await report(EscalationStore(engine), ReviewQueries(engine), settings, args, out)
    finally:
        await engine.dispose()


async def report(
    store: EscalationStore,
    queries: ReviewQueries,
    settings: Settings,
    args: argparse.Namespace,
    out: TextIO,
) -> None:
    """Write what `args` asks for from `store` to `out`."""
    if args.review == "list":
        rows: Iterable[Mapping[str, Any]] = [
            asdict(e)
            for e in await store.listing(
                status=args.status, since=args.since, until=args.until, staff_id=args.staff
            )
        ]
    elif args.review == "export":
        rows = await queries.messages_between(user_id=args.user, since=args.since, until=args.until)
    else:
        threshold = args.threshold or settings.assistant.confidence_threshold
        rows = [
            dict(row._mapping)
            for row in await queries.low_confidence(threshold)
            if _within(row.created_at, args.since, args.until)
        ]
    _write(list(rows), args.format, out)


def _within(moment: dt.datetime, since: dt.datetime | None, until: dt.datetime | None) -> bool:
    return (since is None or moment >= since) and (until is None or moment < until)


def _plain(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write(rows: list[Mapping[str, Any]], form: str, out: TextIO) -> None:
    if form == "jsonl":
        for row in rows:
            out.write(json.dumps(dict(row), ensure_ascii=False, default=_plain) + "\n")
        return
    if not rows:
        return
    writer = csv.DictWriter(out, fieldnames=list(rows[0]))
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _plain(v) for k, v in row.items()})
