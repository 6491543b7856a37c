"""What the staff read (the context card, the queue, transcripts, topic titles) and the canned
replies they send."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot.core.render import LANGUAGE_NAMES
from bot.db.conversation_log import LoggedTurn
from bot.db.escalations import EscalationView, UserCard
from bot.knowledge import districts
from bot.text.catalogs import N_, Translator

# Why a person was brought in, as stored in escalations.reason.
REASONS = {
    "user_asked": N_("asked for a person"),
    "command": N_("used /human"),
    "button": N_("tapped “Talk to a person”"),
    "unclear": N_("the bot could not answer twice in a row"),
}
# Canned replies for /reply <name>, sent in the user's language and signed like any reply.
CANNED = {
    "hello": N_("Namaste! I am from the Karigar Saathi support team. How can I help you?"),
    "wait": N_("Thank you. I am checking this and will reply to you soon."),
    "photo": N_("Please send a clear photo of the document or product here."),
    "dic": N_(
        "Please visit your District Industries Centre (DIC) with your Aadhaar and PAN. "
        "They will help you apply."
    ),
    "thanks": N_("Thank you for talking to us. Write to us any time you need help."),
}
TURN_CHARS = 160  # a card shows the gist of each turn; /transcript has them whole
TITLE_CHARS = 128  # Telegram's limit for forum topic names


def display_name(user: UserCard) -> str:
    name = " ".join(p for p in (user.first_name, user.last_name) if p) or str(user.user_id)
    return f"{name} (@{user.username})" if user.username else name


def topic_title(t: Translator, user: UserCard, status: str) -> str:
    district = user.district or "?"
    return f"{display_name(user)} · {district} · {status}"[:TITLE_CHARS]


def reason_text(t: Translator, reason: str) -> str:
    if reason.startswith("topic:"):
        return t(
            "asked about %(topic)s, which always needs a person",
            topic=reason.removeprefix("topic:"),
        )
    return t(REASONS[reason]) if reason in REASONS else reason


def _turn(t: Translator, turn: LoggedTurn) -> str:
    who = "👤" if turn.direction == "in" else "🤖"
    text = turn.text.replace("\n", " ").strip() or f"[{turn.kind}]"
    if len(text) > TURN_CHARS:
        text = text[: TURN_CHARS - 1] + "…"
    intent = f"  ({turn.intent} {turn.confidence:.2f})" if turn.confidence is not None else ""
    return f"{who} {text}{intent if turn.direction == 'in' else ''}"


def context_card(
    t: Translator,
    escalation: EscalationView,
    user: UserCard,
    turns: Sequence[LoggedTurn],
) -> str:
    """Everything staff need to pick up the conversation without asking again."""
    lines = [t("🆘 Request #%(id)s", id=escalation.id), ""]
    lines.append(
        t("Name: %(name)s · id %(user_id)s", name=display_name(user), user_id=user.user_id)
    )
    language = LANGUAGE_NAMES.get(user.language or "", "")
    script = t(language) if language else t("not known yet")
    if user.chosen_language in LANGUAGE_NAMES:
        script += " · " + t("chose %(language)s", language=t(LANGUAGE_NAMES[user.chosen_language]))
    lines.append(t("Writes in: %(language)s", language=script))
    district = districts.find(user.district) if user.district else None
    if district is not None:
        lines.append(
            t(
                "District: %(district)s · ODOP: %(product)s",
                district=district.name,
                product=district.product,
            )
        )
    else:
        lines.append(t("District: not told yet"))
    lines.append(t("Why: %(reason)s", reason=reason_text(t, escalation.reason)))
    intents = [
        f"{x.intent} {x.confidence:.2f}"
        for x in turns
        if x.direction == "in" and x.intent and x.confidence is not None
    ][-3:]
    if intents:
        lines.append(t("Bot's last intents: %(intents)s", intents=", ".join(intents)))
    lines += ["", t("Last %(count)s turns:", count=len(turns))]
    lines += [_turn(t, turn) for turn in turns]
    return "\n".join(lines)


def waiting(t: Translator, since: dt.datetime, now: dt.datetime) -> str:
    minutes = int((now - since).total_seconds() // 60)
    if minutes < 60:
        return t.plural("%(count)s minute", "%(count)s minutes", minutes)
    return t.plural("%(count)s hour", "%(count)s hours", minutes // 60)


def queue(
    t: Translator, open_ones: Sequence[tuple[EscalationView, UserCard | None]], now: dt.datetime
) -> str:
    if not open_ones:
        return t("No open requests. 🎉")
    lines = [t("Open requests, longest waiting first:")]
    for escalation, user in open_ones:
        name = display_name(user) if user else str(escalation.user_id)
        who = escalation.claimed_by_name or t("nobody yet")
        flag = " ⚠️" if escalation.reassured_at and not escalation.first_staff_reply_at else ""
        lines.append(
            t(
                "#%(id)s %(name)s · waiting %(waiting)s · claimed by %(who)s",
                id=escalation.id,
                name=name,
                waiting=waiting(t, escalation.created_at, now),
                who=who,
            )
            + flag
        )
    if any(e.reassured_at and not e.first_staff_reply_at for e, _ in open_ones):
        lines.append(t("⚠️ = no staff reply yet after the reassurance message"))
    return "\n".join(lines)


def transcript(
    t: Translator, user: UserCard, turns: Sequence[LoggedTurn], page: int, pages: int
) -> str:
    lines = [
        t(
            "Conversation with %(name)s, page %(page)s of %(pages)s",
            name=display_name(user),
            page=page,
            pages=pages,
        ),
        "",
    ]
    for turn in turns:
        who = "👤" if turn.direction == "in" else ("🧑‍💼" if turn.kind == "staff" else "🤖")
        stamp = turn.created_at.strftime("%d-%m %H:%M")
        lines.append(f"{stamp} {who} {turn.text or '[' + turn.kind + ']'}")
    return "\n".join(lines)
