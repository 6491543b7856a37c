"""Conversation: greetings, help, thanks, a person, language, yes/no, district, out of scope."""

from __future__ import annotations

from bot.knowledge.model import Category, Topic, TopicKind
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "greet",
        TopicKind.SMALL_TALK,
        N_("Hello"),
        N_(
            "Namaste! I am Karigar Saathi. Ask me about selling online, GST, Udyam, IEC for "
            "export or ODOP. You can type, or tap a topic below."
        ),
    ),
    Topic(
        "help",
        TopicKind.SMALL_TALK,
        N_("Help"),
        N_(
            "I can help with selling online, listing products, exports, GST and tax, loans, "
            "Walmart and Flipkart programmes and ODOP schemes. Type your question, or choose a "
            "topic: tap it, or reply with its number:"
        ),
    ),
    Topic(
        "thanks_goodbye",
        TopicKind.SMALL_TALK,
        N_("Thanks"),
        N_("Happy to help! Write to me any time you have a question."),
    ),
    Topic("human_handoff", TopicKind.HANDOFF, N_("Talk to a person")),
    # Handled by the assistant itself (bot/core/assistant.py); the label names them on buttons.
    Topic("change_language", TopicKind.ACTION, N_("Change language")),
    Topic("affirm", TopicKind.ACTION, N_("Yes")),
    Topic("deny", TopicKind.ACTION, N_("No")),
    Topic("my_district", TopicKind.ACTION, N_("My district")),
    # "aur iske fayde?", "और फीस?": a question about the topic just discussed.
    Topic("follow_up", TopicKind.ACTION, N_("About the same topic")),
    Topic("out_of_scope", TopicKind.OUT_OF_SCOPE, N_("Something else")),
    Topic(
        "district_product", TopicKind.ACTION, N_("My district's product"), category=Category.ODOP
    ),
    Topic("schemes_for_me", TopicKind.ACTION, N_("Schemes for me"), category=Category.ODOP),
)
