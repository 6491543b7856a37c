"""Database connections: SQLite by default, PostgreSQL when DATABASE_URL says so."""

from __future__ import annotations

import asyncio
import contextlib
import weakref
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.config import ConfigError, Settings

# The async driver for each database the bot supports.
_ASYNC_DRIVERS = {"postgresql": "postgresql+asyncpg", "sqlite": "sqlite+aiosqlite"}


def database_url(settings: Settings) -> URL:
    """DATABASE_URL if set, else the SQLite file from config.yml, with an async driver."""
    raw = settings.secrets.database_url
    if raw is None:
        path = settings.path(settings.database.sqlite_path)
        path.parent.mkdir(parents=True, exist_ok=True)
        return URL.create("sqlite+aiosqlite", database=str(path))
    return async_url(raw)


def async_url(raw: str) -> URL:
    """Accept the usual spellings (postgres://, postgresql://, sqlite:///) and pick the driver."""
    try:
        url = make_url(raw.replace("postgres://", "postgresql://", 1))
    except Exception as exc:  # SQLAlchemy raises ArgumentError, but be broad: it's user input
        raise ConfigError(f"DATABASE_URL is not a database URL: {exc}") from exc
    backend = url.get_backend_name()
    if backend not in _ASYNC_DRIVERS:
        raise ConfigError(f"DATABASE_URL: unsupported database {backend!r} (use postgresql/sqlite)")
    return url.set(drivername=_ASYNC_DRIVERS[backend])


def create_engine(settings: Settings, url: URL | None = None) -> AsyncEngine:
    url = url or database_url(settings)
    if url.get_backend_name() == "sqlite":
        timeout = settings.database.sqlite_busy_timeout_seconds
        engine = create_async_engine(url, connect_args={"timeout": timeout})
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
        return engine
    return create_async_engine(
        url, pool_size=settings.database.pool_size, pool_pre_ping=True, pool_recycle=1800
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers work while one writer commits; NORMAL sync is durable across application
    # crashes (only a power loss can drop the last commits), and foreign keys are off by default.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


_WRITE_LOCKS: weakref.WeakKeyDictionary[Engine, asyncio.Lock] = weakref.WeakKeyDictionary()


@contextlib.asynccontextmanager
async def transaction(engine: AsyncEngine) -> AsyncIterator[AsyncConnection]:
    """A write transaction; on SQLite, one at a time per process.

    SQLite has a single writer, and a connection that finds the write lock taken sleeps in
    growing steps (up to 100 ms) before retrying, so the conversation log, the broadcast sender
    and the staff desk writing at once would stall each other for seconds. Queueing this
    process's writers instead keeps every commit short. PostgreSQL needs none of this.
    """
    if engine.dialect.name != "sqlite":
        async with engine.begin() as conn:
            yield conn
        return
    lock = _WRITE_LOCKS.setdefault(engine.sync_engine, asyncio.Lock())
    async with lock, engine.begin() as conn:
        yield conn


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)
