"""Concurrent update processing that answers each chat in order and loses no update.

How updates are confirmed, and why a `kill -9` neither loses nor repeats them: Telegram keeps
every update until a later getUpdates call passes an `offset` above its id; that call is the
only confirmation there is (https://core.telegram.org/bots/api#getupdates). PTB's updater asks
for the next batch as soon as it has queued the last one, so the updates still being handled
would be confirmed, and lost by a crash. Here the next getUpdates waits until the previous
batch is safe: kept in the database's inbox (bot/tg/inbox.py), from which the next start hands
out what a crash left; or, when the inbox cannot be written, handled (its reply sent and its
turn stored), so that the unfinished batch stays unconfirmed and Telegram hands it out again.
Waiting for the inbox only, not for the batch to be handled, is what lets a message written
behind another chat's backlog be fetched at once.

Updates handed out again after a start may have been answered just before the crash: the
handlers skip any whose message is already in the conversation log. What remains is the few
milliseconds between sending a reply and storing the turn; a crash exactly then answers that
one message twice (a reply cannot be sent and stored atomically). Webhook mode gives the same
guarantee with the same inbox: Telegram's POST is answered once its update is kept
(bot/tg/webhook.py).
"""

from __future__ import annotations

import asyncio
import inspect
import json
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractAsyncContextManager, nullcontext
from contextvars import ContextVar
from typing import Any, Protocol

from telegram import CallbackQuery, Chat, Update
from telegram.error import TelegramError
from telegram.ext import BaseUpdateProcessor
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

# True while handling an update whose chat was taken over from a replica that died holding it
# (bot/db/cluster.py): that replica may have answered it already.
TAKEN_OVER: ContextVar[bool] = ContextVar("taken_over", default=False)
# True while handling a button tap whose callback query was answered on arrival (see
# PerChatUpdateProcessor): Telegram takes one answer per query, so a handler's own answer, a
# toast or an alert, must become a message instead (bot/tg/outbox.py, answer_query).
ANSWERED_EARLY: ContextVar[bool] = ContextVar("answered_early", default=False)

# PTB's own bound on updates at once is taken before an update reaches do_process_update, that
# is before its chat's lock: updates queued behind their chat's earlier ones would fill it, and
# everyone else would wait for a backlogged chat. It is therefore only a ceiling on the updates
# held in memory; telegram.concurrent_updates bounds the updates being handled, after the lock.
BACKLOG = 10_000
# A tap whose chat is idle but which cannot start at once (every worker busy, or its chat held
# by another replica) is answered after this long: well inside the time a phone shows the
# spinner, and long enough that a tap handled at once keeps its own toast or alert.
TAP_GRACE_SECONDS = 0.3


class UpdateTracker:
    """Counts updates from their arrival (a getUpdates batch, a webhook POST) to the end of
    their handling; PerChatUpdateProcessor counts them down."""

    def __init__(self, max_wait_seconds: float = 120.0) -> None:
        self._pending = 0
        self._idle = asyncio.Event()
        self._idle.set()
        self._max_wait = max_wait_seconds
        self._first_batch = True
        # update_ids of the first batch after start, and of updates replayed from the inbox:
        # the ones a crash may have left half done.
        self.redelivered: frozenset[int] = frozenset()
        self._replayed: set[int] = set()  # replayed, not yet seen again from Telegram
        self._duplicates: set[int] = set()  # fetched again after their replay: skipped
        self.on_handled: Callable[[int], None] | None = None  # the inbox forgets the update

    def replayed(self, update_ids: list[int]) -> None:
        """Updates handed to the application again from the inbox, before polling starts."""
        self._replayed.update(update_ids)
        self.redelivered |= frozenset(update_ids)
        self.arrived(len(update_ids))

    def fetched(self, update_ids: list[int]) -> None:
        if not update_ids:
            return
        if self._first_batch:
            self.redelivered |= frozenset(update_ids)
            self._first_batch = False
        if self._replayed:  # the batch a crash left unconfirmed comes again after its replay
            again = self._replayed.intersection(update_ids)
            self._duplicates |= again
            self._replayed -= again
        self.arrived(len(update_ids))

    def duplicate(self, update_id: int) -> bool:
        """True (once) for an update that was already replayed from the inbox."""
        if update_id in self._duplicates:
            self._duplicates.discard(update_id)
            return True
        return False

    def arrived(self, count: int = 1) -> None:
        self._pending += count
        self._idle.clear()

    def finished(self, update_id: int | None = None) -> None:
        """One update is done; `update_id` if it was handled (not skipped as a duplicate)."""
        self._pending = max(0, self._pending - 1)
        if self._pending == 0:
            self._idle.set()
        if update_id is not None and self.on_handled is not None:
            self.on_handled(update_id)

    async def wait_idle(self) -> None:
        """Until the updates that arrived are handled; after max_wait, go on (and say so): a
        handler stuck that long must not stop the bot from receiving or stopping."""
        try:
            await asyncio.wait_for(self._idle.wait(), self._max_wait)
        except TimeoutError:
            log.error("%d updates still in progress; confirming them anyway", self._pending)


class KeepUpdates(Protocol):
    """Where a batch is kept until handled (bot/tg/inbox.py); False if it could not be."""

    async def __call__(self, updates: list[dict[str, Any]]) -> bool: ...


class GatedUpdatesRequest(HTTPXRequest):
    """The HTTP client for getUpdates only: confirms a batch only once it is safe.

    Safe means kept in the database's inbox (`keep_in`, bot/tg/inbox.py), from which a start
    after a crash hands it out again; the next call then goes out as soon as the batch is
    stored, so updates arriving behind a backlog are fetched, and handled, at once. Without an
    inbox, or when it cannot be written, the next call waits until the batch is handled.
    """

    def __init__(self, tracker: UpdateTracker, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._tracker = tracker
        self._keep: KeepUpdates | None = None
        self._storing: asyncio.Task[bool] | None = None
        self._unsafe = False  # a batch could not be stored: confirm only once all is handled

    def keep_in(self, keep: KeepUpdates) -> None:
        self._keep = keep

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        # This call confirms the previous batch (its offset is past it).
        storing, self._storing = self._storing, None
        if storing is not None and not await storing:
            self._unsafe = True
        if self._keep is None or self._unsafe:
            await self._tracker.wait_idle()
            self._unsafe = False  # everything fetched so far is handled now
        code, payload = await super().do_request(*args, **kwargs)
        if code == 200:
            try:
                updates = json.loads(payload)["result"]
                self._tracker.fetched([u["update_id"] for u in updates])
            except (ValueError, KeyError, TypeError):
                return code, payload  # PTB reports a malformed answer itself
            if updates and self._keep is not None:
                # Stored while PTB hands the batch out: nothing waits for the database.
                self._storing = asyncio.create_task(self._keep(updates), name="keep updates")
        return code, payload


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Many chats at once, one update at a time per chat, taken round-robin across chats.

    PTB's default handles updates one by one, so one slow NLU call delays everybody; its
    `concurrent_updates=True` runs them all at once, so two quick messages from one user can be
    answered out of order and race on the user's row. A FIFO lock per chat gives both.
    https://github.com/python-telegram-bot/python-telegram-bot/wiki/Concurrency

    Fair order: an update first waits for its chat's earlier updates, and only then for one of
    the `max_concurrent_updates` workers (FIFO). A chat's next update so queues for a worker
    only once its previous one is done, behind the other chats' waiting ones: round-robin, so
    a chat with a backlog never delays the others. (PTB's semaphore comes before the chat's
    lock, so it is set to BACKLOG and this one does the bounding.)

    Button taps: a tap whose chat is busy is answered (answerCallbackQuery, which stops the
    spinner on the phone) as soon as it arrives, ahead of the chat's queued work; the work it
    triggers still waits its turn. Telegram rejects an answer after about 15 s.

    With several replicas, the same chat is also leased across processes (`share`): the local
    lock first, so that a process asks the database for a chat once at a time.
    """

    def __init__(self, max_concurrent_updates: int, tracker: UpdateTracker | None = None) -> None:
        super().__init__(max(BACKLOG, max_concurrent_updates))
        self.tracker = tracker or UpdateTracker()
        self._workers = asyncio.Semaphore(max_concurrent_updates)
        self._locks: dict[int, asyncio.Lock] = {}
        self._pending: dict[int, int] = {}
        self._hold_chat: Callable[[int], AbstractAsyncContextManager[bool]] | None = None
        self._answering: set[asyncio.Task[None]] = set()
        # Updates of messages sent before this moment may be Telegram re-sending what a crash
        # left unanswered (webhook mode; polling has the first batch for that).
        self.started_at = time.time()

    def share(self, hold_chat: Callable[[int], AbstractAsyncContextManager[bool]]) -> None:
        """Hold each chat against other processes too (bot/db/cluster.py) from now on."""
        self._hold_chat = hold_chat

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        handled = update.update_id if isinstance(update, Update) else None
        try:
            if handled is not None and self.tracker.duplicate(handled):
                handled = None
                if inspect.iscoroutine(coroutine):
                    coroutine.close()  # never awaited, on purpose
                return
            await self._in_chat_order(update, coroutine)
        finally:
            self.tracker.finished(handled)

    async def _in_chat_order(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        if chat is None:
            async with self._workers:
                await coroutine
            return
        key = chat.id
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._pending[key] = self._pending.get(key, 0) + 1
        tap = _private_tap(update)
        answered: asyncio.Future[bool] | None = None
        if tap is not None:
            answered = self._answer_tap(tap, at_once=lock.locked())
        try:
            async with lock, self._workers:
                hold = self._hold_chat(key) if self._hold_chat else nullcontext(False)
                async with hold as taken_over:
                    early = answered is not None and _settle(answered)
                    # In this task's context, so the handlers see them; reset after, as a
                    # webhook connection's task goes on to its next request.
                    tokens = (TAKEN_OVER.set(taken_over), ANSWERED_EARLY.set(early))
                    try:
                        await coroutine
                    finally:
                        TAKEN_OVER.reset(tokens[0])
                        ANSWERED_EARLY.reset(tokens[1])
        finally:
            if answered is not None and not answered.done():
                answered.cancel()
            self._pending[key] -= 1
            if not self._pending[key]:  # forget idle chats so the dict stays small
                del self._pending[key], self._locks[key]

    def _answer_tap(self, query: CallbackQuery, *, at_once: bool) -> asyncio.Future[bool]:
        """Answer the tap now (its chat is busy) or after TAP_GRACE_SECONDS unless its handler
        has started by then. The future is True once the answer is decided on."""
        decided: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

        async def answer() -> None:
            if not at_once:
                await asyncio.sleep(TAP_GRACE_SECONDS)
            if decided.done():  # the handler started first: it answers itself
                return
            decided.set_result(True)
            try:
                await query.answer()
            except TelegramError as exc:  # too old already, or answered: nothing to stop
                log.info("could not answer callback query %s early: %s", query.id, exc)

        task = asyncio.create_task(answer(), name=f"answer tap {query.id}")
        self._answering.add(task)
        task.add_done_callback(self._answering.discard)
        return decided

    async def initialize(self) -> None:
        """Nothing to set up: locks are created on demand."""

    async def shutdown(self) -> None:
        """Let early answers in flight finish."""
        if self._answering:
            await asyncio.gather(*self._answering, return_exceptions=True)


def _private_tap(update: object) -> CallbackQuery | None:
    """The callback query of a button tapped in a private chat (staff group taps keep their
    alerts: staff buttons answer at once, they do not wait behind a user's messages)."""
    if not isinstance(update, Update) or update.callback_query is None:
        return None
    chat = update.effective_chat
    return update.callback_query if chat is not None and chat.type == Chat.PRIVATE else None


def _settle(decided: asyncio.Future[bool]) -> bool:
    """The handler starts: True if the tap was answered early, else it is the handler's to
    answer from now on."""
    if decided.done():
        return not decided.cancelled() and decided.result()
    decided.set_result(False)
    return False
