"""Telegram handlers for the staff group: commands, card buttons, relays from staff to users.

Every handler here runs only for updates from the staff group (the filter is set where they
are registered) and then checks that the sender is staff; anyone else is ignored.
"""

from __future__ import annotations

import logging

from telegram import CallbackQuery, Message, Update
from telegram.error import TelegramError

from bot import callbacks
from bot.db.engine import utcnow
from bot.db.escalations import EscalationView
from bot.staff import cards
from bot.staff.roles import Role
from bot.tg.context import SaathiContext
from bot.tg.outbox import answer_query

log = logging.getLogger(__name__)

TRANSCRIPT_PAGE = 10


async def _staff_message(update: Update, context: SaathiContext) -> Message | None:
    """The update's message if a staff member sent it; None (and a log line) otherwise."""
    message = update.effective_message
    user = update.effective_user
    if message is None or user is None or user.is_bot:
        return None
    if not await context.services.roles.is_staff(user.id):
        log.info("ignored staff-group message from non-staff user %s", user.id)
        return None
    return message


async def staff_message(update: Update, context: SaathiContext) -> None:
    """Pass a staff member's message in a user's topic (or reply) on to that user."""
    message = await _staff_message(update, context)
    if message is None:
        return
    desk = context.services.desk
    escalation = await desk.escalation_for(message)
    if escalation is None:
        return  # staff talking among themselves
    await desk.relays.relay_out(message, escalation)


async def staff_edit(update: Update, context: SaathiContext) -> None:
    """Mirror a staff member's edit of a relayed message in the user's chat."""
    message = await _staff_message(update, context)
    if message is not None:
        await context.services.desk.relays.edit_out(message)


async def staff_command(update: Update, context: SaathiContext) -> None:
    """Run /claim, /close, /handback, /queue, /transcript, /reply, /staff or /trainer."""
    message = await _staff_message(update, context)
    if message is None or not message.text or update.effective_user is None:
        return
    desk, t = context.services.desk, context.services.staff_translator
    head, _, args = message.text.partition(" ")
    name = head.removeprefix("/").split("@", 1)[0].lower()
    args = args.strip()
    me = update.effective_user
    if name == "queue":
        await _reply(message, await _queue_text(context))
        return
    if name in ("staff", "trainer"):
        await _reply(message, await _grant(context, me.id, name, args))
        return
    escalation = await desk.escalation_for(message)
    if escalation is None:
        await _reply(
            message, t("Use this command in a user's topic (or as a reply to their message).")
        )
        return
    if name == "claim":
        ok = await desk.claim(escalation, me.id, me.first_name)
        await _reply(
            message,
            t("Claimed by %(name)s.", name=me.first_name)
            if ok
            else t("This request is no longer open."),
        )
    elif name in ("close", "handback"):
        ok = await desk.close(escalation, "closed" if name == "close" else "handed_back")
        await _reply(message, t("Closed.") if ok else t("This request is no longer open."))
    elif name == "transcript":
        page = int(args) if args.isdigit() and int(args) > 0 else 1
        await _reply(message, await _transcript_text(context, escalation, page))
    elif name == "reply":
        if not await desk.canned(escalation, args, me.first_name):
            names = ", ".join(sorted(cards.CANNED))
            await _reply(message, t("Canned replies: %(names)s. Use /reply <name>.", names=names))
    else:
        await _reply(message, t("Unknown staff command."))


async def staff_button(update: Update, context: SaathiContext) -> None:
    """Claim, close or hand back from the buttons on a context card."""
    query = update.callback_query
    user = update.effective_user
    chat = update.effective_chat
    if query is None or user is None:
        return
    desk, t = context.services.desk, context.services.staff_translator
    # Only staff, only in the staff group, only for a real open escalation: anything else is a
    # forged or stale button.
    if (
        chat is None
        or chat.id != desk.chat_id
        or not await context.services.roles.is_staff(user.id)
    ):
        log.warning("refused staff button %r from user %s", (query.data or "")[:64], user.id)
        await _answer(query, t("Only support staff can use this."))
        return
    tapped = callbacks.parse(query.data)
    action = tapped.arg(0) if tapped else ""
    number = tapped.number(1) if tapped and len(tapped.args) == 2 else None
    escalation = await context.services.escalations.get(number) if number is not None else None
    if (
        escalation is None
        or escalation.status != "open"
        or action not in ("claim", "close", "back")
    ):
        await _answer(query, t("This request is no longer open."))
        return
    if action == "claim":
        ok = await desk.claim(escalation, user.id, user.first_name)
    else:
        ok = await desk.close(escalation, "closed" if action == "close" else "handed_back")
    await _answer(query, t("Done.") if ok else t("This request is no longer open."))


async def _queue_text(context: SaathiContext) -> str:
    store, t = context.services.escalations, context.services.staff_translator
    open_ones = [(e, await store.user_card(e.user_id)) for e in await store.queue()]
    return cards.queue(t, open_ones, utcnow())


async def _transcript_text(context: SaathiContext, escalation: EscalationView, page: int) -> str:
    store, t = context.services.escalations, context.services.staff_translator
    history = context.services.log
    user = await store.user_card(escalation.user_id)
    total = await history.count_turns(escalation.user_id)
    pages = max(1, -(-total // TRANSCRIPT_PAGE))
    page = min(page, pages)
    turns = await history.turns(
        escalation.user_id, limit=TRANSCRIPT_PAGE, offset=(page - 1) * TRANSCRIPT_PAGE
    )
    assert user is not None
    text = cards.transcript(t, user, turns, page, pages)
    if page < pages:
        text += "\n\n" + t("Next page: /transcript %(page)s", page=page + 1)
    return text


async def _grant(context: SaathiContext, admin_id: int, role: str, args: str) -> str:
    """/staff add|remove <id> and /trainer add|remove <id>, for admins only."""
    roles, grants, t = (
        context.services.roles,
        context.services.grants,
        context.services.staff_translator,
    )
    if not roles.is_admin(admin_id):
        return t("Only admins can change roles.")
    action, _, target = args.partition(" ")
    target = target.strip()
    if action not in ("add", "remove") or not target.lstrip("-").isdigit():
        return t("Use: /%(role)s add <user id> or /%(role)s remove <user id>", role=role)
    kind: Role = "staff" if role == "staff" else "trainer"
    if action == "add":
        done = await grants.grant(int(target), kind, admin_id)
    else:
        done = await grants.revoke(int(target), kind)
    roles.grants_changed()
    return t("Done.") if done else t("Nothing to change.")


async def _reply(message: Message, text: str) -> None:
    try:
        await message.reply_text(text[:4000], do_quote=False)
    except TelegramError as exc:
        log.warning("could not answer in the staff group: %s", exc)


async def _answer(query: CallbackQuery, text: str) -> None:
    await answer_query(query, text, alert=True)
