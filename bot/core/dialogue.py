"""Deciding what to say: one table for commands, one for buttons, the text path beside them."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace

from bot import callbacks
from bot.callbacks import Callback, Kind
from bot.config import AssistantSettings, StaffSettings
from bot.core import privacy
from bot.core.decision import KEEP, Change, Decision
from bot.core.escalation import STAFF_COMMANDS, team_back_at
from bot.core.languages import Languages
from bot.core.ports import Announcements, PersonalData, Ratings, StaffDesk
from bot.core.render import LANGUAGE_NAMES, Renderer
from bot.core.understanding import (
    NEEDS_DISTRICT,
    Understanding,
    ask_district,
    profile_district,
    with_district,
)
from bot.knowledge import BY_INTENT, Category, TopicKind
from bot.nlu.client import Nlu
from bot.records.events import ButtonPress, Command, Event, Media, TextMessage
from bot.records.replies import Reply
from bot.records.turns import LoggedMessage, UserProfile
from bot.text.catalogs import Translator
from bot.text.script import LANGS

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Tap:
    """A button press (tapped, typed as its number, or confirmed with "yes") being decided."""

    callback: Callback
    data: str
    profile: UserProfile | None
    logged: LoggedMessage
    user_id: int

    @property
    def only(self) -> str:
        """The button's one argument ("" when it has none or several: stale or forged)."""
        return self.callback.args[0] if len(self.callback.args) == 1 else ""


CommandStep = Callable[
    [Command, UserProfile | None, Translator, LoggedMessage], Awaitable[Decision]
]
ButtonStep = Callable[[Tap, Translator], Awaitable[Decision | None]]


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
        self._ratings = ratings
        self._desk = desk
        self._retention_days = retention_days
        self._understanding = Understanding(
            nlu=nlu,
            render=render,
            languages=languages,
            settings=settings,
            staff=staff,
            announcements=announcements,
            press=self.press,
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
        self._buttons: Mapping[Kind, ButtonStep] = {
            Kind.LANGUAGE: self._language,
            Kind.TOPIC: self._topic,
            Kind.MORE: self._more,
            Kind.CATEGORY: self._category,
            Kind.HUMAN: self._human_button,
            Kind.HELP: self._help_button,
            Kind.LANGUAGE_MENU: self._language_menu_button,
            Kind.SET_DISTRICT: self._set_district,
            Kind.FORGET: self._forget_answer,
            Kind.RATE: self._rate,
            Kind.ACK: self._ack,
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
                return await self.press(event.data, profile, logged, event.sender.user_id)
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
        back_at = team_back_at(self._staff.office_hours, now) if self._desk.available else None
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

    # -- buttons ----------------------------------------------------------------------------

    async def press(
        self, data: str, profile: UserProfile | None, logged: LoggedMessage, user_id: int
    ) -> Decision:
        """Act on a button's data; stale and forged data get the help menu."""
        t = self._languages.translator(profile)
        tapped = callbacks.parse(data)
        step = self._buttons.get(tapped.kind) if tapped is not None else None
        if tapped is not None and step is not None:
            if tapped.kind in (Kind.TOPIC, Kind.MORE) and len(tapped.args) == 1:
                # Logged with the topic it names, whether or not it still answers.
                known = tapped.arg(0) in BY_INTENT
                logged = replace(logged, intent=tapped.arg(0) if known else None)
            decided = await step(Tap(tapped, data, profile, logged, user_id), t)
            if decided is not None:
                return decided
        log.info("unknown or stale button %r from user %s", data[:64], user_id)
        stale = t("Sorry, that button no longer works.")
        return Decision([self._render.help(t, stale)], logged)

    async def _language(self, tap: Tap, t: Translator) -> Decision | None:
        value = tap.only
        if value == "auto":
            t = self._languages.translator(tap.profile, ignore_choice=True)
            done = t("OK. I will reply in the language and script you write in.")
            return Decision(
                [self._render.help(t, done)], tap.logged, Change(language_choice="auto")
            )
        if value in LANGS:
            t = self._languages.named(value)
            done = t("OK, I will reply in %(language)s.", language=t(LANGUAGE_NAMES[t.lang]))
            return Decision(
                [self._render.help(t, done)], tap.logged, Change(language_choice=t.lang)
            )
        return None

    async def _topic(self, tap: Tap, t: Translator) -> Decision | None:
        intent, logged = tap.only, tap.logged
        topic = BY_INTENT.get(intent)
        if topic is None:
            return None
        if topic.kind is TopicKind.KNOWLEDGE:
            return Decision([self._render.answer(t, topic)], logged)
        if topic.kind is TopicKind.HANDOFF:
            return Decision([self.handoff(t)], logged, Change(escalation="button"))
        if intent in NEEDS_DISTRICT:
            known = profile_district(tap.profile)
            if known is None:
                return ask_district(self._render, t, logged, intent)
            return with_district(self._render, t, intent, known, logged, save=False)
        return None

    async def _more(self, tap: Tap, t: Translator) -> Decision | None:
        topic = BY_INTENT.get(tap.only)
        if topic is None or not topic.more:
            return None
        return Decision([self._render.more(t, topic)], tap.logged)

    async def _category(self, tap: Tap, t: Translator) -> Decision | None:
        category = next((c for c in Category if c.key == tap.only), None)
        return Decision([self._render.category(t, category)], tap.logged) if category else None

    async def _human_button(self, tap: Tap, t: Translator) -> Decision | None:
        if tap.callback.args:
            return None
        return Decision([self.handoff(t)], tap.logged, Change(escalation="button"))

    async def _help_button(self, tap: Tap, t: Translator) -> Decision | None:
        return None if tap.callback.args else Decision([self._render.help(t)], tap.logged)

    async def _language_menu_button(self, tap: Tap, t: Translator) -> Decision | None:
        return None if tap.callback.args else Decision([self._render.language_menu(t)], tap.logged)

    async def _set_district(self, tap: Tap, t: Translator) -> Decision | None:
        return (
            None if tap.callback.args else ask_district(self._render, t, tap.logged, "my_district")
        )

    async def _forget_answer(self, tap: Tap, t: Translator) -> Decision | None:
        if tap.logged.kind != "callback":
            return None  # deleting everything takes a real tap, not a typed "1" or a "haan"
        logged = LoggedMessage(kind="callback", text=tap.data)
        if tap.callback.args == ("yes",):
            return Decision([privacy.forgotten(t)], logged, forget=True)
        if tap.callback.args == ("no",):
            return Decision([privacy.kept(t)], logged)
        return None

    async def _rate(self, tap: Tap, t: Translator) -> Decision | None:
        """👍 / 👎 after staff closed the chat: stored once, only by the user it belongs to."""
        if not tap.callback.args:
            return None
        escalation_id, rating = tap.callback.number(0), tap.callback.arg(1)
        stored = (
            len(tap.callback.args) == 2
            and escalation_id is not None
            and rating in ("up", "down")
            and await self._ratings.rate(escalation_id, tap.user_id, rating)
        )
        if not stored:
            log.info("rejected rating %r from user %s", tap.data[:64], tap.user_id)
            return Decision([Reply(t("Sorry, that button no longer works."), t.lang)], tap.logged)
        return Decision([Reply(t("Thank you for your feedback!"), t.lang)], tap.logged)

    async def _ack(self, tap: Tap, t: Translator) -> Decision | None:
        """ "Got it" under an announcement: counted once, answered with a small notice."""
        if not tap.callback.args:
            return None
        number = tap.callback.number(0) if len(tap.callback.args) == 1 else None
        ok = number is not None and await self._announcements.ack(number, tap.user_id)
        notice = t("Thank you!") if ok else t("Already noted.")
        return Decision([], tap.logged, KEEP, notice=notice)
