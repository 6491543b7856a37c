"""Deciding what to say: one table for commands, one for buttons, the text path beside them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace

from bot import callbacks
from bot.callbacks import Kind
from bot.config import AssistantSettings, StaffSettings
from bot.core import privacy
from bot.core.buttons import Buttons
from bot.core.decision import KEEP, Change, Decision
from bot.core.languages import Languages
from bot.core.ports import Announcements, PersonalData, Ratings, StaffDesk
from bot.core.render import Renderer
from bot.core.understanding import (
    Understanding,
    profile_district,
)
from bot.nlu.client import Nlu
from bot.records.events import ButtonPress, Command, Event, Media, TextMessage
from bot.records.replies import Reply
from bot.records.turns import LoggedMessage, UserProfile
from bot.text.catalogs import Translator

log = logging.getLogger(__name__)


CommandStep = Callable[
    [Command, UserProfile | None, Translator, LoggedMessage], Awaitable[Decision]
]


# Commands that only staff may use, and only in the staff group. Sellers who try them get a
# polite refusal (the access-control table in the README lists them all).
STAFF_COMMANDS = frozenset(
    {"claim", "close", "handback", "queue", "transcript", "reply", "staff", "trainer"}
)


def bypasses_staff(event: Event) -> bool:
    """Rating the help, /mydata and /forget work even while a person handles the chat."""
    if isinstance(event, Command):
        return event.name in privacy.PRIVACY_COMMANDS
    if isinstance(event, ButtonPress):
        tapped = callbacks.parse(event.data)
        if tapped is None:
            return False
        return (tapped.kind is Kind.RATE and bool(tapped.args)) or (
            tapped.kind is Kind.FORGET and tapped.args in (("yes",), ("no",))
        )
    return False


class Dialogue:
    def __init__(
        self,
        *,
        nlu: Nlu,
        render: Renderer,
        languages: Languages,
        settings: AssistantSettings,
        staff: StaffSettings,
        announcements: Announcements,
        personal_data: PersonalData,
        ratings: Ratings,
        desk: StaffDesk,
        retention_days: int,
    ) -> None:
        self._render = render
        self._languages = languages
        self._staff = staff
        self._announcements = announcements
        self._personal_data = personal_data
        self._desk = desk
        self._retention_days = retention_days
        self._buttons = Buttons(
            render=render,
            languages=languages,
            announcements=announcements,
            ratings=ratings,
            handoff=self.handoff,
        )
        self._understanding = Understanding(
            nlu=nlu,
            render=render,
            languages=languages,
            settings=settings,
            staff=staff,
            announcements=announcements,
            press=self._buttons.press,
            opt_out=self._opt_out,
            handoff=self.handoff,
        )
        self._commands: Mapping[str, CommandStep] = {
            "start": self._start,
            "help": self._help,
            "menu": self._help,
            "language": self._language_menu,
            "human": self._human,
            "profile": self._profile,
            "stop": self._stop,
            "mydata": self._my_data,
            "forget": self._forget,
        }

    async def decide(self, event: Event, profile: UserProfile | None) -> Decision:
        match event:
            case TextMessage():
                return await self._understanding.text(event, profile)
            case Command():
                t = self._languages.translator(profile)
                logged = LoggedMessage(kind="command", text=f"/{event.name} {event.args}".strip())
                step = self._commands.get(event.name, self._other_command)
                return await step(event, profile, t, logged)
            case ButtonPress():
                logged = LoggedMessage(kind="callback", text=event.data[:64])
                return await self._buttons.press(event.data, profile, logged, event.sender.user_id)
            case Media():
                t = self._languages.translator(profile)
                text = t(
                    "Sorry, I can only read text messages for now, not voice notes, photos, "
                    "files, stickers or locations. Please type your question."
                )
                return Decision(
                    [Reply(text, t.lang)], LoggedMessage(kind=event.kind, text=""), KEEP
                )

    def handoff(self, t: Translator) -> Reply:
        """Tell the user a person will reply, and when, if the team is away now."""
        now = dt.datetime.now(dt.UTC)
        back_at = self._staff.office_hours.back_at(now) if self._desk.available else None
        return self._render.handoff(t, back_at)

    # -- commands ---------------------------------------------------------------------------

    async def _start(
        self, event: Command, profile: UserProfile | None, t: Translator, logged: LoggedMessage
    ) -> Decision:
        welcome = Decision([self._render.welcome()], logged)
        if await self._announcements.opt(event.sender.user_id, out=False):
            back = Reply(t("You will get announcements again."), t.lang)
            return replace(welcome, replies=[*welcome.replies, back])
        return welcome

    async def _help(
        self, _event: Command, _profile: UserProfile | None, t: Translator, logged: LoggedMessage
    ) -> Decision:
        return Decision([self._render.help(t)], logged)

    async def _language_menu(
        self, _event: Command, _profile: UserProfile | None, t: Translator, logged: LoggedMessage
    ) -> Decision:
        return Decision([self._render.language_menu(t)], logged)

    async def _human(
        self, _event: Command, _profile: UserProfile | None, t: Translator, logged: LoggedMessage
    ) -> Decision:
        return Decision([self.handoff(t)], logged, Change(escalation="command"))

    async def _profile(
        self, _event: Command, profile: UserProfile | None, t: Translator, logged: LoggedMessage
    ) -> Decision:
        chosen = profile.chosen_language if profile else None
        return Decision([self._render.profile(t, profile_district(profile), chosen)], logged)

    async def _stop(
        self, event: Command, _profile: UserProfile | None, t: Translator, _logged: LoggedMessage
    ) -> Decision:
        logged = LoggedMessage(kind="command", text="/stop")
        return await self._opt_out(t, logged, event.sender.user_id)

    async def _my_data(
        self, event: Command, _profile: UserProfile | None, t: Translator, _logged: LoggedMessage
    ) -> Decision:
        data = await self._personal_data.stored_data(event.sender.user_id)
        reply = privacy.my_data(t, data, self._retention_days)
        return Decision([reply], LoggedMessage(kind="command", text="/mydata"))

    async def _forget(
        self, _event: Command, _profile: UserProfile | None, t: Translator, _logged: LoggedMessage
    ) -> Decision:
        return Decision([privacy.ask_forget(t)], LoggedMessage(kind="command", text="/forget"))

    async def _other_command(
        self, event: Command, _profile: UserProfile | None, t: Translator, logged: LoggedMessage
    ) -> Decision:
        if event.name in STAFF_COMMANDS:
            refusal = t("Sorry, that command is only for our support team.")
            return Decision([Reply(refusal, t.lang)], logged)
        return Decision([self._render.help(t, t("I don't know that command."))], logged)

    async def _opt_out(self, t: Translator, logged: LoggedMessage, user_id: int) -> Decision:
        await self._announcements.opt(user_id, out=True)
        text = t("OK, you will not get announcements any more. Send /start to get them again.")
        return Decision([Reply(text, t.lang)], logged, KEEP)
