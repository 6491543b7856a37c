"""Sending announcements and progress messages through the bot (the engine's Channel)."""

from __future__ import annotations

import logging
from typing import Any

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError
from telegram.ext import ExtBot

from bot.broadcast.engine import Announcement, Result, SendOutcome
from bot.tg.pacing import LOW_PRIORITY, retry_after_seconds

log = logging.getLogger(__name__)


def announcement_markup(a: Announcement) -> InlineKeyboardMarkup | None:
    rows = []
    if a.link_url and a.link_label:
        rows.append([InlineKeyboardButton(a.link_label, url=a.link_url)])
    if a.ack_label and a.ack_data:
        rows.append([InlineKeyboardButton(a.ack_label, callback_data=a.ack_data)])
    return InlineKeyboardMarkup(rows) if rows else None


class TelegramChannel:
    def __init__(self, bot: Bot) -> None:
        self._bot = bot

    async def announce(self, a: Announcement) -> Result:
        """Send one announcement and classify the outcome for the engine (never raises)."""
        markup = announcement_markup(a)
        try:
            message = await self._send(a, markup)
        except Forbidden as exc:
            return Result(SendOutcome.BLOCKED, error=exc.message)
        except RetryAfter as exc:
            # Only after the rate limiter's own retries: try this row again later.
            return Result(SendOutcome.RETRY, error=str(exc), retry_after=retry_after_seconds(exc))
        except BadRequest as exc:
            log.error("announcement to %s rejected: %s", a.chat_id, exc.message)
            return Result(SendOutcome.FAILED, error=exc.message)
        except (NetworkError, TelegramError) as exc:  # timeouts, 5xx: bounded retries later
            return Result(SendOutcome.RETRY, error=str(exc))
        return Result(SendOutcome.SENT, message.message_id)

    async def _send(self, a: Announcement, markup: InlineKeyboardMarkup | None) -> Message:
        # Announcements are sent as written: plain text, no parse mode, nothing to escape.
        # They go at low priority, so a reply to someone chatting is never queued behind them.
        pace: dict[str, Any] = (
            {"rate_limit_args": LOW_PRIORITY} if isinstance(self._bot, ExtBot) else {}
        )
        caption = a.text[: MessageLimit.CAPTION_LENGTH]
        file_id, kind = a.attachment_file_id, a.attachment_kind
        if file_id and kind == "photo":
            return await self._bot.send_photo(
                a.chat_id, file_id, caption=caption, reply_markup=markup, **pace
            )
        if file_id and kind == "document":
            return await self._bot.send_document(
                a.chat_id, file_id, caption=caption, reply_markup=markup, **pace
            )
        return await self._bot.send_message(
            a.chat_id, a.text[: MessageLimit.MAX_TEXT_LENGTH], reply_markup=markup, **pace
        )

    async def progress(self, chat_id: int, message_id: int | None, text: str) -> int | None:
        """Edit the trainer's progress message in place (post it the first time)."""
        try:
            if message_id is None:
                return (await self._bot.send_message(chat_id, text)).message_id
            await self._bot.edit_message_text(text, chat_id=chat_id, message_id=message_id)
        except BadRequest as exc:
            if "not modified" not in exc.message:
                log.info("could not update broadcast progress: %s", exc.message)
        except TelegramError as exc:
            log.info("could not update broadcast progress: %s", exc)
        return message_id
