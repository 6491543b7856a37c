"""Roles granted at run time by admins (/staff add, /trainer add), beside those in config.yml."""

from __future__ import annotations

from sqlalchemy import delete, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db.engine import transaction, utcnow
from bot.db.models import RoleGrant


class RoleGrants:
    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def grant(self, user_id: int, role: str, granted_by: int) -> bool:
        async with transaction(self._engine) as conn:
            exists = (
                await conn.execute(
                    select(RoleGrant.user_id).where(
                        RoleGrant.user_id == user_id, RoleGrant.role == role
                    )
                )
            ).first()
            if exists:
                return False
            await conn.execute(
                insert(RoleGrant).values(
                    user_id=user_id, role=role, granted_by=granted_by, granted_at=utcnow()
                )
            )
            return True

    async def revoke(self, user_id: int, role: str) -> bool:
        async with transaction(self._engine) as conn:
            result = await conn.execute(
                delete(RoleGrant).where(RoleGrant.user_id == user_id, RoleGrant.role == role)
            )
            return result.rowcount == 1

    async def granted(self, role: str) -> set[int]:
        async with self._engine.connect() as conn:
            rows = await conn.execute(select(RoleGrant.user_id).where(RoleGrant.role == role))
            return {row[0] for row in rows}
