"""`python -m bot broadcast create | status | send-pending`, for operations staff and cron."""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from typing import Any, TextIO

from telegram.ext import ExtBot

from bot.broadcast.audience import Audience
from bot.broadcast.engine import Broadcaster
from bot.broadcast.store import BroadcastStore
from bot.config import ConfigError, Settings
from bot.core.languages import Languages
from bot.db.conversations import ConversationStore
from bot.db.engine import create_engine
from bot.db.migrate import ensure_schema
from bot.knowledge import districts
from bot.text.catalogs import Catalogs
from bot.text.script import LANGS
from bot.tg.app import rate_limiter
from bot.tg.channel import TelegramChannel


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="broadcast", required=True)
    create = sub.add_parser("create", help="create a broadcast; prints its id")
    create.add_argument(
        "--language",
        action="append",
        choices=list(LANGS),
        default=[],
        help="only users reading this language (repeatable)",
    )
    create.add_argument(
        "--district",
        action="append",
        default=[],
        help="only users from this district, any spelling (repeatable)",
    )
    create.add_argument(
        "--odop-product",
        action="append",
        default=[],
        help="only users whose district's ODOP product has this word",
    )
    create.add_argument("--active-days", type=int, help="only users active in the last N days")
    create.add_argument("--escalation", choices=["any", "never", "open"], default="any")
    create.add_argument("--text-hi", required=True, help="the Hindi text (everyone's fallback)")
    create.add_argument("--text-hi-latn", help="Hindi in Latin letters")
    create.add_argument("--text-en", help="English")
    create.add_argument("--at", help="send at this India time, YYYY-MM-DD HH:MM (default now)")
    create.add_argument("--link", nargs=2, metavar=("URL", "LABEL"), help="a link button")
    create.add_argument("--ack", action="store_true", help="add a “Got it ✔” button")
    create.add_argument(
        "--now-to-escalated",
        action="store_true",
        help="also send right away to users talking to staff",
    )
    status = sub.add_parser("status", help="print a broadcast's counts as JSON")
    status.add_argument("id", type=int)
    sub.add_parser("send-pending", help="deliver due broadcasts, exit when none is left")


def run(settings: Settings, args: argparse.Namespace, out: TextIO = sys.stdout) -> None:
    asyncio.run(execute(settings, args, out))


async def execute(settings: Settings, args: argparse.Namespace, out: TextIO) -> None:
    """What `run` does, inside a running event loop."""
    engine = create_engine(settings)
    try:
        await ensure_schema(engine)
        store = BroadcastStore(engine, settings.assistant.default_language)
        if args.broadcast == "create":
            out.write(f"{await create(store, settings, args)}\n")
        elif args.broadcast == "status":
            out.write(json.dumps(await status(store, args.id), ensure_ascii=False) + "\n")
        else:
            await send_pending(store, settings, ConversationStore(engine))
    finally:
        await engine.dispose()


async def create(store: BroadcastStore, settings: Settings, args: argparse.Namespace) -> int:
    found = [districts.find(name) for name in args.district]
    unknown = [n for n, d in zip(args.district, found, strict=True) if d is None]
    if unknown:
        raise ConfigError(f"unknown district(s): {', '.join(unknown)}")
    when = None
    if args.at:
        try:
            local = dt.datetime.strptime(args.at, "%Y-%m-%d %H:%M")
        except ValueError as exc:
            raise ConfigError("--at must look like 2026-12-01 10:30") from exc
        when = local.replace(tzinfo=settings.broadcast.zone)
    audience = Audience(
        languages=tuple(args.language),
        districts=tuple(d.name for d in found if d),
        odop_products=tuple(args.odop_product),
        active_days=args.active_days,
        escalation=args.escalation,
    )
    texts = {"hi": args.text_hi, "hi_Latn": args.text_hi_latn, "en": args.text_en}
    return await store.create(
        created_by=0,
        audience=audience,
        texts={k: v for k, v in texts.items() if v},
        send_at=when,
        link=(args.link[0], args.link[1]) if args.link else None,
        ack_button=args.ack,
        defer_escalated=not args.now_to_escalated,
    )


async def status(store: BroadcastStore, broadcast_id: int) -> dict[str, object]:
    broadcast = await store.get(broadcast_id)
    if broadcast is None:
        raise ConfigError(f"no broadcast #{broadcast_id}")
    counts = await store.counts(broadcast_id)
    return {
        "id": broadcast_id,
        "status": broadcast.status,
        "total": counts.total,
        "by_status": counts.by_status,
        "by_language": counts.by_language,
        "acknowledged": counts.acked,
    }


async def send_pending(
    store: BroadcastStore, settings: Settings, conversations: ConversationStore
) -> None:
    languages = Languages(Catalogs(), settings.assistant.default_language, conversations)
    bot: ExtBot[dict[str, Any]] = ExtBot(
        settings.require_bot_token(),
        base_url=settings.api_base_url,
        rate_limiter=rate_limiter(settings.telegram),
    )
    async with bot:
        broadcaster = Broadcaster(store, TelegramChannel(bot), settings.broadcast, languages)
        await broadcaster.send_pending()
