"""Conversation: greetings, help, thanks, a person, language, yes/no, district, out of scope."""

from __future__ import annotations

from bot.i18n import N_
from bot.knowledge.model import Category, Kind, Topic

TOPICS: tuple[Topic, ...] = (
    Topic(
        "greet",
        Kind.SMALL_TALK,
        N_("Hello"),
        N_(
            "Namaste! I am Karigar Saathi. Ask me about selling online, GST, Udyam, IEC for "
            "export or ODOP. You can type, or tap a topic below."
        ),
    ),
    Topic(
        "help",
        Kind.SMALL_TALK,
        N_("Help"),
        N_(
            "I can help with selling online, listing products, exports, Walmart and Flipkart "
            "programmes and ODOP schemes. Type your question, or choose a topic (tap it or "
            "type its number):"
        ),
    ),
    Topic(
        "thanks_goodbye",
        Kind.SMALL_TALK,
        N_("Thanks"),
        N_("Happy to help! Write to me any time you have a question."),
    ),
    Topic("human_handoff", Kind.HANDOFF, N_("Talk to a person")),
    # Handled by the assistant itself (bot/core/assistant.py); the label names them on buttons.
    Topic("change_language", Kind.ACTION, N_("Change language")),
    Topic("affirm", Kind.ACTION, N_("Yes")),
    Topic("deny", Kind.ACTION, N_("No")),
    Topic("my_district", Kind.ACTION, N_("My district")),
    Topic("out_of_scope", Kind.OUT_OF_SCOPE, N_("Something else")),
    Topic("district_product", Kind.ACTION, N_("My district's product"), category=Category.ODOP),
    Topic("schemes_for_me", Kind.ACTION, N_("Schemes for me"), category=Category.ODOP),
)
