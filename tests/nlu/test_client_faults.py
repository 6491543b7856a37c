"""Rasa down, slow or failing: the user still gets a reply in their language within 3 s."""

from __future__ import annotations

import time

import pytest

from bot.config import Settings
from bot.nlu.client import NluUnavailable, RasaNlu
from tests.botapi.emulator import Emulator
from tests.conftest import RasaServer
from tests.harness import bot_settings, running_bot
from tests.support import RasaProxy

pytestmark = pytest.mark.rasa


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
