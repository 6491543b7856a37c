"""Command line: `python -m bot run | chat | health | db | rasa | review | broadcast | nlu`."""

from __future__ import annotations

import argparse
import getpass
import logging
import sys
from collections.abc import Sequence

from bot import console, logs
from bot.cli import broadcast as broadcast_cli
from bot.cli import health, review
from bot.config import ConfigError, Settings, load_settings
from bot.db import migrate
from bot.knowledge import districts
from bot.nlu import server
from bot.services import Services, no_desk
from bot.text.catalogs import CatalogMissing
from bot.tg import app


def _setup_logging(settings: Settings, *, to_file: bool) -> None:
    handler: logging.Handler = logging.StreamHandler()
    if to_file:  # keep the interactive console readable: logs go to var/console.log
        log_dir = settings.path(settings.database.sqlite_path).parent
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(log_dir / "console.log", encoding="utf-8")
    logs.setup(settings, handler)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("run", help="run the Telegram bot (needs TELEGRAM_BOT_TOKEN)")
    chat = sub.add_parser("chat", help="chat in the terminal through the same logic and database")
    chat.add_argument(
        "--jsonl",
        action="store_true",
        help='read {"chat_id", "text"} lines on stdin, write replies as JSON lines',
    )
    sub.add_parser("health", help="check Rasa, the database and Telegram; exit 1 if one fails")
    db = sub.add_parser("db", help="database migrations")
    db.add_argument("action", choices=["upgrade", "check"])
    rasa = sub.add_parser("rasa", help="the Rasa NLU server")
    rasa.add_argument("action", choices=["train", "up", "down"])
    review.add_arguments(sub.add_parser("review", help="escalations and conversations, for audits"))
    broadcast_cli.add_arguments(sub.add_parser("broadcast", help="announcements from the shell"))
    nlu = sub.add_parser("nlu", help="NLU data generated from the bot's knowledge")
    nlu.add_argument("action", choices=["districts"], help="write rasa_project/data/districts.yml")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        _setup_logging(settings, to_file=args.command == "chat" and not args.jsonl)
        if args.command == "run":
            app.run(settings)
        elif args.command == "health":
            return health.run(settings)
        elif args.command == "chat":
            console.main(
                Services.open(settings, desk=no_desk),
                jsonl=args.jsonl,
                first_name=getpass.getuser(),
            )
        elif args.command == "db" and args.action == "upgrade":
            migrate.upgrade(settings)
        elif args.command == "db":
            migrate.check(settings)
        elif args.command == "review":
            review.run(settings, args)
        elif args.command == "broadcast":
            broadcast_cli.run(settings, args)
        elif args.command == "nlu":
            target = settings.path(settings.rasa.project_dir) / "data" / "districts.yml"
            target.write_text(districts.rasa_training_data(), encoding="utf-8")
        elif args.action == "train":
            server.train(server.RasaPaths.from_settings(settings))
        elif args.action == "up":
            server.up(settings)
        else:
            server.down(settings)
    except ConfigError as exc:
        print(f"configuration error: {exc}", file=sys.stderr)
        return 2
    except CatalogMissing as exc:
        print(f"{exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    return 0


if __name__ == "__main__":
    sys.exit(main())
