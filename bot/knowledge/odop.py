"""UP's One District One Product programme and its schemes.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments), in our
own words; [L] facts there are hedged or left out. Each text is a gettext message id (`locales/`
has the Hindi and Latin-Hindi versions). Keep an answer under about 560 characters: the title,
the link line and the "last checked" line must fit with it in 700.

The assistant formats both `answer` and `more` with the topic's money, so in a topic that has
money every literal percent sign is written "%%", and both texts there carry a placeholder.
The district product and "schemes for me" answers are built from the district data elsewhere.
"""

from __future__ import annotations

from bot.knowledge.model import CHECKED, Category, Topic, TopicKind
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "odop_info",
        TopicKind.KNOWLEDGE,
        # TRANSLATORS: button label, keep it under 25 characters
        N_("What is ODOP"),
        # facts.md 1.1 (launch date, Hindi name), 1.2 (Moradabad, Bhadohi rows: [H]),
        # 1.3 (the four schemes), 5 (where to apply)
        N_(
            "ODOP (One District One Product, एक जनपद एक उत्पाद) is a UP government programme "
            "started on 24 January 2018. Every district has its own product, like brass in "
            "Moradabad or carpets in Bhadohi.\n"
            "It offers: training with a free toolkit, a grant on bank loans (margin money), "
            "help to take part in fairs, help with the cost of selling online, and shared "
            "facility centres for craft groups.\n"
            "Apply at diupmsme.upsdc.gov.in or at your District Industries Centre (DIC)."
        ),
        # facts.md 1.1 (objectives, ODOP Cell, DIC)
        more=N_(
            "ODOP wants to keep local crafts alive, create jobs for young people near home, "
            "raise local incomes so fewer people must migrate, improve product quality and sell "
            "more of these products in India and abroad.\n"
            "It is run by the ODOP Cell of the MSME and Export Promotion Department in Lucknow, "
            "and in each district by the District Industries Centre (DIC)."
        ),
        category=Category.ODOP,
        url="https://odopup.in",
        last_checked=CHECKED,
    ),
    Topic(
        "margin_money",
        TopicKind.KNOWLEDGE,
        N_("Margin money loan"),
        # facts.md 1.3 A (GO 24.09.2018, [H]): how the loan works, smallest slab, own share,
        # 2-year rule, where to apply; 5 (application portal)
        N_(
            "ODOP margin money helps you start or grow a unit that makes your district's ODOP "
            "product. A bank gives the loan, and the UP government pays part of the project "
            "cost as margin money.\n"
            "• For a project up to %(slab1_cost)s: 25%% of the cost, at most %(slab1_max)s.\n"
            "• You put in 10%% yourself (5%% for SC, ST, OBC, minority, women and divyang).\n"
            "• It becomes a grant after the unit runs 2 years without default.\n"
            "Next step: apply at your District Industries Centre (DIC) with the form, an "
            "affidavit and a project report."
        ),
        # facts.md 1.3 A: slab table of the GO (not the business-standard figures), project
        # cost, eligibility, selection, training before the loan
        more=N_(
            "Margin money by project cost:\n"
            "• up to %(slab1_cost)s: 25%%, at most %(slab1_max)s\n"
            "• %(slab1_cost)s to %(slab2_cost)s: %(slab1_max)s or 20%%, whichever is more\n"
            "• %(slab2_cost)s to %(slab3_cost)s: %(slab3_min)s or 10%%, whichever is more\n"
            "• above %(slab3_cost)s: 10%%, at most %(slab4_max)s\n"
            "Project cost does not include land. Age 18 or more; only once per family; not for "
            "bank defaulters. A district task force picks applicants by interview. New "
            "entrepreneurs take at least 1 week of training before the loan."
        ),
        category=Category.ODOP,
        url="https://diupmsme.upsdc.gov.in",
        last_checked=CHECKED,
        money={
            "slab1_cost": 25_00_000,
            "slab1_max": 6_25_000,
            "slab2_cost": 50_00_000,
            "slab3_cost": 1_50_00_000,
            "slab3_min": 10_00_000,
            "slab4_max": 20_00_000,
        },
    ),
    Topic(
        "common_facility_centre",
        TopicKind.KNOWLEDGE,
        N_("Common facility centre"),
        # facts.md 1.3 B: facilities, SPV rules (GO 06.11.2018, [H]), first funding tier
        # (current SOP, [M/H]: the 2023 amendment GO is scanned, so "check at your DIC"),
        # running costs, EOI as the first step
        N_(
            "A Common Facility Centre (CFC) is shared by a whole ODOP craft group: for example a "
            "testing lab, design centre, raw-material bank, or common production or packing "
            "unit.\n"
            "It is run by a registered group (SPV) of at least 20 members. At least two-thirds "
            "must work in the ODOP product, and no member may hold over 10%% of the shares.\n"
            "For a project up to %(cfc_tier1)s the group pays at least 10%%; the state pays the "
            "rest. Running costs are not paid.\n"
            "Next step: send an Expression of Interest (EOI) to your District Industries "
            "Centre (DIC)."
        ),
        # facts.md 1.3 B: current SOP tiers, HLC cap, SPV forms, process, 2-year completion
        more=N_(
            "Group's share by project cost (current rules; check at your DIC):\n"
            "• up to %(cfc_tier1)s: at least 10%%\n"
            "• %(cfc_tier1)s to %(cfc_tier2)s: at least 20%%\n"
            "• %(cfc_tier2)s to %(cfc_tier3)s: at least 30%%\n"
            "• above %(cfc_tier3)s: needs High Level Committee approval; the state pays at most "
            "60%% or %(cfc_state_max)s, whichever is less\n"
            "The SPV can be a self-help group, co-operative, NGO, producer company, company or "
            "LLP. It needs land near the cluster and a detailed project report (DPR). The "
            "centre must be ready within 2 years."
        ),
        category=Category.ODOP,
        url="https://odopup.in",
        last_checked=CHECKED,
        money={
            "cfc_tier1": 4_00_00_000,
            "cfc_tier2": 8_00_00_000,
            "cfc_tier3": 10_00_00_000,
            "cfc_state_max": 9_00_00_000,
        },
    ),
    Topic(
        "marketing_assistance",
        TopicKind.KNOWLEDGE,
        N_("Fair and exhibition help"),
        # facts.md 1.3 C (GO 22.01.2019, [H]): fair amounts, how to apply. The 2020 amendment
        # GO is scanned and not extracted, so the amounts are hedged ("check at your DIC").
        N_(
            "ODOP marketing help pays part of your cost to sell your district's ODOP product "
            "at fairs and exhibitions:\n"
            "• fairs in UP: 75%% of the stall charge (up to %(stall_india)s), 75%% of freight "
            "(up to %(freight_up)s), and rail or bus fare for 1 person\n"
            "• fairs in other states: stall up to %(stall_india)s, freight up to "
            "%(freight_india)s\n"
            "• fairs abroad: stall up to %(stall_abroad)s, plus freight and travel\n"
            "Amounts are from the 2019 order; check current amounts at your DIC.\n"
            "Next step: apply online on the Directorate of Industries portal within 120 days "
            "after the fair."
        ),
        # facts.md 1.3 C: international limits, eligibility, 3-times rule, hard copy, DBT,
        # e-commerce item (answered in full by odop_online_support)
        more=N_(
            "Fairs abroad: freight up to %(freight_b2b)s (trade fairs) or %(freight_b2c)s "
            "(fairs selling to the public); travel 75%%, up to %(travel_abroad)s.\n"
            "Who can apply: units or artisans with Udyam or another government registration who "
            "make or sell their own district's ODOP product.\n"
            "Help is given at most 3 times a year for each purpose. Give a printed copy of the "
            "online form to your DIC within 15 days. Money comes to your bank by DBT.\n"
            "The scheme also pays 75%% of the cost of starting on one online marketplace, up to "
            "%(online_max)s, if you do not sell online yet."
        ),
        category=Category.ODOP,
        url="https://diupmsme.upsdc.gov.in",
        last_checked=CHECKED,
        money={
            "stall_india": 50_000,
            "freight_up": 7_500,
            "freight_india": 15_000,
            "stall_abroad": 2_00_000,
            "freight_b2b": 25_000,
            "freight_b2c": 50_000,
            "travel_abroad": 75_000,
            "online_max": 10_000,
        },
    ),
    Topic(
        "training_toolkit",
        TopicKind.KNOWLEDGE,
        N_("Training and free toolkit"),
        # facts.md 1.3 D (GO 05.05.2020; details [M] from the portal FAQ and district
        # notices, so the daily amount is "usually"), 5 (application portal)
        N_(
            "The ODOP training and toolkit scheme helps artisans improve their skills:\n"
            "• 10 days of training, with a certificate\n"
            "• usually %(daily_pay)s a day paid to you during the training\n"
            "• a free modern toolkit after the training\n"
            "Who can apply: age 18 or more, living in the district, no toolkit from the "
            "government in the last 2 years, one person per family.\n"
            "Next step: apply online on the Directorate of Industries portal with proof of "
            "your craft, or ask at your District Industries Centre (DIC)."
        ),
        # facts.md 1.3 D: proof of craft, family rule, RPL, no education rule, extra topics
        more=N_(
            "Proof of your craft: an artisan (hastshilpi) card, a weaver card, or a certificate "
            "from the gram pradhan, nagar panchayat chairman or ward member.\n"
            "No school education is needed. Husband and wife count as one family.\n"
            "Artisans who already have the skill can get a skill certificate (RPL) instead.\n"
            "The training usually also covers banking and selling online. Check the daily "
            "amount of %(daily_pay)s at your DIC, as it can change."
        ),
        category=Category.ODOP,
        url="https://diupmsme.upsdc.gov.in",
        last_checked=CHECKED,
        money={"daily_pay": 200},
    ),
    Topic(
        "odop_apply",
        TopicKind.KNOWLEDGE,
        N_("How to apply for ODOP"),
        # facts.md 1.1 (portal, DIC, ODOP Cell), 5 (portals)
        N_(
            "How to apply for ODOP schemes:\n"
            "1. Online: the Directorate of Industries portal has the forms for margin money, "
            "fair help and the training and toolkit scheme.\n"
            "2. In person: your District Industries Centre (DIC) runs the ODOP schemes in "
            "your district and can help you apply.\n"
            "The head office is the ODOP Cell at Niryat Bhawan, Lucknow.\n"
            "Next step: visit your DIC and ask which ODOP scheme fits your work."
        ),
        # facts.md 5: address and email [M]; toll-free number [M] ("verify the number"), so it
        # is given only with "check it on odopup.in"; ombudsman [M] from the portal FAQ
        more=N_(
            "ODOP Cell: Niryat Bhawan, 2nd floor, 8 Cantt Road, Qaiserbagh, Lucknow 226001. "
            "Email (as listed on the portal): odopcell@gmail.com.\n"
            "The portal's FAQ lists a toll-free helpline, 1800-1800-888. Check the number on "
            "odopup.in before you call.\n"
            "Scheme details and district products: odopup.in.\n"
            "If a bank refuses an ODOP loan after the DIC has approved it, you can complain to "
            "the RBI Banking Ombudsman at rbi.org.in."
        ),
        category=Category.ODOP,
        url="https://diupmsme.upsdc.gov.in",
        last_checked=CHECKED,
    ),
)
