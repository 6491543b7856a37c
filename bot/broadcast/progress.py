"""What the trainer reads while a broadcast goes out: one message, edited as it progresses."""

from __future__ import annotations

import time

from bot.broadcast.store import BroadcastView, Counts
from bot.text.catalogs import N_, Translator


def progress_text(
    t: Translator, broadcast: BroadcastView, counts: Counts, started: float, sent_before: int
) -> str:
    """One message the trainer watches: counts, rate, time left; the full report at the end."""
    elapsed = max(time.monotonic() - started, 0.001)
    rate = (counts.get("sent") - sent_before) / elapsed
    left = counts.get("pending") + counts.get("sending") + counts.get("deferred")
    lines = [
        t(
            "Broadcast #%(id)s: %(status)s",
            id=broadcast.id,
            status=t(STATUS_NAMES[broadcast.status]),
        ),
        t(
            "Sent %(sent)s · pending %(pending)s · failed %(failed)s · blocked %(blocked)s · "
            "skipped %(skipped)s",
            sent=counts.get("sent"),
            pending=left,
            failed=counts.get("failed"),
            blocked=counts.get("blocked"),
            skipped=counts.get("skipped"),
        ),
    ]
    if broadcast.status == "sending":
        eta = left / rate if rate > 0 else 0
        lines.append(
            t(
                "%(rate)s messages a second · about %(minutes)s min left",
                rate=t.number(round(rate, 1)),
                minutes=t.number(round(eta / 60, 1)),
            )
        )
    else:
        lines.append(t("By language:"))
        lines += [f"  {lang}: " + _row(t, row) for lang, row in sorted(counts.by_language.items())]
        lines.append(t("By district:"))
        lines += [
            f"  {district}: " + _row(t, row)
            for district, row in sorted(counts.by_district.items())[:25]
        ]
        if broadcast.ack_button:
            lines.append(t("“Got it” taps: %(count)s", count=counts.acked))
    return "\n".join(lines)


def _row(t: Translator, row: dict[str, int]) -> str:
    return ", ".join(f"{t(STATUS_NAMES.get(k, k))} {v}" for k, v in sorted(row.items()))


STATUS_NAMES = {
    "scheduled": N_("scheduled"),
    "sending": N_("sending"),
    "paused": N_("paused"),
    "cancelled": N_("cancelled"),
    "done": N_("done"),
    "pending": N_("pending"),
    "sent": N_("sent"),
    "failed": N_("failed"),
    "blocked": N_("blocked"),
    "skipped": N_("skipped"),
    "deferred": N_("deferred"),
}
