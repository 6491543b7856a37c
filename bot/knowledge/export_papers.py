"""Export paperwork and getting paid: documents, LUT, certificate of origin, payment, buyers.

Written from ../shared/knowledge/facts.md (section numbers in the comments), in our own
words; [L] facts there are hedged or left out. Each text is a gettext message id.
"""

from __future__ import annotations

from bot.knowledge.amounts import EPB_FAIRS
from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "export_documents",
        TopicKind.KNOWLEDGE,
        N_("Export documents"),
        # facts.md 16
        N_(
            "Every export shipment goes with a few papers. The main three:\n"
            "• Commercial invoice: your bill to the foreign buyer.\n"
            "• Packing list: what is packed in each box.\n"
            "• Shipping bill: the export form filed with Customs. It tells Customs what "
            'you are sending. After checking, Customs gives the "Let Export Order" '
            "(permission to ship).\n"
            "Next step: make the invoice and packing list, then give them to your customs "
            "broker or courier."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=RECHECKED,
        answers={
            # facts.md 16
            Ask.DOCUMENTS: N_(
                "Papers for each shipment:\n"
                "1. Commercial invoice (you make it): IEC, GSTIN, buyer, HS code, value, "
                "currency, delivery terms (Incoterms), country of origin.\n"
                "2. Packing list (you make it).\n"
                "3. Shipping bill, filed with Customs, usually by a customs broker.\n"
                "4. Bill of lading (by sea) or air waybill (by air): the carrier gives it.\n"
                "5. Insurance certificate, if needed.\n"
                "6. Certificate of origin, if the buyer's country asks for it."
            ),
            # facts.md 16, 3.3
            Ask.HOW: N_(
                "1. Make the commercial invoice and packing list.\n"
                "2. Give them to a customs broker or your courier. The broker files the "
                "shipping bill on ICEGATE (the Customs website).\n"
                "3. Customs checks it and gives the Let Export Order.\n"
                "4. The shipping line or airline gives the bill of lading or air waybill.\n"
                "Claim RoDTEP on the same shipping bill.\n"
                "Before the first shipment: IEC, your bank's AD code and an LUT (the GST form "
                "to export without paying IGST)."
            ),
            # facts.md 16
            Ask.WHO: N_(
                "You make the commercial invoice and packing list yourself.\n"
                "• Customs broker: files the shipping bill on ICEGATE for you.\n"
                "• Courier: courier exports go on a courier shipping bill (CSB-V). Give the "
                "courier your IEC, GSTIN, HS codes, invoice value, LUT status and AD code.\n"
                "• Shipping line or airline: gives the bill of lading or air waybill."
            ),
        },
    ),
    Topic(
        "lut_bond",
        TopicKind.KNOWLEDGE,
        N_("LUT (export without IGST)"),
        # facts.md 16
        N_(
            "An LUT (Letter of Undertaking) is a written promise you give the GST "
            "department on Form GST RFD-11. With it, you can export goods or services "
            "without paying IGST first.\n"
            "• It is free and filed online.\n"
            "• It lasts for one financial year, so you file a new one every year.\n"
            "Next step: file it on the GST portal before your first export invoice of the "
            "year."
        ),
        category=Category.EXPORTS,
        url="https://www.gst.gov.in",
        last_checked=RECHECKED,
        money={
            "lut_evasion": 25_000_000,
        },
        answers={
            # facts.md 16
            Ask.HOW: N_(
                "1. Log in on the GST portal with your GSTIN.\n"
                "2. Go to Services → User Services → Furnish LUT.\n"
                "3. Fill Form GST RFD-11 and add the details of two witnesses.\n"
                "4. Submit it.\n"
                "Do this before your first export invoice of each financial year. After that, "
                "your export invoices can go without IGST."
            ),
            # facts.md 16
            Ask.VALIDITY: N_(
                "One financial year (April to March).\n"
                "• File a fresh LUT every year, before the first export invoice of that "
                "year.\n"
                "• Without a valid LUT, you pay IGST upfront on your exports.\n"
                "Tip: put a reminder for early April."
            ),
            # facts.md 16
            Ask.COST: N_(
                "Free. The GST portal charges nothing to file an LUT, and the new one each "
                "year is free too.\n"
                "You only need your GST login and the details of two witnesses, so you can "
                "file it yourself on the portal."
            ),
            # facts.md 16, 3.7
            Ask.WHO: N_(
                "Any GST-registered exporter of goods or services. It also covers supplies to "
                "an SEZ.\n"
                "• Not allowed: anyone prosecuted for tax evasion of %(lut_evasion)s or more. "
                "They must give a bond with a bank guarantee instead.\n"
                "• Courier and postal exports also ask for your LUT status, so keep it ready."
            ),
            # facts.md 16
            Ask.DOCUMENTS: N_(
                "Very little:\n"
                "• your GSTIN and GST portal login;\n"
                "• the names and details of two witnesses.\n"
                "The form is GST RFD-11 and you fill it online; there is nothing to post."
            ),
        },
    ),
    Topic(
        "certificate_of_origin",
        TopicKind.KNOWLEDGE,
        N_("Certificate of origin"),
        # facts.md 16
        N_(
            "A certificate of origin (CoO) is a paper that shows your goods were made in "
            "India. Some buyers' countries ask for it.\n"
            "There are two kinds:\n"
            "• Non-preferential: the normal proof that the goods are Indian.\n"
            "• Preferential: for a country that has a trade agreement (FTA) with India, "
            "so your buyer pays less import duty.\n"
            "Next step: ask your buyer if their country needs one, and which kind."
        ),
        category=Category.EXPORTS,
        url="https://trade.gov.in",
        last_checked=RECHECKED,
        answers={
            # facts.md 16
            Ask.WHO: N_(
                "Chambers of commerce and export promotion councils issue it. About 125 such "
                "agencies are linked to DGFT's online eCoO 2.0 platform.\n"
                "You need one when:\n"
                "• your buyer's country asks for it, or\n"
                "• your buyer wants the lower duty under a trade agreement (then you need the "
                "preferential kind)."
            ),
            # facts.md 16
            Ask.HOW: N_(
                "Apply online on DGFT's eCoO 2.0 platform (the official site below).\n"
                "• Non-preferential certificates must be filed there since 1 January 2025. "
                "Preferential ones are filed there since 21 December 2024.\n"
                "• Choose the issuing agency: a chamber of commerce or an export promotion "
                "council.\n"
                "• Sign with Aadhaar e-sign or a digital signature (DSC).\n"
                "Next step: ask your export council if it can issue your certificate."
            ),
            # facts.md 16
            Ask.BENEFITS: N_(
                "With a preferential certificate, your buyer can pay lower import duty in a "
                "country that has a trade agreement (FTA) with India. That can make your "
                "price better for the buyer.\n"
                "The normal (non-preferential) certificate only proves the goods are Indian. "
                "Ask your buyer which one their customs wants."
            ),
        },
    ),
    Topic(
        "export_payment",
        TopicKind.KNOWLEDGE,
        N_("Export payment"),
        # facts.md 16
        N_(
            "Your foreign buyer pays into your bank account in India. Then:\n"
            "• Your bank sends a record of that money (an Inward Remittance Message) to "
            "DGFT.\n"
            "• You match it with your shipping bill and make the e-BRC (proof that the "
            "export was paid) yourself on the DGFT portal.\n"
            "• The money must come within 15 months of the export.\n"
            "Next step: tell your bank you will get export payments, and ask for its AD "
            "code (the bank's code for foreign money)."
        ),
        category=Category.EXPORTS,
        url="https://www.dgft.gov.in",
        last_checked=RECHECKED,
        money={
            "ecgc_turnover": 10_000_000,
            "ecgc_min_premium": 5_000,
            "ecgc_up_max": 500_000,
        },
        answers={
            # facts.md 16
            Ask.HOW: N_(
                "1. Ask your bank for its AD code (the code of a bank allowed to handle "
                "foreign money).\n"
                "2. Register it at the port, or give it to your courier or the post office "
                "DNK.\n"
                "3. The buyer pays into your account. The bank can give a FIRC/FIRA (its note "
                "of foreign money received).\n"
                "4. Log in on the DGFT portal with your IEC; make the e-BRC by matching the "
                "payment to your shipping bill.\n"
                "PayPal: old rules asked for PAN and a purpose code; check current rules."
            ),
            # facts.md 16
            Ask.TIME: N_(
                "15 months. Since 13 November 2025, export money must reach India within 15 "
                "months of the export (before, it was 9 months).\n"
                "• If the buyer pays in advance, you can ship within 3 years (before, 1 "
                "year).\n"
                "• Make the e-BRC once the money has come.\n"
                "Next step: follow up with your buyer long before the 15 months end."
            ),
            # facts.md 16
            Ask.DOCUMENTS: N_(
                "Papers for an export payment:\n"
                "• e-BRC: the proof that the export was paid. You make it yourself on the "
                "DGFT portal.\n"
                "• FIRC/FIRA: your bank's certificate or advice of the foreign money "
                "received.\n"
                "• Your shipping bill and invoice: the e-BRC is matched with them.\n"
                "Keep the e-BRC safe: it is needed for export benefits and for GST refunds on "
                "exports."
            ),
            # facts.md 16
            Ask.COST: N_(
                "Your bank sets its own charges for receiving money from abroad: ask your "
                "bank before your first order.\n"
                "• Making the e-BRC (the proof that the export money came in) on the DGFT "
                "portal is free and needs no paper."
            ),
            # facts.md 16, 3.8
            Ask.PROBLEM: N_(
                "To guard against a buyer who does not pay, insure your exports with ECGC (a "
                "government company) before you ship.\n"
                "• Small Exporter's Policy: for exports up to %(ecgc_turnover)s a year; "
                "premium from %(ecgc_min_premium)s. It pays 95%% of a loss for business "
                "reasons and 100%% for political reasons.\n"
                "• UP pays back 30%% of the premium, up to %(ecgc_up_max)s.\n"
                "Money late? Talk to your bank before the 15 months end."
            ),
            # facts.md 16, 5
            Ask.CONTACT: N_(
                "• Your bank: for the AD code, the FIRC and the payment record (IRM) it sends "
                "to DGFT.\n"
                "• DGFT: for e-BRC help, use the DGFT Helpdesk Service under Services on the "
                "DGFT portal.\n"
                "• ECGC: for insurance in case a buyer does not pay."
            ),
        },
    ),
    Topic(
        "foreign_buyers",
        TopicKind.KNOWLEDGE,
        N_("Finding foreign buyers"),
        # facts.md 3.2, 3.5, 3.8, 15, 2.5
        N_(
            "Main ways to meet buyers abroad:\n"
            "• Trade fairs and buyer-seller meets run by your export promotion council: "
            "EPCH for handicrafts, CEPC for carpets and durries.\n"
            "• UP's Export Promotion Bureau (EPB) pays part of your cost for fairs "
            "abroad, in India and online.\n"
            "• Sell online abroad: Amazon Global Selling, or Walmart's US marketplace (by "
            "approval).\n"
            "Next step: get your council's RCMC and ask for its list of fairs."
        ),
        category=Category.EXPORTS,
        url="https://epbupindia.in",
        last_checked=RECHECKED,
        money=EPB_FAIRS,
        answers={
            # facts.md 3.2, 3.5, 3.8, 15, 2.5
            Ask.HOW: N_(
                "1. Join your export council and get an RCMC: CEPC for carpets and durries, "
                "EPCH for handicrafts.\n"
                "2. Ask the council for its fairs and buyer-seller meets abroad. The Commerce "
                "Ministry's MAI scheme supports them.\n"
                "3. Register with EPB UP to get back part of the stall charge and airfare.\n"
                "4. Also sell online abroad: Amazon Global Selling (18 marketplaces) or "
                "Walmart Marketplace in the US (needs approval)."
            ),
            # facts.md 3.8
            Ask.COST: N_(
                "Up to 60%% of your stall charge can come back from EPB UP, if you are an "
                "MSME exporter registered with it:\n"
                "• Fair abroad: 60%% of the stall charge, up to %(epb_stall_abroad)s, plus "
                "50%% of economy airfare, up to %(epb_air_abroad)s, for 1 person. Up to 3 "
                "fairs a year.\n"
                "• Online fair: 60%% of costs, up to %(epb_virtual_fair)s a fair and "
                "%(epb_virtual_year)s a year.\n"
                "Your council's fairs can also get MAI support."
            ),
            # facts.md 3.8, 5, 3.2, 3.6
            Ask.CONTACT: N_(
                "• Export Promotion Bureau UP (EPB): fair support; district export profiles "
                "are on niryatapi.uplive.in.\n"
                "• Your export council: EPCH (handicrafts), CEPC (carpets and durries), or "
                "FIEO if you have many products.\n"
                "• Your District Industries Centre (DIC): ask if your product is in the "
                "district export plan, which works to link local makers with buyers."
            ),
        },
    ),
)
