"""The delivery engine: sends due broadcasts from their rows at a steady, safe pace.

The same engine runs inside the bot (a background task) and from `python -m bot broadcast
send-pending`. It never holds more than one batch of rows in memory, never has more than
`in_flight` sends waiting on Telegram, and paces itself below the bot's overall limit so that
people chatting with the bot keep getting quick answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from aiolimiter import AsyncLimiter

from bot import callbacks
from bot.broadcast.deliveries import Task
from bot.broadcast.progress import progress_text
from bot.broadcast.store import BroadcastStore, BroadcastView
from bot.callbacks import Kind
from bot.config import BroadcastSettings
from bot.core.languages import Languages
from bot.db.engine import utcnow
from bot.text.catalogs import N_

log = logging.getLogger(__name__)

# How often a broadcast's status is read while a batch goes out, so pausing takes effect fast.
STATUS_CHECK_SECONDS = 0.5
# TRANSLATORS: the button under an announcement that tells the trainer it was read
ACK_LABEL = N_("Got it ✔")


class SendOutcome(StrEnum):
    SENT = "sent"
    BLOCKED = "blocked"  # 403: blocked the bot or deleted the account; not retried
    RETRY = "retry"  # 429 after the limiter's own retries, network trouble, 5xx
    FAILED = "failed"  # 400 and such: the same request would fail again


@dataclass(frozen=True)
class Announcement:
    """What one recipient gets."""

    chat_id: int
    text: str
    attachment_kind: str | None = None
    attachment_file_id: str | None = None
    link_url: str | None = None
    link_label: str | None = None
    ack_label: str | None = None
    ack_data: str | None = None


@dataclass(frozen=True)
class Result:
    outcome: SendOutcome
    message_id: int | None = None
    error: str | None = None
    retry_after: float = 0.0


class Channel(Protocol):
    """How announcements and progress reach Telegram (or a test)."""

    async def announce(self, announcement: Announcement) -> Result: ...

    async def progress(self, chat_id: int, message_id: int | None, text: str) -> int | None:
        """Post or edit the trainer's progress message; return its id."""


class Broadcaster:
    def __init__(
        self,
        store: BroadcastStore,
        channel: Channel,
        settings: BroadcastSettings,
        languages: Languages,
    ) -> None:
        self._store = store
        self._deliveries = store.deliveries
        self._channel = channel
        self._settings = settings
        self._languages = languages
        # A bucket one deep: never more than the rate in any second (see bot/tg/app.py).
        self._pace = AsyncLimiter(1, 1 / settings.messages_per_second)
        self._slots = asyncio.Semaphore(settings.in_flight)
        self._stopping = asyncio.Event()
        self._progress_messages: dict[int, int] = {}  # broadcast id -> its progress message
        # A claimed batch must go out well within the lease: rows still waiting their turn when
        # it runs out would look abandoned and be claimed, and sent, a second time.
        in_half_a_lease = int(settings.lease_seconds * settings.messages_per_second / 2)
        self._claim_size = max(settings.in_flight, min(settings.batch_size, in_half_a_lease))

    @property
    def claim_size(self) -> int:
        return self._claim_size

    async def run_forever(self) -> None:
        """The bot's background loop: deliver whatever is due, then look again, until stop()."""
        while not self._stopping.is_set():
            try:
                await self.run_due()
            except Exception:
                log.exception("broadcast loop failed; trying again")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), self._settings.poll_seconds)

    def stop(self) -> None:
        """Finish the sends in flight, then return from run_forever (rows left stay pending)."""
        self._stopping.set()

    async def run_due(self) -> int:
        """Work on every due broadcast; return how many rows were handled."""
        handled = 0
        for broadcast_id in await self._store.due(utcnow()):
            handled += await self.deliver(broadcast_id)
        return handled

    async def send_pending(self) -> None:
        """`broadcast send-pending`: deliver due broadcasts; exit once a round has nothing to do
        (rows held for users talking to staff stay for the running bot or a later run)."""
        while await self.run_due():
            pass

    async def deliver(self, broadcast_id: int) -> int:
        """Send one broadcast's ready rows until done, paused, cancelled, or only waiting ones
        are left; return how many rows were handled."""
        broadcast = await self._store.get(broadcast_id)
        if broadcast is None:
            return 0
        if broadcast.status == "scheduled":
            await self._store.start(broadcast_id)
        started, last_progress = time.monotonic(), 0.0
        sent_before = (await self._store.counts(broadcast_id)).get("sent")
        pending: set[asyncio.Task[None]] = set()
        handled = 0
        while not self._stopping.is_set():
            broadcast = await self._store.get(broadcast_id)
            if broadcast is None or broadcast.status != "sending":
                break
            await self._deliveries.release_deferred(broadcast_id)
            tasks = await self._deliveries.claim(
                broadcast_id, self._claim_size, self._settings.lease_seconds
            )
            if not tasks and not pending:
                if await self._store.finish_if_done(broadcast_id):
                    break
                if await self._only_waiting(broadcast_id):
                    break  # deferred rows and retries wait for a later round
                await asyncio.sleep(0.2)  # rows held by another sender: look again shortly
            checked = time.monotonic()
            for index, task in enumerate(tasks):
                await self._slots.acquire()
                if time.monotonic() - checked >= STATUS_CHECK_SECONDS or self._stopping.is_set():
                    # A trainer may pause or cancel while a batch is going out: rows not yet
                    # sent go back to pending (cancelling then skips them).
                    checked = time.monotonic()
                    current = await self._store.get(broadcast_id)
                    if self._stopping.is_set() or current is None or current.status != "sending":
                        self._slots.release()
                        await self._deliveries.release([t.delivery_id for t in tasks[index:]])
                        break
                handled += 1
                job = asyncio.create_task(self._send(broadcast, task))
                pending.add(job)
                job.add_done_callback(pending.discard)
                if time.monotonic() - last_progress >= self._settings.progress_every_seconds:
                    last_progress = time.monotonic()
                    await self._progress(broadcast, started, sent_before)
            if not tasks and pending:
                await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        if pending:
            await asyncio.wait(pending)
        final = await self._store.get(broadcast_id)
        if final is not None:
            await self._progress(final, started, sent_before)
        return handled

    async def _only_waiting(self, broadcast_id: int) -> bool:
        counts = await self._store.counts(broadcast_id)
        return counts.get("sending") == 0 and counts.get("pending") + counts.get("deferred") > 0

    async def _send(self, broadcast: BroadcastView, task: Task) -> None:
        try:
            if broadcast.defer_escalated and await self._deliveries.has_open_escalation(
                task.user_id
            ):
                await self._deliveries.deferred(task.delivery_id)
                return
            async with self._pace:
                result = await self._channel.announce(self._announcement(broadcast, task))
            if result.outcome is SendOutcome.SENT and result.message_id is not None:
                await self._deliveries.sent(task.delivery_id, result.message_id)
            elif result.outcome is SendOutcome.BLOCKED:
                await self._deliveries.blocked(task, result.error or "blocked")
            elif result.outcome is SendOutcome.FAILED:
                await self._deliveries.failed(task, result.error or "failed")
            else:  # try again later, waiting longer each time, a bounded number of times
                delay = max(result.retry_after, 2.0 ** (task.attempts + 1))
                await self._deliveries.retry_later(
                    task, result.error or "retry", delay, self._settings.max_attempts
                )
        except Exception:
            log.exception("delivery %s of broadcast %s failed", task.delivery_id, broadcast.id)
            await self._deliveries.retry_later(
                task, "internal error", 5.0, self._settings.max_attempts
            )
        finally:
            self._slots.release()

    def _announcement(self, broadcast: BroadcastView, task: Task) -> Announcement:
        t = self._languages.named(task.language)
        return Announcement(
            chat_id=task.chat_id,
            text=broadcast.text_for(task.language),
            attachment_kind=broadcast.attachment_kind,
            attachment_file_id=broadcast.attachment_file_id,
            link_url=broadcast.link_url,
            link_label=broadcast.link_label,
            ack_label=t(ACK_LABEL) if broadcast.ack_button else None,
            ack_data=callbacks.make(Kind.ACK, broadcast.id) if broadcast.ack_button else None,
        )

    async def _progress(self, broadcast: BroadcastView, started: float, sent_before: int) -> None:
        if broadcast.progress_chat_id is None:
            return
        t = await self._languages.for_user(broadcast.created_by)
        counts = await self._store.counts(broadcast.id)
        text = progress_text(t, broadcast, counts, started, sent_before)
        # The broadcast read at the start of a batch does not know the message posted since:
        # without this, every progress update of the first batch posted a new message.
        known = broadcast.progress_message_id or self._progress_messages.get(broadcast.id)
        message_id = await self._channel.progress(broadcast.progress_chat_id, known, text)
        if message_id is not None and message_id != known:
            self._progress_messages[broadcast.id] = message_id
            await self._store.set_progress_message(broadcast.id, message_id)
