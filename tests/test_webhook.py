"""Webhook mode: updates without Telegram's secret token header are rejected."""

from __future__ import annotations

import json

import httpx
import pytest

from bot.config import ConfigError, Settings
from bot.services import Services
from bot.tg.app import ALLOWED_UPDATES, build_application, run
from tests.botapi.emulator import Emulator
from tests.fakes import DEFAULT_RULES, FakeNlu
from tests.harness import bot_settings
from tests.support import free_port


async def test_webhook_requires_the_secret_token(settings: Settings) -> None:
    emulator = Emulator()
    await emulator.start()
    settings = bot_settings(settings, emulator)
    app = build_application(settings, lambda s: Services.open(s, nlu=FakeNlu(DEFAULT_RULES)))
    port, secret = free_port(), "s3cret-token_value"
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None and app.updater
    await app.post_init(app)
    await app.updater.start_webhook(
        listen="127.0.0.1",
        port=port,
        url_path="telegram",
        secret_token=secret,
        webhook_url="https://example.org/telegram",
        allowed_updates=ALLOWED_UPDATES,
    )
    await app.start()
    try:
        assert emulator.webhook is not None and emulator.webhook["secret_token"] == secret
        url = f"http://127.0.0.1:{port}/telegram"
        update = {
            "update_id": 1,
            "message": emulator.message(
                emulator.private_chat(800), emulator.user(800), text="gst kya hai"
            ),
        }
        body = json.dumps(update)
        headers = {"Content-Type": "application/json"}
        async with httpx.AsyncClient() as client:
            missing = await client.post(url, content=body, headers=headers)
            wrong = await client.post(
                url,
                content=body,
                headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "guess"},
            )
            assert (missing.status_code, wrong.status_code) == (403, 403)
            assert not emulator.sent[800]
            ok = await client.post(
                url,
                content=body,
                headers={**headers, "X-Telegram-Bot-Api-Secret-Token": secret},
            )
            assert ok.status_code == 200
        [reply] = await emulator.wait_messages(800, 1)
        assert "gst.gov.in" in reply["text"]
    finally:
        await app.updater.stop()
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        await app.post_shutdown(app)
        await emulator.stop()
    assert emulator.violations == []


def test_webhook_mode_refuses_to_start_without_a_secret(settings: Settings) -> None:
    telegram = settings.telegram.model_copy(update={"mode": "webhook"})
    secrets = settings.secrets.model_copy(update={"telegram_bot_token": "1:x"})
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        run(settings.model_copy(update={"telegram": telegram, "secrets": secrets}))
