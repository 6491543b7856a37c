"""Per-user flood control: a user who sends too much is slowed without slowing anyone else."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


class Verdict(Enum):
    OK = "ok"  # answer as usual
    NOTICE = "notice"  # first message over the limit: tell the user once
    QUIET = "quiet"  # further messages over the limit: store, do not answer


class FloodGuard:
    """A sliding window of the last `max_messages` arrival times per user.

    In memory and per process: a flood is a burst from one chat, and PTB hands one chat's
    updates to one process at a time, so nothing needs sharing between replicas. A user who
    stays quiet for a window is forgotten, which keeps the table as small as the active users.
    """

    def __init__(
        self,
        max_messages: int,
        window_seconds: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._max = max_messages
        self._window = window_seconds
        self._clock = clock
        self._seen: dict[int, deque[float]] = {}
        self._noticed: dict[int, float] = {}  # user -> when the notice went out
        self._sweep_at = 1024  # table size at which idle users are dropped

    def check(self, user_id: int) -> Verdict:
        now = self._clock()
        self._forget_idle(now)
        times = self._seen.setdefault(user_id, deque(maxlen=self._max))
        full = len(times) == self._max and now - times[0] < self._window
        if not full:
            times.append(now)
            self._noticed.pop(user_id, None)
            return Verdict.OK
        # Over the limit: the message is not counted, so the window drains while the user waits.
        if user_id in self._noticed:
            return Verdict.QUIET
        self._noticed[user_id] = now
        return Verdict.NOTICE

    def _forget_idle(self, now: float) -> None:
        if len(self._seen) < self._sweep_at:
            return
        idle = [u for u, t in self._seen.items() if not t or now - t[-1] >= self._window]
        for user_id in idle:
            del self._seen[user_id]
            self._noticed.pop(user_id, None)
        # Sweeping costs one pass over the table: do it again only once it has doubled.
        self._sweep_at = max(1024, 2 * len(self._seen))
