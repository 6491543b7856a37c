"""Updates kept in the database from arrival until handled (bot/db/inbox.py says why).

With the inbox, Telegram is told an update arrived as soon as it is stored: the next
getUpdates goes out at once (bot/tg/processor.py, GatedUpdatesRequest) and the webhook answers
200 at once (bot/tg/webhook.py), instead of once the update is handled. A message written
behind another chat's backlog is so fetched, and answered, at once. What a process was
handling when it died is handed out again by the next start (polling) or by whichever replica
sees its lease run out (webhook); the handlers then skip the messages already in the
conversation log, as after any restart. If the inbox cannot be written, updates are confirmed
only once handled, as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine
from telegram import Update

from bot.db.inbox import InboxStore
from bot.tg.context import SaathiApp
from bot.tg.processor import UpdateTracker

log = logging.getLogger(__name__)

# Handled updates are forgotten in batches, this long after the first of a batch: one DELETE
# for many under load, and a crash in between only hands out again what the log then skips.
FORGET_AFTER_SECONDS = 0.05


class UpdateInbox:
    def __init__(
        self, engine: AsyncEngine, tracker: UpdateTracker, *, lease_seconds: float
    ) -> None:
        self._store = InboxStore(
            engine, holder=uuid.uuid4().hex, lease=dt.timedelta(seconds=lease_seconds)
        )
        self._tracker = tracker
        self._lease = lease_seconds
        self._kept: set[int] = set()  # stored (or being stored), not yet handled
        self._replayed: set[int] = set()  # handed out again from the inbox
        self._done: list[int] = []  # handled, still to delete
        self._wake = asyncio.Event()
        # Rows are deleted only after their INSERT committed, never before: else a quickly
        # handled update would stay in the inbox and be handed out again later.
        self._writing = asyncio.Lock()
        self._tasks: list[asyncio.Task[None]] = []
        self._app: SaathiApp | None = None
        self._arriving: list[tuple[dict[str, Any], asyncio.Future[bool | None]]] = []
        self._arrivals: asyncio.Task[None] | None = None

    async def start(self, app: SaathiApp, *, polling: bool) -> None:
        """Hand the application what dead processes left (all of it when polling, which only
        one process does; before polling starts), then keep taking updates in and out."""
        self._app = app
        self._tracker.on_handled = self.handled
        await self._take_over(everything=polling)
        self._tasks = [
            asyncio.create_task(self._forget_forever(), name="inbox: forget handled"),
            asyncio.create_task(self._watch_forever(), name="inbox: leases"),
        ]

    async def keep(self, updates: list[dict[str, Any]]) -> bool:
        """Store a polled batch; False if it could not be (it is then confirmed only once
        handled). Updates replayed at the start are left out: Telegram hands out again what a
        crash left unconfirmed, the processor skips that second copy
        (UpdateTracker.duplicate), and storing it again would keep it after its first copy
        was handled and forgotten."""
        fresh = [u for u in updates if int(u["update_id"]) not in self._replayed]
        return not fresh or await self._keep(fresh) is not None

    async def keep_one(self, update: dict[str, Any]) -> bool | None:
        """Store a webhook's update: True if new, False if kept already (Telegram sent it
        again; its holder handles it), None if it could not be stored.

        Telegram posts many updates at once (up to its max_connections); those arriving while
        an INSERT is in flight go together in the next one, so that a burst costs a few
        transactions and the database pool stays free for the updates' own work.
        """
        decided: asyncio.Future[bool | None] = asyncio.get_running_loop().create_future()
        self._arriving.append((update, decided))
        if self._arrivals is None or self._arrivals.done():
            self._arrivals = asyncio.create_task(self._keep_arrivals(), name="inbox: keep")
        return await decided

    async def _keep_arrivals(self) -> None:
        while self._arriving:
            batch, self._arriving = self._arriving, []
            new = await self._keep([update for update, _ in batch])
            for update, decided in batch:
                if not decided.done():
                    decided.set_result(None if new is None else update["update_id"] in new)

    async def _keep(self, updates: list[dict[str, Any]]) -> set[int] | None:
        ids = {int(u["update_id"]) for u in updates}
        fresh = ids - self._kept
        self._kept |= fresh
        async with self._writing:
            try:
                return await self._store.keep(updates)
            except Exception as exc:
                log.warning("could not keep %d updates in the inbox: %s", len(ids), exc)
                self._kept -= fresh
                return None

    def handled(self, update_id: int) -> None:
        if update_id in self._kept:
            self._kept.discard(update_id)
            self._done.append(update_id)
            self._wake.set()

    async def _take_over(self, *, everything: bool) -> None:
        try:
            waiting = await self._store.take_over(everything=everything)
        except Exception as exc:  # the database is away: try again at the next look
            log.warning("could not read the update inbox: %s", exc)
            return
        if not waiting or self._app is None:
            return
        log.info("replaying %d updates kept in the inbox", len(waiting))
        ids = [int(payload["update_id"]) for payload in waiting]
        self._kept.update(ids)
        self._replayed.update(ids)
        self._tracker.replayed(ids)
        for payload in waiting:
            await self._app.update_queue.put(Update.de_json(payload, self._app.bot))

    async def _watch_forever(self) -> None:
        """Renew this process's leases, and take over those of processes that died."""
        while True:
            await asyncio.sleep(self._lease / 3)
            try:
                await self._store.renew()
            except Exception as exc:  # the lease has time left; the next round tries again
                log.warning("could not renew the update inbox leases: %s", exc)
            await self._take_over(everything=False)

    async def _forget_forever(self) -> None:
        while True:
            await self._wake.wait()
            await asyncio.sleep(FORGET_AFTER_SECONDS)
            self._wake.clear()
            await self._forget()

    async def _forget(self) -> None:
        done, self._done = self._done, []
        if not done:
            return
        async with self._writing:
            try:
                await self._store.forget(done)
            except Exception as exc:  # the next round tries again; meanwhile they stay kept
                log.warning("could not clear %d handled updates from the inbox: %s", len(done), exc)
                self._done.extend(done)

    async def close(self) -> None:
        """Forget what was handled, then stop (before the database engine closes)."""
        self._tracker.on_handled = None
        for task in self._tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []
        await self._forget()
