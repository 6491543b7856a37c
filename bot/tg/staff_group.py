"""The staff supergroup: reachable or not, forum topics or not, one topic per user.

Every call to the group goes through the application's rate limiter, which holds group traffic
under Telegram's 20 messages a minute: a burst from one user is queued, never dropped.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import MessageLimit
from telegram.error import BadRequest, TelegramError

from bot.config import StaffSettings
from bot.db.escalations import EscalationStore, UserCard
from bot.staff import cards
from bot.text.catalogs import Translator

log = logging.getLogger(__name__)


class StaffGroup:
    def __init__(
        self, bot: Bot, settings: StaffSettings, store: EscalationStore, t: Translator
    ) -> None:
        self._bot = bot
        self._settings = settings
        self._store = store
        self.t = t  # the bot's own texts in the group
        self.chat_id = settings.chat_id
        self.topics = False
        self.available = False

    async def start(self) -> None:
        """Check the staff group once: reachable, and whether it has forum topics."""
        if not self._settings.enabled:
            return
        try:
            chat = await self._bot.get_chat(self.chat_id)
        except TelegramError as exc:
            log.error(
                "staff group %s is not reachable (%s): requests are only recorded",
                self.chat_id,
                exc,
            )
            return
        self.topics = bool(self._settings.use_topics and chat.is_forum)
        self.available = True
        log.info(
            "staff desk ready in %s (%s)",
            self.chat_id,
            "one topic per user" if self.topics else "replies in the group",
        )

    async def thread(self, user: UserCard, title: str | None) -> int | None:
        """The user's forum topic, created once (safe when two messages race to create it)."""
        if not self.topics:
            return None
        if user.staff_topic_id and user.staff_topic_id > 0:
            if title:
                await self.quietly(
                    self._bot.edit_forum_topic(self.chat_id, user.staff_topic_id, name=title)
                )
            return user.staff_topic_id
        for _ in range(100):
            if await self._store.reserve_topic(user.user_id):
                return await self._create_topic(user, title)
            # Another message is creating it right now (or a dead process reserved it: that
            # reservation expires, bot/db/escalations.py, and is then taken over above).
            await asyncio.sleep(0.05)
            card = await self._store.user_card(user.user_id)
            if card and card.staff_topic_id and card.staff_topic_id > 0:
                return card.staff_topic_id
        raise RuntimeError(f"the staff topic for user {user.user_id} never appeared")

    async def _create_topic(self, user: UserCard, title: str | None) -> int:
        try:
            topic = await self._bot.create_forum_topic(
                self.chat_id, title or cards.topic_title(self.t, user, self.t("new"))
            )
        except TelegramError:
            await self._store.set_topic(user.user_id, None)
            raise
        await self._store.set_topic(user.user_id, topic.message_thread_id)
        return topic.message_thread_id

    async def retitle(self, user: UserCard, status: str) -> None:
        if self.topics and user.staff_topic_id and user.staff_topic_id > 0:
            await self.quietly(
                self._bot.edit_forum_topic(
                    self.chat_id, user.staff_topic_id, name=cards.topic_title(self.t, user, status)
                )
            )

    async def send(
        self,
        text: str,
        thread: int | None,
        buttons: InlineKeyboardMarkup | None,
        reply_to: ReplyParameters | None = None,
    ) -> Message:
        # Plain text: cards quote what users wrote, which must not be read as markup.
        return await self._bot.send_message(
            self.chat_id,
            text[: MessageLimit.MAX_TEXT_LENGTH],
            message_thread_id=thread,
            reply_markup=buttons,
            reply_parameters=reply_to,
        )

    async def note(self, message: Message, text: str) -> None:
        await self.quietly(self.send(text, message.message_thread_id, None))

    @staticmethod
    async def quietly(call: Awaitable[object]) -> None:
        """Best-effort calls (titles, edits): a failure is logged, never raised."""
        try:
            await call
        except (BadRequest, TelegramError) as exc:
            log.info("staff desk call failed: %s", exc)
