"""Exports: first steps, IEC, RCMC, RoDTEP, EPCG, MAI, export hubs, postal exports, EPB UP, GI.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments), in our
own words; [L] facts there are hedged or left out. Each text is a gettext message id (`locales/`
has the Hindi and Latin-Hindi versions). Keep an answer under about 560 characters: the title,
the link line and the "last checked" line must fit with it in 700.
"""

from __future__ import annotations

from bot.knowledge.amounts import EPB_FAIRS
from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
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
        last_checked=RECHECKED,
        money={
            "courier_old_cap": 1_000_000,
            "csb4_limit": 25_000,
        },
        answers={
            # facts.md 16, 3.7
            Ask.HOW: N_(
                "Your first shipment, step by step:\n"
                "1. Once: IEC, your bank's AD code registered at the port or with your "
                "courier, and an LUT on the GST portal (every year).\n"
                "2. Make the commercial invoice and packing list.\n"
                "3. Pick a route: courier (on a CSB-V courier shipping bill), post (Dak Ghar "
                "Niryat Kendra), or cargo (a customs broker files the shipping bill).\n"
                "4. When the buyer pays, make the e-BRC on the DGFT portal."
            ),
            # facts.md 16
            Ask.DOCUMENTS: N_(
                "Keep these ready:\n"
                "• Once: IEC, GSTIN, an LUT and your bank's AD code.\n"
                "• Each shipment: commercial invoice, packing list and a shipping bill.\n"
                "• By courier: the courier shipping bill (CSB-V) needs your IEC, GSTIN, HS "
                "codes, invoice value, IGST/LUT status and AD code. Samples and gifts go on "
                "CSB-IV.\n"
                "• By post: the Postal Bill of Export (PBE) at a Dak Ghar Niryat Kendra."
            ),
            # facts.md 16
            Ask.LIMITS: N_(
                "No value limit for courier exports since 1 April 2026. The old cap of "
                "%(courier_old_cap)s per consignment was removed.\n"
                "• Your courier company can still set its own lower limits on value or "
                "weight.\n"
                "• Samples and gifts on CSB-IV: one guide says up to %(csb4_limit)s; check "
                "with your courier.\n"
                "Blogs that still quote a courier cap are out of date."
            ),
            # facts.md 16
            Ask.PROBLEM: N_(
                "Courier parcel rejected, or must it come back? In 2026 CBIC (the customs "
                'board) brought in a return and reject module and a "Return to Origin" '
                "route for courier parcels. Ask your courier to use it.\n"
                "For a parcel sent by post, ask your Dak Ghar Niryat Kendra. For a buyer who "
                "has not paid, ask about export payment and ECGC insurance."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "iec_fee": 500,
        },
        answers={
            # facts.md 3.1, 3.7
            Ask.WHO: N_(
                "You need an IEC if you export or import goods for business, and one IEC "
                "covers both: no second code for import.\n"
                "• One PAN gets one IEC, and the IEC number is your PAN.\n"
                "• Gifts or personal parcels sent by post, not for sale, do not need an "
                "IEC.\n"
                "Next step: apply on dgft.gov.in with your PAN."
            ),
            # facts.md 3.1
            Ask.COST: N_(
                "%(iec_fee)s, only for a new IEC. You pay it online on dgft.gov.in.\n"
                "• The yearly update is free.\n"
                "• Correcting or changing your details later is also free.\n"
                "Some fake websites ask for more money. Pay only on dgft.gov.in."
            ),
            # facts.md 3.1
            Ask.DOCUMENTS: N_(
                "You need PAN, Aadhaar (for a proprietor), bank proof and proof of your "
                "business address.\n"
                "• Bank proof: a cancelled cheque or a certificate from your bank.\n"
                "• Address proof: for the place you run your business from.\n"
                "A company or LLP also needs a digital signature (DSC) to sign online.\n"
                "Scan them before you start on dgft.gov.in."
            ),
            # facts.md 3.1, 5
            Ask.TIME: N_(
                "Usually right away, or within about 1 working day after you apply and pay on "
                "dgft.gov.in.\n"
                "Keep your PAN, Aadhaar, bank proof and address proof scanned and ready, so "
                "the form goes quickly.\n"
                "No IEC after a day or two? Ask the DGFT Helpdesk on dgft.gov.in (under "
                "Services)."
            ),
            # facts.md 3.1
            Ask.VALIDITY: N_(
                "Your IEC is valid for life, but you must update it online every year.\n"
                "• Do the update on dgft.gov.in between April and June.\n"
                "• The update is free.\n"
                "• If you miss it, your IEC is deactivated and you cannot use it to export.\n"
                "Next step: set a reminder for April every year."
            ),
            # facts.md 3.1
            Ask.CHANGE: N_(
                "Yes, you can update your IEC details online on dgft.gov.in, free of cost. "
                "Only a new IEC costs %(iec_fee)s.\n"
                "• Correct your address, bank or contact details there.\n"
                "• Your IEC number stays the same as your PAN.\n"
                "• A new firm or company with its own PAN needs its own IEC.\n"
                "Check your details again in the yearly update (April to June)."
            ),
            # facts.md 3.1, 5
            Ask.PROBLEM: N_(
                "If your IEC stopped working, the usual reason is a missed yearly update (due "
                "April to June).\n"
                "1. Log in on dgft.gov.in and complete the pending update. It is free.\n"
                "2. Still blocked? Ask the DGFT Helpdesk (under Services on dgft.gov.in).\n"
                "Beware of fake sites and emails that offer IEC help for money: DGFT has "
                "warned about them."
            ),
            # facts.md 3.1
            Ask.HOW: N_(
                "Apply online on dgft.gov.in with your PAN.\n"
                "1. Open dgft.gov.in. Use only this site: fake ones exist.\n"
                "2. Choose to apply for an IEC and fill in your PAN and business details.\n"
                "3. Upload your papers: PAN, Aadhaar, cancelled cheque, address proof.\n"
                "4. Pay %(iec_fee)s online.\n"
                "The IEC usually comes within 1 working day."
            ),
            # facts.md 5, 3.1, 3.8
            Ask.CONTACT: N_(
                "Ask the DGFT Helpdesk Service. It is under Services on dgft.gov.in.\n"
                "• Write your question there with your IEC (your PAN) and a screenshot of the "
                "problem.\n"
                "• Do not trust calls or emails that sell IEC services: DGFT has warned about "
                "fakes.\n"
                "For general export help in UP, the Export Promotion Bureau (epbupindia.in) "
                "also guides exporters."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "cepc_slab1": 5_000_000,
            "cepc_fee1": 2_000,
            "cepc_slab2": 10_000_000,
            "cepc_fee2": 3_000,
            "cepc_slab3": 100_000_000,
            "cepc_fee3": 5_000,
            "cepc_fee4": 10_000,
        },
        answers={
            # facts.md 3.2
            Ask.WHO: N_(
                "Exporters who want export benefits under the Foreign Trade Policy need an "
                "RCMC. It is also needed to export or import restricted items.\n"
                "• Join the council for your main product: EPCH for handicrafts, CEPC for "
                "hand-made carpets and durries.\n"
                "• Many products, or no council for yours: FIEO.\n"
                "You join as a merchant exporter (you buy and export) or a manufacturer "
                "exporter (you make and export)."
            ),
            # facts.md 3.2
            Ask.HOW: N_(
                "Apply to your export promotion council through dgft.gov.in.\n"
                "1. Pick the council for your main product: EPCH (handicrafts), CEPC (carpets "
                "and durries), or FIEO for many products.\n"
                "2. Choose merchant exporter or manufacturer exporter.\n"
                "3. Apply and pay the council's fee on dgft.gov.in.\n"
                "The council then gives you the RCMC. Renewal is also done on dgft.gov.in."
            ),
            # facts.md 3.2
            Ask.COST: N_(
                "It depends on the council and on how much you export. Example: CEPC's yearly "
                "fee for 2024-25 is %(cepc_fee1)s plus GST for exports up to %(cepc_slab1)s, "
                "rising to %(cepc_fee4)s above %(cepc_slab3)s.\n"
                "• CEPC takes the fee only through dgft.gov.in.\n"
                "• EPCH's old published fees are out of date: ask EPCH for today's fee.\n"
                "Check the current fee with your council before you apply."
            ),
            # facts.md 3.2
            Ask.VALIDITY: N_(
                "5 years. An RCMC counts from 1 April of the year it is issued and ends on 31 "
                "March, 5 years later.\n"
                "• Renew it on dgft.gov.in before it ends.\n"
                "• Some councils, like CEPC, also take a yearly membership fee.\n"
                "Next step: note your RCMC's end date and renew in time."
            ),
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
            "• You get a small share of the FOB value of your export: about 0.5%% to 4.3%%, "
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
        last_checked=RECHECKED,
        answers={
            # facts.md 3.3, 3.1
            Ask.WHO: N_(
                "Exporters of goods get RoDTEP, if their product has a RoDTEP rate.\n"
                "• Check your product's rate in Appendix 4R on dgft.gov.in.\n"
                "• You need an IEC and a login on ICEGATE, the customs department's online "
                "portal.\n"
                "• Since 15 January 2026, exports sent by post can claim it too.\n"
                "Next step: look up your product in Appendix 4R."
            ),
            # facts.md 3.3
            Ask.COST: N_(
                "About 0.5%% to 4.3%% of the FOB value, by product. FOB value is the price of "
                "your goods loaded at the Indian port, without the freight and insurance to "
                "the buyer.\n"
                "• Some products also have a maximum amount (a cap).\n"
                "• Rates are listed by product code in Appendix 4R on dgft.gov.in, and they "
                "can change.\n"
                "Check your rate before you quote a price to the buyer."
            ),
            # facts.md 3.3
            Ask.TIME: N_(
                "RoDTEP has covered exports since 1 January 2021. Its rules came out on 17 "
                "August 2021, and it replaced the MEIS scheme.\n"
                "• From 15 January 2026, it also covers exports sent by post.\n"
                "• The benefit depends on your export payment reaching you.\n"
                "Watch for the credit in your ICEGATE (customs portal) account after each "
                "export."
            ),
            # facts.md 3.3
            Ask.HOW: N_(
                "Claim it on the shipping bill of every export.\n"
                "1. Register on ICEGATE, the customs department's online portal.\n"
                "2. On the shipping bill (the customs paper for your export), mark the RoDTEP "
                "claim.\n"
                "3. The credit comes as an e-scrip: an online credit note in your ICEGATE "
                "account.\n"
                "4. Use the e-scrip to pay basic customs duty on imports, or sell it to an "
                "importer."
            ),
            # facts.md 3.3
            Ask.PROBLEM: N_(
                "No RoDTEP credit? Check these 3 things:\n"
                "• Was the RoDTEP claim marked on the shipping bill? It must be.\n"
                "• Are you registered on ICEGATE, the customs portal?\n"
                "• Has the buyer's payment reached you? RoDTEP depends on it.\n"
                "The credit shows in your ICEGATE account; rates and rules are on "
                "dgft.gov.in."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "epcg_duty": 100_000,
            "epcg_exports": 600_000,
        },
        answers={
            # facts.md 3.4, 3.1
            Ask.WHO: N_(
                "Exporters who import machines, tools, spares or moulds to make goods for "
                "export.\n"
                "• You must be able to export 6 times the duty you save, within 6 years.\n"
                "• You need an IEC to import and export.\n"
                "The exact conditions are set by DGFT under the Foreign Trade Policy 2023. "
                "Check them on dgft.gov.in before you order a machine."
            ),
            # facts.md 3.4
            Ask.BENEFITS: N_(
                "You pay no customs duty on machines, tools, spares and moulds imported for "
                "export production.\n"
                "• For exports of physical goods, IGST and compensation cess are also not "
                "charged on these imports.\n"
                "• So the machine costs you much less.\n"
                "In return you must meet an export target. Read the conditions on "
                "dgft.gov.in."
            ),
            # facts.md 3.4
            Ask.LIMITS: N_(
                "You must export 6 times the duty you saved, within 6 years of getting the "
                "authorisation.\n"
                "Example: %(epcg_duty)s of duty saved means exports worth %(epcg_exports)s in "
                "6 years.\n"
                "• Under the older 2015-20 policy, the target was met in blocks, and the "
                "machines had to come within 18 months.\n"
                "Ask DGFT or your export council for today's rules before you buy."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "mai_fob_limit": 500_000_000,
        },
        answers={
            # facts.md 3.5
            Ask.WHO: N_(
                "Export promotion councils, trade bodies, commodity boards, recognised "
                "artisan clusters and national institutions apply for MAI directly.\n"
                "• A single exporter can apply only for rules abroad, such as product "
                "registration or testing there.\n"
                "• Small exporters get the help by joining their council's fairs and "
                "buyer-seller meets.\n"
                "Next step: become a member of your council (EPCH for handicrafts, CEPC for "
                "carpets)."
            ),
            # facts.md 3.5
            Ask.BENEFITS: N_(
                "MAI helps you meet foreign buyers: with it, your council takes exporters to "
                "trade fairs and buyer-seller meets abroad.\n"
                "• You can get it for the same fair up to 3 times; 5 times for women, SC/ST "
                "exporters and those with exports up to %(mai_fob_limit)s (FOB: value at the "
                "Indian port).\n"
                "• It works on chosen (focus) products for chosen (focus) countries.\n"
                "The 2021 scheme ran to 31 March 2026: ask your council if it continues."
            ),
            # facts.md 3.5, 3.2
            Ask.HOW: N_(
                "You get MAI through your export promotion council, not on your own.\n"
                "1. Get an RCMC from your council: EPCH for handicrafts, CEPC for carpets, "
                "FIEO for many products.\n"
                "2. Ask the council for its list of fairs and buyer-seller meets under MAI.\n"
                "3. Apply to the council for the event you want to join.\n"
                "Check first that the scheme still runs after 31 March 2026."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 3.6
            Ask.WHO: N_(
                "It covers every district, and the makers and exporters of the district's "
                "chosen export products benefit.\n"
                "• A District Export Promotion Committee runs it: the DM chairs it, the DGFT "
                "regional office co-chairs it, and the GM of the District Industries Centre "
                "(DIC) is its convener.\n"
                "• The Lead Bank Manager and export council and MSME staff are members.\n"
                "Next step: ask your DIC which products are in your district's plan."
            ),
            # facts.md 3.6
            Ask.BENEFITS: N_(
                "Your product can get a push if it is in your District Export Action Plan.\n"
                "• The district picks the products that can sell abroad.\n"
                "• The committee works to remove the problems that hold exports back.\n"
                "• It helps local exporters find buyers.\n"
                "Read your district's plan on the Export Hubs portal, and tell your DIC what "
                "holds you back."
            ),
            # facts.md 3.6
            Ask.HOW: N_(
                "Take part through your district's committee.\n"
                "1. Read your district's export plan on the Export Hubs portal. By July 2025, "
                "249 plans were notified, so yours may still be a draft.\n"
                "2. Meet the GM of your District Industries Centre (DIC), the committee's "
                "convener.\n"
                "3. Tell them your product, your export problems and the help you need.\n"
                "4. Ask about buyer meetings for your product."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 3.7
            Ask.DOCUMENTS: N_(
                "To export goods you sell by post:\n"
                "• KYC on the DNK portal: IEC and GSTIN are a must. Add your bank's AD code "
                "and your LUT if they apply to you.\n"
                "• A Postal Bill of Export for each parcel, filed online: PBE-III for "
                "e-commerce orders, PBE-IV for other exports.\n"
                "Gifts and personal parcels (not for sale) need only the CN-22 or CN-23 "
                "customs form."
            ),
            # facts.md 3.7, 3.3, 16
            Ask.COST: N_(
                "It depends on the parcel's weight and the country it goes to. The Dak Ghar "
                "Niryat Kendra counter tells you the postage.\n"
                "Ways to save:\n"
                "• With an LUT, you export without paying IGST first.\n"
                "• From 15 January 2026, postal exports can claim RoDTEP and duty drawback. "
                "They give back part of the taxes hidden in your cost."
            ),
            # facts.md 3.7
            Ask.LIMITS: N_(
                "For gifts and personal parcels, the CN-22 form is for a value up to 300 SDR "
                "(SDR is an international money unit). Above that, use CN-23.\n"
                "For goods you sell, you file a Postal Bill of Export instead.\n"
                "Weight and size rules can differ by country, so ask the DNK before you pack."
            ),
            # facts.md 3.7, 3.3
            Ask.BENEFITS: N_(
                "• There are more than 1,000 DNKs across India, made for small and e-commerce "
                "exporters.\n"
                "• Customs clearance is done online.\n"
                "• From 15 January 2026, postal exports can claim RoDTEP, duty drawback and "
                "RoSCTL.\n"
                "• DNKs are being linked with e-commerce marketplaces (Department of Posts "
                "order of August 2023)."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            **EPB_FAIRS,
            "air_per_kg": 150,
            "air_max_year": 1_000_000,
            "box_20ft": 20_000,
            "box_40ft": 40_000,
            "ecgc_max": 500_000,
        },
        answers={
            # facts.md 3.8
            Ask.WHO: N_(
                "MSME exporters in UP who are registered with the Export Promotion Bureau "
                "(EPB) can get its fair support.\n"
                "• The freight and export-insurance help of the UP Export Promotion Policy "
                "2025-30 is for UP exporters; check the final terms on epbupindia.in.\n"
                "• Export promotion councils that run fairs abroad can also get help.\n"
                "Next step: register with EPB on epbupindia.in."
            ),
            # facts.md 3.8
            Ask.BENEFITS: N_(
                "EPB gives 3 kinds of help:\n"
                "• Fairs: part of your stall and travel cost for fairs abroad, big fairs in "
                "India and online fairs.\n"
                "• Freight (Policy 2025-30): 30%% of air freight or %(air_per_kg)s a kg, "
                "whichever is less, and a fixed amount per sea container.\n"
                "• Insurance: 30%% of your ECGC export-insurance premium.\n"
                "It also helps with GI registration. Check each scheme's terms on "
                "epbupindia.in."
            ),
            # facts.md 3.8, 1.1
            Ask.HOW: N_(
                "Register with EPB first, then apply for each help separately.\n"
                "1. Register as an exporter with EPB on epbupindia.in.\n"
                "2. Read the MDA (marketing help) page there for the fair scheme and its "
                "conditions.\n"
                "3. For air freight help, apply within 180 days of the export. The Deputy "
                "Commissioner (Industries) checks it.\n"
                "Your District Industries Centre (DIC) can help with the forms."
            ),
        },
    ),
    Topic(
        "gi_tag",
        TopicKind.KNOWLEDGE,
        N_("GI tag"),
        # facts.md 3.9: the count [M/H], Banaras Brocades and Sarees [H], authorised users [M]
        # (background advice, so "ask"). Registration years of older GIs are [L]: left out.
        N_(
            "A GI (Geographical Indication) tag is a registered name that only products "
            "from one place may use. UP has 77 GI tags (April 2025), more than any other "
            "state.\n"
            "Some UP GIs: Banaras Brocades and Sarees, Mainpuri tarkashi, Sambhal horn "
            "craft, Amroha dholak, Bareilly zardozi, Pilkhuwa hand block print, Agra "
            "stone inlay.\n"
            "Next step: ask your District Industries Centre (DIC) if your craft has a GI."
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
        last_checked=RECHECKED,
        answers={
            # facts.md 3.9
            Ask.WHO: N_(
                "Only genuine makers from the GI area may use a GI name. They should register "
                "as authorised users of that GI.\n"
                "• Example: sarees made outside the 6 districts of “Banaras Brocades and "
                "Sarees” cannot legally be sold under that name.\n"
                "• A trader from another area cannot use the name for his goods.\n"
                "Next step: ask your DIC or the ODOP Cell how to become an authorised user."
            ),
            # facts.md 3.9, 3.8
            Ask.HOW: N_(
                "A GI is registered with the GI Registry in Chennai (ipindia.gov.in).\n"
                "• It is usually filed by a group of makers: the Banaras saree GI was filed "
                "by weavers' bodies such as the Banaras Bunkar Samiti.\n"
                "• In UP, the ODOP Cell supports new GI applications, and the Export "
                "Promotion Bureau (EPB) helps with GI registration.\n"
                "• Your craft already has a GI? Apply to be an authorised user.\n"
                "Next step: ask your DIC which group to go through."
            ),
            # facts.md 3.9
            Ask.VALIDITY: N_(
                "10 years. After that a GI registration can be renewed.\n"
                "• The GI Registry in Chennai registers and renews GIs.\n"
                "• Ask the ODOP Cell or your DIC when your craft's GI is due for renewal.\n"
                "If your group holds a GI, keep a note of its 10-year date."
            ),
            # facts.md 3.9
            Ask.BENEFITS: N_(
                "A GI protects your craft's name: goods made outside the area cannot legally "
                "be sold under it.\n"
                "• Example: a saree made outside the Banaras GI districts cannot be sold as "
                "“Banaras Brocades and Sarees”.\n"
                "• So copies from other places cannot use your area's fame.\n"
                "Next step: become an authorised user, so you can use the GI name on your "
                "products."
            ),
        },
    ),
)
