"""The trainer's /broadcast dialogue: which answer each step accepts (bot/tg/steps.py runs it).

Anything a step does not accept (a question, a tap on an older help button) is not an answer to
the step and goes on to the assistant, as with a ConversationHandler.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot import callbacks
from bot.broadcast.draft import Draft
from bot.callbacks import Kind
from bot.tg import broadcast_audience as audience
from bot.tg import broadcast_compose as compose
from bot.tg.context import SaathiContext
from bot.tg.steps import Matcher, Run, Step, StepFlow, unused

_PRIVATE = filters.ChatType.PRIVATE
_TEXT = _PRIVATE & filters.TEXT & ~filters.COMMAND
_SKIP = _PRIVATE & filters.Regex(r"^/skip$")
_TAP = callbacks.pattern(Kind.FLOW)


def _on_text(accepts: filters.BaseFilter, run: Run[Draft]) -> Step[Draft]:
    return Step(MessageHandler(accepts, unused), run)


def _on_tap(run: Run[Draft], pattern: str = _TAP) -> Step[Draft]:
    return Step(CallbackQueryHandler(unused, pattern=pattern), run)


def _command(name: str, run: Run[Draft]) -> Step[Draft]:
    handler: Matcher = CommandHandler(name, unused, filters=_PRIVATE)
    return Step(handler, run)


async def _may_be_trainer(context: SaathiContext, user_id: int) -> bool:
    # Every private message passes here; the role hint spares most a database read.
    return await context.services.roles.might_be_trainer(user_id)


STEPS: dict[str, list[Step[Draft]]] = {
    audience.AUDIENCE: [_on_tap(audience.audience_button)],
    audience.LANGUAGE: [_on_tap(audience.language_button)],
    audience.ESCALATION: [_on_tap(audience.escalation_button)],
    audience.DISTRICTS: [_on_text(_TEXT, audience.district_text)],
    audience.PRODUCTS: [_on_text(_TEXT, audience.product_text)],
    audience.ACTIVE: [_on_text(_TEXT, audience.active_text)],
    audience.TEXT_HI: [_on_text(_TEXT, compose.text_hi)],
    audience.TEXT_LATN: [_on_text(_TEXT | _SKIP, compose.text_latn)],
    audience.TEXT_EN: [_on_text(_TEXT | _SKIP, compose.text_en)],
    audience.ATTACH: [
        _on_text(_PRIVATE & (filters.PHOTO | filters.Document.ALL) | _SKIP, compose.attachment)
    ],
    audience.LINK: [_on_text(_TEXT | _SKIP, compose.link)],
    audience.ACK: [_on_tap(compose.ack_button, rf"^{Kind.FLOW.value}:ack:")],
    audience.DEFER: [_on_tap(compose.defer_button, rf"^{Kind.FLOW.value}:defer:")],
    audience.PREVIEW: [_on_tap(compose.preview_button)],
    audience.SCHEDULE: [_on_text(_TEXT, compose.schedule_text)],
}

BROADCAST = StepFlow(
    "broadcast",  # the dialogue's name in the table
    kind=Kind.FLOW,
    entry=_command("broadcast", audience.start_broadcast),
    cancel=_command("cancel", compose.cancel),
    steps=STEPS,
    new=Draft,
    load=Draft.from_json,
    may_be_in=_may_be_trainer,
)


async def route(update: Update, context: SaathiContext) -> None:
    """Take the update if it is a trainer's next /broadcast step (see StepFlow.route)."""
    await BROADCAST.route(update, context)
