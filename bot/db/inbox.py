"""The update inbox: updates kept from their arrival until they are handled.

Telegram keeps an update until told it arrived: by the next getUpdates call's offset in
polling mode, by the 200 answering its POST in webhook mode
(https://core.telegram.org/bots/api#getting-updates). Telling it only once the update is
handled keeps a crash from losing it, but holds back everything sent after it: during a burst a
newcomer waited for the backlog of every other chat. Kept here, an update may be confirmed as
soon as it is stored. Each row has a holder, the process handling it, whose lease it renews
while it lives; a process that finds a lease run out (its holder died) takes the update over.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import InboxUpdate


class InboxStore:
    def __init__(self, engine: AsyncEngine, *, holder: str, lease: dt.timedelta) -> None:
        self._engine = engine
        self._holder = holder
        self._lease = lease
        dialect = postgresql if engine.dialect.name == "postgresql" else sqlite
        # Telegram hands out an unconfirmed update again after a crash: keep the first copy.
        self._insert = dialect.insert(InboxUpdate).on_conflict_do_nothing(
            index_elements=[InboxUpdate.update_id]
        )

    async def keep(self, updates: list[dict[str, Any]]) -> set[int]:
        """Store updates (Telegram's JSON objects) in one transaction, held by this process;
        the ids of those that were not kept already."""
        now = utcnow()
        rows = [
            {
                "update_id": u["update_id"],
                "payload": u,
                "received_at": now,
                "holder": self._holder,
                "lease_until": now + self._lease,
            }
            for u in updates
        ]
        async with transaction(self._engine) as conn:
            new = await conn.execute(self._insert.returning(InboxUpdate.update_id), rows)
            return {row.update_id for row in new}

    async def forget(self, update_ids: Iterable[int]) -> None:
        """The updates are handled: they need not be handed out again."""
        ids = list(update_ids)
        if not ids:
            return
        async with transaction(self._engine) as conn:
            await conn.execute(delete(InboxUpdate).where(InboxUpdate.update_id.in_(ids)))

    async def renew(self) -> None:
        """This process lives: its updates stay its own for another lease."""
        stmt = (
            update(InboxUpdate)
            .where(InboxUpdate.holder == self._holder)
            .values(lease_until=utcnow() + self._lease)
        )
        async with transaction(self._engine) as conn:
            await conn.execute(stmt)

    async def take_over(self, *, everything: bool = False) -> list[dict[str, Any]]:
        """The updates whose holder's lease ran out (or all of them: long polling has one
        process only), now held by this one; oldest first.

        One conditional UPDATE: of two replicas looking at once, each row goes to one.
        """
        now = utcnow()
        stmt = update(InboxUpdate).values(holder=self._holder, lease_until=now + self._lease)
        if not everything:
            stmt = stmt.where(InboxUpdate.lease_until < now)
        async with transaction(self._engine) as conn:
            rows = await conn.execute(stmt.returning(InboxUpdate.update_id, InboxUpdate.payload))
            taken = sorted(rows, key=lambda row: row.update_id)
        return [dict(row.payload) for row in taken]

    async def waiting(self) -> list[dict[str, Any]]:
        """Every update still kept, oldest first (for tests and inspection)."""
        query = select(InboxUpdate.payload).order_by(InboxUpdate.update_id)
        async with self._engine.connect() as conn:
            return [dict(row.payload) for row in await conn.execute(query)]
