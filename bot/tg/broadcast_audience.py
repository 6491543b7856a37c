"""The trainer's /broadcast dialogue, first part: who gets the announcement.

The steps collect a draft (bot/broadcast/draft.py) and show it; audiences, storage and sending
are in bot/broadcast/. How a step is stored and routed is bot/tg/steps.py; which step accepts
what is bot/tg/broadcast_flow.py.
"""

from __future__ import annotations

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update

from bot import callbacks
from bot.broadcast.audience import EscalationFilter
from bot.broadcast.draft import Draft
from bot.callbacks import Kind
from bot.core.render import LANGUAGE_NAMES
from bot.knowledge import districts
from bot.text.catalogs import Translator
from bot.text.script import LANGS
from bot.tg.context import SaathiContext
from bot.tg.outbox import answer_query
from bot.tg.steps import END

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


def flow_button(data: str) -> str:
    """Callback data of a button inside the flow ("l:hi" -> "bcf:l:hi")."""
    return callbacks.make(Kind.FLOW, *data.split(":"))


def choice(data: str | None) -> str:
    """What a tapped flow button chose ("bcf:l:hi" -> "l:hi")."""
    tapped = callbacks.parse(data)
    return ":".join(tapped.args) if tapped is not None and tapped.kind is Kind.FLOW else ""


async def t_for(update: Update, context: SaathiContext) -> Translator:
    assert update.effective_user is not None
    return await context.services.languages.for_user(update.effective_user.id)


def buttons(*rows: list[tuple[str, str]]) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(label, callback_data=flow_button(data)) for label, data in row]
            for row in rows
        ]
    )


async def say(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    chat = update.effective_chat
    assert chat is not None
    await chat.send_message(text, reply_markup=markup)


async def start_broadcast(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Begin a broadcast (trainers only)."""
    user = update.effective_user
    t = await t_for(update, context)
    if user is None or not await context.services.roles.is_trainer(user.id):
        await say(update, t("Sorry, only trainers can send announcements."))
        return END
    await _audience_menu(update, context, draft)
    return AUDIENCE


async def _audience_menu(update: Update, context: SaathiContext, draft: Draft) -> None:
    t = await t_for(update, context)
    counts = await context.services.broadcasts.audience_counts(draft.audience())
    total = sum(v for k, v in counts.items() if k in LANGS)
    lines = [
        t("Who should get it? Filters so far:"),
        _describe(t, draft),
        t("Recipients now: %(count)s", count=total),
    ]
    await say(
        update,
        "\n".join(lines),
        buttons(
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


async def audience_button(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Add or clear an audience filter."""
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    picked = choice(query.data)
    t = await t_for(update, context)
    if picked == "all":
        draft.clear_audience()
    elif picked == "lang":
        await say(update, t("Tap languages to add or remove them:"), _language_buttons(t, draft))
        return LANGUAGE
    elif picked == "dist":
        await say(update, t("Type district names, separated by commas (e.g. Moradabad, बनारस):"))
        return DISTRICTS
    elif picked == "prod":
        await say(update, t("Type product words, separated by commas (e.g. carpet, brass):"))
        return PRODUCTS
    elif picked == "active":
        await say(update, t("Active in the last how many days? Type a number:"))
        return ACTIVE
    elif picked == "esc":
        await say(
            update,
            t("Which users?"),
            buttons(
                [(t("All"), "e:any")],
                [(t("Never talked to staff"), "e:never")],
                [(t("Talking to staff now"), "e:open")],
            ),
        )
        return ESCALATION
    elif picked == "next":
        await say(update, t("Write the announcement in Hindi (Devanagari):"))
        return TEXT_HI
    await _audience_menu(update, context, draft)
    return AUDIENCE


def _language_buttons(t: Translator, draft: Draft) -> InlineKeyboardMarkup:
    rows = [
        [(("✔ " if lang in draft.languages else "") + t(LANGUAGE_NAMES[lang]), f"l:{lang}")]
        for lang in LANGS
    ]
    return buttons(*rows, [(t("◂ Back"), "back")])


async def language_button(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Toggle a language filter."""
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    picked = choice(query.data)
    lang = picked.removeprefix("l:")
    if picked.startswith("l:") and lang in LANGS:
        if lang in draft.languages:
            draft.languages.remove(lang)
        else:
            draft.languages.append(lang)
        t = await t_for(update, context)
        assert query.message is not None and isinstance(query.message, Message)
        await query.message.edit_reply_markup(_language_buttons(t, draft))
        return LANGUAGE
    await _audience_menu(update, context, draft)
    return AUDIENCE


async def escalation_button(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Choose users by whether they talked to staff."""
    query = update.callback_query
    assert query is not None
    await answer_query(query)
    picked = choice(query.data).removeprefix("e:")
    filters_by_name: dict[str, EscalationFilter] = {"any": "any", "never": "never", "open": "open"}
    if picked in filters_by_name:
        draft.escalation = filters_by_name[picked]
    await _audience_menu(update, context, draft)
    return AUDIENCE


async def district_text(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Read district names in any script; say which were not found."""
    assert update.message is not None and update.message.text is not None
    t = await t_for(update, context)
    names = [n.strip() for n in update.message.text.split(",") if n.strip()]
    found = [districts.find(n) for n in names]
    draft.districts = sorted({d.name for d in found if d})
    unknown = [n for n, d in zip(names, found, strict=True) if d is None]
    if unknown:
        await say(update, t("Not found: %(names)s", names=", ".join(unknown)))
    await _audience_menu(update, context, draft)
    return AUDIENCE


async def product_text(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Read ODOP product words."""
    assert update.message is not None and update.message.text is not None
    words = [w.strip() for w in update.message.text.split(",") if w.strip()]
    draft.products = words
    await _audience_menu(update, context, draft)
    return AUDIENCE


async def active_text(update: Update, context: SaathiContext, draft: Draft) -> str:
    """Read the number of days."""
    assert update.message is not None and update.message.text is not None
    text = update.message.text.strip()
    if not text.isdigit() or not 0 < int(text) <= 3650:
        t = await t_for(update, context)
        await say(update, t("Please type a number of days, like 30."))
        return ACTIVE
    draft.active_days = int(text)
    await _audience_menu(update, context, draft)
    return AUDIENCE
