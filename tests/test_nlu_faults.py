"""Rasa down, slow or failing: the user still gets a reply in their language within 3 s."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from aiohttp import ClientSession, web

from bot.config import Settings
from bot.nlu.client import NluUnavailable, RasaNlu
from tests.botapi.emulator import Emulator
from tests.conftest import RasaServer
from tests.harness import bot_settings, running_bot
from tests.support import free_port

pytestmark = pytest.mark.rasa


class RasaProxy:
    """Sits between the bot and the real Rasa server and misbehaves on demand."""

    def __init__(self, target: str) -> None:
        self.target = target
        self.mode = "ok"  # ok | slow | error | down
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
        async with self._session.request(
            request.method,
            self.target + request.path_qs,
            data=await request.read(),
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


@pytest.fixture
async def proxy(rasa_server: RasaServer) -> AsyncIterator[RasaProxy]:
    proxy = RasaProxy(rasa_server.url)
    await proxy.up()
    yield proxy
    await proxy.close()


@pytest.fixture
async def emulator() -> AsyncIterator[Emulator]:
    emu = Emulator()
    await emu.start()
    yield emu
    await emu.stop()
    assert emu.violations == []


async def test_client_reports_outages_quickly(
    proxy: RasaProxy, rasa_settings: Settings, rasa_server: RasaServer
) -> None:
    cfg = rasa_settings.rasa
    nlu = RasaNlu(proxy.url, rasa_server.token, cfg.timeout_seconds, cfg.retries)
    try:
        assert (await nlu.parse("udyam kya hai")).intent.name == "udyam_registration"
        for mode in ("slow", "error", "down"):
            proxy.mode = mode
            if mode == "down":
                await proxy.down()
            started = time.monotonic()
            with pytest.raises(NluUnavailable):
                await nlu.parse("udyam kya hai")
            assert time.monotonic() - started < 3, mode
        wrong_token = RasaNlu(rasa_server.url, "not-the-token", cfg.timeout_seconds, cfg.retries)
        with pytest.raises(NluUnavailable, match="401"):
            await wrong_token.parse("udyam kya hai")
        await wrong_token.aclose()
    finally:
        await nlu.aclose()


@pytest.mark.parametrize("mode", ["slow", "down", "error"])
async def test_bot_replies_within_3s_in_the_users_language_and_recovers(
    proxy: RasaProxy, emulator: Emulator, rasa_settings: Settings, mode: str
) -> None:
    rasa = rasa_settings.rasa.model_copy(update={"url": proxy.url})
    settings = bot_settings(rasa_settings.model_copy(update={"rasa": rasa}), emulator)
    user = 700
    async with running_bot(settings):
        emulator.user_sends(user, "उद्यम रजिस्ट्रेशन कैसे करें")
        await emulator.wait_messages(user, 1)
        proxy.mode = mode
        if mode == "down":
            await proxy.down()
        update_id = emulator.user_sends(user, "उद्यम रजिस्ट्रेशन कैसे करें")
        [_, busy] = await emulator.wait_messages(user, 2, timeout=10)
        waited = busy["received_at"] - emulator.handed_out_at[update_id]
        assert waited < 3, f"reply took {waited:.2f} s"
        assert any("\u0900" <= ch <= "\u097f" for ch in busy["text"])
        assert "udyamregistration" not in busy["text"]
        # Other users are still served while Rasa misbehaves (the bot did not hang).
        emulator.user_sends(user + 1, "/help")
        await emulator.wait_messages(user + 1, 1, timeout=10)
        proxy.mode = "ok"
        if mode == "down":
            await proxy.up()
        emulator.user_sends(user, "उद्यम रजिस्ट्रेशन कैसे करें")
        [*_, recovered] = await emulator.wait_messages(user, 3, timeout=10)
        assert "udyamregistration.gov.in" in recovered["text"]
