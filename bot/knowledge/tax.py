"""GST and tax: registration, composition, rates and HSN, e-way bill, e-invoice, TCS/TDS, ITR.

Written from ../shared/knowledge/facts.md (section numbers in the comments), in our own
words; [L] facts there are hedged or left out. Each text is a gettext message id.
"""

from __future__ import annotations

from bot.knowledge.amounts import GST_GOODS_LIMIT
from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "gst_registration",
        TopicKind.KNOWLEDGE,
        N_("GST registration"),
        # facts.md 7.1, 7.2
        N_(
            "GST registration gives you a GST number (GSTIN). It is free and done online "
            "on the GST portal.\n"
            "• In UP you must register when goods sales go above %(goods_limit)s a year "
            "(%(services_limit)s for services).\n"
            "• Selling to other states, or on Flipkart or Amazon, needs it from the first "
            "sale (small sellers inside UP have an enrolment route).\n"
            "• The certificate (form REG-06) usually comes in about 7 working days."
        ),
        category=Category.TAX,
        url="https://www.gst.gov.in",
        last_checked=RECHECKED,
        money={
            "goods_limit": GST_GOODS_LIMIT,
            "services_limit": 2_000_000,
            "penalty_min": 10_000,
            "fast_track_tax": 250_000,
        },
        answers={
            # facts.md 7.1, 2.1
            Ask.WHO: N_(
                "You must register if any one of these is true:\n"
                "• you sell only goods and your yearly sales go above %(goods_limit)s (UP)\n"
                "• you sell services, or goods and services, above %(services_limit)s\n"
                "• you sell goods to buyers in other states\n"
                "• you sell goods through Flipkart, Amazon or another marketplace\n"
                "Exception: a small seller selling only inside UP can sell online with a GST "
                "enrolment number."
            ),
            # facts.md 7.1
            Ask.LIMITS: N_(
                "%(goods_limit)s a year if you sell only goods in UP; %(services_limit)s for "
                "services, or goods with services.\n"
                "• Selling through Flipkart or Amazon, or to other states: GST is needed from "
                "the first sale. The only exception: small sellers selling within UP with an "
                "enrolment number.\n"
                "• Add up all sales on your PAN across India, but not the tax itself.\n"
                "• Apply within 30 days of crossing the limit. Not registering when you must: "
                "a penalty of 10%% of the tax due, at least %(penalty_min)s."
            ),
            # facts.md 7.2
            Ask.HOW: N_(
                "Apply on the GST portal → Services → Registration → New Registration:\n"
                "1. Enter PAN, mobile and email, and verify them by OTP. You get a TRN (a "
                "temporary number).\n"
                "2. Log in with the TRN. Fill in business, address and products with HSN "
                "codes, and upload papers.\n"
                "3. Choose Aadhaar authentication and enter the OTP. You get an ARN (your "
                "application number).\n"
                "Some UP applicants get a link to visit a GST Suvidha Kendra for a biometric "
                "Aadhaar check."
            ),
            # facts.md 7.2
            Ask.DOCUMENTS: N_(
                "Papers for a proprietor (one-person business):\n"
                "• PAN, Aadhaar (with your mobile linked) and a photo\n"
                "• mobile number and email\n"
                "• proof of your work address: your own place, one bill (electricity, water "
                "or property tax); rented, the rent agreement and one ownership paper of the "
                "owner; a relative's place, their consent letter, ownership paper and ID\n"
                "Bank details can be added within 45 days after registration."
            ),
            # facts.md 7.1, 7.2
            Ask.COST: N_(
                "Free. There is no government fee for GST registration.\n"
                "• You can apply yourself on the GST portal.\n"
                "• A CA or consultant who helps you charges their own fee.\n"
                '• Beware of agents who ask for a "government fee": there is none.'
            ),
            # facts.md 7.2
            Ask.TIME: N_(
                "About 7 working days, if your application is not marked risky.\n"
                "• Risky cases, or no Aadhaar authentication: up to 30 days, after an officer "
                "visits your place.\n"
                "• Fast track (Rule 14A, optional, from 1 Nov 2025): 3 working days with "
                "Aadhaar authentication, if your tax on sales to GST-registered buyers is at "
                "most %(fast_track_tax)s a month."
            ),
            # facts.md 7.2
            Ask.CHANGE: N_(
                "It depends on what you want to change. The steps for changing or cancelling "
                "a GST registration are not in this bot's notes.\n"
                "• Ask a CA or the GST helpdesk before you file anything.\n"
                "• If you are in the Rule 14A fast track and want to leave it, the form is "
                "REG-32."
            ),
            # facts.md 7.2
            Ask.PROBLEM: N_(
                "If the officer has a query, you get a notice in form REG-03. Reply in form "
                "REG-04 on the GST portal with what is asked.\n"
                "• A rejection comes in form REG-05.\n"
                "• Officers may ask only for papers listed in form REG-01: for your own "
                "place, one bill is enough.\n"
                "• Got a GST Suvidha Kendra link? Book the visit; carry original Aadhaar, PAN "
                "and the uploaded papers.\n"
                "Not sure? Ask a CA."
            ),
        },
    ),
    Topic(
        "gst_composition",
        TopicKind.KNOWLEDGE,
        N_("GST composition scheme"),
        # facts.md 7.3
        N_(
            "Composition is a simple GST option for small businesses: you pay a flat 1%% "
            "of turnover instead of the normal rates.\n"
            "• Only if last year's turnover was up to %(comp_limit)s.\n"
            "• You cannot charge GST on your bill or sell to other states.\n"
            "• Since 1 Oct 2023 you may sell goods online, but only within your own "
            "state.\n"
            "You still need GST registration to choose it."
        ),
        category=Category.TAX,
        url="https://www.gst.gov.in",
        last_checked=RECHECKED,
        money={
            "comp_limit": 15_000_000,
            "comp_service_limit": 5_000_000,
        },
        answers={
            # facts.md 7.3
            Ask.WHO: N_(
                "Manufacturers and traders whose turnover last year was up to %(comp_limit)s "
                "(UP).\n"
                "• Not for makers of ice cream, pan masala or tobacco.\n"
                "• Not if you sell goods to buyers in other states.\n"
                "• Service providers have a separate option: turnover up to "
                "%(comp_service_limit)s, tax 6%%.\n"
                "It suits sellers whose buyers are in their own state."
            ),
            # facts.md 7.3
            Ask.COST: N_(
                "1%% of your turnover for makers and traders (0.5%% CGST + 0.5%% SGST).\n"
                "• Restaurants pay 5%%; the services option is 6%%.\n"
                "• You cannot collect GST from buyers, so the tax comes out of your own "
                "price.\n"
                "• No input tax credit: GST you paid on raw material cannot be set off."
            ),
            # facts.md 7.3
            Ask.LIMITS: N_(
                "Turnover up to %(comp_limit)s in the last financial year. Other rules:\n"
                "• no sales of goods to other states\n"
                '• no GST on your bill: give a "bill of supply" that says you are a '
                "composition taxable person\n"
                "• no input tax credit\n"
                "• online: goods within your own state only, and the marketplace deducts TCS; "
                "no services through a marketplace\n"
                "Check that your marketplace accepts composition sellers."
            ),
            # facts.md 7.3
            Ask.HOW: N_(
                "Choose composition when you apply for GST (form REG-01) on the GST portal.\n"
                "Already registered? File form CMP-02 before the new financial year starts (1 "
                "April).\n"
                "After that:\n"
                "• pay the tax every quarter with form CMP-08\n"
                "• file one return a year, GSTR-4."
            ),
            # facts.md 7.3
            Ask.BENEFITS: N_(
                "A low flat tax and less paperwork.\n"
                "• Only 1%% of turnover for makers and traders.\n"
                "• Pay once a quarter and file just one return a year.\n"
                "The other side: no GST on your bills, no input tax credit, and no sales to "
                "other states. Compare both before you choose."
            ),
        },
    ),
    Topic(
        "gst_rates",
        TopicKind.KNOWLEDGE,
        N_("GST rates and HSN codes"),
        # facts.md 8.1, 8.2
        N_(
            "Since 22 Sep 2025 most handmade handicrafts pay 5%% GST (it was 12%%).\n"
            "• The main rates are now 5%% and 18%%; the 12%% and 28%% rates are gone.\n"
            "• Silver filigree and handmade imitation jewellery: 3%%.\n"
            "• Machine-made look-alikes do not get the handicraft rate.\n"
            "Not sure about your item? Find its HSN code and check the rate on the GST "
            "portal or with a CA."
        ),
        category=Category.TAX,
        url="https://www.gst.gov.in",
        last_checked=RECHECKED,
        money={
            "price_slab": 2_500,
            "hsn_limit": 50_000_000,
        },
        answers={
            # facts.md 8.2
            Ask.WHO: N_(
                "Only real handicraft goods get the 5%% rate. These are goods:\n"
                "• made mostly by hand (some tools or machines are fine)\n"
                "• with visual appeal, such as ornament or inlay work\n"
                "• artistic, ethnic or cultural, and clearly different from factory goods of "
                "the same use\n"
                "A machine-made item of the same kind pays the normal rate."
            ),
            # facts.md 8.2, 8.3
            Ask.COST: N_(
                "5%% on handmade brass and copper artware, carved wood, carpets and durries, "
                "terracotta and clay tableware, stone inlay, glass artware, moonj and bamboo "
                "baskets, handmade paper and wooden toys.\n"
                "• Garments and footwear: 5%% up to %(price_slab)s a piece or pair, 18%% "
                "above.\n"
                "• Cotton or jute bags: 5%%.\n"
                "• Clay and terracotta idols: nil.\n"
                "Other items: check the HSN rate on the portal."
            ),
            # facts.md 8.2, 8.3
            Ask.LIMITS: N_(
                "The price line is %(price_slab)s a piece (a pair, for footwear).\n"
                "• Ready-made garments and made-ups like kurtas and bedsheets up to that "
                "price: 5%%; above it: 18%% (was 12%%).\n"
                "• So a chikan or zardozi kurta above that price now pays 18%%.\n"
                "• Handmade or hand-embroidered shawls above that price stay at 5%%.\n"
                "• Footwear above that price: 18%%.\n"
                "Check each item's price before you set its GST on the listing."
            ),
            # facts.md 8.4
            Ask.HOW: N_(
                "HSN is the world code for goods, and GST rates are tied to it. To find "
                "yours:\n"
                "1. GST portal → Services → User Services → Search HSN Code (no login "
                "needed).\n"
                "2. Search by product name or by the first digits.\n"
                "On bills: 4-digit HSN if last year's turnover was up to %(hsn_limit)s "
                "(optional on bills to consumers); 6 digits above. Flipkart needs an HSN code "
                "on every listing."
            ),
            # facts.md 8.1, 8.2, 8.3
            Ask.CHANGE: N_(
                'The new rates ("GST 2.0") started on 22 Sep 2025, after the GST Council '
                "meeting of 3 Sep 2025.\n"
                "• 12%% and 28%% removed: mostly 5%% and 18%% now, and a special 40%% rate "
                "for a few items.\n"
                "• Handicrafts: 12%% → 5%%.\n"
                "• Garments above %(price_slab)s went up from 12%% to 18%%.\n"
                "Some blogs say 1 Oct 2025: that is wrong. Update the rate on your listings "
                "and bills."
            ),
        },
    ),
    Topic(
        "eway_bill",
        TopicKind.KNOWLEDGE,
        N_("E-way bill"),
        # facts.md 9
        N_(
            "An e-way bill is an online slip for moving goods, made on the e-way bill "
            "portal before the goods leave.\n"
            "• Needed when one consignment is worth more than %(eway_limit)s, between "
            "states and also inside UP.\n"
            "• No GSTIN and sending handicrafts to another state? You need one for every "
            "parcel, whatever its value.\n"
            "Your courier or marketplace can fill part of it for you."
        ),
        category=Category.TAX,
        url="https://ewaybillgst.gov.in",
        last_checked=RECHECKED,
        money={
            "eway_limit": 50_000,
        },
        answers={
            # facts.md 9
            Ask.WHO: N_(
                "The seller or the buyer (if GST-registered), or the transporter.\n"
                "• You can let your transporter, courier or the marketplace fill Part A for "
                "you.\n"
                "• Transporters without GST enrol for a Transporter ID.\n"
                "• Since 11 Feb 2025, people without GST, such as handicraft makers, enrol "
                "with form ENR-03 using their PAN and get an Enrolment ID to make e-way "
                "bills."
            ),
            # facts.md 9
            Ask.LIMITS: N_(
                "Above %(eway_limit)s per consignment, for any move between states and also "
                "within UP.\n"
                "Needed at any value:\n"
                "• goods sent to a job worker in another state\n"
                "• handicraft parcels to another state, sent by a maker with no GST "
                "registration\n"
                "Not needed for non-motor transport (like a handcart), or for goods on the "
                "exempt list (it has had khadi and earthen pots; check the current list)."
            ),
            # facts.md 9
            Ask.HOW: N_(
                "1. Log in on the e-way bill portal. Since 1 Apr 2025 everyone needs "
                "multi-factor login (an extra code besides the password).\n"
                "2. Fill Part A with the bill and goods details, or let your courier, "
                "transporter or marketplace do it.\n"
                "3. Make it before the goods leave. The bill must be less than 180 days "
                "old.\n"
                "No GSTIN? First enrol with form ENR-03 to get an Enrolment ID."
            ),
            # facts.md 9
            Ask.VALIDITY: N_(
                "1 day for every 200 km, or part of it, for normal goods.\n"
                "• Example: 450 km gives 3 days.\n"
                "• It can be extended, but not beyond 360 days from the day it was made.\n"
                "• An e-way bill cannot be made for a bill older than 180 days.\n"
                "Check the validity before the goods leave."
            ),
            # facts.md 9
            Ask.CHANGE: N_(
                "Made a mistake, or the goods did not go? Cancel the e-way bill within 24 "
                "hours of making it, then make a new one.\n"
                "• Goods still on the road when it runs out? Extend it on the portal.\n"
                "• The extension cannot go past 360 days from when it was first made."
            ),
        },
    ),
    Topic(
        "e_invoice",
        TopicKind.KNOWLEDGE,
        N_("E-invoice"),
        # facts.md 9
        N_(
            "An e-invoice is a bill to another business (B2B) that is reported online and "
            "gets a unique number, the IRN.\n"
            "• It is compulsory only if your yearly turnover (AATO) went above "
            "%(einv_limit)s in any year since 2017-18.\n"
            "• Small artisans below that do not need e-invoices: a normal GST bill is "
            "enough."
        ),
        category=Category.TAX,
        url="https://www.gst.gov.in",
        last_checked=RECHECKED,
        money={
            "einv_limit": 50_000_000,
            "einv_old_limit": 100_000_000,
            "einv_report_limit": 100_000_000,
        },
        answers={
            # facts.md 9
            Ask.WHO: N_(
                "Only businesses whose yearly turnover (AATO) crossed %(einv_limit)s in any "
                "financial year from 2017-18 on.\n"
                "• Only for bills to other businesses (B2B), not to consumers.\n"
                "• This limit applies since 1 Aug 2023; before that it was "
                "%(einv_old_limit)s.\n"
                "Below the limit? You do not need it, even if you sell online."
            ),
            # facts.md 9
            Ask.TIME: N_(
                "30 days from the invoice date, for businesses with AATO of "
                "%(einv_report_limit)s or more: since 1 Apr 2025 they must report each "
                "e-invoice to the invoice portal (IRP) within that time.\n"
                "• This 30-day rule is only for that big group.\n"
                "• Below %(einv_limit)s you need no e-invoice at all."
            ),
        },
    ),
    Topic(
        "marketplace_tcs_tds",
        TopicKind.KNOWLEDGE,
        N_("TCS and TDS on sales"),
        # facts.md 10.1, 10.2
        N_(
            "Marketplaces like Flipkart cut two taxes from your payout, and both can come "
            "back to you:\n"
            "• GST TCS: 0.5%% of your net sales (since 10 Jul 2024; it was 1%%). Claim it "
            "on gst.gov.in.\n"
            "• Income-tax TDS: 0.1%% of gross sales (since 1 Oct 2024; it was 1%%). Claim "
            "it in your ITR on incometax.gov.in.\n"
            "Commission and fees are separate and do not come back."
        ),
        category=Category.TAX,
        url="https://www.gst.gov.in",
        last_checked=RECHECKED,
        money={
            "tds_free_limit": 500_000,
        },
        answers={
            # facts.md 10.1, 10.2
            Ask.COST: N_(
                "0.5%% GST TCS and 0.1%% income-tax TDS.\n"
                "• TCS is on net taxable sales (returns taken off): 0.25%% CGST + 0.25%% SGST "
                "inside UP, 0.5%% IGST for other states.\n"
                "• TDS is on the gross sale amount. Without PAN it is 5%%.\n"
                "• Many guides still say 1%%: that is out of date.\n"
                "A new Income-tax Act applies from 1 Apr 2026; the rates are said to "
                "continue, but check."
            ),
            # facts.md 10.1, 10.2
            Ask.WHO: N_(
                "TCS is cut for GST-registered sellers, composition sellers included. Sellers "
                "with only a GST enrolment number have no TCS cut; their sales are only "
                "reported.\n"
                "TDS is not cut if you are an individual or HUF (family business) whose sales "
                "on that platform are up to %(tds_free_limit)s in the year, and you have "
                "given PAN or Aadhaar."
            ),
            # facts.md 10.1, 10.2
            Ask.HOW: N_(
                "TCS (GST):\n"
                '1. gst.gov.in → Services → Returns → "TDS and TCS Credit Received".\n'
                "2. Accept the marketplace's entries and file.\n"
                "3. The amount goes to your electronic cash ledger (your GST wallet) and pays "
                "your GST.\n"
                "TDS (income tax): see it in Form 26AS or AIS on incometax.gov.in, and claim "
                "it in your ITR."
            ),
            # facts.md 10.1, 10.2
            Ask.TIME: N_(
                "By the 10th of the next month the marketplace deposits the TCS and files its "
                "return (GSTR-8); after that it shows on the GST portal.\n"
                "• TCS: accept it on the portal then, and use it to pay GST.\n"
                "• TDS: it shows in Form 26AS/AIS; claim it when you file your yearly ITR."
            ),
            # facts.md 10.1, 10.2
            Ask.PROBLEM: N_(
                "Less money in your payout? Open the payout statement: it lists commission, "
                "fees, GST TCS and income-tax TDS separately.\n"
                "• TCS shows on gst.gov.in after the marketplace files GSTR-8 (by the 10th of "
                "the next month).\n"
                "• TDS shows in Form 26AS/AIS on incometax.gov.in.\n"
                "If an amount is missing or wrong, ask the marketplace's seller support, with "
                "the order details."
            ),
        },
    ),
    Topic(
        "income_tax_return",
        TopicKind.KNOWLEDGE,
        N_("Income tax return (ITR)"),
        # facts.md 10.3
        N_(
            "A small seller can file a simple income-tax return with the presumptive "
            "scheme (section 44AD):\n"
            "• show 6%% of turnover received by bank or UPI as profit (8%% of cash "
            "sales)\n"
            "• no account books and no audit, if you show at least that much\n"
            "• the form is usually ITR-4 (Sugam)\n"
            "Under the new tax regime there is no tax up to %(no_tax_income)s of total "
            "income."
        ),
        category=Category.TAX,
        url="https://www.incometax.gov.in",
        last_checked=RECHECKED,
        money={
            "p44ad_limit": 20_000_000,
            "p44ad_limit_digital": 30_000_000,
            "itr4_income_limit": 5_000_000,
            "no_tax_income": 1_200_000,
        },
        answers={
            # facts.md 10.3
            Ask.WHO: N_(
                "Resident individuals, HUFs (family businesses) and partnership firms that "
                "run a business, if their turnover is within the limit.\n"
                "• LLPs cannot use it.\n"
                "• A craftsperson or shop owner selling on Flipkart or Amazon as an "
                "individual fits here.\n"
                "• ITR-4 is only for residents; for anything unusual, ask a CA."
            ),
            # facts.md 10.3
            Ask.LIMITS: N_(
                "Turnover up to %(p44ad_limit)s a year for the 6%%/8%% scheme.\n"
                "• Up to %(p44ad_limit_digital)s if cash receipts are at most 5%% of turnover "
                "(from AY 2024-25).\n"
                "• Bank or UPI receipts count at 6%% only if received by the ITR due date.\n"
                "• ITR-4 has its own limit: total income up to %(itr4_income_limit)s.\n"
                "Above these limits, ask a CA about books and audit."
            ),
            # facts.md 10.3, 10.2
            Ask.COST: N_(
                "Often nothing: under the new regime (the default) there is no tax if total "
                "income is up to %(no_tax_income)s (from AY 2026-27).\n"
                "• With 44AD your business income is 6%% of bank/UPI turnover plus 8%% of "
                "cash turnover.\n"
                "• If tax is due, pay the advance tax in one go by 15 March.\n"
                "• TDS that Flipkart or Amazon cut counts against your tax."
            ),
            # facts.md 10.3
            Ask.TIME: N_(
                "Advance tax under 44AD: all of it in one instalment by 15 March (for "
                "2026-27, by 15 March 2027).\n"
                "• The return itself: usually by 31 July after the year ends (31 July 2026 "
                "was the date for 2025-26).\n"
                "• Budget 2026-27 proposed 31 August for business returns without audit. "
                "Reports differ on the year this starts, so check on the income tax portal."
            ),
            # facts.md 10.3, 10.2, 10.1
            Ask.HOW: N_(
                "1. Log in on the income tax portal and download Form 26AS/AIS.\n"
                "2. Check the 0.1%% TDS that Flipkart or Amazon cut.\n"
                "3. File ITR-4, choose the presumptive scheme (6%%/8%%) and claim that TDS.\n"
                "GST TCS is claimed separately on gst.gov.in.\n"
                "A new Income-tax Act applies from 1 Apr 2026, so section and form names may "
                "change: follow the portal."
            ),
        },
    ),
)
