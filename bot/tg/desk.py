"""The staff desk on Telegram: the assistant's StaffDesk port, claiming, closing, reassuring.

Escalated users get one forum topic each in the staff group (bot/tg/staff_group.py), and their
messages are relayed both ways (bot/tg/relays.py).
"""

from __future__ import annotations

import datetime as dt
import logging

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Message
from telegram.error import TelegramError

from bot import callbacks
from bot.callbacks import Kind
from bot.db.engine import utcnow
from bot.db.escalations import EscalationView
from bot.records.events import Event, Sender
from bot.services import DeskParts
from bot.staff import cards
from bot.text.catalogs import Translator
from bot.tg.relays import Relays
from bot.tg.staff_group import StaffGroup

log = logging.getLogger(__name__)

ACTIONS = ("claim", "close", "back")


class TelegramDesk:
    def __init__(self, bot: Bot, parts: DeskParts) -> None:
        self._bot = bot
        self._settings = parts.settings
        self._store = parts.escalations
        self._log = parts.log
        self._languages = parts.languages
        self.t = parts.languages.catalogs[parts.settings.language]
        self.group = StaffGroup(bot, parts.settings, parts.escalations, self.t)
        self.relays = Relays(
            bot=bot,
            group=self.group,
            settings=parts.settings,
            store=parts.escalations,
            conversation_log=parts.log,
            languages=parts.languages,
        )

    @property
    def available(self) -> bool:
        return self.group.available

    @property
    def chat_id(self) -> int:
        return self.group.chat_id

    async def start(self) -> None:
        """Check the staff group once: reachable, and whether it has forum topics."""
        await self.group.start()

    # -- the StaffDesk port (called by the assistant) ----------------------------------------

    async def escalated(self, escalation_id: int, sender: Sender) -> None:
        """Post the context card in the user's topic (created on first use)."""
        if not self.available:  # no staff group (staff.chat_id: 0): the request is recorded only
            return
        escalation = await self._store.get(escalation_id)
        user = await self._store.user_card(sender.user_id)
        if escalation is None or user is None:
            return
        turns = list(
            reversed(
                await self._log.turns(
                    user.user_id, limit=self._settings.card_turns, newest_first=True
                )
            )
        )
        thread = await self.group.thread(user, cards.topic_title(self.t, user, self.t("new")))
        card = await self.group.send(
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
            staff_chat_id=self.group.chat_id,
            staff_message_id=card.message_id,
            kind="card",
        )

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Copy a user's message into their topic (or the group, with their name)."""
        await self.relays.relay_in(escalation_id, event)

    # -- the staff side (called by bot/tg/staff.py) -------------------------------------------

    async def escalation_for(self, message: Message) -> EscalationView | None:
        """The open escalation a staff message belongs to: by topic, or by what it replies to."""
        if self.group.topics and message.message_thread_id and message.is_topic_message:
            user_id = await self._store.user_of_topic(message.message_thread_id)
            return await self._store.open_for_user(user_id) if user_id else None
        replied = message.reply_to_message
        if replied is None:
            return None
        relay = await self._store.relay_of_staff_message(self.group.chat_id, replied.message_id)
        if relay is None:
            return None
        escalation = await self._store.get(relay.escalation_id)
        return escalation if escalation and escalation.status == "open" else None

    async def claim(self, escalation: EscalationView, staff_id: int, name: str) -> bool:
        if not await self._store.claim(escalation.id, staff_id, name):
            return False
        user = await self._store.user_card(escalation.user_id)
        if user is not None:
            await self.group.retitle(user, self.t("claimed: %(name)s", name=name))
        return True

    async def close(self, escalation: EscalationView, how: str) -> bool:
        """Close (and ask the user to rate) or hand back to the bot; False if already closed."""
        if not await self._store.close(escalation.id, how):
            return False
        t = await self._languages.for_user(escalation.user_id)
        if how == "closed":
            text = t("This chat with our team is closed. How was the help? Tap one:")
            buttons = InlineKeyboardMarkup(
                [
                    [
                        InlineKeyboardButton(
                            "👍", callback_data=callbacks.make(Kind.RATE, escalation.id, "up")
                        ),
                        InlineKeyboardButton(
                            "👎", callback_data=callbacks.make(Kind.RATE, escalation.id, "down")
                        ),
                    ]
                ]
            )
        else:
            text = t("You are back with the assistant. Ask me anything.")
            buttons = None
        await self._tell_user(escalation, t, text, buttons, kind="system")
        user = await self._store.user_card(escalation.user_id)
        if user is not None:
            await self.group.retitle(user, self.t("closed") if how == "closed" else self.t("bot"))
        return True

    async def canned(self, escalation: EscalationView, name: str, staff_name: str) -> bool:
        if name not in cards.CANNED:
            return False
        t = await self._languages.for_user(escalation.user_id)
        text = self.relays.signed(self.relays.signature(t, staff_name), t(cards.CANNED[name]))
        sent = await self._tell_user(escalation, t, text, None, kind="staff")
        if sent is not None:
            await self._store.add_relay(
                escalation_id=escalation.id,
                direction="to_user",
                user_chat_id=escalation.chat_id,
                user_message_id=sent,
                staff_chat_id=self.group.chat_id,
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
            t = await self._languages.for_user(escalation.user_id)
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
                thread = await self.group.thread(user, None)
                await self.group.quietly(
                    self.group.send(
                        self.t(
                            "⚠️ #%(id)s has waited over %(minutes)s minutes without a reply.",
                            id=escalation.id,
                            minutes=round(minutes),
                        ),
                        thread,
                        None,
                    )
                )

    def _card_buttons(self, escalation: EscalationView) -> InlineKeyboardMarkup:
        labels = {
            "claim": self.t("✋ Claim"),
            "close": self.t("✅ Close"),
            "back": self.t("🤖 Hand back"),
        }
        return InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton(
                        labels[a], callback_data=callbacks.make(Kind.STAFF, a, escalation.id)
                    )
                    for a in ACTIONS
                ]
            ]
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
        await self._log.log_outgoing(
            escalation.user_id,
            escalation.chat_id,
            kind=kind,
            text=text,
            language=t.lang,
            telegram_message_id=sent.message_id,
        )
        return sent.message_id
