"""The staff desk on Telegram: one forum topic per user, relays both ways, claim and close.

Every call to the staff group goes through the application's rate limiter, which holds group
traffic under Telegram's 20 messages a minute: a burst from one user is queued, never dropped.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Awaitable, Callable

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message, ReplyParameters
from telegram.constants import MessageLimit
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.config import StaffSettings
from bot.core.escalation import CB_RATE
from bot.core.replies import Event, Media, Sender, TextMessage
from bot.db.escalations import EscalationStore, EscalationView, UserCard, utcnow
from bot.i18n import N_, Catalogs, Translator
from bot.privacy import pii
from bot.staff import cards

log = logging.getLogger(__name__)

CB_STAFF = "staff:"  # + action + ":" + escalation id
ACTIONS = ("claim", "close", "back")

# Canned replies for /reply <name>, sent in the user's language and signed like any reply.
CANNED = {
    "hello": N_("Namaste! I am from the Karigar Saathi support team. How can I help you?"),
    "wait": N_("Thank you. I am checking this and will reply to you soon."),
    "photo": N_("Please send a clear photo of the document or product here."),
    "dic": N_(
        "Please visit your District Industries Centre (DIC) with your Aadhaar and PAN. "
        "They will help you apply."
    ),
    "thanks": N_("Thank you for talking to us. Write to us any time you need help."),
}

UserTranslator = Callable[[int], Awaitable[Translator]]


class TelegramDesk:
    def __init__(
        self,
        bot: Bot,
        settings: StaffSettings,
        store: EscalationStore,
        catalogs: Catalogs,
        user_translator: UserTranslator,
    ) -> None:
        self._bot = bot
        self._settings = settings
        self._store = store
        self.t = catalogs[settings.language]
        self._user_t = user_translator
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

    # -- the StaffDesk port (called by the assistant) ----------------------------------------

    async def escalated(self, escalation_id: int, sender: Sender) -> None:
        """Post the context card in the user's topic (created on first use)."""
        escalation = await self._store.get(escalation_id)
        user = await self._store.user_card(sender.user_id)
        if escalation is None or user is None:
            return
        turns = list(
            reversed(
                await self._store.turns(
                    user.user_id, limit=self._settings.card_turns, newest_first=True
                )
            )
        )
        thread = await self._thread(user, cards.topic_title(self.t, user, self.t("new")))
        card = await self._send_group(
            cards.context_card(self.t, escalation, user, turns),
            thread,
            self._card_buttons(escalation),
        )
        await self._store.set_card(escalation_id, card.message_id)
        # Replying to the card reaches the user too (needed without forum topics).
        await self._store.add_relay(
            escalation_id=escalation_id,
            direction="to_staff",
            user_chat_id=sender.chat_id,
            user_message_id=0,
            staff_chat_id=self.chat_id,
            staff_message_id=card.message_id,
            kind="card",
        )

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Copy a user's message into their topic (or the group, with their name)."""
        if not isinstance(event, TextMessage | Media) or event.message_id is None:
            return  # commands and taps are logged, not relayed
        user = await self._store.user_card(event.sender.user_id)
        if user is None:
            return
        thread = await self._thread(user, None)
        reply_to = await self._pair_for_staff(event.sender.chat_id, event)
        # Staff see personal numbers masked, as they are stored: a copy would show them whole,
        # in a text or in a photo's caption (which copyMessage can replace).
        original = event.text if isinstance(event, TextMessage) else event.caption
        text = pii.mask(original)
        caption = text if isinstance(event, Media) and text != original else None
        try:
            if self.topics and isinstance(event, TextMessage) and text != event.text:
                sent = await self._send_group(text, thread, None, reply_to)
                staff_message_id = sent.message_id
            elif self.topics:
                copied = await self._bot.copy_message(
                    self.chat_id,
                    event.sender.chat_id,
                    event.message_id,
                    message_thread_id=thread,
                    reply_parameters=reply_to,
                    caption=caption,
                )
                staff_message_id = copied.message_id
            elif isinstance(event, TextMessage):
                header = f"👤 {cards.display_name(user)} · #{escalation_id}"
                sent = await self._send_group(f"{header}\n{text}", thread, None, reply_to)
                staff_message_id = sent.message_id
            else:
                header = f"👤 {cards.display_name(user)} · #{escalation_id}"
                copied = await self._bot.copy_message(
                    self.chat_id,
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
            staff_chat_id=self.chat_id,
            staff_message_id=staff_message_id,
            kind="text" if isinstance(event, TextMessage) else event.kind,
            text=text,
        )

    # -- the staff side (called by bot/staff/handlers.py) -------------------------------------

    async def escalation_for(self, message: Message) -> EscalationView | None:
        """The open escalation a staff message belongs to: by topic, or by what it replies to."""
        if self.topics and message.message_thread_id and message.is_topic_message:
            user_id = await self._store.user_of_topic(message.message_thread_id)
            return await self._store.open_for_user(user_id) if user_id else None
        replied = message.reply_to_message
        if replied is None:
            return None
        relay = await self._store.relay_of_staff_message(self.chat_id, replied.message_id)
        if relay is None:
            return None
        escalation = await self._store.get(relay.escalation_id)
        return escalation if escalation and escalation.status == "open" else None

    async def relay_out(self, message: Message, escalation: EscalationView) -> None:
        """Copy a staff member's message to the user, signed as the support team."""
        t = await self._user_t(escalation.user_id)
        staff_name = message.from_user.first_name if message.from_user else ""
        signature = self._signature(t, staff_name)
        reply_to = None
        if message.reply_to_message:
            relay = await self._store.relay_of_staff_message(
                self.chat_id, message.reply_to_message.message_id
            )
            if relay and relay.user_message_id:
                reply_to = ReplyParameters(relay.user_message_id, allow_sending_without_reply=True)
        try:
            if message.text:
                sent_id = (
                    await self._bot.send_message(
                        escalation.chat_id,
                        self._signed(signature, message.text),
                        reply_parameters=reply_to,
                    )
                ).message_id
                text, kind = message.text, "text"
            else:
                caption = self._signed(signature, message.caption or "")
                sent_id = (
                    await self._bot.copy_message(
                        escalation.chat_id,
                        self.chat_id,
                        message.message_id,
                        caption=caption[: MessageLimit.CAPTION_LENGTH],
                        reply_parameters=reply_to,
                    )
                ).message_id
                text, kind = message.caption or "", "media"
        except Forbidden:
            await self._note(
                message, self.t("The user has blocked the bot; the message was not delivered.")
            )
            return
        await self._store.add_relay(
            escalation_id=escalation.id,
            direction="to_user",
            user_chat_id=escalation.chat_id,
            user_message_id=sent_id,
            staff_chat_id=self.chat_id,
            staff_message_id=message.message_id,
            kind=kind,
            text=text,
            staff_user_id=message.from_user.id if message.from_user else None,
        )
        await self._store.log_outgoing(
            escalation.user_id,
            escalation.chat_id,
            kind="staff",
            text=f"{signature}\n{text}",
            language=t.lang,
            telegram_message_id=sent_id,
        )

    async def edit_out(self, edited: Message) -> None:
        """A staff member edited a relayed text: edit the user's copy too."""
        relay = await self._store.relay_of_staff_message(self.chat_id, edited.message_id)
        if relay is None or relay.direction != "to_user" or not edited.text:
            return
        escalation = await self._store.get(relay.escalation_id)
        if escalation is None:
            return
        t = await self._user_t(escalation.user_id)
        name = edited.from_user.first_name if edited.from_user else ""
        await self._quietly(
            self._bot.edit_message_text(
                self._signed(self._signature(t, name), edited.text),
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
        if not self.topics:
            user = await self._store.user_card(chat_id)
            header = f"👤 {cards.display_name(user)} · #{relay.escalation_id}" if user else ""
            text = f"{header}\n{text}"
        await self._quietly(
            self._bot.edit_message_text(
                text, chat_id=self.chat_id, message_id=relay.staff_message_id
            )
        )

    async def claim(self, escalation: EscalationView, staff_id: int, name: str) -> bool:
        if not await self._store.claim(escalation.id, staff_id, name):
            return False
        user = await self._store.user_card(escalation.user_id)
        if user is not None:
            await self._retitle(user, self.t("claimed: %(name)s", name=name))
        return True

    async def close(self, escalation: EscalationView, how: str) -> bool:
        """Close (and ask the user to rate) or hand back to the bot; False if already closed."""
        if not await self._store.close(escalation.id, how):
            return False
        t = await self._user_t(escalation.user_id)
        if how == "closed":
            text = t("This chat with our team is closed. How was the help? Tap one:")
            buttons = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton("👍", callback_data=f"{CB_RATE}{escalation.id}:up"),
                        InlineKeyboardButton("👎", callback_data=f"{CB_RATE}{escalation.id}:down"),
                    ]
                ]
            )
        else:
            text = t("You are back with the assistant. Ask me anything.")
            buttons = None
        await self._tell_user(escalation, t, text, buttons, kind="system")
        user = await self._store.user_card(escalation.user_id)
        if user is not None:
            await self._retitle(user, self.t("closed") if how == "closed" else self.t("bot"))
        return True

    async def canned(self, escalation: EscalationView, name: str, staff_name: str) -> bool:
        if name not in CANNED:
            return False
        t = await self._user_t(escalation.user_id)
        text = self._signed(self._signature(t, staff_name), t(CANNED[name]))
        sent = await self._tell_user(escalation, t, text, None, kind="staff")
        if sent is not None:
            await self._store.add_relay(
                escalation_id=escalation.id,
                direction="to_user",
                user_chat_id=escalation.chat_id,
                user_message_id=sent,
                staff_chat_id=self.chat_id,
                staff_message_id=0,
                kind="canned",
                text=name,
            )
        return True

    async def reassure_due(self) -> None:
        """Tell users who waited too long that they are not forgotten, once; flag them."""
        minutes = self._settings.reassure_after_minutes
        due = await self._store.due_for_reassurance(utcnow() - dt.timedelta(minutes=minutes))
        for escalation in due:
            if not await self._store.mark_reassured(escalation.id):
                continue  # another replica got there first
            t = await self._user_t(escalation.user_id)
            await self._tell_user(
                escalation,
                t,
                t(
                    "Our team has your message and will reply as soon as possible. Thank you for "
                    "waiting."
                ),
                None,
                kind="system",
            )
            user = await self._store.user_card(escalation.user_id)
            if user is not None:
                thread = await self._thread(user, None)
                await self._quietly(
                    self._send_group(
                        self.t(
                            "⚠️ #%(id)s has waited over %(minutes)s minutes without a reply.",
                            id=escalation.id,
                            minutes=round(minutes),
                        ),
                        thread,
                        None,
                    )
                )

    # -- helpers ------------------------------------------------------------------------------

    def _card_buttons(self, escalation: EscalationView) -> InlineKeyboardMarkup:
        labels = {
            "claim": self.t("✋ Claim"),
            "close": self.t("✅ Close"),
            "back": self.t("🤖 Hand back"),
        }
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(labels[a], callback_data=f"{CB_STAFF}{a}:{escalation.id}")
                    for a in ACTIONS
                ]
            ]
        )

    def _signature(self, t: Translator, staff_name: str) -> str:
        if self._settings.sign_with_first_name and staff_name:
            return t("Support team · %(name)s", name=staff_name)
        return t("Support team")

    @staticmethod
    def _signed(signature: str, text: str) -> str:
        return f"🧑‍💼 {signature}:\n{text}" if text else f"🧑‍💼 {signature}"

    async def _thread(self, user: UserCard, title: str | None) -> int | None:
        """The user's forum topic, created once (safe when two messages race to create it)."""
        if not self.topics:
            return None
        if user.staff_topic_id and user.staff_topic_id > 0:
            if title:
                await self._quietly(
                    self._bot.edit_forum_topic(self.chat_id, user.staff_topic_id, name=title)
                )
            return user.staff_topic_id
        if await self._store.reserve_topic(user.user_id):
            try:
                topic = await self._bot.create_forum_topic(
                    self.chat_id, title or cards.topic_title(self.t, user, self.t("new"))
                )
            except TelegramError:
                await self._store.set_topic(user.user_id, None)
                raise
            await self._store.set_topic(user.user_id, topic.message_thread_id)
            return topic.message_thread_id
        for _ in range(100):  # another message is creating it right now
            await asyncio.sleep(0.05)
            card = await self._store.user_card(user.user_id)
            if card and card.staff_topic_id and card.staff_topic_id > 0:
                return card.staff_topic_id
        raise RuntimeError(f"the staff topic for user {user.user_id} never appeared")

    async def _retitle(self, user: UserCard, status: str) -> None:
        if self.topics and user.staff_topic_id and user.staff_topic_id > 0:
            await self._quietly(
                self._bot.edit_forum_topic(
                    self.chat_id, user.staff_topic_id, name=cards.topic_title(self.t, user, status)
                )
            )

    async def _pair_for_staff(self, chat_id: int, event: Event) -> ReplyParameters | None:
        """A user's reply to a staff message becomes a reply to the staff original."""
        replied = getattr(event, "reply_to_message_id", None)
        if replied is None:
            return None
        relay = await self._store.relay_of_user_message(chat_id, replied)
        if relay is None or not relay.staff_message_id:
            return None
        return ReplyParameters(relay.staff_message_id, allow_sending_without_reply=True)

    async def _send_group(
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

    async def _tell_user(
        self,
        escalation: EscalationView,
        t: Translator,
        text: str,
        buttons: InlineKeyboardMarkup | None,
        *,
        kind: str,
    ) -> int | None:
        try:
            sent = await self._bot.send_message(escalation.chat_id, text, reply_markup=buttons)
        except TelegramError as exc:
            log.info("could not tell user %s: %s", escalation.user_id, exc)
            return None
        await self._store.log_outgoing(
            escalation.user_id,
            escalation.chat_id,
            kind=kind,
            text=text,
            language=t.lang,
            telegram_message_id=sent.message_id,
        )
        return sent.message_id

    async def _note(self, message: Message, text: str) -> None:
        await self._quietly(self._send_group(text, message.message_thread_id, None))

    @staticmethod
    async def _quietly(call: Awaitable[object]) -> None:
        """Best-effort calls (titles, edits): a failure is logged, never raised."""
        try:
            await call
        except (BadRequest, TelegramError) as exc:
            log.info("staff desk call failed: %s", exc)
