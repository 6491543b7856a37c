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
from bot.tg.processor import ANSWERED_EARLY

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


async def answer_query(query: CallbackQuery, text: str = "", *, alert: bool = False) -> bool:
    """Answer a tapped button (stops its spinner), with a toast or an alert; True if answered.

    Telegram takes one answer per query, within about 15 s. A tap answered on arrival
    (bot/tg/processor.py) has had its answer: a text then comes as a message in the chat. A
    query too old or already answered is a 400, which is logged, not raised: the tap's work is
    done either way.
    """
    if ANSWERED_EARLY.get():
        if text and query.message is not None:
            try:
                await query.get_bot().send_message(query.message.chat.id, text)
            except TelegramError as exc:
                log.info("could not send the answer to callback query %s: %s", query.id, exc)
        return False
    try:
        await query.answer(text[:200] or None, show_alert=alert)
    except TelegramError as exc:
        log.info("could not answer callback query %s: %s", query.id, exc)
        return False
    return True


class TelegramOutbox:
    def __init__(self, bot: Bot, query: CallbackQuery | None = None) -> None:
        self._bot = bot
        self._query = query
        self.answered = ANSWERED_EARLY.get()

    async def notify(self, chat_id: int, text: str) -> None:
        """Answer the tapped button with a small notice (a toast), or say it in the chat when
        the button has had its answer."""
        if self._query is None or self.answered:
            await self.send(chat_id, Reply(text, "hi"))
            return
        self.answered = True
        await answer_query(self._query, text)

    async def send(self, chat_id: int, reply: Reply) -> SendResult:
        """Send one reply; report blocked users and failures instead of raising.

        429 Too Many Requests only gets here after the application's rate limiter
        (bot/tg/pacing.py) has waited the `retry_after` Telegram asked for and retried.
        """
        if self._query is not None and not self.answered:
            # Stop the tapped button's spinner first: the reply may wait for its turn to send,
            # the answer does not (Telegram does not count it against any limit).
            self.answered = True
            await answer_query(self._query)
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
