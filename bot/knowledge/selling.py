"""Selling online: Flipkart, papers, GST, fees, payouts, shipping, Samarth, ODOP, Udyam, GeM, ONDC.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments), in our
own words; [L] facts there are hedged or left out. Each text is a gettext message id (`locales/`
has the Hindi and Latin-Hindi versions). Keep an answer under about 560 characters: the title,
the link line and the "last checked" line must fit with it in 700.
"""

from __future__ import annotations

from bot.knowledge.amounts import GST_GOODS_LIMIT, ODOP_ONLINE_MAX, ZERO_COMMISSION_BELOW
from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
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
        last_checked=RECHECKED,
        money={"odop_online_max": ODOP_ONLINE_MAX},
        answers={
            # facts.md 2.2
            Ask.COST: N_(
                "Signing up and listing on Flipkart are free. You pay only when you sell.\n"
                "• Flipkart keeps a commission (a %% of the price, by category) and a fixed "
                "fee per order, plus shipping in some cases.\n"
                "• 18%% GST is charged on these fees.\n"
                "See the rate card for your category in Seller Hub before you set your price."
            ),
            # facts.md 2.1
            Ask.WHO: N_(
                "Anyone with a PAN, a bank account and a pickup address can sign up, but "
                "Flipkart asks for a GSTIN as a rule.\n"
                "• Every listing needs an HSN code (the GST code for the product), or it is "
                "removed.\n"
                "• No GSTIN? The law lets small sellers sell within UP with a free GST "
                "enrolment number, but whether Flipkart accepts it is not confirmed.\n"
                "Next step: ask Flipkart seller support before you sign up without a GSTIN."
            ),
            # facts.md 2.1
            Ask.CHANGE: N_(
                "Choose your store name with care: older Flipkart material says the display "
                "name cannot be changed later.\n"
                "• Pick a short name that buyers can remember, such as your craft and town.\n"
                "• The bank account name should match your GST or business name, so give the "
                "right account at sign-up.\n"
                "Need to change something after sign-up? Ask Flipkart seller support in "
                "Seller Hub."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 2.1
            Ask.WHO: N_(
                "A proprietor gives their own PAN; a firm or company gives the firm's or "
                "company's PAN.\n"
                "• The bank account and cancelled cheque should be in the same name as your "
                "GST or business registration.\n"
                "• The pickup address is the place where your goods will be collected.\n"
                "• Flipkart asks for a GSTIN as a rule. With only a GST enrolment number, ask "
                "Flipkart seller support first."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "goods_limit": GST_GOODS_LIMIT,
        },
        answers={
            # facts.md 2.1, 7.1
            Ask.WHO: N_(
                "Small sellers of goods whose yearly sales are below the GST limit "
                "(%(goods_limit)s in UP).\n"
                "You can sell online without GST registration only if:\n"
                "• you sell goods, not services\n"
                "• all your buyers are in your own state (UP)\n"
                "• you have a PAN and a GST enrolment number\n"
                "Selling to other states, or above the limit? Then you need GST registration."
            ),
            # facts.md 2.1, 5
            Ask.HOW: N_(
                "Make a GST enrolment number on the GST portal and give it to the marketplace "
                "in place of a GSTIN:\n"
                '1. Open User Services → "Generate User Id for Unregistered Applicant".\n'
                '2. Tick "To apply as a supplier to e-commerce operators".\n'
                "3. Fill in your PAN and the details asked.\n"
                "4. After the PAN check, your enrolment number is made. Note it down."
            ),
            # facts.md 2.1, 7.1
            Ask.LIMITS: N_(
                "Two limits: sell only inside your own state, and keep yearly sales below "
                "%(goods_limit)s (goods, UP).\n"
                "• The sales of all your business on the same PAN, anywhere in India, "
                "count.\n"
                "• Services cannot be sold this way.\n"
                "Crossed a limit? Apply for GST registration within 30 days.\n"
                "Handicraft makers have a separate rule for other states, but it may not "
                "cover Flipkart or Amazon sales: ask a CA."
            ),
            # facts.md 2.1, 10.1
            Ask.BENEFITS: N_(
                "If you sell only within UP and are below the GST limit, you can start "
                "selling online without GST registration and without a GSTIN.\n"
                "• The marketplace deducts no GST TCS from your payments. It only reports "
                "your sales to the GST department.\n"
                "• You start with just a PAN and the enrolment number. Ask the marketplace if "
                "it accepts it.\n"
                "To sell to buyers in other states, you need GST registration first."
            ),
            # facts.md 2.1, 8.4
            Ask.PROBLEM: N_(
                "It depends on the marketplace: not every one takes an enrolment number "
                "yet.\n"
                "• For Flipkart it is not confirmed for every category: ask Flipkart seller "
                "support.\n"
                "• ONDC seller apps such as Mystore already accept it.\n"
                "• Meesho made HSN code and GST%% optional for sellers without GST.\n"
                "To sell on every marketplace, take GST registration. There is no government "
                "fee."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "zero_commission_below": ZERO_COMMISSION_BELOW,
        },
        answers={
            # facts.md 2.2
            Ask.COST: N_(
                "The commission is a share (%%) of your item's price, and the share is "
                "different for each category. Listing is free.\n"
                "• When you sell, Flipkart also keeps a fixed fee per order, and sometimes a "
                "shipping fee by weight and distance.\n"
                "• 18%% GST is added on Flipkart's fees.\n"
                "• Since November 2025, items priced below %(zero_commission_below)s "
                "reportedly pay no commission.\n"
                "See the exact rates in your category's rate card in Seller Hub."
            ),
            # facts.md 2.2
            Ask.LIMITS: N_(
                "Below %(zero_commission_below)s: news reports say Flipkart stopped taking "
                "commission on products priced under this from November 2025.\n"
                "• Other fees, like the fixed fee or shipping, may still apply.\n"
                "• This comes from news reports, so check your category's rate card in Seller "
                "Hub to be sure.\n"
                "A low price can still leave little profit after fees: do the sum before you "
                "set it."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 2.2
            Ask.TIME: N_(
                "Usually 7 to 15 working days after you dispatch the order.\n"
                "• The wait depends on your seller level: about 7 days for Gold, 10 for "
                "Silver, 15 for Bronze.\n"
                "• New sellers start at Bronze, and levels are reviewed every 3 months.\n"
                "• Reports say the November 2025 changes can cut it to 7 days.\n"
                "These figures come from seller guides: Seller Hub shows the real date for "
                "each order."
            ),
            # facts.md 2.2, 2.1
            Ask.PROBLEM: N_(
                "Payment not received? First open the order's payment details in Seller "
                "Hub.\n"
                "• Money usually comes 7 to 15 working days after dispatch, not on the day of "
                "sale.\n"
                "• The amount is the price minus Flipkart's fees and any tax it deducts.\n"
                "• Check your bank details: the account name should match your GST or "
                "business name.\n"
                "Still missing after that? Raise a ticket with seller support in Seller Hub."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 2.2
            Ask.COST: N_(
                "It depends on the parcel's weight, size and distance. Today's charges are in "
                "the rate card in Seller Hub.\n"
                "• Since May 2024, parcels under 500 g sent locally or within your zone "
                "reportedly pay no shipping fee. National or heavier parcels pay extra.\n"
                "• A big, light box is charged by size: length × breadth × height in cm ÷ "
                "5000 gives the weight in kg.\n"
                "Use the smallest box that keeps the item safe."
            ),
            # facts.md 2.2, 17, 18
            Ask.PROBLEM: N_(
                "Pickup missed or parcel damaged? First check the order status in Seller "
                "Hub.\n"
                "• No pickup: raise a ticket with seller support in Seller Hub, and keep the "
                "parcel packed and ready.\n"
                "• Broken on the way: attach your packing photos or video to the ticket.\n"
                "• No fixed rule on payment for transit damage is confirmed, so pack well: "
                "each piece in bubble wrap, a box inside a strong outer box.\n"
                "Keep a packing video for every order."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 2.3
            Ask.WHO: N_(
                "Flipkart Samarth is for artisans, weavers, craftspeople, self-help groups "
                "and small rural businesses. It gives special attention to businesses led by "
                "women and to entrepreneurs with disabilities.\n"
                "• It works through state governments, NGOs and livelihood missions.\n"
                "• In UP it is linked with the ODOP programme (agreement of 7 August 2020).\n"
                "Next step: ask your DIC, self-help group or NGO how to join."
            ),
            # facts.md 2.3
            Ask.BENEFITS: N_(
                "For a limited time, Samarth gives you:\n"
                "• easy sign-up as a Flipkart seller\n"
                "• free cataloguing (your product listings made for you)\n"
                "• marketing help and account management\n"
                "• business insights about your sales\n"
                "• warehousing support\n"
                "• lower commission, if you are eligible\n"
                "Next step: ask your DIC how to join."
            ),
            # facts.md 2.3
            Ask.HOW: N_(
                "We found no open sign-up form: Samarth works through partners.\n"
                "1. In UP, ask your District Industries Centre (DIC), as Samarth is linked "
                "with ODOP.\n"
                "2. If you are in a self-help group, or work with an NGO or a livelihood "
                "mission, ask them too.\n"
                "3. Look out for Flipkart sign-up stalls at ODOP events, like the one at Maha "
                "Kumbh 2025."
            ),
        },
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
        last_checked=RECHECKED,
        money={
            "odop_online_max": ODOP_ONLINE_MAX,
        },
        answers={
            # facts.md 1.3 C
            Ask.WHO: N_(
                "You can get it if:\n"
                "• you make or sell your own district's ODOP product\n"
                "• you have an ID or registration, such as Udyam or Udyog Aadhaar\n"
                "• you do not sell online yet\n"
                "It covers one online marketplace only.\n"
                "Next step: ask your District Industries Centre (DIC) if the scheme is still "
                "open."
            ),
            # facts.md 1.3 C
            Ask.LIMITS: N_(
                "At most %(odop_online_max)s: the scheme pays 75%% of what you spend to start "
                "on an online marketplace.\n"
                "• It is for one marketplace only, and only for sellers who are not online "
                "yet.\n"
                "• It is paid first come first served, while the year's budget lasts.\n"
                "Check at your DIC that it is still open: the 2019 order was changed in 2020."
            ),
            # facts.md 1.3 C
            Ask.DOCUMENTS: N_(
                "Attach these to your claim:\n"
                "• the service provider's invoice (the bill for getting you started online)\n"
                "• bank proof that you paid it (cash is not accepted)\n"
                "• your ID, Aadhaar, or a registration such as Udyam\n"
                "Then give a printed copy of the online form to your DIC within 15 days."
            ),
            # facts.md 1.3 C, 1.1
            Ask.HOW: N_(
                "1. Start on one marketplace (like Flipkart or Amazon) and pay the service "
                "provider from your bank account.\n"
                "2. Keep the invoice and the bank proof.\n"
                "3. Apply online on the Directorate of Industries portal within 120 days.\n"
                "4. Give a printed copy to your DIC within 15 days.\n"
                "5. A district committee approves, and the money comes to your bank by DBT."
            ),
            # facts.md 1.3 C
            Ask.TIME: N_(
                "Apply within 120 days of paying for your start online. The month you paid in "
                "is not counted.\n"
                "• Give the printed form to your DIC within 15 days after that.\n"
                "• There is no fixed payment date: claims are paid first come first served "
                "while the budget lasts."
            ),
        },
    ),
    Topic(
        "udyam_registration",
        TopicKind.KNOWLEDGE,
        N_("Udyam registration"),
        # facts.md 4.1
        N_(
            "Udyam registration is the free government registration for small businesses "
            "(MSMEs). Its permanent Udyam number and certificate help with bank loans, "
            "government buying and UP schemes like ODOP.\n"
            "• Register online with your Aadhaar number.\n"
            "• PAN and GST details come from tax records; you upload no papers.\n"
            "• Do not pay any website: the government portal is free.\n"
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
        last_checked=RECHECKED,
        money={
            "micro_invest": 25_000_000,
            "micro_turnover": 100_000_000,
            "small_invest": 250_000_000,
            "small_turnover": 1_000_000_000,
            "medium_invest": 1_250_000_000,
            "medium_turnover": 5_000_000_000,
        },
        answers={
            # facts.md 4.1
            Ask.WHO: N_(
                "Any business that makes goods or gives services can register, if it is "
                "within the MSME limits (micro, small or medium). Artisans and home units "
                "count too, usually as micro units.\n"
                "• Many bank loans and UP schemes ask for it, like ODOP help for fairs and "
                "online selling.\n"
                "• No PAN or GST? A bank or NBFC can get your micro unit a Udyam Assist "
                "certificate.\n"
                "Next step: check which category fits your unit."
            ),
            # facts.md 4.1
            Ask.BENEFITS: N_(
                "Udyam helps you get:\n"
                "• priority bank loans, and loans without collateral (no guarantee) under "
                "CGTMSE\n"
                "• on-time payment: buyers must pay within 45 days, or pay interest\n"
                "• a share of government buying: 25%% of central purchases must come from "
                "micro and small units (4%% from SC/ST-owned, 3%% from women-owned)\n"
                "• a link with GeM, the government's online market\n"
                "• UP schemes, like ODOP, that accept it as your registration"
            ),
            # facts.md 4.1
            Ask.LIMITS: N_(
                "A micro unit has machinery investment up to %(micro_invest)s and yearly "
                "turnover up to %(micro_turnover)s (limits from 1 April 2025).\n"
                "• Small: investment up to %(small_invest)s, turnover up to "
                "%(small_turnover)s\n"
                "• Medium: investment up to %(medium_invest)s, turnover up to "
                "%(medium_turnover)s\n"
                "Both limits count: cross either one and your unit moves to the next "
                "category. Export sales are usually left out of turnover."
            ),
            # facts.md 4.1
            Ask.HOW: N_(
                "You can register yourself online:\n"
                "1. Open the official Udyam portal.\n"
                "2. Enter your Aadhaar number.\n"
                "3. Give your PAN and GSTIN if you have them; their details are fetched from "
                "tax records.\n"
                "4. Fill in your business details yourself (self-declaration).\n"
                "5. Get your Udyam number and e-certificate.\n"
                "No fee and no uploads. No PAN or GST? Ask a bank about the Udyam Assist "
                "Platform."
            ),
            # facts.md 4.1
            Ask.DOCUMENTS: N_(
                "You upload no documents: Udyam works on your own declaration.\n"
                "Keep ready:\n"
                "• your Aadhaar number (needed)\n"
                "• PAN and GSTIN, if you have them; their details are fetched from income-tax "
                "and GST records\n"
                "• your business details, with investment and turnover\n"
                "No PAN or GST? A bank or NBFC can register your micro unit on the Udyam "
                "Assist Platform."
            ),
            # facts.md 4.1
            Ask.COST: N_(
                "Free. The government charges nothing for Udyam registration.\n"
                "• You can do it yourself on the official portal, with no uploads.\n"
                "• Sites that ask for a fee are not the government portal, and you do not "
                "need them.\n"
                "• Units without PAN or GST get a Udyam Assist certificate through a bank, "
                "NBFC or other listed agency.\n"
                "Next step: register on the official portal."
            ),
            # facts.md 4.1, 1.1
            Ask.CHANGE: N_(
                "Your Udyam number is permanent: it stays the same when your details "
                "change.\n"
                "• PAN and GST details are taken from income-tax and GST records, so keep "
                "those records right.\n"
                "• If your investment or turnover crosses a limit, your unit moves up a "
                "category (say, micro to small).\n"
                "• With a Udyam Assist certificate, you can move to full Udyam once you have "
                "PAN and GST.\n"
                "For the update steps, check the portal or ask your District Industries "
                "Centre (DIC)."
            ),
            # facts.md 4.1, 5, 1.1
            Ask.CONTACT: N_(
                "We found no Udyam helpline number in official sources.\n"
                "• Do it yourself on the official portal: it is free, and you need no "
                "agent.\n"
                "• For help near you, go to your District Industries Centre (DIC).\n"
                "• No PAN or GST? A bank or NBFC can register you on the Udyam Assist "
                "Platform."
            ),
        },
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
            "• A quarter (25%%) of central government purchases must come from micro and small "
            "units.\n"
            "• GeM may ask for a one-time caution money that is returned later. Reports differ "
            "on the amount and on who does not have to pay it, so check on gem.gov.in.\n"
            "• GeM workshops were held in every UP district in 2023. Ask your District Industries "
            "Centre (DIC) if one is coming up near you.\n"
            "• For questions, see the FAQ in the GeM help centre."
        ),
        category=Category.SELLING,
        url="https://gem.gov.in",
        last_checked=RECHECKED,
        answers={
            # facts.md 4.2, 4.1
            Ask.WHO: N_(
                "Businesses that register with the right papers can sell on GeM to government "
                "buyers: central and state ministries, departments and public companies.\n"
                "• GeM has special provisions for artisans, weavers, self-help groups, TRIFED "
                "and startups.\n"
                "• 25%% of central government purchases must come from micro and small "
                "units.\n"
                "• GeM is linked with Udyam, so keep your Udyam number ready.\n"
                "Next step: ask your DIC about GeM workshops."
            ),
            # facts.md 4.2
            Ask.HOW: N_(
                "1. Open the GeM portal and choose seller registration.\n"
                "2. Use the Aadhaar or PAN of the person who signs for the business, with a "
                "mobile number linked to Aadhaar.\n"
                "3. Add email, bank details and proof of your business (PAN, Udyam or income "
                "tax return).\n"
                "4. For each product, declare where it is made and how much of it is made in "
                "India (local content).\n"
                "Stuck? See the FAQ in the GeM help centre, or ask your DIC."
            ),
            # facts.md 4.2
            Ask.COST: N_(
                "Free. Seller registration on GeM costs nothing.\n"
                "• GeM may ask for a one-time caution money (a security deposit that is "
                "returned). Reports differ on the amount and on who does not have to pay it, "
                "so check on the portal.\n"
                "• Some unofficial pages mention a small charge on big orders. Check the "
                "current rules on the portal too."
            ),
            # facts.md 4.2
            Ask.DOCUMENTS: N_(
                "Keep ready:\n"
                "• Aadhaar and PAN of the person who signs for the business (the one who "
                "files its income tax return)\n"
                "• a mobile number linked to that Aadhaar\n"
                "• email and bank account details\n"
                "• proof of your business: PAN, Udyam or income tax return\n"
                "You must also declare the country of origin and the local content of each "
                "product."
            ),
        },
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
        last_checked=RECHECKED,
        answers={
            # facts.md 4.3, 2.1
            Ask.WHO: N_(
                "Sellers join ONDC through a seller app (such as Mystore), not directly; you "
                "are not tied to one shopping platform.\n"
                "• Some seller apps accept a GST enrolment number instead of a GSTIN.\n"
                "• With only an enrolment number, you can sell within your own state (UP) "
                "only.\n"
                "Next step: pick a seller app and read its terms before you join."
            ),
            # facts.md 4.3, 2.1
            Ask.HOW: N_(
                '1. Pick a seller app on ONDC (a "seller network participant"), for example '
                "Mystore.\n"
                "2. Sign up in that app with your business and bank details.\n"
                "3. Add your products and prices to its catalogue.\n"
                "4. Your catalogue then shows on all the buyer apps of the network.\n"
                "Next step: compare two or three seller apps first."
            ),
            # facts.md 4.3
            Ask.COST: N_(
                "It depends on the seller app you choose. ONDC itself is a not-for-profit "
                "company set up by the government (DPIIT).\n"
                "• Each seller app sets its own charges, and we could not verify them.\n"
                "• Ask the app what it takes from each sale, and compare two or three apps "
                "before you join."
            ),
            # facts.md 4.3, 2.1
            Ask.DOCUMENTS: N_(
                "Each seller app has its own list. Apps usually ask for:\n"
                "• PAN\n"
                "• GSTIN, or on some apps (like Mystore) a GST enrolment number\n"
                "• bank account details\n"
                "• pickup address, mobile number and email\n"
                "With only an enrolment number, you can sell within UP only."
            ),
        },
    ),
)
