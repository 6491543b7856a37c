"""Composing replies: answers, menus and questions in one language, as plain Reply objects."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from bot import callbacks
from bot.callbacks import Kind
from bot.knowledge import BY_CATEGORY, BY_INTENT, Category, Topic, TopicKind
from bot.knowledge.districts import District
from bot.records.replies import Button, Reply
from bot.text.asks import Ask
from bot.text.catalogs import N_, Catalogs, Translator

# Each language's own name, shown to the user in that language's catalog.
LANGUAGE_NAMES = {
    # TRANSLATORS: the name of your own language, as it appears on the language button
    "hi": N_("Hindi"),
    # TRANSLATORS: Hindi typed in Latin (English) letters, like "aap kaise hain"
    "hi_Latn": N_("Hindi in English letters"),
    "en": N_("English"),
}

# The buttons under an answer that lead to the topic's other answers, in this order.
ASK_LABELS: dict[Ask, str] = {
    # TRANSLATORS: buttons under an answer, each under 25 characters
    Ask.HOW: N_("How to do it"),
    Ask.DOCUMENTS: N_("Documents"),
    Ask.COST: N_("Fee / cost"),
    Ask.WHO: N_("Who can apply"),
    Ask.BENEFITS: N_("Benefits"),
    Ask.LIMITS: N_("Limits / amount"),
    Ask.TIME: N_("How long it takes"),
    Ask.VALIDITY: N_("Validity / renewal"),
    Ask.CHANGE: N_("Change / update"),
    Ask.PROBLEM: N_("Problems"),
    Ask.CONTACT: N_("Whom to contact"),
}
# How many of them an answer offers: more would push the answer off a small phone's screen.
ASK_BUTTONS = 3

Rows = tuple[tuple[Button, ...], ...]


def numbered(t: Translator, lead: str, buttons: Sequence[Button]) -> Reply:
    """A menu as buttons, one per row, also listed with numbers for those who type "2" or "do"."""
    lines = [lead, *(f"{i}. {b.label}" for i, b in enumerate(buttons, 1))]
    return Reply("\n".join(lines), t.lang, tuple((b,) for b in buttons))


class Renderer:
    def __init__(self, catalogs: Catalogs) -> None:
        self._catalogs = catalogs

    # -- menus ------------------------------------------------------------------------------

    def help(self, t: Translator, lead: str | None = None) -> Reply:
        """The top of the topic tree: categories, then a person to talk to."""
        intro = t(BY_INTENT["help"].answer)
        buttons = [
            Button(t(c.value), callback=callbacks.make(Kind.CATEGORY, c.key)) for c in Category
        ]
        buttons.append(
            Button(t(BY_INTENT["human_handoff"].label), callback=callbacks.make(Kind.HUMAN))
        )
        return numbered(t, f"{lead}\n\n{intro}" if lead else intro, buttons)

    def category(self, t: Translator, category: Category) -> Reply:
        buttons = [
            Button(t(topic.label), callback=callbacks.make(Kind.TOPIC, topic.intent))
            for topic in BY_CATEGORY[category]
        ]
        buttons.append(Button(t("◂ All topics"), callback=callbacks.make(Kind.HELP)))
        return numbered(
            t, t("%(category)s: choose a question", category=t(category.value)), buttons
        )

    def welcome(self) -> Reply:
        """Greet in Hindi and English, whoever it is, and offer the three languages."""
        parts = []
        for t in (self._catalogs["hi"], self._catalogs["en"]):
            who = t(
                "Namaste! I am Karigar Saathi, a helper for artisans and small businesses of UP."
            )
            what = t(
                "I answer questions about selling online, listing your products, export schemes "
                "and ODOP."
            )
            privacy = t(
                "Your messages are stored to improve this help. /mydata shows what is stored, "
                "/forget deletes it."
            )
            parts.append("\n".join((who, what, privacy, t("Choose your language:"))))
        return Reply("\n\n".join(parts), "hi", self._language_rows())

    def language_menu(self, t: Translator) -> Reply:
        rows = self._language_rows()
        auto = Button(
            t("Match the language I write in"), callback=callbacks.make(Kind.LANGUAGE, "auto")
        )
        return Reply(t("Choose your language:"), t.lang, (*rows, (auto,)))

    def _language_rows(self) -> Rows:
        return tuple(
            (Button(self._catalogs[lang](name), callback=callbacks.make(Kind.LANGUAGE, lang)),)  # type: ignore[index]
            for lang, name in LANGUAGE_NAMES.items()
        )

    # -- answers ----------------------------------------------------------------------------

    def answer(self, t: Translator, topic: Topic, ask: Ask | None = None) -> Reply:
        """The topic's answer to this kind of question (its default answer for None), then the
        official site and when it was checked; buttons lead to its other answers."""
        if topic.kind is not TopicKind.KNOWLEDGE:
            return Reply(t(topic.answer), t.lang, intent=topic.intent)
        kind, text = topic.answer_to(ask)
        lines = [t.filled(text, **self._money(t, topic))]
        if topic.url:
            lines.append(t("Official website: %(url)s", url=topic.url))
        if topic.last_checked:
            lines.append(
                t("This information was checked on %(date)s.", date=t.date(topic.last_checked))
            )
        rows: list[tuple[Button, ...]] = []
        if kind is not None:
            rows.append(
                (Button(t("What is it?"), callback=callbacks.make(Kind.TOPIC, topic.intent)),)
            )
        others = [a for a in ASK_LABELS if a in topic.answers and a is not kind]
        for other in others[: ASK_BUTTONS - len(rows)]:
            data = callbacks.make(Kind.ASK, topic.intent, other.value)
            rows.append((Button(t(ASK_LABELS[other]), callback=data),))
        if topic.more and kind is None:
            rows.append((Button(t("More ▸"), callback=callbacks.make(Kind.MORE, topic.intent)),))
        return Reply(
            "\n\n".join(lines),
            t.lang,
            tuple(rows),
            title=t(topic.label),
            intent=topic.intent,
            answer=topic.answer_key(ask),
        )

    def more(self, t: Translator, topic: Topic) -> Reply:
        assert topic.more is not None
        text = t.filled(topic.more, **self._money(t, topic))
        return Reply(text, t.lang, title=t(topic.label), intent=topic.intent)

    @staticmethod
    def _money(t: Translator, topic: Topic) -> dict[str, str]:
        return {name: t.money(amount) for name, amount in topic.money.items()}

    # -- questions and fallbacks ------------------------------------------------------------

    def clarify(self, t: Translator, choices: Sequence[Topic]) -> Reply:
        buttons = [
            Button(t(c.label), callback=callbacks.make(Kind.TOPIC, c.intent)) for c in choices
        ]
        buttons.append(
            Button(t(BY_INTENT["out_of_scope"].label), callback=callbacks.make(Kind.HELP))
        )
        lead = t("I'm not sure I understood. Did you mean (tap, or reply with the number):")
        return numbered(t, lead, buttons)

    def which_topic(self, t: Translator) -> Reply:
        """A follow-up ("and the fee?") with no topic discussed yet: ask which one."""
        return self.help(t, t("Which topic is your question about?"))

    def no_match(self, t: Translator) -> Reply:
        text = t(
            "Sorry, I can't answer that. I help with selling online, GST, loans, exports and "
            "ODOP. Would you like to talk to a person from our team?"
        )
        buttons = [
            Button(t(BY_INTENT["human_handoff"].label), callback=callbacks.make(Kind.HUMAN)),
            Button(t("See all topics"), callback=callbacks.make(Kind.HELP)),
        ]
        return numbered(t, text, buttons)

    def out_of_scope(self, t: Translator) -> Reply:
        """Weather, cricket, songs: one polite line on what the bot is for, and no person."""
        text = t(
            "Sorry, I can't help with that. I only answer questions about selling online, GST, "
            "loans, exports and ODOP schemes."
        )
        button = Button(t("See all topics"), callback=callbacks.make(Kind.HELP))
        return Reply(text, t.lang, ((button,),), intent="out_of_scope")

    def handoff(self, t: Translator, back_at: dt.datetime | None = None) -> Reply:
        """Tell the user a person will reply, and roughly when."""
        text = t(
            "OK, a person from our team will reply to you here. Please write your question "
            "in detail meanwhile; they will see everything you send."
        )
        if back_at is not None:
            text += "\n\n" + t(
                "Our team is not at work right now. They will reply after %(when)s.",
                when=t.weekday_time(back_at),
            )
        return Reply(text, t.lang, intent="human_handoff")

    # -- districts --------------------------------------------------------------------------

    def ask_district(self, t: Translator, lead: str | None = None) -> Reply:
        ask = t(
            "Which district are you from? Please type its name, for example Moradabad or मुरादाबाद."
        )
        return Reply(f"{lead}\n\n{ask}" if lead else ask, t.lang)

    def district_product(self, t: Translator, district: District) -> Reply:
        name = district.name_hi if t.lang == "hi" else district.name
        product = (
            district.product_hi if t.lang == "hi" and district.product_hi else district.product
        )
        lines = [
            t("The ODOP product of %(district)s: %(product)s.", district=name, product=product)
        ]
        if district.uncertain:
            lines.append(
                t(
                    "Sources differ on this district's product. Please confirm at your "
                    "District Industries Centre (DIC) or on odopup.in."
                )
            )
        checked = BY_INTENT["odop_info"].last_checked
        assert checked is not None
        lines.append(t("This information was checked on %(date)s.", date=t.date(checked)))
        buttons = (
            (Button(t("Schemes for me"), callback=callbacks.make(Kind.TOPIC, "schemes_for_me")),),
            (
                Button(
                    t(BY_INTENT["odop_info"].label),
                    callback=callbacks.make(Kind.TOPIC, "odop_info"),
                ),
            ),
        )
        return Reply("\n\n".join(lines), t.lang, buttons, intent="district_product")

    def district_saved(self, t: Translator, district: District) -> Reply:
        name = district.name_hi if t.lang == "hi" else district.name
        product_reply = self.district_product(t, district)
        lead = t("Noted: you are from %(district)s.", district=name)
        return Reply(
            f"{lead}\n\n{product_reply.text}", t.lang, product_reply.buttons, intent="my_district"
        )

    def district_unknown(self, t: Translator) -> Reply:
        return self.ask_district(t, t("Sorry, I could not find that district in UP."))

    def schemes_for_me(self, t: Translator, district: District) -> Reply:
        name = district.name_hi if t.lang == "hi" else district.name
        product = (
            district.product_hi if t.lang == "hi" and district.product_hi else district.product
        )
        text = t(
            "For %(product)s makers in %(district)s, these UP ODOP schemes can help:\n"
            "• a loan with a margin money grant, for units of your district's ODOP product\n"
            "• free training with a toolkit\n"
            "• help with fair stalls, freight, and the cost of starting to sell online\n"
            "• a common facility centre, if 20 or more of you form a group\n"
            "Your District Industries Centre (DIC) in %(district)s helps you apply. Tap a scheme "
            "to read more.",
            district=name,
            product=product,
        )
        intents = (
            "margin_money",
            "training_toolkit",
            "marketing_assistance",
            "odop_online_support",
            "common_facility_centre",
            "odop_apply",
        )
        buttons = [
            Button(t(BY_INTENT[i].label), callback=callbacks.make(Kind.TOPIC, i))
            for i in intents
            if i in BY_INTENT
        ]
        reply = numbered(t, text, buttons)
        return Reply(reply.text, reply.language, reply.buttons, intent="schemes_for_me")

    def profile(self, t: Translator, district: District | None, chosen: str | None) -> Reply:
        lines = [t("What I know about you:")]
        if district is None:
            lines.append(t("District: not told yet"))
        else:
            name = district.name_hi if t.lang == "hi" else district.name
            lines.append(t("District: %(district)s", district=name))
        language = (
            t(LANGUAGE_NAMES[chosen])
            if chosen in LANGUAGE_NAMES
            else t("the language you write in")
        )
        lines.append(t("Reply language: %(language)s", language=language))
        buttons = (
            (Button(t("Change district"), callback=callbacks.make(Kind.SET_DISTRICT)),),
            (Button(t("Change language"), callback=callbacks.make(Kind.LANGUAGE_MENU)),),
        )
        return Reply("\n".join(lines), t.lang, buttons)
