"""Migrations build the schema from empty on SQLite and PostgreSQL and match the models."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import ConfigError, Settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine


def _tables(connection: Connection) -> set[str]:
    return set(inspect(connection).get_table_names())


async def _upgrade_check_downgrade(engine: AsyncEngine) -> None:
    async with engine.connect() as conn:
        assert await conn.run_sync(_tables) == set()
    await migrate.run_on(engine, "upgrade")
    async with engine.begin() as conn:
        assert {"users", "messages", "escalations"} <= await conn.run_sync(_tables)
        await conn.run_sync(migrate.check_on)  # models and migrations agree
    async with engine.begin() as conn:
        await conn.run_sync(lambda c: command.downgrade(migrate.alembic_config(c), "base"))
    async with engine.connect() as conn:
        assert await conn.run_sync(_tables) <= {"alembic_version"}
    await migrate.run_on(engine, "upgrade")


async def test_sqlite_from_empty(settings: Settings) -> None:
    engine = create_engine(settings)
    try:
        await _upgrade_check_downgrade(engine)
    finally:
        await engine.dispose()


@pytest.mark.postgres
async def test_postgresql_from_empty(postgres_url: str, settings: Settings) -> None:
    engine = create_engine(settings, async_url(postgres_url))
    try:
        await _upgrade_check_downgrade(engine)
    finally:
        await engine.dispose()


@pytest.mark.postgres
async def test_start_up_refuses_a_stale_postgresql_schema_but_upgrades_sqlite(
    postgres_url: str, settings: Settings
) -> None:
    engine = create_engine(settings, async_url(postgres_url))
    try:
        with pytest.raises(ConfigError, match="make migrate"):
            await migrate.ensure_schema(engine)
        await migrate.run_on(engine, "upgrade")
        await migrate.ensure_schema(engine)
    finally:
        await engine.dispose()
    sqlite = create_engine(settings)
    try:
        await migrate.ensure_schema(sqlite)
        async with sqlite.connect() as conn:
            assert "messages" in await conn.run_sync(_tables)
    finally:
        await sqlite.dispose()
