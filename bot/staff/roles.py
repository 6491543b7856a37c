"""Who may do what: admins, staff and trainers from config.yml plus grants made at run time."""

from __future__ import annotations

from typing import Literal

from bot.config import RolesSettings
from bot.db.escalations import EscalationStore

Role = Literal["staff", "trainer"]


class Roles:
    def __init__(self, settings: RolesSettings, store: EscalationStore) -> None:
        self._settings = settings
        self._store = store

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
