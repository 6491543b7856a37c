"""Running the real PTB application against the Bot API emulator inside a test."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.config import Settings, WebhookSettings
from bot.nlu.client import Nlu
from bot.services import DeskParts, Services
from bot.tg.app import ALLOWED_UPDATES, build_application
from bot.tg.channel import TelegramChannel
from bot.tg.context import SaathiApp
from bot.tg.desk import TelegramDesk
from bot.tg.processor import PerChatUpdateProcessor
from bot.tg.webhook import WebhookServer
from tests.botapi.emulator import BOTS_IN_PROCESS, Emulator

# The bot's own pace for a group (20 messages a minute) would make every staff test wait ~3.5 s
# per card or copy; tests about that limit pass their own window (the emulator's to match).
QUICK_GROUP_WINDOW = 1.0


def bot_settings(
    settings: Settings, emulator: Emulator, *, group_window: float = QUICK_GROUP_WINDOW
) -> Settings:
    """Settings pointing the bot at the emulator, with short long-polls for quick shutdown."""
    telegram = settings.telegram.model_copy(
        update={"poll_timeout_seconds": 1, "group_window_seconds": group_window}
    )
    secrets = settings.secrets.model_copy(
        update={"telegram_bot_token": emulator.token, "api_base_url_override": emulator.base_url}
    )
    return settings.model_copy(update={"telegram": telegram, "secrets": secrets})


async def ask(
    emulator: Emulator, user: int, text: str | None = None, **content: Any
) -> dict[str, Any]:
    """Send one message as the user and return the bot's (single) reply."""
    before = len(emulator.sent[user])
    emulator.user_sends(user, text, **content)
    return (await emulator.wait_messages(user, before + 1))[-1]


@dataclass(frozen=True)
class Webhook:
    """Run the bot's webhook server on 127.0.0.1:`port` instead of long polling."""

    port: int
    secret: str = "s3cret-token_value"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/telegram"


@asynccontextmanager
async def running_bot(
    settings: Settings,
    *,
    engine: AsyncEngine | None = None,
    nlu: Nlu | None = None,
    webhook: Webhook | None = None,
) -> AsyncIterator[SaathiApp]:
    """Start the application the way `run_polling` (or `run_webhook`) does, step by step, and
    stop it after.

    PTB's run_* methods own the event loop; the test needs the emulator on the same loop, so
    the same lifecycle is driven by hand: initialize, post_init, poll, start ... and back.
    """

    def services(
        settings: Settings,
        *,
        desk: Callable[[DeskParts], TelegramDesk],
        channel: TelegramChannel | None = None,
    ) -> Services[TelegramDesk]:
        return Services.open(settings, desk=desk, channel=channel, engine=engine, nlu=nlu)

    app = build_application(settings, services)
    await app.initialize()
    assert app.post_init is not None and app.post_shutdown is not None
    await app.post_init(app)
    assert app.updater is not None
    if webhook is None:
        await app.updater.start_polling(
            allowed_updates=ALLOWED_UPDATES,
            timeout=settings.telegram.poll_timeout_seconds,
            poll_interval=0,
        )
    else:
        server = WebhookServer(app, secret=webhook.secret, path="telegram")
        where = WebhookSettings(
            listen="127.0.0.1",
            port=webhook.port,
            path="telegram",
            public_url="https://saathi.example.org",
        )
        await server.start(where, allowed_updates=ALLOWED_UPDATES)
    await app.start()
    processor = app.update_processor
    assert isinstance(processor, PerChatUpdateProcessor)
    handled = processor.tracker.wait_idle
    BOTS_IN_PROCESS.append(handled)  # emulator.settled() waits for it
    try:
        yield app
    finally:
        BOTS_IN_PROCESS.remove(handled)
        if webhook is None:
            await app.updater.stop()
        else:
            await server.stop()
        await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        await app.post_shutdown(app)
