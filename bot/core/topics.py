"""What the assistant knows: one entry per NLU intent, with its answer, source link and check date.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments). Facts
marked [L] there are left out or hedged. The text is the gettext message id; `locales/` holds the
Hindi and Latin-Hindi versions. Amounts are placeholders filled by Babel so every language gets
₹ and lakh grouping.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum

from bot.i18n import N_


class Kind(Enum):
    KNOWLEDGE = "knowledge"  # answered with facts; listed in /help and offered as a clarification
    SMALL_TALK = "small_talk"  # greetings, thanks: answered, never offered as a choice
    HANDOFF = "handoff"  # the user wants a person
    OUT_OF_SCOPE = "out_of_scope"  # nothing the assistant covers


@dataclass(frozen=True)
class Topic:
    intent: str
    kind: Kind
    label: str  # button label
    answer: str = ""
    more: str | None = None  # the rest of a long answer, behind a "More" button
    url: str | None = None  # official portal named in the answer
    last_checked: dt.date | None = None
    money: Mapping[str, int] = field(default_factory=dict)  # %(name)s placeholders in rupees


CHECKED = dt.date(2026, 11, 27)

TOPICS: tuple[Topic, ...] = (
    Topic(
        "sell_on_flipkart",
        Kind.KNOWLEDGE,
        # TRANSLATORS: button label, keep it under 25 characters
        N_("Sell on Flipkart"),
        # facts.md 2.2 (steps), 2.1 (GST rule)
        N_(
            "How to start selling on Flipkart:\n"
            "1. Sign up at seller.flipkart.com with your mobile number and email.\n"
            "2. Enter your GSTIN (or GST enrolment number) and PAN.\n"
            "3. Add your pickup address and your bank account with a cancelled cheque.\n"
            "4. Choose a store name and list your products with good photos.\n"
            "Flipkart checks each listing. When an order comes, you pack it and Flipkart "
            "picks it up from your address."
        ),
        # facts.md 2.3 (Samarth), 1.3 C (ODOP MDA e-commerce help), 2.2 (fees change)
        more=N_(
            "Artisans, weavers and self-help groups can ask for Flipkart Samarth: help to get "
            "started, free cataloguing and lower commission where eligible.\n"
            "UP's ODOP scheme pays 75%% of the cost of starting on an online marketplace, up to "
            "%(odop_online_max)s, for sellers who are not online yet. Ask your District "
            "Industries Centre (DIC) if it is still open.\n"
            "Listing is free; Flipkart takes a commission and fees that change often. See the "
            "current rate card in your Seller Hub account."
        ),
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
        money={"odop_online_max": 10_000},
    ),
    Topic(
        "documents_needed",
        Kind.KNOWLEDGE,
        N_("Documents needed"),
        # facts.md 2.1 (documents usually asked)
        N_(
            "Papers you usually need to sell online:\n"
            "• PAN card\n"
            "• GSTIN, or a GST enrolment number if you sell only within UP\n"
            "• Bank account and a cancelled cheque (the name must match)\n"
            "• Address from where your goods will be picked up\n"
            "• Mobile number and email\n"
            "Keep clear photos of your products ready too."
        ),
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "gst_requirement",
        Kind.KNOWLEDGE,
        N_("GST rules"),
        # facts.md 2.1 exceptions 2 and 3; 5 (enrolment path on gst.gov.in)
        N_(
            "Is GST needed? Usually yes: Flipkart asks for a GSTIN.\n"
            "But since 1 October 2023, a small seller below the GST limit can sell goods "
            "within their own state only (within UP) without GST registration. You need a PAN "
            "and a free GST enrolment number.\n"
            "Get it at gst.gov.in → User Services → “Generate User Id for Unregistered "
            "Applicant”. Ask Flipkart seller support if your category accepts it."
        ),
        more=N_(
            "Sellers in the GST composition scheme can also sell online within their own state.\n"
            "To sell to buyers in other states, you need full GST registration."
        ),
        url="https://www.gst.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "udyam_registration",
        Kind.KNOWLEDGE,
        N_("Udyam registration"),
        # facts.md 4.1
        N_(
            "Udyam registration is free and online at udyamregistration.gov.in.\n"
            "You need your Aadhaar number. PAN and GST details are picked up automatically, "
            "and you do not upload any documents. You get a Udyam number and certificate.\n"
            "Do not pay any website for it: the government site is free.\n"
            "No PAN or GST? A bank can register you on the Udyam Assist Platform."
        ),
        more=N_(
            "What Udyam gives you:\n"
            "• priority bank loans, and loans without collateral under CGTMSE\n"
            "• buyers must pay you within 45 days\n"
            "• a share of government purchases is kept for small units\n"
            "• ODOP and other UP schemes accept it as your registration"
        ),
        url="https://udyamregistration.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "odop_info",
        Kind.KNOWLEDGE,
        N_("What is ODOP"),
        # facts.md 1.1, 1.3 (four schemes), 5 (portals)
        N_(
            "ODOP (One District One Product, एक जनपद एक उत्पाद) is a UP government programme "
            "started on 24 January 2018. Every district has its own product, like brass in "
            "Moradabad or carpets in Bhadohi.\n"
            "It offers: training with a free toolkit, a grant on bank loans (margin money), "
            "help to take part in fairs, and help with the cost of selling online.\n"
            "Apply at diupmsme.upsdc.gov.in or at your District Industries Centre (DIC)."
        ),
        url="https://odopup.in",
        last_checked=CHECKED,
    ),
    Topic(
        "iec_code",
        Kind.KNOWLEDGE,
        N_("IEC for export"),
        # facts.md 3.1
        N_(
            "To export, you need an IEC (Importer-Exporter Code).\n"
            "Apply online at dgft.gov.in with your PAN. The fee is %(iec_fee)s, and the code "
            "usually comes within 1 working day.\n"
            "Update it online every year between April and June, or it stops working.\n"
            "Use only dgft.gov.in: fake IEC websites exist."
        ),
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
        money={"iec_fee": 500},
    ),
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
            "I can help with selling online, papers you need, GST, Udyam registration, IEC "
            "for export and the ODOP scheme. Type your question or tap a topic:"
        ),
    ),
    Topic(
        "thanks_goodbye",
        Kind.SMALL_TALK,
        N_("Thanks"),
        N_("Happy to help! Write to me any time you have a question."),
    ),
    Topic("human_handoff", Kind.HANDOFF, N_("Talk to a person")),
    Topic("out_of_scope", Kind.OUT_OF_SCOPE, N_("Something else")),
)

BY_INTENT: Mapping[str, Topic] = {topic.intent: topic for topic in TOPICS}
KNOWLEDGE: tuple[Topic, ...] = tuple(t for t in TOPICS if t.kind is Kind.KNOWLEDGE)
