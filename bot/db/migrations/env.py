"""Alembic environment: migrations run on a connection the bot hands over, or on its settings."""

from __future__ import annotations

import asyncio

from alembic import context
from sqlalchemy.engine import Connection

from bot.config import load_settings
from bot.db.engine import create_engine
from bot.db.models import Base

target_metadata = Base.metadata


def _migrate(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place; batch mode copies the table instead.
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


async def _migrate_with_settings() -> None:
    engine = create_engine(load_settings())
    try:
        async with engine.begin() as connection:
            await connection.run_sync(_migrate)
    finally:
        await engine.dispose()


if context.is_offline_mode():
    raise SystemExit("offline (--sql) migrations are not supported; run against a database")

given = context.config.attributes.get("connection")
if given is not None:
    _migrate(given)
else:  # plain `alembic upgrade head` from a shell
    asyncio.run(_migrate_with_settings())
