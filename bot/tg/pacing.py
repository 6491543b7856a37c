"""Pacing every request under Telegram's limits, with people's replies ahead of broadcasts.

Why not PTB's AIORateLimiter as it is: aiolimiter is a leaky bucket as deep as its rate, so
(30, 1 s) lets 30 through at once and 30 more over the next second, and a strict sliding window
sees 429s; made one deep it holds the limit, but its waiters are not served in order, and a
broadcast that sends the moment the bucket frees wins every time against a reply that waits
for its timer (a trainer's /broadcasts answer took 14 s during a broadcast). This limiter
spaces requests evenly, so that no window of the configured length ever holds more than the
limit, and serves waiting replies before waiting announcements.
https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this

Each private chat has its own budget too (ChatPace: a few at once, then about one a second), so
a chat flushing a queue of messages is answered at the pace Telegram takes and gets no 429. A
chat waiting for its budget waits alone: the overall spacing is asked only once the chat may
send, so other chats' replies pass it meanwhile. Telegram's 429 does not say which limit it
concerns; one for a chat pauses that chat only, and only when a second chat gets one while the
first pause lasts is it taken as the bot's overall limit, and everyone pauses.

With several bot replicas (`cluster.enabled`), the limits are the bot's, not each process's:
every request then also reserves its moment in the database (bot/db/cluster.py), still in this
process's priority order, and a 429 pauses every replica (or, for one chat, that chat on every
replica).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
from collections import deque
from collections.abc import Callable, Coroutine
from typing import Any, Protocol

from telegram.error import BadRequest, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter

from bot.config import TelegramSettings

log = logging.getLogger(__name__)

JSON = dict[str, Any]  # what PTB calls JSONDict (kept private there)

# rate_limit_args for announcements: they wait while any reply is waiting.
LOW_PRIORITY = {"low_priority": True}
_TIMER_SLACK = 0.004  # seconds


class SharedPace(Protocol):
    """Send slots shared with other processes (bot/db/cluster.py implements it)."""

    async def reserve(
        self, key: str, interval: float, earliest: float, tolerance: float = 0.0
    ) -> float:
        """Seconds to wait before sending on `key`: at least `earliest`; one per `interval`,
        but up to `tolerance` seconds early (a burst) while the budget allows."""
        ...

    async def pause(self, key: str, seconds: float, tolerance: float = 0.0) -> None:
        """No process sends on `key` for `seconds`."""
        ...


OVERALL = "all"  # SharedPace key of the overall limit; groups are "group:<id>", chats "chat:<id>"
# Shared slots are spaced as if the limit were this much lower: requests of different processes
# reach Telegram with independent delays, and no process can check the others' answers the way
# Spacing checks its own. Three slots absorb about 0.1 s of such jitter at 30 a second.
SHARED_MARGIN = 3
# The same for a chat's budget: each shared interval is this much longer, which absorbs as much
# jitter between two replicas' messages to one chat.
SHARED_CHAT_JITTER = 0.1  # seconds
_FORGET_EVERY = 1000  # requests between sweeps of idle chats' budgets


class Slot:
    """One request's place in a Spacing; `finish()` once its answer has come back."""

    __slots__ = ("done", "finished_at")

    def __init__(self) -> None:
        self.done = asyncio.Event()
        self.finished_at: float | None = None

    def finish(self) -> None:
        self.finished_at = asyncio.get_running_loop().time()
        self.done.set()


class Spacing:
    """At most `limit` requests in any `window` seconds, as the server sees them.

    Requests leave evenly, one per window/(limit - 1). Even spacing alone is not enough: a
    request that is slow to reach the server (a new connection, a busy loop) arrives close to
    the next one, so a request also waits until the one `limit` places before it has been
    answered a full window ago: only then can it no longer share a window with it.
    """

    def __init__(
        self, *, limit: int, window: float, key: str = OVERALL, shared: SharedPace | None = None
    ) -> None:
        self._key = key
        self.shared = shared
        self._interval = window / max(limit - 1, 1)
        self._shared_interval = window / max(limit - SHARED_MARGIN, 1)
        self._window = window
        self._recent: deque[Slot] = deque(maxlen=limit)
        self._next = 0.0
        self._lock = asyncio.Lock()  # FIFO: requests of one priority keep their order
        self._urgent = 0  # normal-priority requests waiting

    async def acquire(self, *, low: bool, resume_at: Callable[[], float]) -> Slot:
        if not low:
            self._urgent += 1
        try:
            while True:
                async with self._lock:
                    if not (low and self._urgent):
                        return await self._take(resume_at())
                # Step aside: the lock goes to the reply queued behind us, then we queue again.
                await asyncio.sleep(0)
        finally:
            if not low:
                self._urgent -= 1

    async def _take(self, resume_at: float) -> Slot:
        loop = asyncio.get_running_loop()
        start = max(loop.time(), self._next, resume_at)
        if len(self._recent) == self._recent.maxlen:
            oldest = self._recent[0]
            if oldest.finished_at is None:
                # A request that hangs must not stop everyone: after a window, let it be.
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(oldest.done.wait(), self._window)
            start = max(start, (oldest.finished_at or loop.time()) + self._window)
        if self.shared is not None:
            # Inside the lock, so this process still hands its slots out in priority order.
            earliest = max(0.0, start - loop.time())
            wait = await self.shared.reserve(self._key, self._shared_interval, earliest)
            start = loop.time() + wait
        if start > loop.time():
            await asyncio.sleep(start - loop.time())
        # Keep to the grid when the timer woke us a little late (it always does, by a
        # millisecond or two, which would cost ~3% of the rate); after a real stall of the
        # event loop count from now, or the requests held up would leave back to back.
        self._next = max(loop.time() - _TIMER_SLACK, start) + self._interval
        slot = Slot()
        self._recent.append(slot)
        return slot


class ChatPace:
    """One private chat's budget: `burst` messages at once, then one every `interval` seconds.

    A token bucket kept as GCRA does it, as one time: `due`, when the next message would be on
    time; a message may go up to (burst - 1) intervals before that. Requests to one chat go one
    at a time (`lock`, which also keeps their order), and each is counted from the moment its
    answer came back: the latest moment the server can have seen it, so however late a request
    reached the server, the next one cannot arrive early by the server's count.
    """

    __slots__ = ("_interval", "_tolerance", "due", "lock", "paused_until", "users")

    def __init__(self, *, burst: int, interval: float) -> None:
        self._interval = interval
        self._tolerance = (burst - 1) * interval
        self.lock = asyncio.Lock()
        self.due = 0.0
        self.paused_until = 0.0  # a 429 for this chat
        self.users = 0  # requests holding or waiting for the lock

    @property
    def tolerance(self) -> float:
        return self._tolerance

    def earliest(self) -> float:
        """The first moment (loop time) this chat may be sent to."""
        return max(self.due - self._tolerance, self.paused_until)

    def sent(self, answered_at: float) -> None:
        self.due = max(self.due, answered_at) + self._interval

    def idle(self, now: float) -> bool:
        return not self.users and self.due <= now and self.paused_until <= now


class PriorityRateLimiter(BaseRateLimiter[dict[str, Any]]):
    """Overall, per-group and per-chat pacing; 429s are waited out and retried."""

    def __init__(self, tg: TelegramSettings) -> None:
        # Opt in to PTB's coming `datetime.timedelta` durations: with the old default, PTB warns
        # on every 429 (RetryAfter reads its own deprecated attribute), flooding the logs. Set
        # here, where 429s are handled, rather than as a side effect of importing the package.
        # https://docs.python-telegram-bot.org/en/stable/telegram.error.html#telegram.error.RetryAfter
        os.environ.setdefault("PTB_TIMEDELTA", "true")
        self._overall = Spacing(limit=tg.max_messages_per_second, window=1.0)
        self._group_limit = tg.max_group_messages_per_minute
        self._group_window = tg.group_window_seconds
        self._groups: dict[int | str, Spacing] = {}
        self._group_paused: dict[int | str, float] = {}
        self._chat_burst = tg.chat_burst
        self._chat_interval = tg.chat_interval_seconds
        self._chats: dict[int, ChatPace] = {}
        self._requests = 0
        self._max_retries = tg.max_retries_after_429
        self._max_error_retries = tg.max_retries_on_error
        self._resume_at = 0.0
        # The last 429 that paused one chat: (chat id, until when); see _pause.
        self._chat_pause: tuple[int | str, float] | None = None
        self._shared: SharedPace | None = None

    def share(self, shared: SharedPace) -> None:
        """Pace together with the other replicas from now on (called once services are up)."""
        self._shared = self._overall.shared = shared
        for spacing in self._groups.values():
            spacing.shared = shared

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to release."""

    async def process_request(  # noqa: PLR0917 -- the signature is BaseRateLimiter's
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSON | list[JSON]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: dict[str, Any] | None,
    ) -> bool | JSON | list[JSON]:
        if endpoint in ("getUpdates", "getMe", "answerCallbackQuery", "getChat"):
            return await callback(*args, **kwargs)  # not messages: Telegram does not count them
        low = bool(rate_limit_args and rate_limit_args.get("low_priority"))
        chat_id = data.get("chat_id")
        if isinstance(chat_id, int) and chat_id > 0 and _new_message(endpoint):
            chat = self._chat(chat_id)
            chat.users += 1
            try:
                async with chat.lock:  # one request at a time per chat, in order
                    return await self._send(callback, args, kwargs, endpoint, chat_id, low, chat)
            finally:
                chat.users -= 1
        return await self._send(callback, args, kwargs, endpoint, chat_id, low, None)

    def _chat(self, chat_id: int) -> ChatPace:
        self._requests += 1
        if self._requests % _FORGET_EVERY == 0:  # keep the dict to the chats of the moment
            now = asyncio.get_running_loop().time()
            for key in [k for k, pace in self._chats.items() if pace.idle(now)]:
                del self._chats[key]
        chat = self._chats.get(chat_id)
        if chat is None:
            chat = self._chats[chat_id] = ChatPace(
                burst=self._chat_burst, interval=self._chat_interval
            )
        return chat

    async def _send(  # noqa: PLR0917 -- one request's whole context, passed on once
        self,
        callback: Callable[..., Coroutine[Any, Any, bool | JSON | list[JSON]]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        chat_id: object,
        low: bool,
        chat: ChatPace | None,
    ) -> bool | JSON | list[JSON]:
        group = (isinstance(chat_id, int) and chat_id < 0) or (
            isinstance(chat_id, str) and chat_id.startswith(("@", "-"))
        )
        loop = asyncio.get_running_loop()
        attempt = errors = 0
        pause = 0.0
        while True:
            if pause:
                await asyncio.sleep(pause)
                pause = 0.0
            if chat is not None:  # the chat's own budget first: it is the slowest
                await self._chat_turn(chat, chat_id)
            slots = []
            if group and isinstance(chat_id, int | str):  # the group's turn next: it is slower
                spacing = self._group(chat_id)
                slots.append(
                    await spacing.acquire(
                        low=low,
                        resume_at=lambda: max(
                            self._resume_at, self._group_paused.get(chat_id, 0.0)
                        ),
                    )
                )
            slots.append(await self._overall.acquire(low=low, resume_at=lambda: self._resume_at))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == self._max_retries:
                    raise
                attempt += 1
                await self._pause(chat_id if (chat or group) else None, chat, exc)
            except BadRequest:
                raise  # 400: the same request would fail the same way; the caller logs it
            except NetworkError as exc:
                # 5xx, timeouts and dropped connections usually pass: retry a few times, with
                # growing pauses. A timed-out send may have arrived after all, so a retry can
                # repeat a message; a lost answer would be worse.
                if errors == self._max_error_retries:
                    raise
                errors += 1
                pause = 0.5 * 2 ** (errors - 1)
                log.warning(
                    "Telegram %s failed (%s); retry %d in %.1f s", endpoint, exc, errors, pause
                )
            finally:
                for slot in slots:
                    slot.finish()
                if chat is not None:
                    chat.sent(loop.time())

    async def _chat_turn(self, chat: ChatPace, chat_id: object) -> None:
        """Wait until the chat's budget (this process's, then the replicas' one) allows."""
        loop = asyncio.get_running_loop()
        start = chat.earliest()
        if self._shared is not None:
            earliest = max(0.0, start - loop.time())
            wait = await self._shared.reserve(
                f"chat:{chat_id}",
                self._chat_interval + SHARED_CHAT_JITTER,
                earliest,
                chat.tolerance,
            )
            start = loop.time() + wait
        if start > loop.time():
            await asyncio.sleep(start - loop.time())

    def _group(self, chat_id: int | str) -> Spacing:
        spacing = self._groups.get(chat_id)
        if spacing is None:
            spacing = self._groups[chat_id] = Spacing(
                limit=self._group_limit,
                window=self._group_window,
                key=f"group:{chat_id}",
                shared=self._shared,
            )
        return spacing

    async def _pause(self, chat_id: object, chat: ChatPace | None, exc: RetryAfter) -> None:
        """Honour a 429 for what it concerns: its chat (or group), or everyone.

        Telegram does not say which limit a 429 is for. One for a chat pauses that chat; if
        another chat gets one while that pause lasts, the limit hit is the bot's overall one,
        and everyone pauses. A request for no chat in particular pauses everyone at once.
        """
        wait = retry_after_seconds(exc) + 0.1
        now = asyncio.get_running_loop().time()
        until = now + wait
        previous = self._chat_pause
        overall = not isinstance(chat_id, int | str) or (
            previous is not None and previous[0] != chat_id and previous[1] > now
        )
        if overall:
            log.warning("Telegram asked to wait %.1f s (429); everyone pauses", wait)
            self._resume_at = max(self._resume_at, until)
            if self._shared is not None:
                await self._shared.pause(OVERALL, wait)
            return
        log.warning("Telegram asked to wait %.1f s (429) for chat %s; it pauses", wait, chat_id)
        self._chat_pause = (chat_id, until)  # type: ignore[assignment]  # checked just above
        if chat is not None:
            chat.paused_until = max(chat.paused_until, until)
            key, tolerance = f"chat:{chat_id}", chat.tolerance
        else:
            self._group_paused[chat_id] = until  # type: ignore[index]  # a group's id
            key, tolerance = f"group:{chat_id}", 0.0
        if self._shared is not None:
            await self._shared.pause(key, wait, tolerance)


def _new_message(endpoint: str) -> bool:
    """Whether a request puts a new message in the chat: what a chat's budget counts.

    Edits are left out: they replace a message (Telegram's FAQ counts messages sent), and the
    trainer's progress message, edited every few seconds while a broadcast goes out, would
    otherwise hold up the broadcast that waits for each edit.
    """
    return endpoint.startswith(("send", "copyMessage", "forwardMessage")) and (
        endpoint != "sendChatAction"
    )


def retry_after_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after as seconds (PTB gives an int or a timedelta, by setting)."""
    value = exc.retry_after
    with contextlib.suppress(AttributeError):
        return float(value.total_seconds())  # type: ignore[union-attr]
    return float(value)  # type: ignore[arg-type]
