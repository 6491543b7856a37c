"""Acting on a tapped button: one table from callback kind to what it does."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, replace

from bot import callbacks
from bot.callbacks import Callback, Kind
from bot.core import privacy
from bot.core.decision import KEEP, Change, Decision
from bot.core.languages import Languages
from bot.core.ports import Announcements, Ratings
from bot.core.render import LANGUAGE_NAMES, Renderer
from bot.core.understanding import NEEDS_DISTRICT, ask_district, profile_district, with_district
from bot.knowledge import BY_INTENT, Category, TopicKind
from bot.records.replies import Reply
from bot.records.turns import LoggedMessage, UserProfile
from bot.text.asks import Ask
from bot.text.catalogs import Translator
from bot.text.script import LANGS

log = logging.getLogger(__name__)

# Buttons whose first argument is a topic (with how many arguments): logged with that intent.
NAMES_A_TOPIC = frozenset({(Kind.TOPIC, 1), (Kind.MORE, 1), (Kind.ASK, 2)})


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


Step = Callable[[Tap, Translator], Awaitable[Decision | None]]


class Buttons:
    def __init__(
        self,
        *,
        render: Renderer,
        languages: Languages,
        announcements: Announcements,
        ratings: Ratings,
        handoff: Callable[[Translator], Reply],
    ) -> None:
        self._render = render
        self._languages = languages
        self._announcements = announcements
        self._ratings = ratings
        self.handoff = handoff
        self._steps: Mapping[Kind, Step] = {
            Kind.LANGUAGE: self._language,
            Kind.TOPIC: self._topic,
            Kind.MORE: self._more,
            Kind.ASK: self._ask,
            Kind.CATEGORY: self._category,
            Kind.HUMAN: self._human,
            Kind.HELP: self._help,
            Kind.LANGUAGE_MENU: self._language_menu,
            Kind.SET_DISTRICT: self._set_district,
            Kind.FORGET: self._forget_answer,
            Kind.RATE: self._rate,
            Kind.ACK: self._ack,
        }

    async def press(
        self, data: str, profile: UserProfile | None, logged: LoggedMessage, user_id: int
    ) -> Decision:
        """Act on a button's data; stale and forged data get the help menu."""
        t = self._languages.translator(profile)
        tapped = callbacks.parse(data)
        step = self._steps.get(tapped.kind) if tapped is not None else None
        if tapped is not None and step is not None:
            if (tapped.kind, len(tapped.args)) in NAMES_A_TOPIC:
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

    async def _ask(self, tap: Tap, t: Translator) -> Decision | None:
        """ "Documents", "Fee / cost" under an answer: that answer of the same topic."""
        topic = BY_INTENT.get(tap.callback.arg(0))
        asked = next((a for a in Ask if a.value == tap.callback.arg(1)), None)
        if topic is None or asked not in topic.answers or len(tap.callback.args) != 2:
            return None
        return Decision([self._render.answer(t, topic, asked)], tap.logged)

    async def _category(self, tap: Tap, t: Translator) -> Decision | None:
        category = next((c for c in Category if c.key == tap.only), None)
        return Decision([self._render.category(t, category)], tap.logged) if category else None

    async def _human(self, tap: Tap, t: Translator) -> Decision | None:
        if tap.callback.args:
            return None
        return Decision([self.handoff(t)], tap.logged, Change(escalation="button"))

    async def _help(self, tap: Tap, t: Translator) -> Decision | None:
        return None if tap.callback.args else Decision([self._render.help(t)], tap.logged)

    async def _language_menu(self, tap: Tap, t: Translator) -> Decision | None:
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
