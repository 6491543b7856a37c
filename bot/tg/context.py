"""The typed context every handler receives: services instead of bot_data["..."] lookups."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any

from telegram.ext import Application, CallbackContext, ExtBot

from bot.services import Services
from bot.tg.desk import TelegramDesk

if TYPE_CHECKING:
    from bot.tg.inbox import UpdateInbox


class BotData:
    """Application-wide state; filled in post_init, emptied in post_shutdown."""

    def __init__(self) -> None:
        self.services: Services[TelegramDesk] | None = None
        self.broadcasting: asyncio.Task[None] | None = None  # the announcement delivery loop
        self.inbox: UpdateInbox | None = None  # long polling's updates until handled


class SaathiContext(CallbackContext[ExtBot[Any], dict[Any, Any], dict[Any, Any], BotData]):
    @property
    def services(self) -> Services[TelegramDesk]:
        services = self.bot_data.services
        if services is None:  # only possible if an update arrives before post_init ran
            raise RuntimeError("services are not started")
        return services


SaathiApp = Application[ExtBot[Any], SaathiContext, dict[Any, Any], dict[Any, Any], BotData, Any]
