"""The trainer's /broadcast dialogue, second part: the texts, extras, preview and sending."""

from __future__ import annotations

import datetime as dt
import re

from telegram import Update

from bot.broadcast.draft import Draft
from bot.broadcast.engine import ACK_LABEL, Announcement
from bot.core.render import LANGUAGE_NAMES
from bot.text.catalogs import N_
from bot.text.script import LANGS
from bot.tg.broadcast_audience import (
    ACK,
    ATTACH,
    DEFER,
    LINK,
    PREVIEW,
    SCHEDULE,
    TEXT_EN,
    TEXT_HI,
    TEXT_LATN,
    buttons,
    choice,
    flow_button,
    say,
    t_for,
)
from bot.tg.channel import TelegramChannel
from bot.tg.context import SaathiContext
from bot.tg.outbox import answer_query
from bot.tg.steps import END

_LINK = re.compile(r"^(https?://\S+)\s+(.{1,64})$")


async def text_hi(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Store the Hindi text; ask for the Latin-letter one."""
    ask = N_("Now the same in Hindi with English letters, or /skip:")
    return await _text(update, context, draft, "hi", nxt=TEXT_LATN, ask=ask)


async def text_latn(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Store the Hindi-in-Latin text; ask for English."""
    ask = N_("Now in English, or /skip:")
    return await _text(update, context, draft, "hi_Latn", nxt=TEXT_EN, ask=ask)


async def text_en(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Store the English text; ask for an attachment."""
    ask = N_("Send a photo or document to attach, or /skip:")
    return await _text(update, context, draft, "en", nxt=ATTACH, ask=ask)


async def _text(
    update: Update, context: SaathiContext, draft: Draft, lang: str, *, nxt: str, ask: str
) -> str:
    assert update.message is not None
    t = await t_for(update, context)
    text = (update.message.text or "").strip()
    if text and text != "/skip":
        draft.texts[lang] = text
    elif lang == "hi":
        await say(
            update,
            t(
                "The Hindi text is needed: recipients without their language get "
                "it. Please write it:"
            ),
        )
        return TEXT_HI
    await say(update, t(ask))
    return nxt


async def attachment(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Take a photo or document (or /skip); ask for a link."""
    message = update.message
    assert message is not None
    t = await t_for(update, context)
    if message.photo:
        draft.attachment = ("photo", message.photo[-1].file_id)
    elif message.document:
        draft.attachment = ("document", message.document.file_id)
    await say(
        update,
        t(
            "Add a link button? Send the link and its label, like "
            '"https://odopup.in ODOP portal", or /skip:'
        ),
    )
    return LINK


async def link(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Take a link button (or /skip); ask about the acknowledgement button."""
    assert update.message is not None
    t = await t_for(update, context)
    text = (update.message.text or "").strip()
    if text != "/skip":
        match = _LINK.match(text)
        if not match:
            await say(update, t("Please send a link starting with https:// and a label, or /skip:"))
            return LINK
        draft.link = (match.group(1), match.group(2))
    await say(
        update,
        t("Add a “Got it ✔” button so you can see who read it?"),
        buttons([(t("Yes"), "ack:yes"), (t("No"), "ack:no")]),
    )
    return ACK


async def ack_button(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Choose the acknowledgement button; ask about users talking to staff."""
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    draft.ack = (query.data or "").endswith(":yes")
    t = await t_for(update, context)
    await say(
        update,
        t(
            "Users talking to our staff right now: send after their chat is closed "
            "(recommended) or now?"
        ),
        buttons([(t("After their chat"), "defer:yes")], [(t("Now"), "defer:no")]),
    )
    return DEFER


async def defer_button(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Choose deferral; show the preview for each language group."""
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    draft.defer = (query.data or "").endswith(":yes")
    await _preview(update, context, draft)
    return PREVIEW


async def _preview(update: Update, context: SaathiContext, draft: Draft) -> None:
    """Show exactly what each language group will get, and how many people are in it."""
    t = await t_for(update, context)
    chat = update.effective_chat
    assert chat is not None
    counts = await context.services.broadcasts.audience_counts(draft.audience())
    channel = TelegramChannel(context.bot)
    texts = {k: v for k, v in draft.texts.items() if v}
    for lang in LANGS:
        if not counts.get(lang):
            continue
        own = lang in texts
        await say(
            update,
            t(
                "Preview for %(language)s, %(count)s recipients%(note)s:",
                language=t(LANGUAGE_NAMES[lang]),
                count=counts[lang],
                note="" if own else t(" (they get the Hindi text)"),
            ),
        )
        recipient_t = context.services.catalogs[lang]
        await channel.announce(
            Announcement(
                chat_id=chat.id,
                text=texts.get(lang) or texts["hi"],
                attachment_kind=draft.attachment[0] if draft.attachment else None,
                attachment_file_id=draft.attachment[1] if draft.attachment else None,
                link_url=draft.link[0] if draft.link else None,
                link_label=draft.link[1] if draft.link else None,
                ack_label=recipient_t(ACK_LABEL) if draft.ack else None,
                ack_data=flow_button("noop") if draft.ack else None,
            )
        )
    skipped = counts.get("opted_out", 0) + counts.get("blocked", 0)
    total = sum(v for k, v in counts.items() if k in LANGS)
    await say(
        update,
        t(
            "%(total)s recipients in all; %(skipped)s opted out or blocked will be skipped.",
            total=total,
            skipped=skipped,
        ),
        buttons([(t("Send now"), "send")], [(t("Schedule"), "sched")], [(t("Cancel"), "cancel")]),
    )


async def preview_button(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Send now, ask for a time, or drop the draft."""
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    t = await t_for(update, context)
    picked = choice(query.data)
    if picked == "sched":
        await say(update, t("When? Type date and time in India time, like 2026-12-01 10:30:"))
        return SCHEDULE
    if picked == "send":
        await _create(update, context, draft, None)
        return END
    if picked == "cancel":
        return await cancel(update, context, draft)
    return PREVIEW


async def schedule_text(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Read an IST date and time; create the scheduled broadcast."""
    assert update.message is not None
    t = await t_for(update, context)
    zone = context.services.settings.broadcast.zone
    try:
        local = dt.datetime.strptime((update.message.text or "").strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        await say(update, t("Please type it like 2026-12-01 10:30."))
        return SCHEDULE
    when = local.replace(tzinfo=zone)
    if when <= dt.datetime.now(zone):
        await say(update, t("That time has passed. Please type a time in the future."))
        return SCHEDULE
    await _create(update, context, draft, when)
    return END


async def _create(
    update: Update, context: SaathiContext, draft: Draft, when: dt.datetime | None
) -> None:
    t = await t_for(update, context)
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    if not await context.services.roles.is_trainer(user.id):  # revoked since /broadcast
        await say(update, t("Sorry, only trainers can send announcements."))
        return
    broadcast_id = await context.services.broadcasts.create(
        created_by=user.id,
        audience=draft.audience(),
        texts=draft.texts,
        send_at=when,
        attachment=draft.attachment,
        link=draft.link,
        ack_button=draft.ack,
        defer_escalated=draft.defer,
        progress_chat_id=chat.id,
    )
    if when is None:
        await say(update, t("Broadcast #%(id)s is going out now. Progress:", id=broadcast_id))
    else:
        await say(
            update,
            t(
                "Broadcast #%(id)s will go out on %(when)s.",
                id=broadcast_id,
                when=when.strftime("%Y-%m-%d %H:%M IST"),
            ),
        )


async def cancel(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Leave the broadcast flow at any step."""
    t = await t_for(update, context)
    await say(update, t("Broadcast cancelled. Nothing was sent."))
    return END
