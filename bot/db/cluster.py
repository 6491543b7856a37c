"""Coordination between bot replicas through PostgreSQL (`cluster.enabled`).

Two things cannot stay in each process once several serve one bot:

- **One chat at a time.** Telegram may deliver a user's two quick messages to two replicas at
  once; each would read the same state and answer out of order. A chat is leased in
  `chat_leases` for the time its update is handled. A lease row rather than an advisory lock:
  a lock lives as long as a connection, and holding one connection per update in progress (64
  at once by default) would exhaust PostgreSQL's connections; a lease costs none while held,
  and a crashed replica's lease simply runs out.
- **Telegram's limits** (30 messages a second, 20 a minute per group) are the bot's, not each
  process's. `send_slots` holds the next free moment for each limit; every send reserves one
  slot with a single atomic upsert, in the database server's clock so that replicas' clocks do
  not matter. A private chat's budget (a short burst, then about one a second) is a slot of
  its own that may be taken a few intervals early: GCRA, the token bucket as one stored time.
  A 429 pushes the slot it concerns back (a chat's, or the overall one, which pauses every
  replica).

When the database does not answer, both give way rather than stop the bot: the update is
handled without a lease (the assistant then tells the user to try again shortly) and sends
fall back to each process's own pacing. Both are logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import AsyncIterator
from enum import Enum

from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import ConfigError

log = logging.getLogger(__name__)

_TAKE = text(
    """
    INSERT INTO chat_leases (chat_id, holder, expires_at)
    VALUES (:chat_id, :holder, clock_timestamp() + make_interval(secs => :lease))
    ON CONFLICT (chat_id) DO UPDATE
        SET holder = EXCLUDED.holder, expires_at = EXCLUDED.expires_at
        WHERE chat_leases.expires_at < clock_timestamp()
    RETURNING (xmax <> 0) AS taken_over
    """
)
_RENEW = text(
    """
    UPDATE chat_leases SET expires_at = clock_timestamp() + make_interval(secs => :lease)
    WHERE chat_id = :chat_id AND holder = :holder
    """
)
_GIVE_BACK = text("DELETE FROM chat_leases WHERE chat_id = :chat_id AND holder = :holder")
# GCRA: `next_at` is when the next request would be on time, and one may go up to `tolerance`
# seconds before it (a burst; 0 for even spacing). The slot handed out is the later of that and
# `earliest` seconds from now; next_at moves on by `interval` from the later of itself and the
# slot. The slot is read back from the new next_at: GREATEST(new - interval - tolerance, now +
# earliest) is the slot in both cases (it was on time, or early within the tolerance). Returns
# how long to wait for it.
_RESERVE = text(
    """
    INSERT INTO send_slots (key, next_at)
    VALUES (:key, extract(epoch FROM clock_timestamp()) + :earliest + :interval)
    ON CONFLICT (key) DO UPDATE
        SET next_at = GREATEST(send_slots.next_at, EXCLUDED.next_at - :interval) + :interval
    RETURNING GREATEST(
        next_at - :interval - :tolerance, extract(epoch FROM clock_timestamp()) + :earliest
    ) - extract(epoch FROM clock_timestamp()) AS wait
    """
)
_PAUSE = text(
    """
    INSERT INTO send_slots (key, next_at)
    VALUES (:key, extract(epoch FROM clock_timestamp()) + :wait + :tolerance)
    ON CONFLICT (key) DO UPDATE SET next_at = GREATEST(send_slots.next_at, EXCLUDED.next_at)
    """
)
_MAX_POLL = 0.1  # seconds between looks at a chat another replica holds


class _Take(Enum):
    TAKEN = "taken"
    TAKEN_OVER = "taken over"  # from a holder whose lease ran out
    HELD = "held"  # by another replica
    FAILED = "failed"  # the database did not answer


class Cluster:
    def __init__(self, engine: AsyncEngine, *, lease_seconds: float) -> None:
        if engine.dialect.name != "postgresql":
            raise ConfigError("cluster.enabled needs PostgreSQL (DATABASE_URL=postgresql://...)")
        self._engine = engine
        self._lease = lease_seconds
        self._pace_failing = False

    @contextlib.asynccontextmanager
    async def chat(self, chat_id: int) -> AsyncIterator[bool]:
        """Hold `chat_id` against the other replicas while the block runs.

        Yields True when the lease was taken over from a holder that never gave it back: a
        replica that died, perhaps after answering the update it was handling, which Telegram
        now sends again (the handlers then check the conversation log first).
        """
        holder = uuid.uuid4().hex
        taken, pause = await self._take(chat_id, holder), 0.005
        while taken is _Take.HELD:
            await asyncio.sleep(pause)
            pause = min(pause * 2, _MAX_POLL)
            taken = await self._take(chat_id, holder)
        if taken is _Take.FAILED:  # no database: handle it anyway (the assistant says so)
            yield False
            return
        # The lease is short, so that a dead replica's chats are free again soon, and renewed
        # while the update takes longer (a slow NLU, a 429 pause).
        renewing = asyncio.create_task(self._renew(chat_id, holder))
        try:
            yield taken is _Take.TAKEN_OVER
        finally:
            renewing.cancel()
            with contextlib.suppress(Exception):  # unreleased, it expires by itself
                async with self._engine.begin() as conn:
                    await conn.execute(_GIVE_BACK, {"chat_id": chat_id, "holder": holder})

    async def _renew(self, chat_id: int, holder: str) -> None:
        params = {"chat_id": chat_id, "holder": holder, "lease": self._lease}
        while True:
            await asyncio.sleep(self._lease / 3)
            try:
                async with self._engine.begin() as conn:
                    await conn.execute(_RENEW, params)
            except Exception as exc:  # the next try may work; the lease has time left
                log.warning("could not renew the lease on chat %s: %s", chat_id, exc)

    async def _take(self, chat_id: int, holder: str) -> _Take:
        """One try. Taken over means an updated, not inserted, row: PostgreSQL's xmax is set."""
        params = {"chat_id": chat_id, "holder": holder, "lease": self._lease}
        try:
            async with self._engine.begin() as conn:
                row = (await conn.execute(_TAKE, params)).first()
        except Exception as exc:
            log.warning("chat %s handled without a lease: database unavailable (%s)", chat_id, exc)
            return _Take.FAILED
        if row is None:
            return _Take.HELD
        return _Take.TAKEN_OVER if row.taken_over else _Take.TAKEN

    async def reserve(
        self, key: str, interval: float, earliest: float, tolerance: float = 0.0
    ) -> float:
        """Seconds to wait before sending on limit `key` (one request per `interval` seconds,
        up to `tolerance` seconds early), at least `earliest`. Without the database:
        `earliest`, i.e. this process's own pace."""
        params = {"key": key, "interval": interval, "earliest": earliest, "tolerance": tolerance}
        try:
            async with self._engine.begin() as conn:
                wait = float((await conn.execute(_RESERVE, params)).scalar_one())
        except Exception as exc:
            if not self._pace_failing:
                log.warning("shared send pace unavailable, pacing this process alone: %s", exc)
            self._pace_failing = True
            return earliest
        if self._pace_failing:
            log.info("shared send pace available again")
            self._pace_failing = False
        return max(wait, earliest)

    async def pause(self, key: str, seconds: float, tolerance: float = 0.0) -> None:
        """Telegram answered 429: no replica sends on `key` for `seconds` (for a key reserved
        with a tolerance, pass the same one)."""
        params = {"key": key, "wait": seconds, "tolerance": tolerance}
        try:
            async with self._engine.begin() as conn:
                await conn.execute(_PAUSE, params)
        except Exception as exc:
            log.warning("could not share a 429 pause with the other replicas: %s", exc)
