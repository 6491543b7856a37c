"""Telegram handlers: translate updates into assistant events and nothing more."""

from __future__ import annotations

import logging

from telegram import Message, Update
from telegram.constants import ChatMemberStatus

from bot.records.events import ButtonPress, Command, Event, Media, Sender, TextMessage
from bot.tg.context import SaathiContext
from bot.tg.outbox import TelegramOutbox, answer_query
from bot.tg.processor import TAKEN_OVER, PerChatUpdateProcessor

log = logging.getLogger(__name__)

# Message attributes the bot cannot read yet, in the order they are checked.
MEDIA_KINDS = (
    "voice",
    "audio",
    "video_note",
    "video",
    "animation",
    "photo",
    "sticker",
    "document",
    "location",
    "venue",
    "contact",
    "poll",
    "dice",
)


def sender_of(update: Update) -> Sender | None:
    user, chat = update.effective_user, update.effective_chat
    if user is None or chat is None:
        return None
    return Sender(
        user_id=user.id,
        chat_id=chat.id,
        first_name=user.first_name,
        last_name=user.last_name,
        username=user.username,
        language_code=user.language_code,
    )


async def _handle(
    context: SaathiContext,
    update: Update,
    event: Event,
    outbox: TelegramOutbox | None = None,
) -> None:
    if await _answered_before_a_crash(context, update, event):
        return
    await context.services.assistant.handle(event, outbox or TelegramOutbox(context.bot))


async def _answered_before_a_crash(context: SaathiContext, update: Update, event: Event) -> bool:
    """Telegram sends again what was unconfirmed at a crash (bot/tg/processor.py,
    bot/tg/webhook.py); skip the messages among them that are already in the log. Only three
    kinds of update can be such a one, so the lookup is rare in normal running: the first
    batch after a start (polling), a message sent before this process started (webhook), and
    a chat taken over from a replica that died holding it (cluster)."""
    if isinstance(event, ButtonPress) or event.message_id is None:
        return False
    processor = context.application.update_processor
    if not isinstance(processor, PerChatUpdateProcessor):
        return False
    message = update.effective_message
    # Telegram's dates are whole seconds: a message of the start's own second counts as older.
    before_start = message is not None and message.date.timestamp() < processor.started_at - 1
    if not (update.update_id in processor.tracker.redelivered or before_start or TAKEN_OVER.get()):
        return False
    seen = await context.services.conversations.seen(event.sender.user_id, event.message_id)
    if seen:
        log.info("update %s was answered before a restart; skipped", update.update_id)
    return seen


def _message(update: Update) -> tuple[Sender, Message] | None:
    sender, message = sender_of(update), update.message
    return (sender, message) if sender and message else None


async def log_update(update: Update, _context: SaathiContext) -> None:
    """Log every update's type and chat before any handler sees it (never its text)."""
    chat = update.effective_chat
    kinds = [
        k
        for k in (
            "message",
            "edited_message",
            "callback_query",
            "channel_post",
            "edited_channel_post",
            "my_chat_member",
        )
        if getattr(update, k, None)
    ]
    log.info(
        "update %s: %s from chat %s (%s)",
        update.update_id,
        ",".join(kinds) or "other",
        chat.id if chat else None,
        chat.type if chat else "-",
    )


async def command(update: Update, context: SaathiContext) -> None:
    """Run a slash command (/start, /help, /language, /human or an unknown one)."""
    got = _message(update)
    if got is None:
        return
    sender, message = got
    head, _, args = (message.text or "").partition(" ")
    name = head.removeprefix("/").split("@", 1)[0].lower()
    await _handle(context, update, Command(sender, name, args.strip(), message.message_id))


async def text(update: Update, context: SaathiContext) -> None:
    """Answer a free-text question."""
    got = _message(update)
    if got is None:
        return
    sender, message = got
    replied = message.reply_to_message.message_id if message.reply_to_message else None
    event = TextMessage(sender, message.text or "", message.message_id, reply_to_message_id=replied)
    await _handle(context, update, event)


async def edited(update: Update, context: SaathiContext) -> None:
    """Mirror an edit of a message already relayed to staff; other edits are ignored."""
    message, user = update.edited_message, update.effective_user
    if message is None or user is None or not message.text:
        return
    await context.services.desk.relays.edit_in(message.chat_id, message.message_id, message.text)


async def media(update: Update, context: SaathiContext) -> None:
    """Tell the user which kinds of messages the bot can read today."""
    got = _message(update)
    if got is None:
        return
    sender, message = got
    kind = next((k for k in MEDIA_KINDS if getattr(message, k, None)), "other")
    replied = message.reply_to_message.message_id if message.reply_to_message else None
    await _handle(
        context,
        update,
        Media(
            sender,
            kind,
            message.message_id,
            reply_to_message_id=replied,
            caption=message.caption or "",
        ),
    )


async def button(update: Update, context: SaathiContext) -> None:
    """Act on a tapped inline button."""
    query = update.callback_query
    sender = sender_of(update)
    if query is None:
        return
    chat = update.effective_chat
    outbox = TelegramOutbox(context.bot, query)
    if sender is not None and chat is not None and chat.type == chat.PRIVATE:
        message_id = query.message.message_id if query.message else None
        await _handle(context, update, ButtonPress(sender, query.data or "", message_id), outbox)
    if not outbox.answered:
        await answer_query(query)  # stops the button's spinner


async def membership(update: Update, context: SaathiContext) -> None:
    """Mark a user who blocked the bot (or unblocked it), so announcements skip them at once."""
    member = update.my_chat_member
    if member is None or member.chat.type != member.chat.PRIVATE:
        return
    blocked = member.new_chat_member.status == ChatMemberStatus.BANNED  # "kicked"
    if await context.services.conversations.set_blocked(member.chat.id, blocked=blocked):
        log.info("chat %s %s the bot", member.chat.id, "blocked" if blocked else "unblocked")


async def error(update: object, context: SaathiContext) -> None:
    """Log any exception a handler raised, with the update it came from."""
    update_id = update.update_id if isinstance(update, Update) else None
    log.error("error while handling update %s", update_id, exc_info=context.error)
