"""Running Alembic migrations from the bot's own settings (and from tests, on any connection)."""

from __future__ import annotations

import asyncio

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import PROJECT_ROOT, ConfigError, Settings
from bot.db.engine import create_engine


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    # env.py uses this connection when given; otherwise it connects with the bot's settings.
    config.attributes["connection"] = connection
    return config


def upgrade_on(connection: Connection, revision: str = "head") -> None:
    command.upgrade(alembic_config(connection), revision)


def check_on(connection: Connection) -> None:
    """Raise if the models have changes that no migration covers (`alembic check`)."""
    command.check(alembic_config(connection))


async def run_on(engine: AsyncEngine, action: str) -> None:
    async with engine.begin() as connection:
        await connection.run_sync(upgrade_on if action == "upgrade" else check_on)


def _run(settings: Settings, action: str) -> None:
    async def go() -> None:
        engine = create_engine(settings)
        try:
            await run_on(engine, action)
        finally:
            await engine.dispose()

    asyncio.run(go())


def upgrade(settings: Settings) -> None:
    """`make migrate`: bring the configured database to the newest schema."""
    _run(settings, "upgrade")


def check(settings: Settings) -> None:
    _run(settings, "check")


def current_and_head(connection: Connection) -> tuple[str | None, str | None]:
    current = MigrationContext.configure(connection).get_current_revision()
    return current, ScriptDirectory.from_config(alembic_config()).get_current_head()


async def ensure_schema(engine: AsyncEngine) -> None:
    """Make sure the database has the newest schema before the bot touches it.

    The embedded SQLite file belongs to this one bot process, so it is simply upgraded. A
    PostgreSQL database is shared by replicas and migrated on purpose (`make migrate`), so a
    stale one stops start-up instead of being changed under the other replicas' feet.
    """
    if engine.dialect.name == "sqlite":
        await run_on(engine, "upgrade")
        return
    async with engine.connect() as connection:
        current, head = await connection.run_sync(current_and_head)
    if current != head:
        raise ConfigError(
            f"the database schema is at revision {current}, the code needs {head}: "
            "run `make migrate` (python -m bot db upgrade)"
        )
