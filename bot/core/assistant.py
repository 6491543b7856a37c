"""The assistant's brain: turns one event into replies, sends them and logs the turn.

It knows nothing about Telegram. The Telegram handlers, the console chat and the tests build an
Event, call `Assistant.handle`, and give it an Outbox that delivers replies their own way.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from bot.broadcast.engine import CB_ACK
from bot.broadcast.store import BroadcastStore
from bot.config import AssistantSettings, StaffSettings
from bot.core import choices, privacy
from bot.core.escalation import CB_RATE, STAFF_COMMANDS, NoDesk, StaffDesk, team_back_at
from bot.core.flood import FloodRule, FloodState, Verdict
from bot.core.language import LANGS, Lang, detect_language, normalize
from bot.core.render import (
    CB_CATEGORY,
    CB_HELP,
    CB_HUMAN,
    CB_LANGUAGE,
    CB_LANGUAGE_MENU,
    CB_MORE,
    CB_SET_DISTRICT,
    CB_TOPIC,
    LANGUAGE_NAMES,
    Renderer,
)
from bot.core.replies import (
    ButtonPress,
    Command,
    Event,
    Media,
    Outbox,
    Reply,
    SendResult,
    TextMessage,
)
from bot.db.escalations import EscalationStore, utcnow
from bot.db.privacy import PrivacyStore
from bot.db.store import (
    ConversationStore,
    DatabaseUnavailable,
    LanguageChoice,
    LoggedMessage,
    Turn,
    UserProfile,
)
from bot.i18n import Catalogs, Translator
from bot.knowledge import BY_INTENT, Category, Kind
from bot.knowledge import districts as district_table
from bot.nlu.client import Nlu, NluResult, NluUnavailable

log = logging.getLogger(__name__)

# Written in reply to an announcement, these opt the user out of announcements.
STOP_WORDS = frozenset({"stop", "band karo", "bandh karo", "बंद करो", "बन्द करो", "band kro"})

# Intents answered from the user's district; without one the bot asks for it first.
NEEDS_DISTRICT = ("my_district", "district_product", "schemes_for_me")
AWAIT_DISTRICT = "district:"  # + the intent to answer once the district is known


@dataclass(frozen=True)
class Outcome:
    """What handling an event produced, before it is sent and logged."""

    replies: Sequence[Reply]
    logged: LoggedMessage
    language_choice: LanguageChoice | None = None
    escalation_reason: str | None = None
    district: str | None = None  # set on the profile
    awaiting: str | None = None  # what the bot asked for
    keep_state: bool = False  # media and such: leave the offered options and question as they were
    unclear: bool | None = None  # the bot could not answer (True) or did (False)
    notice: str | None = None  # a toast for a tapped button, instead of a message
    forget: bool = False  # the user confirmed /forget: delete them instead of logging the turn


class Assistant:
    def __init__(
        self,
        nlu: Nlu,
        store: ConversationStore,
        catalogs: Catalogs,
        settings: AssistantSettings,
        *,
        staff: StaffSettings,
        escalations: EscalationStore,
        broadcasts: BroadcastStore,
        desk: StaffDesk | None = None,
        privacy_store: PrivacyStore | None = None,
        retention_days: int = 180,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._nlu = nlu
        self._store = store
        self._catalogs = catalogs
        self._settings = settings
        self._staff = staff
        self._escalations = escalations
        self._broadcasts = broadcasts
        self.desk: StaffDesk = desk or NoDesk()
        self._render = Renderer(catalogs)
        self._privacy = privacy_store or PrivacyStore(store.engine)
        self._retention_days = retention_days
        self._flood = FloodRule(settings.flood_max_messages, settings.flood_window_seconds)
        self._clock = clock  # wall-clock seconds: flood times are compared across replicas

    async def handle(self, event: Event, outbox: Outbox) -> list[SendResult]:
        """Answer one event through `outbox`, then store the event and the replies in one go."""
        started = time.perf_counter()
        try:
            profile = await self._store.profile(event.sender.user_id)
        except DatabaseUnavailable as exc:
            return await self._database_down(event, outbox, exc)
        handled_by_staff = profile is not None and profile.escalation_id is not None
        flood: FloodState | None = None  # None: leave the stored flood state as it is
        if (
            handled_by_staff
            and self.desk.available
            and not _is_rating(event)
            and not _is_privacy(event)
        ):
            # A person has this user: pass everything on and stay silent.
            assert profile is not None and profile.escalation_id is not None
            await self.desk.relay_in(profile.escalation_id, event)
            outcome = Outcome([], _relayed(event), keep_state=True)
        else:
            verdict, flood = self._flood.check(
                profile.flood if profile is not None else FloodState(), self._clock()
            )
            if verdict is Verdict.OK:
                outcome = await self._decide(event, profile)
            else:
                outcome = self._flooded(event, profile, verdict)
        results = [await outbox.send(event.sender.chat_id, reply) for reply in outcome.replies]
        if outcome.notice:
            await outbox.notify(event.sender.chat_id, outcome.notice)
        if outcome.forget:
            await self._privacy.forget(event.sender.user_id)
            log.info("user %s asked to be forgotten: deleted", event.sender.user_id)
            return results
        elapsed_ms = (time.perf_counter() - started) * 1000
        offered = [
            b.callback for r in outcome.replies for row in r.buttons for b in row if b.callback
        ]
        if outcome.keep_state and profile is not None:
            offered, awaiting = list(profile.offered), profile.awaiting
        else:
            awaiting = outcome.awaiting
        turn = Turn(
            sender=event.sender,
            received_at=event.received_at,
            incoming=replace(outcome.logged, telegram_message_id=event.message_id),
            outgoing=[
                _logged_reply(r, res) for r, res in zip(outcome.replies, results, strict=True)
            ],
            processing_ms=elapsed_ms,
            language_choice=outcome.language_choice,
            escalation_reason=outcome.escalation_reason,
            district=outcome.district,
            offered=offered,
            awaiting=awaiting,
            unclear=outcome.unclear,
            flood=flood,
        )
        try:
            escalation_id = await self._store.record(turn)
        except DatabaseUnavailable:
            # The store keeps the turn and writes it once the database is back; the user has
            # had their answer already.
            log.warning("turn of user %s kept until the database is back", event.sender.user_id)
            return results
        if escalation_id is not None and not handled_by_staff:
            await self.desk.escalated(escalation_id, event.sender)
        return results

    async def _database_down(
        self, event: Event, outbox: Outbox, exc: DatabaseUnavailable
    ) -> list[SendResult]:
        """No profile to answer from: ask the user to try again, and keep their message."""
        log.error("database unavailable for user %s: %s", event.sender.user_id, exc)
        detected = detect_language(event.text) if isinstance(event, TextMessage) else None
        t = self._catalogs[detected or self._settings.default_language]
        busy = Reply(
            t("Sorry, I could not note your message just now. Please try again shortly."), t.lang
        )
        result = await outbox.send(event.sender.chat_id, busy)
        self._store.spool(
            Turn(
                sender=event.sender,
                received_at=event.received_at,
                incoming=replace(_relayed(event), telegram_message_id=event.message_id),
                outgoing=[_logged_reply(busy, result)],
            )
        )
        return [result]

    def _flooded(self, event: Event, profile: UserProfile | None, verdict: Verdict) -> Outcome:
        """Too many messages too fast: one notice, then store without answering for a while."""
        logged = _relayed(event)
        if verdict is Verdict.QUIET:
            log.info("flood: not answering user %s for now", event.sender.user_id)
            return Outcome([], logged, keep_state=True)
        log.warning("flood: user %s sends faster than allowed", event.sender.user_id)
        t = self._translator(profile, logged.language)
        notice = t("You are sending messages very fast. Please wait a moment, then ask again.")
        return Outcome([Reply(notice, t.lang)], logged, keep_state=True)

    # -- deciding -------------------------------------------------------------------------------

    async def _decide(self, event: Event, profile: UserProfile | None) -> Outcome:
        match event:
            case TextMessage():
                return await self._on_text(event, profile)
            case Command() if event.name == "stop":
                t = self._translator(profile)
                logged = LoggedMessage(kind="command", text="/stop")
                return await self._opt(t, logged, event.sender.user_id, out=True)
            case Command() if event.name == "start":
                outcome = self._on_command(event, profile)
                if await self._broadcasts.opt(event.sender.user_id, out=False):
                    t = self._translator(profile)
                    back = Reply(t("You will get announcements again."), t.lang)
                    return replace(outcome, replies=[*outcome.replies, back])
                return outcome
            case Command() if event.name == "mydata":
                t = self._translator(profile)
                data = await self._privacy.stored_data(event.sender.user_id)
                logged = LoggedMessage(kind="command", text="/mydata")
                return Outcome([privacy.my_data(t, data, self._retention_days)], logged)
            case Command() if event.name == "forget":
                t = self._translator(profile)
                logged = LoggedMessage(kind="command", text="/forget")
                return Outcome([privacy.ask_forget(t)], logged)
            case Command():
                return self._on_command(event, profile)
            case ButtonPress() if event.data in privacy.PRIVACY_BUTTONS:
                t = self._translator(profile)
                logged = LoggedMessage(kind="callback", text=event.data)
                if event.data == privacy.CB_FORGET_YES:
                    return Outcome([privacy.forgotten(t)], logged, forget=True)
                return Outcome([privacy.kept(t)], logged)
            case ButtonPress():
                logged = LoggedMessage(kind="callback", text=event.data[:64])
                if _is_rating(event):
                    return await self._rate(event, profile, logged)
                if event.data.startswith(CB_ACK):
                    return await self._ack(event, profile, logged)
                return self._on_button(event.data, profile, logged, event.sender.user_id)
            case Media():
                t = self._translator(profile)
                text = t(
                    "Sorry, I can only read text messages for now, not voice notes, photos, "
                    "files, stickers or locations. Please type your question."
                )
                logged = LoggedMessage(kind=event.kind, text="")
                return Outcome([Reply(text, t.lang)], logged, keep_state=True)

    async def _on_text(self, event: TextMessage, profile: UserProfile | None) -> Outcome:
        text = normalize(event.text)
        detected = detect_language(text)
        t = self._translator(profile, detected)
        logged = LoggedMessage(kind="text", text=event.text, language=detected)
        if (
            text.lower() in STOP_WORDS
            and event.reply_to_message_id is not None
            and (
                await self._broadcasts.is_announcement(
                    event.sender.chat_id, event.reply_to_message_id
                )
            )
        ):
            return await self._opt(t, logged, event.sender.user_id, out=True)
        offered = profile.offered if profile else ()
        picked = choices.pick(text, len(offered))
        if picked is not None:
            # "2", "२" or "do" typed in answer to a numbered menu: the same as tapping it.
            logged = replace(logged, kind="choice")
            return self._on_button(offered[picked], profile, logged, event.sender.user_id)
        if not any(ch.isalnum() for ch in text):
            # Empty, emoji or punctuation only: nothing to understand, so show what to ask.
            return Outcome([self._render.help(t)], logged)
        try:
            nlu = await self._nlu.parse(text)
        except NluUnavailable as exc:
            log.warning("NLU unavailable for user %s: %s", event.sender.user_id, exc)
            busy = t("Sorry, the assistant is briefly unavailable. Please try again in a minute.")
            return Outcome([Reply(busy, t.lang)], logged, keep_state=True)
        logged = replace(
            logged,
            intent=nlu.intent.name,
            confidence=nlu.intent.confidence,
            ranking=[(s.name, s.confidence) for s in nlu.ranking[:5]],
            entities=[(e.entity, e.value) for e in nlu.entities],
        )
        return self._understood(t, nlu, profile, logged)

    def _understood(
        self, t: Translator, nlu: NluResult, profile: UserProfile | None, logged: LoggedMessage
    ) -> Outcome:
        """Answer what the NLU understood, bringing in a person when the bot keeps failing."""
        outcome = self._interpret(t, nlu, profile, logged)
        confident = nlu.intent.confidence >= self._settings.confidence_threshold
        if confident and nlu.intent.name in self._staff.always_human_intents:
            reason = f"topic:{nlu.intent.name}"[:32]
            return Outcome([self._handoff(t)], outcome.logged, escalation_reason=reason)
        streak = (profile.unclear_streak if profile else 0) + 1
        if outcome.unclear and streak >= self._staff.unclear_messages_before_handoff:
            return Outcome([self._handoff(t)], outcome.logged, escalation_reason="unclear")
        return outcome

    def _handoff(self, t: Translator) -> Reply:
        back_at = team_back_at(self._staff.office_hours, utcnow()) if self.desk.available else None
        return self._render.handoff(t, back_at)

    def _interpret(
        self, t: Translator, nlu: NluResult, profile: UserProfile | None, logged: LoggedMessage
    ) -> Outcome:
        intent, confident = (
            nlu.intent.name,
            nlu.intent.confidence >= self._settings.confidence_threshold,
        )
        mentioned = nlu.entity("district")
        district = district_table.find(mentioned.value) if mentioned else None
        awaiting = profile.awaiting if profile else None
        if awaiting and awaiting.startswith(AWAIT_DISTRICT):
            # The bot asked for the district: a name answers it, whatever the intent; "no"
            # and a clear new question move on; anything else asks again.
            if district is not None:
                follow = awaiting.removeprefix(AWAIT_DISTRICT)
                return self._with_district(t, follow, district, logged, save=True)
            if not confident or intent in (*NEEDS_DISTRICT, "out_of_scope", "affirm"):
                return Outcome([self._render.district_unknown(t)], logged, awaiting=awaiting)
        topic = BY_INTENT.get(intent)
        if topic is None:  # an intent the bot has no answer for: the contract test prevents it
            log.error("NLU returned unknown intent %r", intent)
            return Outcome([self._render.no_match(t)], logged, unclear=True)
        if not confident:
            return Outcome([self._clarify(t, nlu)], logged, unclear=True)
        if intent in NEEDS_DISTRICT:
            known = district or self._profile_district(profile)
            if known is None:
                return Outcome(
                    [self._render.ask_district(t)], logged, awaiting=AWAIT_DISTRICT + intent
                )
            save = intent == "my_district" or (profile is not None and profile.district is None)
            return self._with_district(t, intent, known, logged, save=save and district is not None)
        if intent in ("affirm", "deny"):
            return self._yes_no(t, intent == "affirm", profile, logged)
        if intent == "change_language":
            return Outcome([self._render.language_menu(t)], logged)
        if intent == "help":
            return Outcome([self._render.help(t)], logged)
        if topic.kind is Kind.HANDOFF:
            return Outcome([self._handoff(t)], logged, escalation_reason="user_asked")
        if topic.kind is Kind.OUT_OF_SCOPE:
            return Outcome([self._render.no_match(t)], logged, unclear=True)
        return Outcome([self._render.answer(t, topic)], logged, unclear=False)

    def _with_district(
        self,
        t: Translator,
        intent: str,
        district: district_table.District,
        logged: LoggedMessage,
        *,
        save: bool,
    ) -> Outcome:
        if intent == "schemes_for_me":
            reply = self._render.schemes_for_me(t, district)
        elif intent == "my_district" or save:
            reply = self._render.district_saved(t, district)
        else:
            reply = self._render.district_product(t, district)
        return Outcome([reply], logged, district=district.name if save else None)

    @staticmethod
    def _profile_district(profile: UserProfile | None) -> district_table.District | None:
        return district_table.find(profile.district) if profile and profile.district else None

    def _yes_no(
        self, t: Translator, yes: bool, profile: UserProfile | None, logged: LoggedMessage
    ) -> Outcome:
        """A "haan"/"nahi" answers the bot's last question: yes takes its first option."""
        offered = profile.offered if profile else ()
        if yes and offered:
            return self._on_button(offered[0], profile, logged, profile.user_id if profile else 0)
        lead = t("OK.") if yes else t("OK, no problem.")
        return Outcome([self._render.help(t, lead)], logged)

    def _on_command(self, event: Command, profile: UserProfile | None) -> Outcome:
        t = self._translator(profile)
        logged = LoggedMessage(kind="command", text=f"/{event.name} {event.args}".strip())
        match event.name:
            case "start":
                return Outcome([self._render.welcome()], logged)
            case "help" | "menu":
                return Outcome([self._render.help(t)], logged)
            case "language":
                return Outcome([self._render.language_menu(t)], logged)
            case "human":
                return Outcome([self._handoff(t)], logged, escalation_reason="command")
            case "profile":
                chosen = profile.chosen_language if profile else None
                reply = self._render.profile(t, self._profile_district(profile), chosen)
                return Outcome([reply], logged)
            case name if name in STAFF_COMMANDS:
                refusal = t("Sorry, that command is only for our support team.")
                return Outcome([Reply(refusal, t.lang)], logged)
            case _:
                unknown = t("I don't know that command.")
                return Outcome([self._render.help(t, unknown)], logged)

    def _on_button(
        self, data: str, profile: UserProfile | None, logged: LoggedMessage, user_id: int
    ) -> Outcome:
        t = self._translator(profile)
        prefix, _, value = data.partition(":")
        if data.startswith(CB_LANGUAGE):
            if value == "auto":
                t = self._translator(profile, ignore_choice=True)
                done = t("OK. I will reply in the language and script you write in.")
                return Outcome([self._render.help(t, done)], logged, language_choice="auto")
            if value in LANGS:
                t = self._catalogs[value]
                done = t("OK, I will reply in %(language)s.", language=t(LANGUAGE_NAMES[t.lang]))
                return Outcome([self._render.help(t, done)], logged, language_choice=t.lang)
        elif data.startswith((CB_TOPIC, CB_MORE)):
            topic = BY_INTENT.get(value)
            logged = replace(logged, intent=value if topic else None)
            if topic is not None and data.startswith(CB_TOPIC):
                if topic.kind is Kind.KNOWLEDGE:
                    return Outcome([self._render.answer(t, topic)], logged)
                if topic.kind is Kind.HANDOFF:
                    return Outcome([self._handoff(t)], logged, escalation_reason="button")
                if value in NEEDS_DISTRICT:
                    known = self._profile_district(profile)
                    if known is None:
                        return Outcome(
                            [self._render.ask_district(t)], logged, awaiting=AWAIT_DISTRICT + value
                        )
                    return self._with_district(t, value, known, logged, save=False)
            elif topic is not None and topic.more:
                return Outcome([self._render.more(t, topic)], logged)
        elif data.startswith(CB_CATEGORY):
            category = next((c for c in Category if c.key == value), None)
            if category is not None:
                return Outcome([self._render.category(t, category)], logged)
        elif data == CB_HUMAN:
            return Outcome([self._handoff(t)], logged, escalation_reason="button")
        elif data == CB_HELP:
            return Outcome([self._render.help(t)], logged)
        elif data == CB_LANGUAGE_MENU:
            return Outcome([self._render.language_menu(t)], logged)
        elif data == CB_SET_DISTRICT:
            return Outcome(
                [self._render.ask_district(t)], logged, awaiting=AWAIT_DISTRICT + "my_district"
            )
        log.info("unknown or stale button %r (%s) from user %s", data[:64], prefix, user_id)
        stale = t("Sorry, that button no longer works.")
        return Outcome([self._render.help(t, stale)], logged)

    async def _ack(
        self, event: ButtonPress, profile: UserProfile | None, logged: LoggedMessage
    ) -> Outcome:
        """ "Got it" under an announcement: counted once, answered with a small notice."""
        t = self._translator(profile)
        number = event.data.removeprefix(CB_ACK)
        ok = number.isdigit() and await self._broadcasts.ack(int(number), event.sender.user_id)
        notice = t("Thank you!") if ok else t("Already noted.")
        return Outcome([], logged, keep_state=True, notice=notice)

    async def _opt(
        self, t: Translator, logged: LoggedMessage, user_id: int, *, out: bool
    ) -> Outcome:
        await self._broadcasts.opt(user_id, out=out)
        if out:
            text = t("OK, you will not get announcements any more. Send /start to get them again.")
        else:
            text = t("You will get announcements again.")
        return Outcome([Reply(text, t.lang)], logged, keep_state=True)

    async def _rate(
        self, event: ButtonPress, profile: UserProfile | None, logged: LoggedMessage
    ) -> Outcome:
        """👍 / 👎 after staff closed the chat: stored once, only by the user it belongs to."""
        t = self._translator(profile)
        parts = event.data.split(":")
        stored = (
            len(parts) == 3
            and parts[1].isdigit()
            and parts[2] in ("up", "down")
            and await self._escalations.rate(int(parts[1]), event.sender.user_id, parts[2])
        )
        if not stored:
            log.info("rejected rating %r from user %s", event.data[:64], event.sender.user_id)
            return Outcome([Reply(t("Sorry, that button no longer works."), t.lang)], logged)
        return Outcome([Reply(t("Thank you for your feedback!"), t.lang)], logged)

    # -- language -------------------------------------------------------------------------------

    async def translator_for_user(self, user_id: int) -> Translator:
        """The language the bot speaks to this user right now (for messages staff trigger)."""
        return self._translator(await self._store.profile(user_id))

    def _translator(
        self,
        profile: UserProfile | None,
        detected: Lang | None = None,
        *,
        ignore_choice: bool = False,
    ) -> Translator:
        """A choice made with /language wins; then this message; then the last one we could tell."""
        chosen = None if ignore_choice or profile is None else profile.chosen_language
        last = profile.detected_language if profile else None
        lang = chosen or detected or last or self._settings.default_language
        return self._catalogs[lang]

    def _clarify(self, t: Translator, nlu: NluResult) -> Reply:
        """Ask which of the likeliest topics was meant, or admit nothing fits."""
        floor = self._settings.clarify_min_confidence
        likely = [
            BY_INTENT[score.name]
            for score in nlu.ranking
            if score.confidence >= floor
            and score.name in BY_INTENT
            and (BY_INTENT[score.name].category or BY_INTENT[score.name].kind is Kind.HANDOFF)
        ][: self._settings.clarify_max_options]
        if not any(c.category for c in likely):
            return self._render.no_match(t)
        return self._render.clarify(t, likely)


def _is_rating(event: Event) -> bool:
    return isinstance(event, ButtonPress) and event.data.startswith(CB_RATE)


def _is_privacy(event: Event) -> bool:
    """/mydata, /forget and its confirmation work even while a person handles the chat."""
    return (isinstance(event, Command) and event.name in privacy.PRIVACY_COMMANDS) or (
        isinstance(event, ButtonPress) and event.data in privacy.PRIVACY_BUTTONS
    )


def _relayed(event: Event) -> LoggedMessage:
    """How a message passed on to staff is logged (the bot itself did not answer it)."""
    match event:
        case TextMessage():
            return LoggedMessage(kind="text", text=event.text, language=detect_language(event.text))
        case Command():
            return LoggedMessage(kind="command", text=f"/{event.name} {event.args}".strip())
        case ButtonPress():
            return LoggedMessage(kind="callback", text=event.data[:64])
        case Media():
            return LoggedMessage(kind=event.kind, text="")


def _logged_reply(reply: Reply, result: SendResult) -> LoggedMessage:
    text = f"{reply.title}\n\n{reply.text}" if reply.title else reply.text
    return LoggedMessage(
        kind="reply",
        text=text,
        language=reply.language,
        intent=reply.intent,
        telegram_message_id=result.message_id,
        delivery=result.delivery.value,
        error=result.error,
    )
