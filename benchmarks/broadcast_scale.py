"""100,000 recipients on SQLite and PostgreSQL: the database side of a broadcast.

Sending 100,000 messages at Telegram's 30/s takes about an hour, so this run lifts the engine's
own pacing and uses a channel that answers at once: what is measured is the work around each
message (turning the audience into delivery rows, claiming rows in batches, recording each
outcome) and that memory stays flat while rows are read in batches. The real pacing is
measured by benchmarks/broadcast.py through the emulator.
"""

from __future__ import annotations

import datetime as dt
import itertools
import resource
import time
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from benchmarks.common import RESULTS
from bot.broadcast.audience import Audience
from bot.broadcast.engine import Announcement, Broadcaster, Result, SendOutcome
from bot.broadcast.store import BroadcastStore
from bot.config import Settings
from bot.core.languages import Languages
from bot.db import migrate
from bot.db.conversations import ConversationStore
from bot.db.engine import async_url, create_engine
from bot.db.models import User
from bot.text.catalogs import Catalogs

RECIPIENTS = 100_000
TEXTS = {"hi": "मेला 5 दिसंबर को", "hi_Latn": "Mela 5 December ko", "en": "Fair on 5 December"}


class InstantChannel:
    """Answers every announcement at once, like a Telegram with no limits and no latency."""

    def __init__(self) -> None:
        self.sent = 0
        self._ids = itertools.count(1)

    async def announce(self, announcement: Announcement) -> Result:
        self.sent += 1
        return Result(SendOutcome.SENT, next(self._ids))

    async def progress(self, chat_id: int, message_id: int | None, text: str) -> int | None:
        return message_id


def _rss_peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_rss_peak() -> None:
    # Linux: writing 5 to clear_refs resets VmHWM, so the peak covers only what follows.
    Path("/proc/self/clear_refs").write_text("5")


async def measure(settings: Settings, url: str | None, label: str) -> dict[str, Any]:
    workdir = RESULTS / f"broadcast-scale-{label}"
    workdir.mkdir(parents=True, exist_ok=True)
    (workdir / "bench.db").unlink(missing_ok=True)
    engine = create_engine(settings, async_url(url or f"sqlite:///{workdir / 'bench.db'}"))
    try:
        await migrate.run_on(engine, "upgrade")
        now = dt.datetime.now(dt.UTC)
        langs = ("hi", "hi_Latn", "en")
        async with engine.begin() as conn:
            for start in range(0, RECIPIENTS, 5000):
                rows = [
                    {
                        "id": 5_000_000 + i,
                        "first_name": "Seller",
                        "detected_language": langs[i % 3],
                        "first_seen": now,
                        "last_seen": now,
                        "opted_out": i % 100 == 0,  # 1% opted out: skipped, never sent
                    }
                    for i in range(start, min(start + 5000, RECIPIENTS))
                ]
                await conn.execute(insert(User), rows)
        store = BroadcastStore(engine, "hi")
        broadcast = await store.create(created_by=0, audience=Audience(), texts=TEXTS)
        _reset_rss_peak()
        rss_before = _rss_peak_mb()
        began = time.perf_counter()
        await store.start(broadcast)  # one INSERT ... SELECT, no rows through Python
        rows_created = time.perf_counter() - began
        channel = InstantChannel()
        catalogs = Catalogs()
        # model_copy skips validation: the 30/s cap would make this an hour-long run.
        unpaced = settings.broadcast.model_copy(update={"messages_per_second": 100_000})
        languages = Languages(catalogs, "hi", ConversationStore(engine))
        sender = Broadcaster(store, channel, unpaced, languages)
        began = time.perf_counter()
        await sender.deliver(broadcast)
        delivering = time.perf_counter() - began
        counts = await store.counts(broadcast)
        return {
            "database": label,
            "recipients": RECIPIENTS,
            "delivery_rows_created_s": round(rows_created, 2),
            "rows_handled_per_s": round(channel.sent / delivering, 1),
            "sent": counts.get("sent"),
            "skipped_opted_out": counts.get("skipped"),
            "status": (await store.get(broadcast)).status,  # type: ignore[union-attr]
            "rss_before_mb": round(rss_before, 1),
            "rss_peak_mb": round(_rss_peak_mb(), 1),
            "claim_size": sender.claim_size,
        }
    finally:
        await engine.dispose()


async def _noop_translator(catalogs: Catalogs) -> Any:
    return catalogs["en"]
