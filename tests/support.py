"""Test and benchmark support that is not a fixture: free ports, throwaway PostgreSQL databases."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import Awaitable, Callable

import asyncpg
from aiohttp import ClientSession, web
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings
from bot.db import migrate
from bot.db.engine import async_url, create_engine

DEFAULT_POSTGRES = "postgresql://postgres@127.0.0.1:5432/test"


class PostgresUnavailable(Exception):
    """No PostgreSQL server answers at TEST_POSTGRES_URL."""


async def until(
    condition: Callable[[], bool | Awaitable[bool]], timeout: float = 10, what: str = ""
) -> None:
    """Wait until `condition()` (plain or awaitable) holds; fail after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        held = condition()
        if not isinstance(held, bool):
            held = await held
        if held:
            return
        assert time.monotonic() < deadline, f"never happened: {what or condition}"
        await asyncio.sleep(0.02)


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


class TcpProxy:
    """A TCP relay to a server that can be taken away and brought back, like a restart.

    `down()` closes every open connection and stops listening (new connections are refused);
    `up()` listens again on the same port.
    """

    def __init__(self, host: str, port: int) -> None:
        self._target = (host, port)
        self.port = free_port()
        self._server: asyncio.Server | None = None
        self._writers: set[asyncio.StreamWriter] = set()
        self._pipes: set[asyncio.Task[None]] = set()

    async def up(self) -> None:
        self._server = await asyncio.start_server(self._accept, "127.0.0.1", self.port)

    async def down(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()
            self._server = None
        for writer in list(self._writers):
            writer.close()
        self._writers.clear()

    async def _accept(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            up_reader, up_writer = await asyncio.open_connection(*self._target)
        except OSError:
            writer.close()
            return
        self._writers |= {writer, up_writer}
        for source, sink in ((reader, up_writer), (up_reader, writer)):
            task = asyncio.create_task(self._pipe(source, sink))
            self._pipes.add(task)
            task.add_done_callback(self._pipes.discard)

    async def _pipe(self, source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
        try:
            while data := await source.read(65536):
                sink.write(data)
                await sink.drain()
        except (OSError, RuntimeError):
            pass
        finally:
            sink.close()
            self._writers.discard(sink)


class RasaProxy:
    """Sits between the bot and the real Rasa server and misbehaves on demand."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.mode = "ok"  # ok | slow | error | down
        # Messages containing this text take delay_seconds longer (the rest pass at once).
        self.delay_marker: str | None = None
        self.delay_seconds = 0.0
        self.port = free_port()
        self._runner: web.AppRunner | None = None
        self._session: ClientSession | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def _forward(self, request: web.Request) -> web.StreamResponse:
        if self.mode == "slow":
            await asyncio.sleep(30)
        if self.mode == "error":
            return web.json_response({"message": "model not ready"}, status=500)
        assert self._session is not None
        body = await request.read()
        if self.delay_marker and self.delay_marker.encode() in body:
            await asyncio.sleep(self.delay_seconds)
        async with self._session.request(
            request.method,
            self.target + request.path_qs,
            data=body,
            headers={"Content-Type": request.content_type},
        ) as upstream:
            return web.Response(
                body=await upstream.read(),
                status=upstream.status,
                content_type=upstream.content_type,
            )

    async def up(self) -> None:
        self._session = self._session or ClientSession()
        app = web.Application()
        app.router.add_route("*", "/{tail:.*}", self._forward)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=0.1)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", self.port).start()

    async def down(self) -> None:
        """Stop listening, like a crashed server: connections are refused."""
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def close(self) -> None:
        await self.down()
        if self._session is not None:
            await self._session.close()
