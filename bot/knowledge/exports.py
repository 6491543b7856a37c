"""Exports: first steps, IEC, RCMC, RoDTEP, EPCG, MAI, export hubs, postal exports, EPB UP, GI.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments), in our
own words; [L] facts there are hedged or left out. Each text is a gettext message id (`locales/`
has the Hindi and Latin-Hindi versions). Keep an answer under about 560 characters: the title,
the link line and the "last checked" line must fit with it in 700.
"""

from __future__ import annotations

from bot.knowledge.model import CHECKED, Category, Topic, TopicKind
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "export_first_steps",
        TopicKind.KNOWLEDGE,
        N_("Export first steps"),
        # facts.md 3 (overview), 3.1 (IEC), 3.2 (RCMC and councils), 3.5 (MAI), 3.8 (EPB UP).
        # The AD code is only named in 3.7 (DNK KYC), so it is kept general: "ask your bank".
        N_(
            "First steps to start exporting:\n"
            "1. Get an IEC (Importer-Exporter Code) from DGFT on dgft.gov.in with your PAN.\n"
            "2. Join your export promotion council and get an RCMC: EPCH for handicrafts, "
            "CEPC for carpets and durries.\n"
            "3. Ask your bank for an AD code for your export shipments.\n"
            "4. Find buyers: trade fairs through your council (MAI scheme) and fair support "
            "from UP's Export Promotion Bureau (EPB).\n"
            "Start today: apply for your IEC on dgft.gov.in."
        ),
        # facts.md 3.7 (DNK needs IEC + GSTIN), 3.6 (DEH, DIC), 3.3 (RoDTEP on the shipping
        # bill), 3.2 (FIEO), 3.9 (authorised users: [M], so "ask")
        more=N_(
            "More help for new exporters:\n"
            "• Small parcels: send them by post through a Dak Ghar Niryat Kendra. You need "
            "IEC and GSTIN.\n"
            "• No council for your products, or many products? FIEO gives the RCMC.\n"
            "• Ask your District Industries Centre (DIC) if your product is in the district's "
            "export plan.\n"
            "• When you export, claim RoDTEP on the shipping bill.\n"
            "• If your craft has a GI tag, ask how to become an authorised user."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "iec_code",
        TopicKind.KNOWLEDGE,
        N_("IEC for export"),
        # facts.md 3.1 (third-party guides agree: [M/H]; fake-site warning from DGFT: [H]). The
        # ₹500 is for a new IEC only; the yearly update and corrections cost nothing.
        # No `more` on purpose: tests/test_assistant.py uses "more:iec_code" as stale data.
        N_(
            "To export, you need an IEC (Importer-Exporter Code).\n"
            "Apply online at dgft.gov.in with your PAN. A new IEC costs %(iec_fee)s (updating it "
            "is free), and the code "
            "usually comes within 1 working day. Your IEC number is the same as your PAN.\n"
            "Keep ready: PAN, Aadhaar (for a proprietor), a cancelled cheque and proof of your "
            "business address. A company or LLP also needs a digital signature (DSC).\n"
            "Update it online every year between April and June (free), or it stops working.\n"
            "Use only dgft.gov.in: fake IEC websites exist."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
        money={"iec_fee": 500},
    ),
    Topic(
        "rcmc_registration",
        TopicKind.KNOWLEDGE,
        N_("RCMC registration"),
        # facts.md 3.2 [M]; fee payment and renewal on DGFT is CEPC's own page [H], so it is
        # said for councils "such as CEPC". EPCH fees are outdated [L]: left out.
        N_(
            "RCMC means Registration-cum-Membership Certificate. Your export promotion council "
            "gives it. You need it to claim export benefits under the Foreign Trade Policy.\n"
            "Which council:\n"
            "• Handicrafts (metal, wood, chikan, glass items): EPCH\n"
            "• Hand-made carpets and durries: CEPC\n"
            "• Many products, or no council: FIEO\n"
            "An RCMC is valid for 5 years. Councils such as CEPC take the fee and renewal only "
            "through dgft.gov.in.\n"
            "Next step: apply for the RCMC on dgft.gov.in."
        ),
        # facts.md 3.2: CEPC 2024-25 annual subscription [H] (fees change: "check");
        # AEPC / CLE are [M/L], so "usually".
        more=N_(
            "Fees depend on the council and change. CEPC's yearly fee for 2024-25, plus GST, "
            "by your exports:\n"
            "• up to %(cepc_slab1)s: %(cepc_fee1)s\n"
            "• up to %(cepc_slab2)s: %(cepc_fee2)s\n"
            "• up to %(cepc_slab3)s: %(cepc_fee3)s\n"
            "• above that: %(cepc_fee4)s\n"
            "Check the current fee with your council.\n"
            "Garments usually go to AEPC and leather to CLE. You register as a merchant "
            "exporter or a manufacturer exporter."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
        money={
            "cepc_slab1": 50_00_000,
            "cepc_fee1": 2_000,
            "cepc_slab2": 1_00_00_000,
            "cepc_fee2": 3_000,
            "cepc_slab3": 10_00_00_000,
            "cepc_fee3": 5_000,
            "cepc_fee4": 10_000,
        },
    ),
    Topic(
        "rodtep_scheme",
        TopicKind.KNOWLEDGE,
        N_("RoDTEP export benefit"),
        # facts.md 3.3 [H/M]; the rate range is approximate and rates change: "about", "check"
        N_(
            "RoDTEP gives back taxes hidden in your export cost, like VAT on fuel, mandi tax "
            "and electricity duty.\n"
            "• You get a small share of the FOB value of your export: about 0.5% to 4.3%, "
            "by product. Rates can change.\n"
            "• It comes as an e-scrip in your ICEGATE (customs) account. Use it to pay customs "
            "duty, or sell it to an importer.\n"
            "• It depends on your export payment reaching you.\n"
            "Next step: register on ICEGATE and claim RoDTEP on every shipping bill."
        ),
        # facts.md 3.3 (start date, MEIS, Appendix 4R caps, postal exports from 15 Jan 2026 [H])
        more=N_(
            "RoDTEP covers exports from 1 January 2021. It replaced the MEIS scheme.\n"
            "The rate for each product, and the value caps for some products, are in "
            "Appendix 4R of the Foreign Trade Policy on dgft.gov.in. Check your product there "
            "before you price your order.\n"
            "From 15 January 2026, RoDTEP and duty drawback can also be claimed on exports "
            "sent by post (Dak Ghar Niryat Kendra)."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "epcg_scheme",
        TopicKind.KNOWLEDGE,
        N_("EPCG machinery scheme"),
        # facts.md 3.4 [M]; the example only multiplies the 6x rule. Changes under FTP 2023
        # are [L], so the answer says to check the current rules.
        N_(
            "EPCG lets you import machines, tools, spares and moulds for export production "
            "at zero customs duty.\n"
            "The condition: you must export goods worth 6 times the duty you saved, within "
            "6 years.\n"
            "Example: if you save %(epcg_duty)s in duty, you must export goods worth "
            "%(epcg_exports)s within 6 years.\n"
            "You need an IEC first. Rules can change, so check them on dgft.gov.in.\n"
            "Next step: apply for an EPCG authorisation on dgft.gov.in."
        ),
        # facts.md 3.4 (GST exemption; FTP 2015-20 block rule and 18 months, marked as old)
        more=N_(
            "For exports of physical goods, IGST and compensation cess are also not charged on "
            "these imports.\n"
            "Under the older policy (2015-20), the export target was met in blocks, and the "
            "machines had to be imported within 18 months. The Foreign Trade Policy 2023 "
            "continues EPCG: ask DGFT or your council for the current conditions before you "
            "buy."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
        money={"epcg_duty": 1_00_000, "epcg_exports": 6_00_000},
    ),
    Topic(
        "market_access_initiative",
        TopicKind.KNOWLEDGE,
        N_("MAI fair support"),
        # facts.md 3.5 [M/H]. The 2021 scheme was set to end on 31 Mar 2026 (before CHECKED),
        # so the answer asks the user to check if it continues. url: RCMC on DGFT is the step.
        N_(
            "MAI (Market Access Initiative) is a Commerce Ministry scheme that helps exporters "
            "meet foreign buyers.\n"
            "You get it through your export promotion council: its trade fairs and "
            "buyer-seller meets abroad.\n"
            "You can get MAI help for the same fair up to 3 times, or 5 times for women, SC/ST "
            "and smaller exporters.\n"
            "The 2021 scheme was set to run until 31 March 2026: ask your council if it "
            "continues.\n"
            "Next step: get an RCMC (EPCH for handicrafts, CEPC for carpets) and ask for its "
            "fair list."
        ),
        # facts.md 3.5 (who applies directly; the 5-times rule limit in rupees)
        more=N_(
            "Smaller exporters here means exports (FOB) up to %(mai_fob_limit)s.\n"
            "Who can apply directly: export promotion councils, trade bodies, commodity "
            "boards, recognised artisan clusters and national institutions. A single exporter "
            "can apply only for rules abroad, like product registration or testing.\n"
            "UP exporters can also get fair support from the Export Promotion Bureau, UP."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=CHECKED,
        money={"mai_fob_limit": 50_00_00_000},
    ),
    Topic(
        "districts_export_hubs",
        TopicKind.KNOWLEDGE,
        N_("District export hubs"),
        # facts.md 3.6 [H]
        N_(
            "Districts as Export Hubs is a central government plan to grow exports from every "
            "district.\n"
            "• Each district picks products that can be exported and makes a District Export "
            "Action Plan.\n"
            "• A District Export Promotion Committee runs it. The DM leads it with the DGFT "
            "regional office. The General Manager of your District Industries Centre (DIC) "
            "is its convener.\n"
            "• It works to remove problems and link local makers with buyers.\n"
            "Next step: ask your DIC if your product is in your district's plan."
        ),
        # facts.md 3.6 (history, FTP 2023 chapter 3, members, July 2025 status)
        more=N_(
            "It was announced in 2019 and is now in Chapter 3 of the Foreign Trade Policy "
            "2023. The Lead Bank Manager and export council staff also sit on the committee.\n"
            "By July 2025, all states had these committees. Draft plans were ready for 590 "
            "districts, and 249 plans were notified. Read your district's plan on the Export "
            "Hubs portal."
        ),
        category=Category.EXPORTS,
        url="https://exporthubs.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "dak_ghar_niryat",
        TopicKind.KNOWLEDGE,
        N_("Export by post (DNK)"),
        # facts.md 3.7 (SOP 2022 and customs pages [H]), 3.3 (postal RoDTEP from 15 Jan 2026 [H])
        N_(
            "A Dak Ghar Niryat Kendra (DNK) lets you export small parcels through India Post.\n"
            "1. Register on dnk.cept.gov.in.\n"
            "2. Complete KYC: IEC and GSTIN are required (AD code and LUT if they apply).\n"
            "3. File the Postal Bill of Export online: PBE-III for e-commerce orders, PBE-IV "
            "for other exports.\n"
            "4. Book the parcel at a DNK. Customs clearance is online.\n"
            "From 15 January 2026, exports by post can also claim RoDTEP and duty drawback."
        ),
        # facts.md 3.7 (CN-22/CN-23 for personal parcels; hub-and-spoke, 1,000+ DNKs)
        more=N_(
            "There are more than 1,000 DNKs, in a hub-and-spoke model since December 2022.\n"
            "Gifts and personal parcels that are not for sale use the customs forms CN-22 or "
            "CN-23 and do not need an IEC. Goods you sell need IEC and GSTIN."
        ),
        category=Category.EXPORTS,
        url="https://dnk.cept.gov.in/customers.web/",
        last_checked=CHECKED,
    ),
    Topic(
        "epb_up_support",
        TopicKind.KNOWLEDGE,
        N_("UP export bureau (EPB)"),
        # facts.md 3.8, EPB UP MDA table [H]
        N_(
            "UP's Export Promotion Bureau (EPB) helps MSME exporters registered with it:\n"
            "• Fair abroad: 60%% of the stall charge, up to %(epb_stall_abroad)s, and 50%% "
            "of economy airfare, up to %(epb_air_abroad)s, for one person. Up to 3 fairs a "
            "year.\n"
            "• Big fair in India: 60%% of the stall charge, up to %(epb_stall_india)s, and "
            "50%% of the fare, up to %(epb_fare_india)s.\n"
            "• Online fair: 60%% of costs, up to %(epb_virtual_fair)s a fair.\n"
            "Next step: register with EPB on epbupindia.in and read its MDA page."
        ),
        # facts.md 3.8: UP Export Promotion Policy 2025-30 freight and ECGC items are [M]
        # (news reports of the Nov 2025 GOs), so "announced" and "check"; the drafts
        # reported earlier are [L]: left out.
        more=N_(
            "UP Export Promotion Policy 2025-30, announced in Nov 2025 (check the final terms "
            "on epbupindia.in):\n"
            "• Air freight: 30%% of freight or %(air_per_kg)s per kg, whichever is less, up to "
            "%(air_max_year)s per exporter a year. Apply within 180 days of export.\n"
            "• Sea freight to the port: %(box_20ft)s per 20-ft container, %(box_40ft)s per "
            "40-ft, or 30%% of freight, whichever is less.\n"
            "• ECGC export insurance: 30%% of the premium, up to %(ecgc_max)s."
        ),
        category=Category.EXPORTS,
        url="https://epbupindia.in",
        last_checked=CHECKED,
        money={
            "epb_stall_abroad": 2_00_000,
            "epb_air_abroad": 1_00_000,
            "epb_stall_india": 50_000,
            "epb_fare_india": 25_000,
            "epb_virtual_fair": 25_000,
            "air_per_kg": 150,
            "air_max_year": 10_00_000,
            "box_20ft": 20_000,
            "box_40ft": 40_000,
            "ecgc_max": 5_00_000,
        },
    ),
    Topic(
        "gi_tag",
        TopicKind.KNOWLEDGE,
        N_("GI tag"),
        # facts.md 3.9: the count [M/H], Banaras Brocades and Sarees [H], authorised users [M]
        # (background advice, so "ask"). Registration years of older GIs are [L]: left out.
        N_(
            "A GI (Geographical Indication) tag shows that a product comes from a special "
            "place. UP has the most GI tags of any state: 77 as of April 2025.\n"
            "Only genuine makers from the GI area may use a GI name. Example: "
            "“Banaras Brocades and Sarees” got its GI in 2009. Sarees made outside its "
            "6 districts cannot be sold under this name.\n"
            "Register as an authorised user of the GI for your craft.\n"
            "Next step: ask your District Industries Centre (DIC) or the ODOP Cell how to "
            "apply."
        ),
        # facts.md 3.9 (2023 and Apr 2024 lists [H]; validity and registry [H])
        more=N_(
            "Some new UP GI tags:\n"
            "• 2023: Amroha dholak, Mahoba Gaura stone craft, Mainpuri tarkashi, Sambhal horn "
            "craft, Baghpat home furnishings, Barabanki handloom, Kalpi handmade paper\n"
            "• 2024: Banaras metal casting, Tharu embroidery of Lakhimpur Kheri, Bareilly "
            "zardozi, Bareilly cane and bamboo craft, Pilkhuwa hand block print\n"
            "A GI is valid for 10 years and can be renewed. It is registered with the GI "
            "Registry in Chennai."
        ),
        category=Category.EXPORTS,
        url="https://ipindia.gov.in",
        last_checked=CHECKED,
    ),
)
