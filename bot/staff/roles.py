"""Who may do what: admins, staff and trainers from config.yml plus grants made at run time."""

from __future__ import annotations

import time
from typing import Literal

from bot.config import RolesSettings
from bot.db.grants import RoleGrants

Role = Literal["staff", "trainer"]

# Seconds a read of the run-time trainer grants serves `might_be_trainer`. Grants made in this
# process clear it at once; another replica's grant is seen within this time.
GRANTS_TTL = 10.0


class Roles:
    def __init__(self, settings: RolesSettings, store: RoleGrants) -> None:
        self._settings = settings
        self._store = store
        self._trainer_grants: tuple[float, frozenset[int]] | None = None  # (read at, ids)

    def is_admin(self, user_id: int) -> bool:
        return user_id in self._settings.admins

    async def has(self, user_id: int, role: Role) -> bool:
        """Admins have every role; others need config.yml or an admin's grant."""
        if self.is_admin(user_id):
            return True
        listed = self._settings.staff if role == "staff" else self._settings.trainers
        return user_id in listed or user_id in await self._store.granted(role)

    async def is_staff(self, user_id: int) -> bool:
        return await self.has(user_id, "staff")

    async def is_trainer(self, user_id: int) -> bool:
        return await self.has(user_id, "trainer")

    async def might_be_trainer(self, user_id: int) -> bool:
        """A cheap hint, never a permission: whether the user may be a trainer, from grants read
        at most GRANTS_TTL seconds ago. Every message passes this check (bot/tg/broadcast_flow.py)
        and a database read for each would cost what the bot's whole budget allows."""
        if self.is_admin(user_id) or user_id in self._settings.trainers:
            return True
        now = time.monotonic()
        if self._trainer_grants is None or now - self._trainer_grants[0] > GRANTS_TTL:
            self._trainer_grants = (now, frozenset(await self._store.granted("trainer")))
        return user_id in self._trainer_grants[1]

    def grants_changed(self) -> None:
        """An admin granted or revoked a role in this process: read the grants again."""
        self._trainer_grants = None
