"""Messages copied between a user and the staff handling them, both ways, with their edits.

Staff see personal numbers masked, as they are stored; users see staff messages signed as the
support team. Each copy is paired with its original (the relays table), so a reply on either
side becomes a reply to the right message on the other.
"""

from __future__ import annotations

import logging

from telegram import Bot, Message, ReplyParameters
from telegram.constants import MessageLimit
from telegram.error import Forbidden, TelegramError

from bot.config import StaffSettings
from bot.core.languages import Languages
from bot.db.conversation_log import ConversationLog
from bot.db.escalations import EscalationStore, EscalationView
from bot.records.events import Event, Media, TextMessage
from bot.staff import cards
from bot.text import pii
from bot.text.catalogs import Translator
from bot.tg.staff_group import StaffGroup

log = logging.getLogger(__name__)


class Relays:
    def __init__(
        self,
        *,
        bot: Bot,
        group: StaffGroup,
        settings: StaffSettings,
        store: EscalationStore,
        conversation_log: ConversationLog,
        languages: Languages,
    ) -> None:
        self._bot = bot
        self._group = group
        self._settings = settings
        self._store = store
        self._log = conversation_log
        self._languages = languages

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Copy a user's message into their topic (or the group, with their name)."""
        if not isinstance(event, TextMessage | Media) or event.message_id is None:
            return  # commands and taps are logged, not relayed
        user = await self._store.user_card(event.sender.user_id)
        if user is None:
            return
        thread = await self._group.thread(user, None)
        reply_to = await self._pair_for_staff(event.sender.chat_id, event)
        # Staff see personal numbers masked, as they are stored: a copy would show them whole,
        # in a text or in a photo's caption (which copyMessage can replace).
        original = event.text if isinstance(event, TextMessage) else event.caption
        text = pii.mask(original)
        caption = text if isinstance(event, Media) and text != original else None
        try:
            if self._group.topics and isinstance(event, TextMessage) and text != event.text:
                sent = await self._group.send(text, thread, None, reply_to)
                staff_message_id = sent.message_id
            elif self._group.topics:
                copied = await self._bot.copy_message(
                    self._group.chat_id,
                    event.sender.chat_id,
                    event.message_id,
                    message_thread_id=thread,
                    reply_parameters=reply_to,
                    caption=caption,
                )
                staff_message_id = copied.message_id
            elif isinstance(event, TextMessage):
                header = f"👤 {cards.display_name(user)} · #{escalation_id}"
                sent = await self._group.send(f"{header}\n{text}", thread, None, reply_to)
                staff_message_id = sent.message_id
            else:
                header = f"👤 {cards.display_name(user)} · #{escalation_id}"
                copied = await self._bot.copy_message(
                    self._group.chat_id,
                    event.sender.chat_id,
                    event.message_id,
                    caption="\n".join(filter(None, (header, text)))[: MessageLimit.CAPTION_LENGTH],
                    reply_parameters=reply_to,
                )
                staff_message_id = copied.message_id
        except TelegramError as exc:
            log.error("could not relay a message of user %s to staff: %s", user.user_id, exc)
            return
        await self._store.add_relay(
            escalation_id=escalation_id,
            direction="to_staff",
            user_chat_id=event.sender.chat_id,
            user_message_id=event.message_id,
            staff_chat_id=self._group.chat_id,
            staff_message_id=staff_message_id,
            kind="text" if isinstance(event, TextMessage) else event.kind,
            text=text,
        )

    async def relay_out(self, message: Message, escalation: EscalationView) -> None:
        """Copy a staff member's message to the user, signed as the support team."""
        t = await self._languages.for_user(escalation.user_id)
        staff_name = message.from_user.first_name if message.from_user else ""
        signature = self.signature(t, staff_name)
        reply_to = None
        if message.reply_to_message:
            relay = await self._store.relay_of_staff_message(
                self._group.chat_id, message.reply_to_message.message_id
            )
            if relay and relay.user_message_id:
                reply_to = ReplyParameters(relay.user_message_id, allow_sending_without_reply=True)
        try:
            if message.text:
                sent_id = (
                    await self._bot.send_message(
                        escalation.chat_id,
                        self.signed(signature, message.text),
                        reply_parameters=reply_to,
                    )
                ).message_id
                text, kind = message.text, "text"
            else:
                caption = self.signed(signature, message.caption or "")
                sent_id = (
                    await self._bot.copy_message(
                        escalation.chat_id,
                        self._group.chat_id,
                        message.message_id,
                        caption=caption[: MessageLimit.CAPTION_LENGTH],
                        reply_parameters=reply_to,
                    )
                ).message_id
                text, kind = message.caption or "", "media"
        except Forbidden:
            await self._group.note(
                message,
                self._group.t("The user has blocked the bot; the message was not delivered."),
            )
            return
        await self._store.add_relay(
            escalation_id=escalation.id,
            direction="to_user",
            user_chat_id=escalation.chat_id,
            user_message_id=sent_id,
            staff_chat_id=self._group.chat_id,
            staff_message_id=message.message_id,
            kind=kind,
            text=text,
            staff_user_id=message.from_user.id if message.from_user else None,
        )
        await self._log.log_outgoing(
            escalation.user_id,
            escalation.chat_id,
            kind="staff",
            text=f"{signature}\n{text}",
            language=t.lang,
            telegram_message_id=sent_id,
        )

    async def edit_out(self, edited: Message) -> None:
        """A staff member edited a relayed text: edit the user's copy too."""
        relay = await self._store.relay_of_staff_message(self._group.chat_id, edited.message_id)
        if relay is None or relay.direction != "to_user" or not edited.text:
            return
        escalation = await self._store.get(relay.escalation_id)
        if escalation is None:
            return
        t = await self._languages.for_user(escalation.user_id)
        name = edited.from_user.first_name if edited.from_user else ""
        await self._group.quietly(
            self._bot.edit_message_text(
                self.signed(self.signature(t, name), edited.text),
                chat_id=relay.user_chat_id,
                message_id=relay.user_message_id,
            )
        )

    async def edit_in(self, chat_id: int, message_id: int, text: str) -> None:
        """A user edited a message that was relayed: edit the staff's copy too."""
        relay = await self._store.relay_of_user_message(chat_id, message_id)
        if relay is None or relay.direction != "to_staff":
            return
        text = pii.mask(text)
        if not self._group.topics:
            user = await self._store.user_card(chat_id)
            header = f"👤 {cards.display_name(user)} · #{relay.escalation_id}" if user else ""
            text = f"{header}\n{text}"
        await self._group.quietly(
            self._bot.edit_message_text(
                text, chat_id=self._group.chat_id, message_id=relay.staff_message_id
            )
        )

    def signature(self, t: Translator, staff_name: str) -> str:
        if self._settings.sign_with_first_name and staff_name:
            return t("Support team · %(name)s", name=staff_name)
        return t("Support team")

    @staticmethod
    def signed(signature: str, text: str) -> str:
        return f"🧑‍💼 {signature}:\n{text}" if text else f"🧑‍💼 {signature}"

    async def _pair_for_staff(self, chat_id: int, event: Event) -> ReplyParameters | None:
        """A user's reply to a staff message becomes a reply to the staff original."""
        replied = getattr(event, "reply_to_message_id", None)
        if replied is None:
            return None
        relay = await self._store.relay_of_user_message(chat_id, replied)
        if relay is None or not relay.staff_message_id:
            return None
        return ReplyParameters(relay.staff_message_id, allow_sending_without_reply=True)
