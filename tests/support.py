"""Test and benchmark support that is not a fixture: free ports, throwaway PostgreSQL databases."""

from __future__ import annotations

import asyncio
import socket
import uuid

import asyncpg
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


class PostgresUnavailable(Exception):
    """No PostgreSQL server answers at TEST_POSTGRES_URL."""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


class PostgresDatabases:
    """Fresh PostgreSQL databases on demand, dropped again by close()."""

    def __init__(self, admin_url: str, settings: Settings) -> None:
        self.admin_url = make_url(admin_url)
        self._settings = settings
        self._created: list[str] = []
        self._shared: AsyncEngine | None = None
        self._checked = False

    async def _admin(self) -> asyncpg.Connection:
        dsn = self.admin_url.set(drivername="postgresql").render_as_string(hide_password=False)
        return await asyncio.wait_for(asyncpg.connect(dsn), timeout=5)

    async def new_database(self) -> str:
        """Create an empty database; return its URL."""
        try:
            conn = await self._admin()
        except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
            raise PostgresUnavailable(
                f"no PostgreSQL server at {self.admin_url!r} ({exc!r}); set TEST_POSTGRES_URL"
            ) from exc
        name = f"saathi_test_{uuid.uuid4().hex[:10]}"
        try:
            await conn.execute(f'CREATE DATABASE "{name}"')
        finally:
            await conn.close()
        self._created.append(name)
        return self.admin_url.set(database=name).render_as_string(hide_password=False)

    async def shared_engine(self) -> AsyncEngine:
        """One migrated database for the whole run (tests empty its tables before use)."""
        if self._shared is None:
            engine = create_engine(self._settings, async_url(await self.new_database()))
            await migrate.run_on(engine, "upgrade")
            self._shared = engine
        return self._shared

    async def close(self) -> None:
        if self._shared is not None:
            await self._shared.dispose()
        if not self._created:
            return
        conn = await self._admin()
        try:
            for name in self._created:
                await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            await conn.close()
