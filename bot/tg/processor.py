"""Concurrent update processing that answers each chat in order and loses no update.

How updates are confirmed, and why a `kill -9` neither loses nor repeats them: Telegram keeps
every update until a later getUpdates call passes an `offset` above its id; that call is the
only confirmation there is (https://core.telegram.org/bots/api#getupdates). PTB's updater asks
for the next batch as soon as it has queued the last one, so the updates still being handled
would be confirmed, and lost by a crash. Here the next getUpdates waits until every update
of the previous batch has been handled (its reply sent and its turn stored). A crash therefore
leaves the whole unfinished batch unconfirmed, and Telegram hands it out again on start.

Updates of that first batch after a start may have been answered just before the crash: the
handlers skip any whose message is already in the conversation log. What remains is the few
milliseconds between sending a reply and storing the turn; a crash exactly then answers that
one message twice (a reply cannot be sent and stored atomically). Webhook mode gives the same
guarantee another way: Telegram's POST is answered only once its update is handled
(bot/tg/webhook.py).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from contextvars import ContextVar
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

# True while handling an update whose chat was taken over from a replica that died holding it
# (bot/db/cluster.py): that replica may have answered it already.
TAKEN_OVER: ContextVar[bool] = ContextVar("taken_over", default=False)


class UpdateTracker:
    """Counts updates from their arrival (a getUpdates batch, a webhook POST) to the end of
    their handling; PerChatUpdateProcessor counts them down."""

    def __init__(self, max_wait_seconds: float = 120.0) -> None:
        self._pending = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._max_wait = max_wait_seconds
        self._first_batch = True
        # update_ids of the first batch after start: the ones a crash may have left half done.
        self.redelivered: frozenset[int] = frozenset()

    def fetched(self, update_ids: list[int]) -> None:
        if not update_ids:
            return
        if self._first_batch:
            self.redelivered, self._first_batch = frozenset(update_ids), False
        self.arrived(len(update_ids))

    def arrived(self, count: int = 1) -> None:
        self._pending += count
        self._idle.clear()

    def finished(self) -> None:
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self._idle.set()

    async def wait_idle(self) -> None:
        """Until the updates that arrived are handled; after max_wait, go on (and say so): a
        handler stuck that long must not stop the bot from receiving or stopping."""
        try:
            await asyncio.wait_for(self._idle.wait(), self._max_wait)
        except TimeoutError:
            log.error("%d updates still in progress; confirming them anyway", self._pending)


class GatedUpdatesRequest(HTTPXRequest):
    """The HTTP client for getUpdates only: holds each call until the last batch is handled."""

    def __init__(self, tracker: UpdateTracker, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._tracker = tracker

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        await self._tracker.wait_idle()
        code, payload = await super().do_request(*args, **kwargs)
        if code == 200:
            try:
                updates = json.loads(payload)["result"]
                self._tracker.fetched([u["update_id"] for u in updates])
            except (ValueError, KeyError, TypeError):
                pass  # PTB reports a malformed answer itself
        return code, payload


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Many chats at once, one update at a time per chat.

    PTB's default handles updates one by one, so one slow NLU call delays everybody; its
    `concurrent_updates=True` runs them all at once, so two quick messages from one user can be
    answered out of order and race on the user's row. A FIFO lock per chat gives both.
    https://github.com/python-telegram-bot/python-telegram-bot/wiki/Concurrency

    With several replicas, the same chat is also leased across processes (`share`): the local
    lock first, so that a process asks the database for a chat once at a time.
    """

    def __init__(self, max_concurrent_updates: int, tracker: UpdateTracker | None = None) -> None:
        super().__init__(max_concurrent_updates)
        self.tracker = tracker or UpdateTracker()
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: dict[int, int] = {}
        self._hold_chat: Callable[[int], AbstractAsyncContextManager[bool]] | None = None
        # Updates of messages sent before this moment may be Telegram re-sending what a crash
        # left unanswered (webhook mode; polling has the first batch for that).
        self.started_at = time.time()

    def share(self, hold_chat: Callable[[int], AbstractAsyncContextManager[bool]]) -> None:
        """Hold each chat against other processes too (bot/db/cluster.py) from now on."""
        self._hold_chat = hold_chat

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        try:
            await self._in_chat_order(update, coroutine)
        finally:
            self.tracker.finished()

    async def _in_chat_order(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            await coroutine
            return
        key = chat.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._pending[key] = self._pending.get(key, 0) + 1
        try:
            async with lock:
                hold = self._hold_chat(key) if self._hold_chat else nullcontext(False)
                async with hold as taken_over:
                    # In this task's context, so the handlers see it; reset after, as a webhook
                    # connection's task goes on to its next request.
                    token = TAKEN_OVER.set(taken_over)
                    try:
                        await coroutine
                    finally:
                        TAKEN_OVER.reset(token)
        finally:
            self._pending[key] -= 1
            if not self._pending[key]:  # forget idle chats so the dict stays small
                del self._pending[key], self._locks[key]

    async def initialize(self) -> None:
        """Nothing to set up: locks are created on demand."""

    async def shutdown(self) -> None:
        """Nothing to release."""
