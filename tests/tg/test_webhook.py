"""Webhook mode: updates without Telegram's secret token header are rejected."""

from __future__ import annotations

import json

import httpx
import pytest

from bot.config import ConfigError, Settings
from bot.tg.app import run
from tests.botapi.emulator import Emulator
from tests.fakes import DEFAULT_RULES, FakeNlu
from tests.harness import Webhook, bot_settings, running_bot
from tests.support import free_port


async def test_webhook_requires_the_secret_token(emulator: Emulator, settings: Settings) -> None:
    webhook = Webhook(free_port())
    async with running_bot(
        bot_settings(settings, emulator), nlu=FakeNlu(DEFAULT_RULES), webhook=webhook
    ):
        assert emulator.webhook is not None
        assert emulator.webhook["secret_token"] == webhook.secret
        update = {
            "update_id": 1,
            "message": emulator.message(
                emulator.private_chat(800), emulator.user(800), text="gst kya hai"
            ),
        }
        body = json.dumps(update)
        headers = {"Content-Type": "application/json"}
        async with httpx.AsyncClient() as client:
            missing = await client.post(webhook.url, content=body, headers=headers)
            wrong = await client.post(
                webhook.url,
                content=body,
                headers={**headers, "X-Telegram-Bot-Api-Secret-Token": "guess"},
            )
            assert (missing.status_code, wrong.status_code) == (403, 403)
            assert not emulator.sent[800]
            ok = await client.post(
                webhook.url,
                content=body,
                headers={**headers, "X-Telegram-Bot-Api-Secret-Token": webhook.secret},
            )
            assert ok.status_code == 200
        [reply] = await emulator.wait_messages(800, 1)
        assert "gst.gov.in" in reply["text"]


def test_webhook_mode_refuses_to_start_without_a_secret(settings: Settings) -> None:
    telegram = settings.telegram.model_copy(update={"mode": "webhook"})
    secrets = settings.secrets.model_copy(update={"telegram_bot_token": "1:x"})
    with pytest.raises(ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        run(settings.model_copy(update={"telegram": telegram, "secrets": secrets}))
