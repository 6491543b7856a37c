"""The trainers' /broadcasts list, with buttons to pause, resume or cancel running ones."""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update

from bot import callbacks
from bot.broadcast.progress import STATUS_NAMES
from bot.callbacks import Kind
from bot.tg.broadcast_audience import say, t_for
from bot.tg.context import SaathiContext
from bot.tg.outbox import answer_query


async def list_broadcasts(update: Update, context: SaathiContext) -> None:
    """/broadcasts: recent broadcasts with their state, and buttons to manage running ones."""
    user = update.effective_user
    t = await t_for(update, context)
    if user is None or not await context.services.roles.is_trainer(user.id):
        await say(update, t("Sorry, only trainers can send announcements."))
        return
    store = context.services.broadcasts
    recent = await store.recent(10)
    if not recent:
        await say(update, t("No broadcasts yet."))
        return
    rows = []
    lines = [t("Recent broadcasts:")]
    for b in recent:
        counts = await store.counts(b.id)
        lines.append(
            t(
                "#%(id)s %(status)s · sent %(sent)s of %(total)s",
                id=b.id,
                status=t(STATUS_NAMES[b.status]),
                sent=counts.get("sent"),
                total=counts.total,
            )
        )
        actions = {
            "sending": ["pause", "cancel"],
            "paused": ["resume", "cancel"],
            "scheduled": ["cancel"],
        }.get(b.status, [])
        names = {"pause": t("Pause"), "resume": t("Resume"), "cancel": t("Cancel")}
        if actions:
            rows.append(
                [
                    InlineKeyboardButton(
                        f"{names[a]} #{b.id}", callback_data=callbacks.make(Kind.MANAGE, a, b.id)
                    )
                    for a in actions
                ]
            )
    await say(update, "\n".join(lines), InlineKeyboardMarkup(rows) if rows else None)


async def manage_button(update: Update, context: SaathiContext) -> None:
    """Pause, resume or cancel a broadcast (trainers only; stale buttons are refused)."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    t = await t_for(update, context)
    if user is None or not await context.services.roles.is_trainer(user.id):
        await answer_query(query, t("Sorry, only trainers can send announcements."), alert=True)
        return
    tapped = callbacks.parse(query.data)
    action = tapped.arg(0) if tapped is not None else ""
    number = tapped.number(1) if tapped is not None and len(tapped.args) == 2 else None
    moves = {
        "pause": ("paused", ("sending",)),
        "resume": ("sending", ("paused",)),
        "cancel": ("cancelled", ("sending", "paused", "scheduled")),
    }
    done = (
        action in moves
        and number is not None
        and await context.services.broadcasts.set_status(
            number, moves[action][0], only_from=moves[action][1]
        )
    )
    # Through answer_query: a tap answered on arrival, or one too old by now, is a 400 from
    # Telegram, which must not escape as "error while handling update".
    await answer_query(
        query, t("Done.") if done else t("That broadcast cannot be changed now."), alert=not done
    )
