"""Chatting with the assistant in a terminal, interactively or as JSON lines for other tools.

Both forms go through the same Assistant, NLU server and database as Telegram.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, TextIO

from bot.core.ports import NoDesk
from bot.records.events import ButtonPress, Command, Event, Sender, TextMessage
from bot.records.replies import Button, Reply, SendResult, SendStatus
from bot.services import Services

CONSOLE_USER_ID = 1


def plain(reply: Reply) -> str:
    """The reply as a user reads it, without formatting."""
    return f"{reply.title}\n\n{reply.text}" if reply.title else reply.text


def event_for(sender: Sender, text: str, message_id: int) -> Event:
    if text.startswith("/") and len(text) > 1 and not text[1].isspace():
        head, _, args = text.partition(" ")
        return Command(sender, head[1:].split("@", 1)[0].lower(), args.strip(), message_id)
    return TextMessage(sender, text, message_id)


@dataclass
class CollectingOutbox:
    """Keeps replies in memory instead of delivering them (JSON lines, tests)."""

    replies: list[Reply] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    _ids: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    async def send(self, chat_id: int, reply: Reply) -> SendResult:
        self.replies.append(reply)
        return SendResult(SendStatus.SENT, next(self._ids))

    async def notify(self, chat_id: int, text: str) -> None:
        self.notices.append(text)


async def run_jsonl(services: Services[NoDesk], stdin: TextIO, stdout: TextIO) -> None:
    """Read {"chat_id", "text"} objects, one per line; write {"chat_id", "replies"} for each.

    Optional input keys: first_name, language_code, and callback_data (a button tap instead of
    text). A line that is not such an object gets {"error": "..."} so that outputs stay
    aligned with inputs.
    """
    ids = itertools.count(1)
    for line in stdin:
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            chat_id, text = item["chat_id"], item.get("text", "")
            if not isinstance(chat_id, int) or isinstance(chat_id, bool):
                raise TypeError("chat_id must be an integer")
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            _write(stdout, {"chat_id": None, "error": f"bad input line: {exc}"})
            continue
        sender = Sender(
            user_id=chat_id,
            chat_id=chat_id,
            first_name=str(item.get("first_name") or ""),
            language_code=item.get("language_code"),
        )
        callback = item.get("callback_data")
        event = (
            ButtonPress(sender, str(callback), next(ids))
            if callback is not None
            else event_for(sender, text, next(ids))
        )
        outbox = CollectingOutbox()
        await services.assistant.handle(event, outbox)
        _write(stdout, {"chat_id": chat_id, "replies": [plain(r) for r in outbox.replies]})


def _write(stdout: TextIO, obj: dict[str, Any]) -> None:
    stdout.write(json.dumps(obj, ensure_ascii=False) + "\n")
    stdout.flush()


class _PrintingOutbox(CollectingOutbox):
    async def send(self, chat_id: int, reply: Reply) -> SendResult:
        result = await super().send(chat_id, reply)
        print(f"\nसाथी › {plain(reply)}")
        for row in reply.buttons:
            for button in row:
                print(f"   [{self.number(button)}] {button.label}")
        return result

    async def notify(self, chat_id: int, text: str) -> None:
        await super().notify(chat_id, text)
        print(f"\n(साथी: {text})")

    def number(self, button: Button) -> int:
        return self.buttons().index(button) + 1

    def buttons(self) -> list[Button]:
        last = self.replies[-1] if self.replies else None
        return [b for row in last.buttons for b in row] if last else []


async def run_interactive(services: Services[NoDesk], first_name: str) -> None:
    """A chat in the terminal: type questions or /commands; a number taps a shown button."""
    sender = Sender(CONSOLE_USER_ID, CONSOLE_USER_ID, first_name=first_name)
    outbox = _PrintingOutbox()
    print(
        "Karigar Saathi console. Type a question, /start, /help or /language; "
        "a number taps a button; Ctrl-D quits."
    )
    ids = itertools.count(1)
    await services.assistant.handle(Command(sender, "start", message_id=next(ids)), outbox)
    loop = asyncio.get_running_loop()
    while True:
        line = await loop.run_in_executor(None, _prompt)
        if line is None:
            return
        text = line.strip()
        buttons = outbox.buttons()
        if text.isdigit() and 1 <= int(text) <= len(buttons) and buttons[int(text) - 1].callback:
            event: Event = ButtonPress(sender, buttons[int(text) - 1].callback or "", next(ids))
        elif text:
            event = event_for(sender, text, next(ids))
        else:
            continue
        await services.assistant.handle(event, outbox)


def _prompt() -> str | None:
    try:
        return input("\nआप › ")
    except EOFError:
        print()
        return None


def main(services: Services[NoDesk], *, jsonl: bool, first_name: str) -> None:
    async def go() -> None:
        try:
            await services.start()
            if jsonl:
                await run_jsonl(services, sys.stdin, sys.stdout)
            else:
                await run_interactive(services, first_name)
        finally:
            await services.aclose()

    asyncio.run(go())
