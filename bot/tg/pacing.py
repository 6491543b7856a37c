"""Pacing every request under Telegram's limits, with people's replies ahead of broadcasts.

Why not PTB's AIORateLimiter as it is: aiolimiter is a leaky bucket as deep as its rate, so
(30, 1 s) lets 30 through at once and 30 more over the next second, and a strict sliding window
sees 429s; made one deep it holds the limit, but its waiters are not served in order, and a
broadcast that sends the moment the bucket frees wins every time against a reply that waits
for its timer (a trainer's /broadcasts answer took 14 s during a broadcast). This limiter
spaces requests evenly, so that no window of the configured length ever holds more than the
limit, and serves waiting replies before waiting announcements.
https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this

With several bot replicas (`cluster.enabled`), the limits are the bot's, not each process's:
every request then also reserves its moment in the database (bot/db/cluster.py), still in this
process's priority order, and a 429 pauses every replica.
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

    async def reserve(self, key: str, interval: float, earliest: float) -> float:
        """Seconds to wait before sending on `key`: at least `earliest`."""
        ...

    async def pause(self, key: str, seconds: float) -> None:
        """No process sends on `key` for `seconds`."""
        ...


OVERALL = "all"  # SharedPace key of the overall limit; groups are "group:<chat id>"
# Shared slots are spaced as if the limit were this much lower: requests of different processes
# reach Telegram with independent delays, and no process can check the others' answers the way
# Spacing checks its own. Three slots absorb about 0.1 s of such jitter at 30 a second.
SHARED_MARGIN = 3


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


class PriorityRateLimiter(BaseRateLimiter[dict[str, Any]]):
    """Overall and per-group spacing; 429s are waited out (everyone pauses) and retried."""

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
        self._max_retries = tg.max_retries_after_429
        self._max_error_retries = tg.max_retries_on_error
        self._resume_at = 0.0
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
        low = bool(rate_limit_args and rate_limit_args.get("low_priority"))
        chat_id = data.get("chat_id")
        group = (isinstance(chat_id, int) and chat_id < 0) or (
            isinstance(chat_id, str) and chat_id.startswith(("@", "-"))
        )
        if endpoint in ("getUpdates", "getMe", "answerCallbackQuery", "getChat"):
            return await callback(*args, **kwargs)  # not messages: Telegram does not count them
        attempt = errors = 0
        pause = 0.0
        while True:
            if pause:
                await asyncio.sleep(pause)
                pause = 0.0
            slots = []
            if group and chat_id is not None:  # the group's turn first: it is the slower one
                spacing = self._groups.get(chat_id)
                if spacing is None:
                    spacing = Spacing(
                        limit=self._group_limit,
                        window=self._group_window,
                        key=f"group:{chat_id}",
                        shared=self._shared,
                    )
                    self._groups[chat_id] = spacing
                slots.append(await spacing.acquire(low=low, resume_at=lambda: self._resume_at))
            slots.append(await self._overall.acquire(low=low, resume_at=lambda: self._resume_at))
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as exc:
                if attempt == self._max_retries:
                    raise
                attempt += 1
                wait = retry_after_seconds(exc) + 0.1
                log.warning("Telegram asked to wait %.1f s (429); everyone pauses", wait)
                loop = asyncio.get_running_loop()
                self._resume_at = max(self._resume_at, loop.time() + wait)
                if self._shared is not None:
                    await self._shared.pause(OVERALL, wait)
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


def retry_after_seconds(exc: RetryAfter) -> float:
    """RetryAfter.retry_after as seconds (PTB gives an int or a timedelta, by setting)."""
    value = exc.retry_after
    with contextlib.suppress(AttributeError):
        return float(value.total_seconds())  # type: ignore[union-attr]
    return float(value)  # type: ignore[arg-type]
