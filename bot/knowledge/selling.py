"""Selling online: Flipkart, papers, GST, fees, payouts, shipping, Samarth, ODOP, Udyam, GeM, ONDC.

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
        "sell_on_flipkart",
        TopicKind.KNOWLEDGE,
        # TRANSLATORS: button label, keep it under 25 characters
        N_("Sell on Flipkart"),
        # facts.md 2.2 (steps), 2.1 (GST rule)
        N_(
            "How to start selling on Flipkart:\n"
            "1. Sign up at seller.flipkart.com with your mobile number and email.\n"
            "2. Enter your GSTIN and PAN. No GSTIN yet? Ask Flipkart seller support if a GST "
            "enrolment number is accepted.\n"
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
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
        money={"odop_online_max": 10_000},
    ),
    Topic(
        "documents_needed",
        TopicKind.KNOWLEDGE,
        N_("Documents needed"),
        # facts.md 2.1 (documents usually asked)
        N_(
            "Papers you usually need to sell online:\n"
            "• PAN card\n"
            "• GSTIN (selling only within UP without GST: ask Flipkart if a GST enrolment "
            "number will do)\n"
            "• Bank account and a cancelled cheque (the name must match)\n"
            "• Address from where your goods will be picked up\n"
            "• Mobile number and email\n"
            "Keep clear photos of your products ready too."
        ),
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "gst_requirement",
        TopicKind.KNOWLEDGE,
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
        category=Category.SELLING,
        url="https://www.gst.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "marketplace_fees",
        TopicKind.KNOWLEDGE,
        N_("Flipkart fees"),
        # facts.md 2.2 fees [M]. The amounts change often (revisions of May 2024 and Nov 2025),
        # so no rates are given: the answer points to the rate card in Seller Hub. TCS and TDS
        # ([L]) are left out.
        N_(
            "Listing your products on Flipkart is free. When you sell, Flipkart keeps its fees "
            "from the payment:\n"
            "• commission: a part of the price, different for each product category\n"
            "• a fixed fee for each order\n"
            "• shipping charges in some cases, by weight and distance\n"
            "GST is also charged on these fees.\n"
            "Fees change often: Flipkart changed them in May 2024 and again in November 2025. "
            "Before you set a price, open the rate card for your category in Seller Hub."
        ),
        # facts.md 2.2 fees (May 2024 and Nov 2025 changes, reported by news [M]), 2.3 (Samarth)
        more=N_(
            "Recent changes (as reported; the rate card in Seller Hub is what counts):\n"
            "• May 2024: the fee became a commission plus a fixed fee. Parcels under 500 g sent "
            "within your own area or zone pay no shipping fee; other parcels pay more.\n"
            "• November 2025: no commission on products priced below %(zero_commission_below)s. "
            "Other fees may still apply.\n"
            "GST of 18%% is charged on Flipkart's fees. Artisans in Flipkart Samarth may get a "
            "lower commission."
        ),
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
        money={"zero_commission_below": 1_000},
    ),
    Topic(
        "payment_cycle",
        TopicKind.KNOWLEDGE,
        N_("Flipkart payments"),
        # facts.md 2.2 payment cycle [M/L]: the days come from third-party guides, hence "usually"
        # and "reported"; 2.1 (bank name must match)
        N_(
            "Flipkart pays your money into the bank account you gave when you signed up. The "
            "amount is the sale price minus Flipkart's fees and any tax it must deduct.\n"
            "The money does not come on the day of the sale. It usually comes about 7 to 15 "
            "working days after you dispatch the order. The wait depends on your seller level, "
            "and new sellers usually start with the longest wait.\n"
            "These days can change. Check the payment details for each order in your Seller Hub "
            "account."
        ),
        # facts.md 2.2 payment cycle: tiers and the Nov 2025 "as early as 7 days" are [L]/[M]
        more=N_(
            "Seller levels as reported by seller guides (not confirmed by Flipkart):\n"
            "• Gold: about 7 days\n"
            "• Silver: about 10 days\n"
            "• Bronze: about 15 days. New sellers start here.\n"
            "Levels are reviewed every three months. After the November 2025 changes, some "
            "reports say payment can come in as little as 7 days.\n"
            "Keep your bank details right: the account name should match your business name."
        ),
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "shipping_pickup",
        TopicKind.KNOWLEDGE,
        N_("Shipping and pickup"),
        # facts.md 2.2 steps (Flipkart logistics picks up) [M], fees (shipping by weight and zone).
        # Packing tips are general advice, not Flipkart rules.
        N_(
            "You do not need your own courier for Flipkart orders.\n"
            "1. When an order comes, pack the product well: a strong box, padding around glass, "
            "brass or wooden items, and a cover against water.\n"
            "2. Follow the packing and label steps shown for that order in your Seller Hub "
            "account.\n"
            "3. Flipkart's delivery partner picks up the parcel from your pickup address and "
            "takes it to the buyer.\n"
            "Shipping charges depend on weight and distance, and they change. See the rate card "
            "in Seller Hub."
        ),
        # facts.md 2.2 fees: volumetric weight formula, May 2024 change [M], FBF; 2.3 (Samarth)
        more=N_(
            "A big but light box can be charged by its size. Size weight in kg = length × "
            "breadth × height in cm ÷ 5000. So use the smallest box that keeps the item safe.\n"
            "Since May 2024, parcels under 500 g sent within your own zone reportedly pay no "
            "shipping fee; other parcels cost more.\n"
            "Flipkart can also keep your stock in its warehouse and ship it for you (Fulfilled by "
            "Flipkart), for a fee. Artisans in Flipkart Samarth may get warehousing support."
        ),
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "flipkart_samarth",
        TopicKind.KNOWLEDGE,
        N_("Flipkart Samarth"),
        # facts.md 2.3 [H]: launch, who it is for, what it offers, UP ODOP MoU of 7 Aug 2020.
        # No application form or link was found, so the next step is the DIC.
        N_(
            "Flipkart Samarth, started in July 2019, helps artisans, weavers, self-help groups "
            "and small rural businesses sell on Flipkart. It gives special attention to women "
            "and people with disabilities.\n"
            "For a limited time it gives:\n"
            "• help to sign up as a seller\n"
            "• free cataloguing of your products\n"
            "• marketing and account management help\n"
            "• warehousing support\n"
            "• lower commission, if you are eligible\n"
            "In UP it works with the ODOP programme. Ask your District Industries Centre (DIC) "
            "how to join."
        ),
        # facts.md 2.3 (partners, MoU date, Maha Kumbh 2025 stall [M])
        more=N_(
            "Samarth works through state governments, NGOs and livelihood missions. If you are in "
            "a self-help group or work with an NGO, ask them too.\n"
            "Flipkart signed an agreement with UP's ODOP programme under Samarth on 7 August "
            "2020.\n"
            "Flipkart has also run free sign-up stalls for ODOP sellers, for example at the Maha "
            "Kumbh 2025.\n"
            "You will usually still need the normal seller papers: PAN, GST details and a bank "
            "account."
        ),
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "odop_online_support",
        TopicKind.KNOWLEDGE,
        N_("ODOP help to sell online"),
        # facts.md 1.3 C (MDA GO of 22 Jan 2019, e-commerce row and claim rules) [H]; 5 (portal).
        # The 2020 amendment was not read, so the answer says to check that it is still open.
        N_(
            "UP's ODOP marketing scheme pays 75%% of your cost of starting to sell on an online "
            "marketplace, up to %(odop_online_max)s, for one marketplace only.\n"
            "Who can get it:\n"
            "• you make or sell your own district's ODOP product\n"
            "• you have a registration such as Udyam\n"
            "• you are not selling online yet\n"
            "How: pay the service provider from your bank (not cash) and keep the invoice. Then "
            "apply online at diupmsme.upsdc.gov.in within 120 days. Your District Industries "
            "Centre (DIC) can help."
        ),
        # facts.md 1.3 C (how to apply, limits, DBT, budget)
        more=N_(
            "Details (UP order of January 2019, changed in 2020; ask your DIC if it is still "
            "open):\n"
            "• The 120 days do not count the month in which you spent the money.\n"
            "• Give a printed copy of the application to the DIC within 15 days.\n"
            "• Attach the service provider's invoice, bank proof of payment, and your ID or "
            "Udyam registration.\n"
            "• A district committee approves. The money comes to your bank by DBT, first come "
            "first served, while the budget lasts."
        ),
        category=Category.SELLING,
        url="https://diupmsme.upsdc.gov.in",
        last_checked=CHECKED,
        money={"odop_online_max": 10_000},
    ),
    Topic(
        "udyam_registration",
        TopicKind.KNOWLEDGE,
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
        category=Category.SELLING,
        url="https://udyamregistration.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "gem_portal",
        TopicKind.KNOWLEDGE,
        N_("Sell on GeM"),
        # facts.md 4.2 [M/H]: what GeM is, free registration, papers, origin declaration, Udyam link
        N_(
            "GeM (Government e-Marketplace) is the government's online market. Government "
            "offices and public companies buy goods there.\n"
            "Seller registration is free. You need:\n"
            "• Aadhaar and PAN of the person who signs for the business, with a mobile number "
            "linked to Aadhaar\n"
            "• email and bank details\n"
            "• proof of your business, such as PAN, Udyam or income tax return\n"
            "You must also say where your product is made.\n"
            "Next step: register as a seller at gem.gov.in. Keep your Udyam number ready: GeM "
            "is linked with Udyam."
        ),
        # facts.md 4.2 (artisan provisions, UP workshops Aug 2023 [M]); 4.1 (25% set-aside [M]).
        # Caution money and transaction charges are [L] with conflicting reports: no amounts.
        more=N_(
            "• GeM has special provisions for artisans, weavers and self-help groups.\n"
            "• A quarter (25%) of central government purchases must come from micro and small "
            "units.\n"
            "• GeM may ask for a one-time caution money that is returned later. Reports differ "
            "on the amount and on who does not have to pay it, so check on gem.gov.in.\n"
            "• GeM workshops were held in every UP district in 2023. Ask your District Industries "
            "Centre (DIC) if one is coming up near you.\n"
            "• For questions, see the FAQ in the GeM help centre."
        ),
        category=Category.SELLING,
        url="https://gem.gov.in",
        last_checked=CHECKED,
    ),
    Topic(
        "ondc_network",
        TopicKind.KNOWLEDGE,
        N_("ONDC network"),
        # facts.md 4.3 [M]; 2.1 (enrolment number works for sales within your own state only).
        # url: ondc.org is ONDC's own site; facts.md section 5 lists no ONDC portal.
        N_(
            "ONDC (Open Network for Digital Commerce) is an open network set up by the "
            "government (DPIIT) in December 2021 as a not-for-profit company. With it you are "
            "not tied to one shopping app.\n"
            "How to join:\n"
            "1. Choose a seller app on ONDC, for example Mystore.\n"
            "2. Sign up in that app and add your products.\n"
            "3. Buyers on all the buying apps of the network can then see your products.\n"
            "Next step: compare two or three seller apps before you sign up."
        ),
        # facts.md 4.3: commission per seller app is [L] (not verified), so only "ask the app"
        more=N_(
            "• Each seller app has its own charges and terms. Ask the app what it takes from each "
            "sale before you join.\n"
            "• Some seller apps, such as Mystore, accept a GST enrolment number instead of a "
            "GSTIN. With only an enrolment number you can sell within your own state (UP) only.\n"
            "• Keep your PAN, bank details and product photos ready."
        ),
        category=Category.SELLING,
        url="https://ondc.org",
        last_checked=CHECKED,
    ),
)
