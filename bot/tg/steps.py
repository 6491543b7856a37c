"""Multi-step dialogues whose step and draft live in the database, not in the process.

PTB's ConversationHandler keeps its state in one process (its persistence is read once, at
start): with several bot replicas, each of a user's answers can reach a different one. Here the
step and the draft are in the dialogues table (bot/db/dialogues.py) and every step is a PTB
handler whose filters decide what the step accepts, as in a ConversationHandler; `route` picks
the one that fits. One chat's updates are handled one at a time (bot/tg/processor.py), so
reading and writing the step is safe.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, Protocol, TypeVar

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, BaseHandler

from bot import callbacks
from bot.callbacks import Kind
from bot.tg.context import SaathiContext

END = "end"  # the step a dialogue returns when it is over: its row is deleted


class StepDraft(Protocol):
    """What a dialogue collects; stored as JSON between steps."""

    def to_json(self) -> dict[str, Any]: ...


DraftT = TypeVar("DraftT", bound=StepDraft)
Run = Callable[[Update, SaathiContext, DraftT], Awaitable[str]]
Matcher = BaseHandler[Update, SaathiContext, None]


async def unused(_update: Update, _context: SaathiContext) -> None:
    """Steps' PTB handlers only match updates (`check_update`); `route` runs the step."""


@dataclass(frozen=True)
class Step(Generic[DraftT]):
    """One answer a step accepts (what `accepts` matches) and what to do with it."""

    accepts: Matcher
    run: Run[DraftT]


def fits(handler: Matcher, update: Update) -> bool:
    check = handler.check_update(update)
    return not (check is None or check is False)  # how PTB's Application reads it


class StepFlow(Generic[DraftT]):
    """A dialogue: an entry step, a cancel step, and what each named step accepts.

    Anything a step does not accept (a question, a tap on an older menu) is not an answer to
    it and goes on to the rest of the bot, as with a ConversationHandler.
    """

    def __init__(
        self,
        name: str,
        *,
        kind: Kind,
        entry: Step[DraftT],
        cancel: Step[DraftT],
        steps: Mapping[str, Sequence[Step[DraftT]]],
        new: Callable[[], DraftT],
        load: Callable[[dict[str, Any]], DraftT],
        may_be_in: Callable[[SaathiContext, int], Awaitable[bool]],
    ) -> None:
        self.name = name
        self._kind = kind  # the callback kind of the flow's own buttons
        self._entry = entry
        self._cancel = cancel
        self._steps = steps
        self._new = new
        self._load = load
        self._may_be_in = may_be_in

    def button(self, *args: str) -> str:
        """Callback data for a button inside this flow."""
        return callbacks.make(self._kind, *args)

    async def route(self, update: Update, context: SaathiContext) -> None:
        """Runs before the general handlers: takes the update if it is the user's next step.

        Stops every later handler when it does (ApplicationHandlerStop); returns quietly when
        the user is not in the flow or the update does not answer the step they are at.
        """
        chat, user = update.effective_chat, update.effective_user
        if chat is None or user is None or chat.type != ChatType.PRIVATE:
            return
        query = update.callback_query
        tapped = callbacks.parse(query.data) if query is not None else None
        if update.message is None and (tapped is None or tapped.kind is not self._kind):
            return  # edits, and buttons of the rest of the bot, are never a step of this flow
        dialogues = context.services.dialogues
        if fits(self._entry.accepts, update):
            step, draft = self._entry, self._new()  # also restarts a flow in progress
        else:
            # The hint spares users who cannot be in the flow a database read.
            if not await self._may_be_in(context, user.id):
                return
            saved = await dialogues.load(user.id, self.name)
            if saved is None:
                return
            at, data = saved
            candidates = (self._cancel, *self._steps.get(at, ()))
            fitting = next((s for s in candidates if fits(s.accepts, update)), None)
            if fitting is None:
                return
            step, draft = fitting, self._load(data)
        following = await step.run(update, context, draft)
        if following == END:
            await dialogues.clear(user.id)
        else:
            await dialogues.save(user.id, self.name, following, draft.to_json())
        raise ApplicationHandlerStop
