"""Sending the assistant's replies as Telegram messages."""

from __future__ import annotations

import html
import logging

from telegram import (
    Bot,
    CallbackQuery,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
)
from telegram.constants import MessageLimit, ParseMode
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.records.replies import Reply, SendResult, SendStatus

log = logging.getLogger(__name__)

# Links in answers are to official portals the user should open themselves; a big preview card
# of the first one pushes the answer off a small screen.
_NO_PREVIEW = LinkPreviewOptions(is_disabled=True)


def render_html(reply: Reply) -> str:
    """The reply as Telegram HTML: everything escaped, only the title made bold.

    Text can carry user input or translations with <, > and &; escaping all of it is what keeps
    the HTML parse mode from failing. https://core.telegram.org/bots/api#html-style
    """
    body = html.escape(reply.text, quote=False)
    if reply.title:
        body = f"<b>{html.escape(reply.title, quote=False)}</b>\n\n{body}"
    if len(body) > MessageLimit.MAX_TEXT_LENGTH:
        log.error("reply too long for Telegram (%d chars); cutting it", len(body))
        body = html.escape(reply.text[: MessageLimit.MAX_TEXT_LENGTH - 10], quote=False) + " …"
    return body


def markup(reply: Reply) -> InlineKeyboardMarkup | None:
    if not reply.buttons:
        return None
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, url=b.url)
                if b.url
                else InlineKeyboardButton(b.label, callback_data=b.callback)
                for b in row
            ]
            for row in reply.buttons
        ]
    )


class TelegramOutbox:
    def __init__(self, bot: Bot, query: CallbackQuery | None = None) -> None:
        self._bot = bot
        self._query = query
        self.answered = False

    async def notify(self, chat_id: int, text: str) -> None:
        """Answer the tapped button with a small notice (a toast)."""
        if self._query is None:
            await self.send(chat_id, Reply(text, "hi"))
            return
        try:
            await self._query.answer(text[:200])
            self.answered = True
        except TelegramError as exc:
            log.info("could not answer callback query: %s", exc)

    async def send(self, chat_id: int, reply: Reply) -> SendResult:
        """Send one reply; report blocked users and failures instead of raising.

        429 Too Many Requests only gets here after the application's rate limiter
        (bot/tg/pacing.py) has waited the `retry_after` Telegram asked for and retried.
        """
        try:
            message = await self._bot.send_message(
                chat_id,
                render_html(reply),
                parse_mode=ParseMode.HTML,
                reply_markup=markup(reply),
                link_preview_options=_NO_PREVIEW,
            )
        except Forbidden as exc:
            log.info("chat %s blocked the bot or is gone: %s", chat_id, exc.message)
            return SendResult(SendStatus.BLOCKED, error=exc.message)
        except BadRequest as exc:
            # A malformed request would fail the same way again: log it with what we sent.
            log.error(
                "Telegram rejected a reply to %s: %s; text=%r",
                chat_id,
                exc.message,
                reply.text[:200],
            )
            return SendResult(SendStatus.FAILED, error=exc.message)
        except TelegramError as exc:
            log.warning("could not send a reply to %s: %r", chat_id, exc)
            return SendResult(SendStatus.FAILED, error=str(exc))
        return SendResult(SendStatus.SENT, message.message_id)
