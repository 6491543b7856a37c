"""Answering a typed message: numbered choices, the NLU's reading, the district flow."""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from bot.config import AssistantSettings, StaffSettings
from bot.core.decision import Change, Decision
from bot.core.languages import Languages
from bot.core.ports import Announcements
from bot.core.render import Renderer
from bot.knowledge import BY_INTENT, Topic, TopicKind
from bot.knowledge import districts as district_table
from bot.nlu.client import Nlu, NluResult, NluUnavailable
from bot.records.events import TextMessage
from bot.records.replies import Reply
from bot.records.turns import LoggedMessage, UserProfile
from bot.text import choices
from bot.text.asks import Ask, choose_ask
from bot.text.catalogs import Translator
from bot.text.script import detect_language, normalize

log = logging.getLogger(__name__)

# Written in reply to an announcement, these opt the user out of announcements.
STOP_WORDS = frozenset({"stop", "band karo", "bandh karo", "बंद करो", "बन्द करो", "band kro"})

# Intents answered from the user's district; without one the bot asks for it first.
NEEDS_DISTRICT = ("my_district", "district_product", "schemes_for_me")
AWAIT_DISTRICT = "district:"  # + the intent to answer once the district is known

# A tapped (or typed, or "yes"-confirmed) button: data, profile, how it is logged, user id.
Press = Callable[[str, UserProfile | None, LoggedMessage, int], Awaitable[Decision]]
OptOut = Callable[[Translator, LoggedMessage, int], Awaitable[Decision]]


def profile_district(profile: UserProfile | None) -> district_table.District | None:
    return district_table.find(profile.district) if profile and profile.district else None


def with_district(
    render: Renderer,
    t: Translator,
    intent: str,
    district: district_table.District,
    logged: LoggedMessage,
    *,
    save: bool,
) -> Decision:
    """Answer a district intent for a known district, noting it on the profile if `save`."""
    if intent == "schemes_for_me":
        reply = render.schemes_for_me(t, district)
    elif intent == "my_district" or save:
        reply = render.district_saved(t, district)
    else:
        reply = render.district_product(t, district)
    return Decision([reply], logged, Change(district=district.name if save else None))


def ask_district(render: Renderer, t: Translator, logged: LoggedMessage, intent: str) -> Decision:
    return Decision([render.ask_district(t)], logged, Change(awaiting=AWAIT_DISTRICT + intent))


def asked(nlu: NluResult, topic: Topic, text: str, *, follow_up: bool = False) -> Ask | None:
    """Which of the topic's answers the message asks for (None: its general answer)."""
    ranking = [(k.name, k.confidence) for k in nlu.kinds]
    return choose_ask(ranking, topic.answers.keys(), text, general=not follow_up)


def likely_topics(nlu: NluResult, settings: AssistantSettings) -> list[Topic]:
    """The topics a clarification offers for an unsure reading: the likeliest answers (and a
    person), above `clarify_min_confidence`, at most `clarify_max_options`."""
    likely = [
        BY_INTENT[score.name]
        for score in nlu.ranking
        if score.confidence >= settings.clarify_min_confidence
        and score.name in BY_INTENT
        and (BY_INTENT[score.name].category or BY_INTENT[score.name].kind is TopicKind.HANDOFF)
    ]
    return likely[: settings.clarify_max_options]


class Understanding:
    def __init__(
        self,
        *,
        nlu: Nlu,
        render: Renderer,
        languages: Languages,
        settings: AssistantSettings,
        staff: StaffSettings,
        announcements: Announcements,
        press: Press,
        opt_out: OptOut,
        handoff: Callable[[Translator], Reply],
    ) -> None:
        self._nlu = nlu
        self._render = render
        self._languages = languages
        self._settings = settings
        self._staff = staff
        self._announcements = announcements
        self._press = press
        self._opt_out = opt_out
        self._handoff = handoff

    async def text(self, event: TextMessage, profile: UserProfile | None) -> Decision:
        text = normalize(event.text)
        detected = detect_language(text)
        t = self._languages.translator(profile, detected)
        logged = LoggedMessage(kind="text", text=event.text, language=detected)
        if await self._answers_announcement(event, text):
            return await self._opt_out(t, logged, event.sender.user_id)
        offered = profile.offered if profile else ()
        picked = choices.pick(text, len(offered))
        if picked is not None:
            # "2", "२" or "do" typed in answer to a numbered menu: the same as tapping it.
            logged = replace(logged, kind="choice")
            return await self._press(offered[picked], profile, logged, event.sender.user_id)
        if not any(ch.isalnum() for ch in text):
            # Empty, emoji or punctuation only: nothing to understand, so show what to ask.
            return Decision([self._render.help(t)], logged)
        try:
            nlu = await self._nlu.parse(text)
        except NluUnavailable as exc:
            log.warning("NLU unavailable for user %s: %s", event.sender.user_id, exc)
            busy = t("Sorry, the assistant is briefly unavailable. Please try again in a minute.")
            return Decision([Reply(busy, t.lang)], logged, Change(keep_menu=True))
        logged = replace(
            logged,
            intent=nlu.intent.name,
            confidence=nlu.intent.confidence,
            ranking=[(s.name, s.confidence) for s in nlu.ranking[:5]],
            entities=[(e.entity, e.value) for e in nlu.entities],
        )
        decision = await self._interpret(t, text, nlu, profile, logged)
        return self._with_person(t, nlu, profile, decision)

    async def _answers_announcement(self, event: TextMessage, text: str) -> bool:
        return (
            text.lower() in STOP_WORDS
            and event.reply_to_message_id is not None
            and await self._announcements.is_announcement(
                event.sender.chat_id, event.reply_to_message_id
            )
        )

    def _with_person(
        self, t: Translator, nlu: NluResult, profile: UserProfile | None, decision: Decision
    ) -> Decision:
        """The decision, or a person instead: for topics always handled by staff, and when the
        bot keeps failing."""
        confident = nlu.intent.confidence >= self._settings.confidence_threshold
        if confident and nlu.intent.name in self._staff.always_human_intents:
            reason = f"topic:{nlu.intent.name}"[:32]
            return Decision([self._handoff(t)], decision.logged, Change(escalation=reason))
        streak = (profile.unclear_streak if profile else 0) + 1
        if decision.change.unclear and streak >= self._staff.unclear_messages_before_handoff:
            return Decision([self._handoff(t)], decision.logged, Change(escalation="unclear"))
        return decision

    async def _interpret(
        self,
        t: Translator,
        text: str,
        nlu: NluResult,
        profile: UserProfile | None,
        logged: LoggedMessage,
    ) -> Decision:
        intent = nlu.intent.name
        confident = nlu.intent.confidence >= self._settings.confidence_threshold
        mentioned = nlu.entity("district")
        district = district_table.find(mentioned.value) if mentioned else None
        awaiting = profile.awaiting if profile else None
        if awaiting and awaiting.startswith(AWAIT_DISTRICT):
            # The bot asked for the district: a name answers it, whatever the intent; "no"
            # and a clear new question move on; anything else asks again.
            if district is not None:
                follow = awaiting.removeprefix(AWAIT_DISTRICT)
                return with_district(self._render, t, follow, district, logged, save=True)
            if not confident or intent in (*NEEDS_DISTRICT, "out_of_scope", "affirm"):
                unknown = self._render.district_unknown(t)
                return Decision([unknown], logged, Change(awaiting=awaiting))
        topic = BY_INTENT.get(intent)
        if topic is None:  # an intent the bot has no answer for: the contract test prevents it
            log.error("NLU returned unknown intent %r", intent)
            return Decision([self._render.no_match(t)], logged, Change(unclear=True))
        last = BY_INTENT.get(profile.last_topic or "") if profile else None
        if intent == "follow_up" and (confident or last is not None):
            # "aur iske fayde?", "और फीस?": the same topic as the last answer, this question.
            if last is None:
                return Decision([self._render.which_topic(t)], logged)
            answer = self._render.answer(t, last, asked(nlu, last, text, follow_up=True))
            return Decision([answer], replace(logged, intent=last.intent), Change(unclear=False))
        if not confident:
            return self._unsure(t, nlu, logged)
        if intent in NEEDS_DISTRICT:
            known = district or profile_district(profile)
            if known is None:
                return ask_district(self._render, t, logged, intent)
            save = intent == "my_district" or (profile is not None and profile.district is None)
            return with_district(
                self._render, t, intent, known, logged, save=save and district is not None
            )
        if intent in ("affirm", "deny"):
            return await self._yes_no(t, intent == "affirm", profile, logged)
        if intent == "change_language":
            return Decision([self._render.language_menu(t)], logged)
        if intent == "help":
            return Decision([self._render.help(t)], logged)
        if topic.kind is TopicKind.HANDOFF:
            return Decision([self._handoff(t)], logged, Change(escalation="user_asked"))
        if topic.kind is TopicKind.OUT_OF_SCOPE:
            return self._decline(t, logged)
        answer = self._render.answer(t, topic, asked(nlu, topic, text))
        return Decision([answer], logged, Change(unclear=False))

    async def _yes_no(
        self, t: Translator, yes: bool, profile: UserProfile | None, logged: LoggedMessage
    ) -> Decision:
        """A "haan"/"nahi" answers the bot's last question: yes takes its first option."""
        offered = profile.offered if profile else ()
        if yes and offered:
            return await self._press(offered[0], profile, logged, profile.user_id if profile else 0)
        lead = t("OK.") if yes else t("OK, no problem.")
        return Decision([self._render.help(t, lead)], logged)

    def _unsure(self, t: Translator, nlu: NluResult, logged: LoggedMessage) -> Decision:
        """Ask which of the likeliest topics was meant, or admit nothing fits (and decline
        when the likeliest reading is something the bot does not cover)."""
        likely = likely_topics(nlu, self._settings)
        if any(c.category for c in likely):
            return Decision([self._render.clarify(t, likely)], logged, Change(unclear=True))
        if nlu.intent.name == "out_of_scope":
            return self._decline(t, logged)
        return Decision([self._render.no_match(t)], logged, Change(unclear=True))

    def _decline(self, t: Translator, logged: LoggedMessage) -> Decision:
        """Weather, cricket, songs: declined politely in every script alike. No person is
        offered, and it is not the bot failing, so it does not count towards a handoff."""
        return Decision([self._render.out_of_scope(t)], logged)
