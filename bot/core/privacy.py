"""A seller's own data: /mydata shows it, /forget deletes it after a confirmation."""

from __future__ import annotations

from bot import callbacks
from bot.callbacks import Kind
from bot.core.render import LANGUAGE_NAMES
from bot.records.replies import Button, Reply
from bot.records.turns import StoredData
from bot.text.catalogs import Translator

PRIVACY_COMMANDS = frozenset({"mydata", "forget"})


def my_data(t: Translator, data: StoredData | None, retention_days: int) -> Reply:
    """Everything stored about the user, in their language, and how to delete it."""
    if data is None:
        return Reply(t("I have nothing stored about you."), t.lang)
    language = (
        t(LANGUAGE_NAMES[data.chosen_language])
        if data.chosen_language in LANGUAGE_NAMES
        else t("the language you write in")
    )
    name = " ".join(part for part in (data.first_name, data.last_name) if part)
    lines = [
        t("This is what I have stored about you:"),
        t("Name: %(name)s", name=name or "-"),
        t("Reply language: %(language)s", language=language),
        t("District: %(district)s", district=data.district or t("not told yet")),
        t("First message: %(date)s", date=t.date(data.first_seen.date())),
        t.plural("%(count)s message stored", "%(count)s messages stored", data.messages),
        t.plural(
            "%(count)s request for a person", "%(count)s requests for a person", data.escalations
        ),
        t("Announcements: %(state)s", state=t("off") if data.opted_out else t("on")),
        "",
        t(
            "Personal numbers (Aadhaar, PAN, bank account, phone) are hidden before anything is "
            "stored. Messages are deleted after %(days)s days.",
            days=t.number(retention_days),
        ),
        t("Send /forget to delete all of it."),
    ]
    return Reply("\n".join(lines), t.lang)


def ask_forget(t: Translator) -> Reply:
    text = t(
        "Delete everything I have stored about you: your messages, district and language? "
        "This cannot be undone."
    )
    buttons = (
        (Button(t("Yes, delete"), callback=callbacks.make(Kind.FORGET, "yes")),),
        (Button(t("No, keep it"), callback=callbacks.make(Kind.FORGET, "no")),),
    )
    return Reply(text, t.lang, buttons)


def forgotten(t: Translator) -> Reply:
    return Reply(
        t(
            "Done: everything I had stored about you is deleted. "
            "If you write again, I start afresh."
        ),
        t.lang,
    )


def kept(t: Translator) -> Reply:
    return Reply(t("OK, nothing was deleted."), t.lang)
