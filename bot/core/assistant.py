"""The assistant's brain: turns one event into replies, sends them and logs the turn.

It knows nothing about Telegram. The Telegram handlers, the console chat and the tests build an
Event, call `Assistant.handle`, and give it an Outbox that delivers replies their own way.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

from bot.config import AssistantSettings
from bot.core.language import LANGS, Lang, detect_language, normalize
from bot.core.replies import (
    Button,
    ButtonPress,
    Command,
    Event,
    Media,
    Outbox,
    Reply,
    SendResult,
    TextMessage,
)
from bot.core.topics import BY_INTENT, KNOWLEDGE, Kind, Topic
from bot.db.store import ConversationStore, LanguageChoice, LoggedMessage, Turn, UserProfile
from bot.i18n import N_, Catalogs, Translator
from bot.nlu.client import Nlu, NluResult, NluUnavailable

log = logging.getLogger(__name__)

# Callback data of inline buttons. Telegram allows 1-64 bytes; these stay far below.
CB_LANGUAGE = "lang:"  # + hi | hi_Latn | en | auto
CB_TOPIC = "topic:"  # + intent
CB_MORE = "more:"  # + intent
CB_HUMAN = "human"
CB_HELP = "help"

# Each language's own name, shown to the user in that language's catalog.
LANGUAGE_NAMES: dict[Lang, str] = {
    # TRANSLATORS: the name of your own language, as it appears on the language button
    "hi": N_("Hindi"),
    # TRANSLATORS: Hindi typed in Latin (English) letters, like "aap kaise hain"
    "hi_Latn": N_("Hindi in English letters"),
    "en": N_("English"),
}


@dataclass(frozen=True)
class Outcome:
    """What handling an event produced, before it is sent and logged."""

    replies: Sequence[Reply]
    logged: LoggedMessage
    language_choice: LanguageChoice | None = None
    escalation_reason: str | None = None


class Assistant:
    def __init__(
        self,
        nlu: Nlu,
        store: ConversationStore,
        catalogs: Catalogs,
        settings: AssistantSettings,
    ) -> None:
        self._nlu = nlu
        self._store = store
        self._catalogs = catalogs
        self._settings = settings

    async def handle(self, event: Event, outbox: Outbox) -> list[SendResult]:
        """Answer one event through `outbox`, then store the event and the replies in one go."""
        started = time.perf_counter()
        profile = await self._store.profile(event.sender.user_id)
        outcome = await self._decide(event, profile)
        results = [await outbox.send(event.sender.chat_id, reply) for reply in outcome.replies]
        elapsed_ms = (time.perf_counter() - started) * 1000
        await self._store.record(
            Turn(
                sender=event.sender,
                received_at=event.received_at,
                incoming=replace(outcome.logged, telegram_message_id=event.message_id),
                outgoing=[
                    _logged_reply(r, res) for r, res in zip(outcome.replies, results, strict=True)
                ],
                processing_ms=elapsed_ms,
                language_choice=outcome.language_choice,
                escalation_reason=outcome.escalation_reason,
            )
        )
        return results

    # -- deciding -------------------------------------------------------------------------------

    async def _decide(self, event: Event, profile: UserProfile | None) -> Outcome:
        match event:
            case TextMessage():
                return await self._on_text(event, profile)
            case Command():
                return self._on_command(event, profile)
            case ButtonPress():
                return self._on_button(event, profile)
            case Media():
                t = self._translator(profile)
                text = t(
                    "Sorry, I can only read text messages for now, not voice notes, photos, "
                    "files, stickers or locations. Please type your question."
                )
                return Outcome([Reply(text, t.lang)], LoggedMessage(kind=event.kind, text=""))

    async def _on_text(self, event: TextMessage, profile: UserProfile | None) -> Outcome:
        text = normalize(event.text)
        detected = detect_language(text)
        t = self._translator(profile, detected)
        logged = LoggedMessage(kind="text", text=event.text, language=detected)
        if not any(ch.isalnum() for ch in text):
            # Empty, emoji or punctuation only: nothing to understand, so show what to ask.
            return Outcome([self._help(t)], logged)
        try:
            nlu = await self._nlu.parse(text)
        except NluUnavailable as exc:
            log.warning("NLU unavailable for user %s: %s", event.sender.user_id, exc)
            busy = t("Sorry, the assistant is briefly unavailable. Please try again in a minute.")
            return Outcome([Reply(busy, t.lang)], logged)
        logged = replace(
            logged,
            intent=nlu.intent.name,
            confidence=nlu.intent.confidence,
            ranking=[(s.name, s.confidence) for s in nlu.ranking[:5]],
        )
        topic = BY_INTENT.get(nlu.intent.name)
        if topic is None:  # an intent the bot has no answer for: the contract test prevents it
            log.error("NLU returned unknown intent %r", nlu.intent.name)
            return Outcome([self._no_match(t)], logged)
        if nlu.intent.confidence < self._settings.confidence_threshold:
            return Outcome([self._clarify(t, nlu)], logged)
        if topic.kind is Kind.HANDOFF:
            return Outcome([self._handoff(t)], logged, escalation_reason="user_asked")
        if topic.kind is Kind.OUT_OF_SCOPE:
            return Outcome([self._no_match(t)], logged)
        return Outcome([self._answer(t, topic)], logged)

    def _on_command(self, event: Command, profile: UserProfile | None) -> Outcome:
        t = self._translator(profile)
        logged = LoggedMessage(kind="command", text=f"/{event.name} {event.args}".strip())
        match event.name:
            case "start":
                return Outcome([self._welcome()], logged)
            case "help":
                return Outcome([self._help(t)], logged)
            case "language":
                return Outcome([self._language_menu(t)], logged)
            case "human":
                return Outcome([self._handoff(t)], logged, escalation_reason="command")
            case _:
                unknown = t("I don't know that command.")
                return Outcome([Reply(unknown, t.lang), self._help(t)], logged)

    def _on_button(self, event: ButtonPress, profile: UserProfile | None) -> Outcome:
        data = event.data
        logged = LoggedMessage(kind="callback", text=data[:64])
        t = self._translator(profile)
        if data.startswith(CB_LANGUAGE):
            choice = data.removeprefix(CB_LANGUAGE)
            if choice == "auto":
                t = self._translator(profile, ignore_choice=True)
                done = t("OK. I will reply in the language and script you write in.")
                return Outcome([self._help(t, done)], logged, language_choice="auto")
            if choice in LANGS:
                t = self._catalogs[choice]
                done = t("OK, I will reply in %(language)s.", language=t(LANGUAGE_NAMES[t.lang]))
                return Outcome([self._help(t, done)], logged, language_choice=t.lang)
        elif data.startswith((CB_TOPIC, CB_MORE)):
            prefix, _, intent = data.partition(":")
            topic = BY_INTENT.get(intent)
            if topic is not None and topic.kind is Kind.KNOWLEDGE:
                logged = replace(logged, intent=intent)
                if prefix + ":" == CB_TOPIC:
                    return Outcome([self._answer(t, topic)], logged)
                if topic.more:
                    return Outcome([self._more(t, topic)], logged)
            elif topic is not None and topic.kind is Kind.HANDOFF:
                return Outcome([self._handoff(t)], logged, escalation_reason="button")
        elif data == CB_HUMAN:
            return Outcome([self._handoff(t)], logged, escalation_reason="button")
        elif data == CB_HELP:
            return Outcome([self._help(t)], logged)
        log.info("unknown or stale button data from user %s: %r", event.sender.user_id, data[:64])
        stale = t("Sorry, that button no longer works.")
        return Outcome([self._help(t, stale)], logged)

    # -- language -------------------------------------------------------------------------------

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

    # -- replies --------------------------------------------------------------------------------

    def _topic_buttons(self, t: Translator) -> tuple[tuple[Button, ...], ...]:
        buttons = [Button(t(topic.label), callback=CB_TOPIC + topic.intent) for topic in KNOWLEDGE]
        buttons.append(Button(t(BY_INTENT["human_handoff"].label), callback=CB_HUMAN))
        return tuple(tuple(buttons[i : i + 2]) for i in range(0, len(buttons), 2))

    def _help(self, t: Translator, lead: str | None = None) -> Reply:
        text = t(BY_INTENT["help"].answer)
        return Reply(f"{lead}\n\n{text}" if lead else text, t.lang, self._topic_buttons(t))

    def _welcome(self) -> Reply:
        """Greet in Hindi and English, whoever it is, and offer the three languages."""
        parts = []
        for t in (self._catalogs["hi"], self._catalogs["en"]):
            parts.append(
                "\n".join(
                    (
                        t(
                            "Namaste! I am Karigar Saathi, a helper for artisans and small "
                            "businesses of UP."
                        ),
                        t(
                            "I answer questions about selling online, listing your products, "
                            "export schemes and ODOP."
                        ),
                        t(
                            "Your messages are stored to improve this help. Ask us any time and "
                            "we will delete them."
                        ),
                        t("Choose your language:"),
                    )
                )
            )
        buttons = tuple(
            (Button(self._catalogs[lang](LANGUAGE_NAMES[lang]), callback=CB_LANGUAGE + lang),)
            for lang in LANGS
        )
        return Reply("\n\n".join(parts), "hi", buttons)

    def _language_menu(self, t: Translator) -> Reply:
        rows = [
            (Button(self._catalogs[lang](LANGUAGE_NAMES[lang]), callback=CB_LANGUAGE + lang),)
            for lang in LANGS
        ]
        rows.append((Button(t("Match the language I write in"), callback=CB_LANGUAGE + "auto"),))
        return Reply(t("Choose your language:"), t.lang, tuple(rows))

    def _answer(self, t: Translator, topic: Topic) -> Reply:
        if topic.kind is Kind.SMALL_TALK:
            menu = self._topic_buttons(t) if topic.intent in ("greet", "help") else ()
            return Reply(t(topic.answer), t.lang, menu, intent=topic.intent)
        lines = [t(topic.answer, **self._money(t, topic))]
        if topic.url:
            lines.append(t("Official website: %(url)s", url=topic.url))
        if topic.last_checked:
            lines.append(t("Last checked: %(date)s", date=t.date(topic.last_checked)))
        buttons: tuple[tuple[Button, ...], ...] = ()
        if topic.more:
            buttons = ((Button(t("More ▸"), callback=CB_MORE + topic.intent),),)
        return Reply("\n\n".join(lines), t.lang, buttons, title=t(topic.label), intent=topic.intent)

    def _more(self, t: Translator, topic: Topic) -> Reply:
        assert topic.more is not None
        text = t(topic.more, **self._money(t, topic))
        return Reply(text, t.lang, title=t(topic.label), intent=topic.intent)

    @staticmethod
    def _money(t: Translator, topic: Topic) -> dict[str, str]:
        return {name: t.money(amount) for name, amount in topic.money.items()}

    def _clarify(self, t: Translator, nlu: NluResult) -> Reply:
        """Ask which of the likeliest topics was meant, or admit nothing fits."""
        floor = self._settings.clarify_min_confidence
        choices = [
            BY_INTENT[score.name]
            for score in nlu.ranking
            if score.confidence >= floor
            and score.name in BY_INTENT
            and BY_INTENT[score.name].kind in (Kind.KNOWLEDGE, Kind.HANDOFF)
        ][: self._settings.clarify_max_options]
        if not any(c.kind is Kind.KNOWLEDGE for c in choices):
            return self._no_match(t)
        rows = tuple((Button(t(c.label), callback=CB_TOPIC + c.intent),) for c in choices)
        rows += ((Button(t(BY_INTENT["out_of_scope"].label), callback=CB_HELP),),)
        return Reply(t("I'm not sure I understood. Did you mean:"), t.lang, rows)

    def _no_match(self, t: Translator) -> Reply:
        text = t(
            "Sorry, I can't help with that. I can answer questions about selling online, "
            "documents, GST, Udyam, IEC and ODOP. Would you like to talk to a person from our team?"
        )
        return Reply(text, t.lang, self._topic_buttons(t))

    def _handoff(self, t: Translator) -> Reply:
        text = t(
            "I have noted that you want to talk to a person. Someone from our team will reply "
            "to you here. You can keep asking me questions meanwhile."
        )
        return Reply(text, t.lang, intent="human_handoff")


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


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
