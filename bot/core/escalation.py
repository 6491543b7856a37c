"""Handing a user to a person: staff-only commands, and when the team is around."""

from __future__ import annotations

import datetime as dt

from bot.config import WEEKDAYS, OfficeHours

# Commands that only staff may use, and only in the staff group. Sellers who try them get a
# polite refusal (the access-control table in the README lists them all).
STAFF_COMMANDS = frozenset(
    {"claim", "close", "handback", "queue", "transcript", "reply", "staff", "trainer"}
)


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
