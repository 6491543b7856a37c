"""Handing a user to a person: the port to the staff desk, and when the team is around."""

from __future__ import annotations

import datetime as dt
from typing import Protocol

from bot.config import WEEKDAYS, OfficeHours
from bot.core.replies import Event, Sender

# Commands that only staff may use, and only in the staff group. Sellers who try them get a
# polite refusal (the access-control table in the README lists them all).
STAFF_COMMANDS = frozenset(
    {"claim", "close", "handback", "queue", "transcript", "reply", "staff", "trainer"}
)
CB_RATE = "rate:"  # + escalation id + ":up" | ":down"


class StaffDesk(Protocol):
    """Where escalated users meet staff (a Telegram group); the console has none."""

    @property
    def available(self) -> bool:
        """Whether a person can take over now; without one, the bot keeps answering."""
        ...

    async def escalated(self, escalation_id: int, sender: Sender) -> None:
        """A user was just handed over: tell the staff, with the context card."""

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Copy what the user sent to the staff handling them."""


class NoDesk:
    """No staff group configured: requests for a person are only recorded."""

    available = False

    async def escalated(self, escalation_id: int, sender: Sender) -> None:
        """Nothing to notify."""

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Nothing to relay to."""


def team_back_at(hours: OfficeHours, now: dt.datetime) -> dt.datetime | None:
    """None while the team is at work; otherwise when office hours next begin (local time)."""
    local = now.astimezone(hours.zone)
    open_days = {WEEKDAYS.index(day) for day in hours.days}
    if local.weekday() in open_days and hours.start <= local.time() < hours.end:
        return None
    for ahead in range(8):
        day = local.date() + dt.timedelta(days=ahead)
        start = dt.datetime.combine(day, hours.start, tzinfo=hours.zone)
        if day.weekday() in open_days and start > local:
            return start
    return None  # no office days configured: say nothing about hours
