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

from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
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
        last_checked=RECHECKED,
        answers={
            # facts.md 1.1, 1.3
            Ask.BENEFITS: N_(
                "ODOP helps people who make their district's ODOP product:\n"
                "• free training and a modern toolkit\n"
                "• a margin money grant on a bank loan to set up or grow a unit\n"
                "• part of the cost of fairs and exhibitions, and of starting to sell "
                "online\n"
                "• shared facility centres (CFC) for craft groups\n"
                "Its aims: keep local crafts alive, create jobs near home, raise quality and "
                "sell more in India and abroad.\n"
                "Next step: ask me about the scheme that fits you."
            ),
            # facts.md 1.1, 1.2, 1.3
            Ask.WHO: N_(
                "ODOP is for people and units that make or sell their own district's ODOP "
                "product. It covers all 75 districts of UP.\n"
                "• Artisans, weavers and small units can use the training, loan and fair "
                "schemes.\n"
                "• Craft groups (SHGs, co-operatives, producer companies) can ask for a "
                "shared facility centre (CFC).\n"
                "• The training and loan schemes ask for no school education.\n"
                "Next step: ask me your district's ODOP product, then the scheme you want."
            ),
            # facts.md 1.1, 1.3, 5
            Ask.HOW: N_(
                "You take part in ODOP through its schemes:\n"
                "1. Find your district's ODOP product: ask me with your district's name.\n"
                "2. Pick a scheme: training and toolkit, margin money loan, fair help, "
                "online-selling help, or a CFC for groups.\n"
                "3. Apply online on diupmsme.upsdc.gov.in, or at your District Industries "
                "Centre (DIC).\n"
                "The ODOP Cell in Lucknow runs the programme, and the DIC runs it in your "
                "district."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "slab1_cost": 2_500_000,
            "slab1_max": 625_000,
            "slab2_cost": 5_000_000,
            "slab3_cost": 15_000_000,
            "slab3_min": 1_000_000,
            "slab4_max": 2_000_000,
        },
        answers={
            # facts.md 1.3 A
            Ask.WHO: N_(
                "You can apply if:\n"
                "• you are 18 or older (no school education needed)\n"
                "• your unit makes your district's own ODOP product\n"
                "• you have not defaulted on any bank or government loan\n"
                "• you have not used another central or UP self-employment scheme before\n"
                "It is given only once per family. You give an affidavit, and a caste or "
                "category certificate where it applies.\n"
                "Next step: talk to your District Industries Centre (DIC)."
            ),
            # facts.md 1.3 A
            Ask.LIMITS: N_(
                "The most you can get is %(slab4_max)s, for a project above %(slab3_cost)s "
                "(10%% of its cost).\n"
                "• Project up to %(slab1_cost)s: 25%%, at most %(slab1_max)s\n"
                "• %(slab1_cost)s to %(slab2_cost)s: %(slab1_max)s or 20%%, whichever is "
                "more\n"
                "• %(slab2_cost)s to %(slab3_cost)s: %(slab3_min)s or 10%%, whichever is "
                "more\n"
                "Project cost: capital cost without land, plus one cycle of working money. "
                "Your own share: 10%% (5%% for special categories)."
            ),
            # facts.md 1.3 A
            Ask.DOCUMENTS: N_(
                "Papers to give with your application:\n"
                "• the application form\n"
                "• an affidavit (a signed sworn statement)\n"
                "• a project report for your unit\n"
                "• a caste or category certificate, if you claim the lower own share (SC, ST, "
                "OBC, minority, divyang)\n"
                "Give them to the Deputy Commissioner (Industries) at your District "
                "Industries Centre (DIC). Ask there if more papers are needed."
            ),
            # facts.md 1.3 A, 1.1
            Ask.HOW: N_(
                "1. Apply at your District Industries Centre (DIC), or online on the "
                "Directorate of Industries portal, with form, affidavit and project report.\n"
                "2. A district task force led by the DM or CDO interviews applicants and "
                "picks them.\n"
                "3. The DIC sends your file to the bank, and the bank decides on the loan.\n"
                "4. New entrepreneurs take at least 1 week of training before the loan is "
                "paid.\n"
                "5. When the bank claims it, the state pays the margin money by DBT."
            ),
            # facts.md 1.3 A
            Ask.TIME: N_(
                "The bank should decide within 1 month of getting your file.\n"
                "• After the task force picks you, the DIC sends your file to the bank within "
                "7 days.\n"
                "• New entrepreneurs take at least 1 week of training before the loan is paid "
                "out.\n"
                "• When the bank claims the margin money, the state pays it by DBT within 7 "
                "days.\n"
                "• It becomes a grant after your unit runs 2 years without default."
            ),
            # facts.md 5, 1.3 A
            Ask.PROBLEM: N_(
                "If the bank refuses your loan after the DIC has approved you, you can "
                "complain to the RBI Banking Ombudsman at rbi.org.in.\n"
                "• Tell your District Industries Centre (DIC) first: it sent your file to the "
                "bank.\n"
                "• The bank should decide within 1 month of getting your file.\n"
                "• Keep copies of your application, the approval and the bank's reply."
            ),
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
        last_checked=RECHECKED,
        money={
            "cfc_tier1": 40_000_000,
            "cfc_tier2": 80_000_000,
            "cfc_tier3": 100_000_000,
            "cfc_state_max": 90_000_000,
        },
        answers={
            # facts.md 1.3 B
            Ask.WHO: N_(
                "A CFC is for a group, not one person: a registered SPV (a legal body of the "
                "group) with at least 20 members.\n"
                "• The SPV can be a self-help group, co-operative, NGO, producer company, "
                "company or LLP.\n"
                "• At least two-thirds of the members work in the district's ODOP product.\n"
                "• No member holds more than 10%% of the shares.\n"
                "• A State Government representative is part of its set-up.\n"
                "Next step: gather your cluster's artisans and talk to your DIC."
            ),
            # facts.md 1.3 B
            Ask.LIMITS: N_(
                "For a project up to %(cfc_tier1)s, the state pays up to 90%% and your group "
                "at least 10%%.\n"
                "• %(cfc_tier1)s to %(cfc_tier2)s: the group pays at least 20%%\n"
                "• %(cfc_tier2)s to %(cfc_tier3)s: the group pays at least 30%%\n"
                "• above %(cfc_tier3)s: needs High Level Committee approval; the state pays "
                "at most 60%% or %(cfc_state_max)s, whichever is less\n"
                "Running costs are not paid. These are the current rules; check them at your "
                "DIC."
            ),
            # facts.md 1.3 B
            Ask.DOCUMENTS: N_(
                "Main papers for a CFC:\n"
                "• an Expression of Interest (EOI) to your District Industries Centre (DIC)\n"
                "• the SPV's registration papers\n"
                "• land papers: your own land, or a lease of at least 25 years in a "
                "government industrial area near the cluster\n"
                "• a detailed project report (DPR) with 3 price quotations\n"
                "Your DIC can tell you the exact formats."
            ),
            # facts.md 1.3 B
            Ask.HOW: N_(
                "Steps for a CFC:\n"
                "1. Send an EOI to your DIC.\n"
                "2. A district committee and then the ODOP Cell check it.\n"
                "3. The state committee (SLSC) gives approval in principle.\n"
                "4. Register the SPV and arrange land near the cluster.\n"
                "5. Make a DPR with 3 quotations; it is checked (appraised) and then "
                "sanctioned.\n"
                "6. Money is released in parts as the work goes on.\n"
                "Next step: talk to your DIC before you form the SPV."
            ),
            # facts.md 1.3 B
            Ask.TIME: N_(
                "The CFC must be completed within 2 years.\n"
                "• Registering the SPV usually takes 20 to 30 days.\n"
                "• Money comes in 3 parts (40%%, 30%%, 30%%); each next part comes after 75%% "
                "of the last one is used.\n"
                "• Once it runs, the SPV must use at least 60%% of the centre's capacity.\n"
                "Next step: send the EOI to your DIC early."
            ),
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
        last_checked=RECHECKED,
        money={
            "stall_india": 50_000,
            "freight_up": 7_500,
            "freight_india": 15_000,
            "stall_abroad": 200_000,
            "freight_b2b": 25_000,
            "freight_b2c": 50_000,
            "travel_abroad": 75_000,
            "online_max": 10_000,
        },
        answers={
            # facts.md 1.3 C
            Ask.WHO: N_(
                "You can apply if you make or sell your own district's ODOP product and hold "
                "an ID or registration from a central or state department, such as Udyam or "
                "Udyog Aadhaar.\n"
                "• Both single artisans and units can apply.\n"
                "• The help is for fairs and exhibitions in UP, in other states and abroad.\n"
                "Next step: keep your Udyam or other ID ready and ask your DIC about coming "
                "fairs."
            ),
            # facts.md 1.3 C
            Ask.LIMITS: N_(
                "You get 75%% of the stall charge: up to %(stall_india)s for fairs in India, "
                "up to %(stall_abroad)s abroad.\n"
                "• Freight: up to %(freight_up)s (UP), %(freight_india)s (other states), "
                "%(freight_b2b)s or %(freight_b2c)s (abroad)\n"
                "• Travel abroad: up to %(travel_abroad)s\n"
                "• At most 3 times a year for each purpose, counting similar schemes; no "
                "double help for one fair\n"
                "Figures are from the 2019 order; check current ones at your DIC."
            ),
            # facts.md 1.3 C
            Ask.DOCUMENTS: N_(
                "Keep these ready for your claim:\n"
                "• your ID, Udyam or other registration\n"
                "• receipts for the stall, freight and travel you claim\n"
                "• bank proof of each payment: cash is not accepted, except offline bus or "
                "rail tickets\n"
                "• a printed copy of your online form, for the DIC within 15 days\n"
                "Ask your DIC for the full list before the fair."
            ),
            # facts.md 1.3 C, 1.1
            Ask.HOW: N_(
                "1. Take part in the fair, and pay the stall, freight and travel through the "
                "bank (not cash).\n"
                "2. Apply online on the Directorate of Industries portal within 120 days.\n"
                "3. Give a printed copy to your District Industries Centre (DIC) within 15 "
                "days.\n"
                "4. A district committee approves the claim.\n"
                "5. The money comes to your bank by DBT, first come first served, while the "
                "budget lasts."
            ),
            # facts.md 1.3 C
            Ask.TIME: N_(
                "Apply within 120 days after the fair. The month of the fair is not "
                "counted.\n"
                "• Then give a printed copy of the form to your DIC within 15 days.\n"
                "• There is no fixed payment date: claims are paid first come first served, "
                "while the budget lasts.\n"
                "Next step: apply soon after the fair, so you are early in the queue."
            ),
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
        last_checked=RECHECKED,
        money={
            "daily_pay": 200,
        },
        answers={
            # facts.md 1.3 D
            Ask.WHO: N_(
                "You can apply if:\n"
                "• you are 18 or older (no school education needed)\n"
                "• you live in the district\n"
                "• you got no toolkit from the central or state government in the last 2 "
                "years\n"
                "• no one else in your family got it (husband and wife count as one family)\n"
                "New artisans get the training; skilled artisans can get a skill certificate "
                "(RPL) instead."
            ),
            # facts.md 1.3 D
            Ask.DOCUMENTS: N_(
                "You need proof that you work in the craft, one of these:\n"
                "• an artisan (hastshilpi) card\n"
                "• a weaver card\n"
                "• a certificate from your gram pradhan, nagar panchayat chairman or ward "
                "member\n"
                "The online form lists any other papers. Your District Industries Centre "
                "(DIC) can help."
            ),
            # facts.md 1.3 D, 5
            Ask.HOW: N_(
                "1. Apply online on the Directorate of Industries portal, or on "
                "msme.up.gov.in.\n"
                "2. Add proof of your craft, such as an artisan or weaver card.\n"
                "3. Do the 10-day training; skilled artisans can get an RPL skill certificate "
                "instead.\n"
                "4. Get your free toolkit after the training.\n"
                "Need help with the form? Ask your District Industries Centre (DIC)."
            ),
            # facts.md 1.3 D
            Ask.TIME: N_(
                "The training lasts 10 days, and you get the toolkit after it.\n"
                "• You are usually paid %(daily_pay)s a day during the training.\n"
                "• Skilled artisans can get a skill certificate (RPL) instead of the full "
                "training.\n"
                "• If you got a government toolkit in the last 2 years, wait until 2 years "
                "have passed."
            ),
            # facts.md 1.3 D
            Ask.COST: N_(
                "Free. The toolkit costs you nothing, and our sources mention no fee for the "
                "training.\n"
                "• You are usually paid %(daily_pay)s a day while you train.\n"
                "• The daily amount can change, so check it at your District Industries "
                "Centre (DIC)."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 1.3
            Ask.WHO: N_(
                "Who can apply depends on the scheme:\n"
                "• training and toolkit: age 18 or more, living in the district, one per "
                "family\n"
                "• margin money loan: age 18 or more, a unit of the district's ODOP product, "
                "once per family, no bank default\n"
                "• fair and online-selling help: makers or sellers of the district's ODOP "
                "product with Udyam or another registration\n"
                "• CFC: a registered group of at least 20 members\n"
                "Next step: ask your DIC which scheme fits you."
            ),
            # facts.md 1.3
            Ask.DOCUMENTS: N_(
                "The papers depend on the scheme:\n"
                "• margin money loan: form, affidavit, project report, and a caste or "
                "category certificate if it applies\n"
                "• training and toolkit: proof of your craft, such as an artisan or weaver "
                "card\n"
                "• fair and online-selling help: bills, bank proof of payment, and your ID or "
                "Udyam registration\n"
                "• CFC: EOI, SPV registration, land papers and a DPR\n"
                "Your DIC can check your file before you submit it."
            ),
            # facts.md 1.3
            Ask.TIME: N_(
                "It depends on the scheme:\n"
                "• fair and online-selling help: apply within 120 days, and give the printed "
                "form to the DIC within 15 days\n"
                "• margin money loan: the bank should decide within 1 month of getting your "
                "file\n"
                "• training: 10 days, with the toolkit after it\n"
                "• CFC: to be completed within 2 years\n"
                "For your own application, ask your DIC."
            ),
            # facts.md 1.1, 5
            Ask.CONTACT: N_(
                "Your first stop is your District Industries Centre (DIC), led by the Deputy "
                "Commissioner (Industries).\n"
                "• Head office: ODOP Cell, Niryat Bhawan, 2nd floor, 8 Cantt Road, "
                "Qaiserbagh, Lucknow 226001\n"
                "• Email (as listed on the portal): odopcell@gmail.com\n"
                "• The portal FAQ lists a toll-free number, 1800-1800-888; check it on "
                "odopup.in before you call."
            ),
            # facts.md 5, 1.1
            Ask.PROBLEM: N_(
                "For a problem with an ODOP application, ask your District Industries Centre "
                "(DIC) first: it runs the schemes in your district.\n"
                "• If the DIC cannot help, write to the ODOP Cell in Lucknow: "
                "odopcell@gmail.com.\n"
                "• If a bank refuses an ODOP loan after the DIC approved it, complain to the "
                "RBI Banking Ombudsman at rbi.org.in.\n"
                "Keep copies of your form and all receipts."
            ),
        },
    ),
)
