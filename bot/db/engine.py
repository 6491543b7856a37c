"""Database connections: SQLite by default, PostgreSQL when DATABASE_URL says so."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any, TypeVar

from sqlalchemy import event
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

from bot.config import ConfigError, Settings
from bot.records.turns import DatabaseUnavailable

log = logging.getLogger(__name__)
T = TypeVar("T")

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


def utcnow() -> dt.datetime:
    """The time stored in every timestamp column: aware, in UTC."""
    return dt.datetime.now(dt.UTC)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def is_transient(exc: BaseException) -> bool:
    """An error that waiting can cure: a lost or refused connection, a locked SQLite file.

    asyncpg's refused connections arrive as plain OSError, not wrapped by SQLAlchemy.
    """
    if isinstance(exc, DBAPIError) and exc.connection_invalidated:
        return True
    return isinstance(exc, OperationalError | InterfaceError | OSError | TimeoutError)


def _short(exc: BaseException) -> str:
    """The driver's own message, without the SQL and its parameters (they hold user text)."""
    original = exc.orig if isinstance(exc, DBAPIError) else exc
    return f"{type(original).__name__}: {original}"[:200]


async def retrying(operation: Callable[[], Awaitable[T]], within: float) -> T:
    """Run `operation`, retrying transient database errors with growing pauses for `within`
    seconds; then raise DatabaseUnavailable. Other errors pass through at once."""
    deadline = time.monotonic() + within
    pause = 0.05
    while True:
        try:
            return await operation()
        except Exception as exc:
            if not is_transient(exc):
                raise
            if time.monotonic() + pause > deadline:
                raise DatabaseUnavailable(_short(exc)) from exc
            log.warning("database unavailable, retrying in %.2f s: %s", pause, _short(exc))
        await asyncio.sleep(pause)
        pause = min(pause * 2, 1.0)
