"""The assistant: turns one event into replies, sends them and logs the turn.

It knows nothing about Telegram. The Telegram handlers, the console chat and the tests build an
Event, call `Assistant.handle`, and give it an Outbox that delivers replies their own way.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import replace

from bot.core.decision import KEEP, Decision, logged_event, logged_reply
from bot.core.dialogue import Dialogue, bypasses_staff
from bot.core.flood import FloodRule, Verdict
from bot.core.languages import Languages
from bot.core.ports import Conversations, Outbox, PersonalData, StaffDesk
from bot.records.events import Event, TextMessage
from bot.records.replies import Reply, SendResult
from bot.records.turns import DatabaseUnavailable, FloodState, Turn, UserProfile
from bot.text.script import detect_language

log = logging.getLogger(__name__)


class Assistant:
    def __init__(
        self,
        *,
        dialogue: Dialogue,
        conversations: Conversations,
        personal_data: PersonalData,
        desk: StaffDesk,
        languages: Languages,
        flood: FloodRule,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._dialogue = dialogue
        self._conversations = conversations
        self._personal_data = personal_data
        self._desk = desk
        self._languages = languages
        self._flood = flood
        self._clock = clock  # wall-clock seconds: flood times are compared across replicas

    async def handle(self, event: Event, outbox: Outbox) -> list[SendResult]:
        """Answer one event through `outbox`, then store the event and the replies in one go."""
        started = time.perf_counter()
        user_id = event.sender.user_id
        try:
            profile = await self._conversations.profile(user_id)
        except DatabaseUnavailable as exc:
            return await self._database_down(event, outbox, exc)
        staffed = profile is not None and profile.escalation_id is not None
        decision, flood = await self._decide(event, profile, staffed=staffed)
        results = [await outbox.send(event.sender.chat_id, r) for r in decision.replies]
        if decision.notice:
            await outbox.notify(event.sender.chat_id, decision.notice)
        if decision.forget:
            await self._personal_data.forget(user_id)
            log.info("user %s asked to be forgotten: deleted", user_id)
            return results
        turn = self._turn(
            event=event,
            profile=profile,
            decision=decision,
            results=results,
            flood=flood,
            started=started,
        )
        try:
            escalation_id = await self._conversations.record(turn)
        except DatabaseUnavailable:
            # The store keeps the turn and writes it once the database is back; the user has
            # had their answer already.
            log.warning("turn of user %s kept until the database is back", user_id)
            return results
        if escalation_id is not None and not staffed:
            await self._desk.escalated(escalation_id, event.sender)
        return results

    async def _decide(
        self, event: Event, profile: UserProfile | None, *, staffed: bool
    ) -> tuple[Decision, FloodState | None]:
        """Relay to staff, slow down a flood, or let the dialogue decide.

        The flood state returned is what to store; None leaves the stored one as it is.
        """
        if staffed and self._desk.available and not bypasses_staff(event):
            # A person has this user: pass everything on and stay silent.
            assert profile is not None and profile.escalation_id is not None
            await self._desk.relay_in(profile.escalation_id, event)
            return Decision([], logged_event(event), KEEP), None
        previous = profile.flood if profile is not None else FloodState()
        verdict, flood = self._flood.check(previous, self._clock())
        if verdict is Verdict.OK:
            return await self._dialogue.decide(event, profile), flood
        return self._flooded(event, profile, verdict), flood

    def _flooded(self, event: Event, profile: UserProfile | None, verdict: Verdict) -> Decision:
        """Too many messages too fast: one notice, then store without answering for a while."""
        logged = logged_event(event)
        if verdict is Verdict.QUIET:
            log.info("flood: not answering user %s for now", event.sender.user_id)
            return Decision([], logged, KEEP)
        log.warning("flood: user %s sends faster than allowed", event.sender.user_id)
        t = self._languages.translator(profile, logged.language)
        notice = t("You are sending messages very fast. Please wait a moment, then ask again.")
        return Decision([Reply(notice, t.lang)], logged, KEEP)

    def _turn(
        self,
        *,
        event: Event,
        profile: UserProfile | None,
        decision: Decision,
        results: list[SendResult],
        flood: FloodState | None,
        started: float,
    ) -> Turn:
        change = decision.change
        if change.keep_menu and profile is not None:
            offered, awaiting = list(profile.offered), profile.awaiting
        else:
            offered, awaiting = decision.offered, change.awaiting
        return Turn(
            sender=event.sender,
            received_at=event.received_at,
            incoming=replace(decision.logged, telegram_message_id=event.message_id),
            outgoing=[
                logged_reply(r, res) for r, res in zip(decision.replies, results, strict=True)
            ],
            processing_ms=(time.perf_counter() - started) * 1000,
            language_choice=change.language_choice,
            escalation_reason=change.escalation,
            district=change.district,
            offered=offered,
            awaiting=awaiting,
            last_topic=next((r.intent for r in decision.replies if r.answer), None),
            unclear=change.unclear,
            flood=flood,
        )

    async def _database_down(
        self, event: Event, outbox: Outbox, exc: DatabaseUnavailable
    ) -> list[SendResult]:
        """No profile to answer from: ask the user to try again, and keep their message."""
        log.error("database unavailable for user %s: %s", event.sender.user_id, exc)
        detected = detect_language(event.text) if isinstance(event, TextMessage) else None
        t = self._languages.translator(None, detected)
        busy = Reply(
            t("Sorry, I could not note your message just now. Please try again shortly."), t.lang
        )
        result = await outbox.send(event.sender.chat_id, busy)
        self._conversations.spool(
            Turn(
                sender=event.sender,
                received_at=event.received_at,
                incoming=replace(logged_event(event), telegram_message_id=event.message_id),
                outgoing=[logged_reply(busy, result)],
            )
        )
        return [result]
