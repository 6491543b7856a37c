"""The trainer's /broadcast conversation and /broadcasts list.

The flow only collects a draft and shows it; audiences, storage and sending are in
bot/broadcast/. Its step and draft live in the database (bot/db/dialogues.py), not in a PTB
ConversationHandler, whose state stays in one process: with several bot replicas, each of a
trainer's answers can reach a different one. Each step's handlers are still PTB handlers, so
their filters decide what a step accepts; `route` picks the one that fits. One chat's updates
are handled one at a time (bot/tg/processor.py), so reading and writing the step is safe.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatType
from telegram.ext import (
    ApplicationHandlerStop,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.broadcast.audience import Audience, EscalationFilter
from bot.broadcast.engine import ACK_LABEL, STATUS_NAMES, Announcement
from bot.core.render import LANGUAGE_NAMES
from bot.knowledge import districts
from bot.text.catalogs import N_, Translator
from bot.text.script import LANGS, Lang
from bot.tg.channel import TelegramChannel
from bot.tg.context import SaathiContext

# The steps, as stored in the dialogues table.
AUDIENCE = "audience"
LANGUAGE = "language"
DISTRICTS = "districts"
PRODUCTS = "products"
ACTIVE = "active"
ESCALATION = "escalation"
TEXT_HI = "text_hi"
TEXT_LATN = "text_latn"
TEXT_EN = "text_en"
ATTACH = "attach"
LINK = "link"
ACK = "ack"
DEFER = "defer"
PREVIEW = "preview"
SCHEDULE = "schedule"
END = "end"  # the flow is over: its row is deleted
FLOW = "broadcast"  # the dialogue's name in the table
CB = "bcf:"  # buttons inside the flow
CB_MANAGE = "bc:"  # pause / resume / cancel from /broadcasts
_LINK = re.compile(r"^(https?://\S+)\s+(.{1,64})$")


@dataclass
class Draft:
    languages: list[Lang] = field(default_factory=list)
    districts: list[str] = field(default_factory=list)
    products: list[str] = field(default_factory=list)
    active_days: int | None = None
    escalation: EscalationFilter = "any"
    texts: dict[str, str] = field(default_factory=dict)
    attachment: tuple[str, str] | None = None
    link: tuple[str, str] | None = None
    ack: bool = False
    defer: bool = True

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Draft:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}  # a key from older code: dropped
        for pair in ("attachment", "link"):  # JSON has no tuples
            if values.get(pair) is not None:
                values[pair] = tuple(values[pair])
        return cls(**values)

    def audience(self) -> Audience:
        return Audience(
            tuple(self.languages),
            tuple(self.districts),
            tuple(self.products),
            self.active_days,
            self.escalation,
        )


def _draft(context: SaathiContext) -> Draft:
    assert context.user_data is not None
    draft = context.user_data.setdefault("draft", Draft())
    assert isinstance(draft, Draft)
    return draft


def _set_draft(context: SaathiContext, draft: Draft) -> None:
    assert context.user_data is not None
    context.user_data["draft"] = draft


async def _t(update: Update, context: SaathiContext) -> Translator:
    assert update.effective_user is not None
    return await context.services.languages.for_user(update.effective_user.id)


def _buttons(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=CB + data) for label, data in row]
            for row in rows
        ]
    )


async def _say(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    chat = update.effective_chat
    assert chat is not None
    await chat.send_message(text, reply_markup=markup)


async def start(update: Update, context: SaathiContext) -> str:
    """Begin a broadcast (trainers only)."""
    user = update.effective_user
    t = await _t(update, context)
    if user is None or not await context.services.roles.is_trainer(user.id):
        await _say(update, t("Sorry, only trainers can send announcements."))
        return END
    _set_draft(context, Draft())
    await _audience_menu(update, context)
    return AUDIENCE


async def _audience_menu(update: Update, context: SaathiContext) -> None:
    t, draft = await _t(update, context), _draft(context)
    counts = await context.services.broadcasts.audience_counts(draft.audience())
    total = sum(v for k, v in counts.items() if k in LANGS)
    lines = [
        t("Who should get it? Filters so far:"),
        _describe(t, draft),
        t("Recipients now: %(count)s", count=total),
    ]
    await _say(
        update,
        "\n".join(lines),
        _buttons(
            [(t("Everyone"), "all"), (t("Language"), "lang")],
            [(t("District"), "dist"), (t("ODOP product"), "prod")],
            [(t("Active recently"), "active"), (t("Talked to staff"), "esc")],
            [(t("✅ Continue"), "next")],
        ),
    )


def _describe(t: Translator, draft: Draft) -> str:
    parts = []
    if draft.languages:
        parts.append(
            t("language: %(value)s", value=", ".join(t(LANGUAGE_NAMES[x]) for x in draft.languages))
        )
    if draft.districts:
        parts.append(t("district: %(value)s", value=", ".join(draft.districts)))
    if draft.products:
        parts.append(t("ODOP product: %(value)s", value=", ".join(draft.products)))
    if draft.active_days is not None:
        parts.append(t("active in the last %(days)s days", days=draft.active_days))
    if draft.escalation == "never":
        parts.append(t("never talked to staff"))
    elif draft.escalation == "open":
        parts.append(t("talking to staff now"))
    return "• " + "\n• ".join(parts) if parts else t("• everyone")


async def audience_button(update: Update, context: SaathiContext) -> str:
    """Add or clear an audience filter."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    choice = (query.data or "").removeprefix(CB)
    draft, t = _draft(context), await _t(update, context)
    if choice == "all":
        _set_draft(context, Draft(texts=draft.texts))
    elif choice == "lang":
        await _say(update, t("Tap languages to add or remove them:"), _language_buttons(t, draft))
        return LANGUAGE
    elif choice == "dist":
        await _say(update, t("Type district names, separated by commas (e.g. Moradabad, बनारस):"))
        return DISTRICTS
    elif choice == "prod":
        await _say(update, t("Type product words, separated by commas (e.g. carpet, brass):"))
        return PRODUCTS
    elif choice == "active":
        await _say(update, t("Active in the last how many days? Type a number:"))
        return ACTIVE
    elif choice == "esc":
        await _say(
            update,
            t("Which users?"),
            _buttons(
                [(t("All"), "e:any")],
                [(t("Never talked to staff"), "e:never")],
                [(t("Talking to staff now"), "e:open")],
            ),
        )
        return ESCALATION
    elif choice == "next":
        await _say(update, t("Write the announcement in Hindi (Devanagari):"))
        return TEXT_HI
    await _audience_menu(update, context)
    return AUDIENCE


def _language_buttons(t: Translator, draft: Draft) -> InlineKeyboardMarkup:
    rows = [
        [(("✔ " if lang in draft.languages else "") + t(LANGUAGE_NAMES[lang]), f"l:{lang}")]
        for lang in LANGS
    ]
    return _buttons(*rows, [(t("◂ Back"), "back")])


async def language_button(update: Update, context: SaathiContext) -> str:
    """Toggle a language filter."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    choice, draft = (query.data or "").removeprefix(CB), _draft(context)
    lang = choice.removeprefix("l:")
    if choice.startswith("l:") and lang in LANGS:
        if lang in draft.languages:
            draft.languages.remove(lang)
        else:
            draft.languages.append(lang)
        t = await _t(update, context)
        assert query.message is not None and isinstance(query.message, Message)
        await query.message.edit_reply_markup(_language_buttons(t, draft))
        return LANGUAGE
    await _audience_menu(update, context)
    return AUDIENCE


async def escalation_button(update: Update, context: SaathiContext) -> str:
    """Choose users by whether they talked to staff."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    choice = (query.data or "").removeprefix(CB + "e:")
    filters_by_name: dict[str, EscalationFilter] = {"any": "any", "never": "never", "open": "open"}
    if choice in filters_by_name:
        _draft(context).escalation = filters_by_name[choice]
    await _audience_menu(update, context)
    return AUDIENCE


async def district_text(update: Update, context: SaathiContext) -> str:
    """Read district names in any script; say which were not found."""
    assert update.message is not None and update.message.text is not None
    t = await _t(update, context)
    names = [n.strip() for n in update.message.text.split(",") if n.strip()]
    found = [districts.find(n) for n in names]
    _draft(context).districts = sorted({d.name for d in found if d})
    unknown = [n for n, d in zip(names, found, strict=True) if d is None]
    if unknown:
        await _say(update, t("Not found: %(names)s", names=", ".join(unknown)))
    await _audience_menu(update, context)
    return AUDIENCE


async def product_text(update: Update, context: SaathiContext) -> str:
    """Read ODOP product words."""
    assert update.message is not None and update.message.text is not None
    words = [w.strip() for w in update.message.text.split(",") if w.strip()]
    _draft(context).products = words
    await _audience_menu(update, context)
    return AUDIENCE


async def active_text(update: Update, context: SaathiContext) -> str:
    """Read the number of days."""
    assert update.message is not None and update.message.text is not None
    text = update.message.text.strip()
    if not text.isdigit() or not 0 < int(text) <= 3650:
        t = await _t(update, context)
        await _say(update, t("Please type a number of days, like 30."))
        return ACTIVE
    _draft(context).active_days = int(text)
    await _audience_menu(update, context)
    return AUDIENCE


async def text_hi(update: Update, context: SaathiContext) -> str:
    """Store the Hindi text; ask for the Latin-letter one."""
    return await _text(
        update,
        context,
        "hi",
        TEXT_LATN,
        N_("Now the same in Hindi with English letters, or /skip:"),
    )


async def text_latn(update: Update, context: SaathiContext) -> str:
    """Store the Hindi-in-Latin text; ask for English."""
    return await _text(update, context, "hi_Latn", TEXT_EN, N_("Now in English, or /skip:"))


async def text_en(update: Update, context: SaathiContext) -> str:
    """Store the English text; ask for an attachment."""
    return await _text(
        update, context, "en", ATTACH, N_("Send a photo or document to attach, or /skip:")
    )


async def _text(update: Update, context: SaathiContext, lang: str, nxt: str, ask: str) -> str:
    assert update.message is not None
    t = await _t(update, context)
    text = (update.message.text or "").strip()
    if text and text != "/skip":
        _draft(context).texts[lang] = text
    elif lang == "hi":
        await _say(
            update,
            t(
                "The Hindi text is needed: recipients without their language get "
                "it. Please write it:"
            ),
        )
        return TEXT_HI
    await _say(update, t(ask))
    return nxt


async def attachment(update: Update, context: SaathiContext) -> str:
    """Take a photo or document (or /skip); ask for a link."""
    message = update.message
    assert message is not None
    t = await _t(update, context)
    if message.photo:
        _draft(context).attachment = ("photo", message.photo[-1].file_id)
    elif message.document:
        _draft(context).attachment = ("document", message.document.file_id)
    await _say(
        update,
        t(
            "Add a link button? Send the link and its label, like "
            '"https://odopup.in ODOP portal", or /skip:'
        ),
    )
    return LINK


async def link(update: Update, context: SaathiContext) -> str:
    """Take a link button (or /skip); ask about the acknowledgement button."""
    assert update.message is not None
    t = await _t(update, context)
    text = (update.message.text or "").strip()
    if text != "/skip":
        match = _LINK.match(text)
        if not match:
            await _say(
                update, t("Please send a link starting with https:// and a label, or /skip:")
            )
            return LINK
        _draft(context).link = (match.group(1), match.group(2))
    await _say(
        update,
        t("Add a “Got it ✔” button so you can see who read it?"),
        _buttons([(t("Yes"), "ack:yes"), (t("No"), "ack:no")]),
    )
    return ACK


async def ack_button(update: Update, context: SaathiContext) -> str:
    """Choose the acknowledgement button; ask about users talking to staff."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    _draft(context).ack = (query.data or "").endswith(":yes")
    t = await _t(update, context)
    await _say(
        update,
        t(
            "Users talking to our staff right now: send after their chat is closed "
            "(recommended) or now?"
        ),
        _buttons([(t("After their chat"), "defer:yes")], [(t("Now"), "defer:no")]),
    )
    return DEFER


async def defer_button(update: Update, context: SaathiContext) -> str:
    """Choose deferral; show the preview for each language group."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    draft = _draft(context)
    draft.defer = (query.data or "").endswith(":yes")
    await _preview(update, context, draft)
    return PREVIEW


async def _preview(update: Update, context: SaathiContext, draft: Draft) -> None:
    """Show exactly what each language group will get, and how many people are in it."""
    t = await _t(update, context)
    chat = update.effective_chat
    assert chat is not None
    counts = await context.services.broadcasts.audience_counts(draft.audience())
    channel = TelegramChannel(context.bot)
    texts = {k: v for k, v in draft.texts.items() if v}
    for lang in LANGS:
        if not counts.get(lang):
            continue
        own = lang in texts
        await _say(
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
                ack_data=f"{CB}noop" if draft.ack else None,
            )
        )
    skipped = counts.get("opted_out", 0) + counts.get("blocked", 0)
    total = sum(v for k, v in counts.items() if k in LANGS)
    await _say(
        update,
        t(
            "%(total)s recipients in all; %(skipped)s opted out or blocked will be skipped.",
            total=total,
            skipped=skipped,
        ),
        _buttons([(t("Send now"), "send")], [(t("Schedule"), "sched")], [(t("Cancel"), "cancel")]),
    )


async def preview_button(update: Update, context: SaathiContext) -> str:
    """Send now, ask for a time, or drop the draft."""
    query = update.callback_query
    assert query is not None
    await query.answer()
    t = await _t(update, context)
    choice = (query.data or "").removeprefix(CB)
    if choice == "sched":
        await _say(update, t("When? Type date and time in India time, like 2026-12-01 10:30:"))
        return SCHEDULE
    if choice == "send":
        await _create(update, context, None)
        return END
    if choice == "cancel":
        return await cancel(update, context)
    return PREVIEW


async def schedule_text(update: Update, context: SaathiContext) -> str:
    """Read an IST date and time; create the scheduled broadcast."""
    assert update.message is not None
    t = await _t(update, context)
    zone = context.services.settings.broadcast.zone
    try:
        local = dt.datetime.strptime((update.message.text or "").strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        await _say(update, t("Please type it like 2026-12-01 10:30."))
        return SCHEDULE
    when = local.replace(tzinfo=zone)
    if when <= dt.datetime.now(zone):
        await _say(update, t("That time has passed. Please type a time in the future."))
        return SCHEDULE
    await _create(update, context, when)
    return END


async def _create(update: Update, context: SaathiContext, when: dt.datetime | None) -> None:
    draft, t = _draft(context), await _t(update, context)
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    if not await context.services.roles.is_trainer(user.id):  # revoked since /broadcast
        await _say(update, t("Sorry, only trainers can send announcements."))
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
        await _say(update, t("Broadcast #%(id)s is going out now. Progress:", id=broadcast_id))
    else:
        await _say(
            update,
            t(
                "Broadcast #%(id)s will go out on %(when)s.",
                id=broadcast_id,
                when=when.strftime("%Y-%m-%d %H:%M IST"),
            ),
        )


async def cancel(update: Update, context: SaathiContext) -> str:
    """Leave the broadcast flow at any step."""
    t = await _t(update, context)
    await _say(update, t("Broadcast cancelled. Nothing was sent."))
    return END


Step = Callable[[Update, SaathiContext], Awaitable[str]]
_PRIVATE = filters.ChatType.PRIVATE
_TEXT = _PRIVATE & filters.TEXT & ~filters.COMMAND
_SKIP = _PRIVATE & filters.Regex(r"^/skip$")
_ENTRY = CommandHandler("broadcast", start, filters=_PRIVATE)
_CANCEL = CommandHandler("cancel", cancel, filters=_PRIVATE)
# What each step accepts. Anything else (a question, a tap on an older help button) is not an
# answer to the step and goes on to the assistant, as with a ConversationHandler.
STEPS: dict[str, list[BaseHandler[Update, SaathiContext, str]]] = {
    AUDIENCE: [CallbackQueryHandler(audience_button, pattern=f"^{CB}")],
    LANGUAGE: [CallbackQueryHandler(language_button, pattern=f"^{CB}")],
    ESCALATION: [CallbackQueryHandler(escalation_button, pattern=f"^{CB}")],
    DISTRICTS: [MessageHandler(_TEXT, district_text)],
    PRODUCTS: [MessageHandler(_TEXT, product_text)],
    ACTIVE: [MessageHandler(_TEXT, active_text)],
    TEXT_HI: [MessageHandler(_TEXT, text_hi)],
    TEXT_LATN: [MessageHandler(_TEXT | _SKIP, text_latn)],
    TEXT_EN: [MessageHandler(_TEXT | _SKIP, text_en)],
    ATTACH: [MessageHandler(_PRIVATE & (filters.PHOTO | filters.Document.ALL) | _SKIP, attachment)],
    LINK: [MessageHandler(_TEXT | _SKIP, link)],
    ACK: [CallbackQueryHandler(ack_button, pattern=f"^{CB}ack:")],
    DEFER: [CallbackQueryHandler(defer_button, pattern=f"^{CB}defer:")],
    PREVIEW: [CallbackQueryHandler(preview_button, pattern=f"^{CB}")],
    SCHEDULE: [MessageHandler(_TEXT, schedule_text)],
}


def _fits(handler: BaseHandler[Update, SaathiContext, str], update: Update) -> bool:
    check = handler.check_update(update)
    return not (check is None or check is False)  # how PTB's Application reads it


async def route(update: Update, context: SaathiContext) -> None:
    """Runs before the general handlers: takes the update if it is the trainer's next step.

    Stops every later handler when it does (ApplicationHandlerStop); returns quietly when the
    user is not in the flow or the update does not answer the step they are at.
    """
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or chat.type != ChatType.PRIVATE:
        return
    query = update.callback_query
    if update.message is None and not (query is not None and (query.data or "").startswith(CB)):
        return  # edits, and buttons of the rest of the bot, are never a step of this flow
    dialogues = context.services.dialogues
    step: Step
    if _fits(_ENTRY, update):
        step = start  # also restarts a flow in progress
    else:
        # Only trainers can be in the flow; the hint spares everyone else a database read.
        if not await context.services.roles.might_be_trainer(user.id):
            return
        saved = await dialogues.load(user.id, FLOW)
        if saved is None:
            return
        at, data = saved
        fitting = next((h for h in (_CANCEL, *STEPS.get(at, ())) if _fits(h, update)), None)
        if fitting is None:
            return
        step = fitting.callback
        _set_draft(context, Draft.from_json(data))
    try:
        following = await step(update, context)
        if following == END:
            await dialogues.clear(user.id)
        else:
            await dialogues.save(user.id, FLOW, following, _draft(context).to_json())
    finally:
        # The draft lives in the database; user_data only carries it through this update.
        if context.user_data is not None:
            context.user_data.pop("draft", None)
    raise ApplicationHandlerStop


async def list_broadcasts(update: Update, context: SaathiContext) -> None:
    """/broadcasts: recent broadcasts with their state, and buttons to manage running ones."""
    user = update.effective_user
    t = await _t(update, context)
    if user is None or not await context.services.roles.is_trainer(user.id):
        await _say(update, t("Sorry, only trainers can send announcements."))
        return
    store = context.services.broadcasts
    recent = await store.recent(10)
    if not recent:
        await _say(update, t("No broadcasts yet."))
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
                        f"{names[a]} #{b.id}", callback_data=f"{CB_MANAGE}{a}:{b.id}"
                    )
                    for a in actions
                ]
            )
    await _say(update, "\n".join(lines), InlineKeyboardMarkup(rows) if rows else None)


async def manage_button(update: Update, context: SaathiContext) -> None:
    """Pause, resume or cancel a broadcast (trainers only; stale buttons are refused)."""
    query, user = update.callback_query, update.effective_user
    assert query is not None
    t = await _t(update, context)
    if user is None or not await context.services.roles.is_trainer(user.id):
        await query.answer(t("Sorry, only trainers can send announcements."), show_alert=True)
        return
    action, _, number = (query.data or "").removeprefix(CB_MANAGE).partition(":")
    moves = {
        "pause": ("paused", ("sending",)),
        "resume": ("sending", ("paused",)),
        "cancel": ("cancelled", ("sending", "paused", "scheduled")),
    }
    done = (
        action in moves
        and number.isdigit()
        and await context.services.broadcasts.set_status(
            int(number), moves[action][0], only_from=moves[action][1]
        )
    )
    await query.answer(
        t("Done.") if done else t("That broadcast cannot be changed now."), show_alert=not done
    )
