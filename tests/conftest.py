"""Shared fixtures: settings, real databases (SQLite and PostgreSQL), the real Rasa server."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import PROJECT_ROOT as ROOT
from bot.config import Settings, load_settings
from bot.db import migrate
from bot.db.engine import create_engine
from bot.db.models import Base
from bot.nlu import server
from tests.botapi.emulator import Emulator, Limits
from tests.support import (
    DEFAULT_POSTGRES,
    PostgresDatabases,
    PostgresUnavailable,
    RasaProxy,
    free_port,
)

IN_CI = os.environ.get("CI", "").lower() == "true"


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


def skip_or_fail(exc: PostgresUnavailable) -> NoReturn:
    """Without a PostgreSQL server, skip with the reason; with CI=true, fail the run."""
    if IN_CI:
        pytest.fail(f"CI=true needs PostgreSQL: {exc}")
    pytest.skip(str(exc))


@pytest.fixture
async def postgres_url(postgres: PostgresDatabases) -> str:
    """A fresh, empty PostgreSQL database (not migrated)."""
    try:
        return await postgres.new_database()
    except PostgresUnavailable as exc:
        skip_or_fail(exc)


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
    try:
        pg = await postgres.shared_engine()
    except PostgresUnavailable as exc:
        skip_or_fail(exc)
    async with pg.begin() as conn:
        tables = ", ".join(Base.metadata.tables)
        await conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    yield pg


# -- Telegram ---------------------------------------------------------------------------------


@pytest.fixture
async def emulator(request: pytest.FixtureRequest) -> AsyncIterator[Emulator]:
    """The Bot API emulator; every request the bot made must have followed the spec.

    Its limits are the fixture's parameter: `@with_limits(...)` (tests/botapi/emulator.py) has
    Telegram's 429s enforced, and then the bot must never have been given one."""
    limits: Limits = getattr(request, "param", Limits())
    emu = Emulator(
        enforce_limits=limits.enforce,
        group_limit=limits.group_limit,
        group_window=limits.group_window,
        chat_burst=limits.chat_burst,
        chat_interval=limits.chat_interval,
    )
    await emu.start()
    yield emu
    await emu.stop()
    assert emu.violations == [], "the bot sent requests that break the Bot API"
    if limits.enforce:
        assert emu.limited == [], "the bot went over Telegram's limits"


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
async def proxy(rasa_server: RasaServer) -> AsyncIterator[RasaProxy]:
    """A proxy between the bot and the real Rasa server that misbehaves on demand."""
    proxy = RasaProxy(rasa_server.url)
    await proxy.up()
    yield proxy
    await proxy.close()


@pytest.fixture
def rasa_settings(settings: Settings, rasa_server: RasaServer) -> Settings:
    """Settings that reach the test Rasa server, with its token."""
    rasa = settings.rasa.model_copy(update={"url": rasa_server.url})
    secrets_ = settings.secrets.model_copy(update={"rasa_token": rasa_server.token})
    return settings.model_copy(update={"rasa": rasa, "secrets": secrets_})
