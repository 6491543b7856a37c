"""Per-user flood control: a user who sends too much is slowed without slowing anyone else.

The state is a short list of arrival times kept on the user's row and read with their profile,
so every bot replica counts the same messages at no extra database cost. One chat's updates
are handled one at a time (bot/tg/processor.py), so reading and writing it back is safe.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from bot.records.turns import FloodState


class Verdict(Enum):
    OK = "ok"  # answer as usual
    NOTICE = "notice"  # first message over the limit: tell the user once
    QUIET = "quiet"  # further messages over the limit: store, do not answer


@dataclass(frozen=True)
class FloodRule:
    """At most `max_messages` answered in any `window_seconds`: a sliding window."""

    max_messages: int
    window_seconds: float

    def check(self, state: FloodState, now: float) -> tuple[Verdict, FloodState]:
        """The verdict for a message arriving at `now`, and the state to store after it."""
        # Only arrivals inside the window count; older ones are dropped, so what is stored stays
        # as short as the user's recent messages.
        times = tuple(t for t in state.times if now - t < self.window_seconds)
        times = times[-self.max_messages :]
        if len(times) < self.max_messages:
            return Verdict.OK, FloodState((*times, now), noticed=False)
        # Over the limit: the message is not counted, so the window drains while the user waits.
        if state.noticed:
            return Verdict.QUIET, FloodState(times, noticed=True)
        return Verdict.NOTICE, FloodState(times, noticed=True)
