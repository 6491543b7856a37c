"""Shared fixtures: settings, real databases (SQLite and PostgreSQL), the real Rasa server."""

from __future__ import annotations

import asyncio
import os
import secrets
import socket
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import PROJECT_ROOT as ROOT
from bot.config import Settings, load_settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine
from bot.nlu import server

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"
IN_CI = os.environ.get("CI", "").lower() == "true"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


@pytest.fixture(scope="session", autouse=True)
def compiled_catalogs() -> None:
    """Compile the .po catalogs so tests never run against stale .mo files."""
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "babel_runner.py"), "compile"], check=True
    )


@pytest.fixture(scope="session")
def base_settings() -> Settings:
    return load_settings(env={})


@pytest.fixture
def settings(base_settings: Settings, tmp_path: Path) -> Settings:
    """Project settings with the SQLite file in a fresh temporary folder."""
    database = base_settings.database.model_copy(update={"sqlite_path": tmp_path / "saathi.db"})
    return base_settings.model_copy(update={"database": database})


# -- PostgreSQL -------------------------------------------------------------------------------


class PostgresDatabases:
    """Fresh PostgreSQL databases on demand; skips (or, with CI=true, fails) without a server."""

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
            reason = f"no PostgreSQL server at {self.admin_url!r} ({exc!r}); set TEST_POSTGRES_URL"
            if IN_CI:
                pytest.fail(f"CI=true needs PostgreSQL: {reason}")
            pytest.skip(reason)
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


@pytest.fixture(scope="session")
async def postgres(base_settings: Settings) -> AsyncIterator[PostgresDatabases]:
    databases = PostgresDatabases(
        os.environ.get("TEST_POSTGRES_URL", DEFAULT_POSTGRES), base_settings
    )
    yield databases
    await databases.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def engine(
    request: pytest.FixtureRequest, settings: Settings, postgres: PostgresDatabases
) -> AsyncIterator[AsyncEngine]:
    """A migrated, empty database: SQLite in a temp file, and the same on PostgreSQL."""
    if request.param == "sqlite":
        sqlite = create_engine(settings)
        try:
            await migrate.run_on(sqlite, "upgrade")
            yield sqlite
        finally:
            await sqlite.dispose()
        return
    pg = await postgres.shared_engine()
    async with pg.begin() as conn:
        await conn.execute(text("TRUNCATE users, messages, escalations RESTART IDENTITY CASCADE"))
    yield pg


# -- Rasa -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class RasaServer:
    url: str
    token: str
    pid: int


@pytest.fixture(scope="session")
def rasa_server(
    base_settings: Settings, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[RasaServer]:
    """The real Rasa server with the trained model, on a free port, once per test run."""
    paths = server.RasaPaths.from_settings(base_settings)
    port, token = free_port(), secrets.token_urlsafe(16)
    log_file = tmp_path_factory.mktemp("rasa") / "rasa.log"
    process = server.start(paths, "127.0.0.1", port, token, log_file=log_file)
    url = f"http://127.0.0.1:{port}"
    try:
        server.wait_ready(url, token, base_settings.rasa.startup_timeout_seconds, process.pid)
        yield RasaServer(url, token, process.pid)
    except Exception:
        print(log_file.read_text(errors="replace")[-3000:])
        raise
    finally:
        server.stop(process.pid)
        process.wait()


@pytest.fixture
def rasa_settings(settings: Settings, rasa_server: RasaServer) -> Settings:
    """Settings that reach the test Rasa server, with its token."""
    rasa = settings.rasa.model_copy(update={"url": rasa_server.url})
    secrets_ = settings.secrets.model_copy(update={"rasa_token": rasa_server.token})
    return settings.model_copy(update={"rasa": rasa, "secrets": secrets_})
