"""Brand and business: trademark, firm registration, other marketplaces, account problems, packing.

Written from ../shared/knowledge/facts.md (section numbers in the comments), in our own
words; [L] facts there are hedged or left out. Each text is a gettext message id.
"""

from __future__ import annotations

from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "trademark",
        TopicKind.KNOWLEDGE,
        N_("Trademark"),
        # facts.md 13
        N_(
            "A trademark is your brand name or logo registered with the government's "
            "Trade Marks Registry. It is not Flipkart's brand approval: for that, "
            "Flipkart asks for your trademark certificate.\n"
            "• First search your name free at tmrsearch.ipindia.gov.in.\n"
            "• Then apply online with Form TM-A.\n"
            "• You may write ™ now; ® only after registration.\n"
            "Next step: do the free name search."
        ),
        category=Category.SELLING,
        url="https://ipindia.gov.in",
        last_checked=RECHECKED,
        money={
            "fee_small": 4_500,
            "fee_other": 9_000,
            "fee_small_paper": 5_000,
            "fee_other_paper": 10_000,
            "renewal_fee": 9_000,
        },
        answers={
            # facts.md 13
            Ask.WHO: N_(
                "Anyone who sells under their own brand name or logo: an individual artisan, "
                "a startup, a small unit or a company.\n"
                "• It is not needed just to start selling. Handmade goods sold without a "
                "brand name usually need no trademark.\n"
                "• You do need it, or the brand owner's letter, to list under a brand on "
                "Flipkart.\n"
                "Next step: choose your brand name and search it."
            ),
            # facts.md 13
            Ask.BENEFITS: N_(
                "A registered trademark makes the brand name legally yours, with rights "
                "counted from the day you filed.\n"
                '• You may then write ® or "registered" next to it. Writing ® without '
                "registration is an offence: up to 3 years in jail, or a fine, or both.\n"
                "• The certificate is the proof Flipkart asks for in brand approval.\n"
                "• It lasts 10 years and can be renewed."
            ),
            # facts.md 13
            Ask.HOW: N_(
                "1. Search your brand name free at tmrsearch.ipindia.gov.in, to check nobody "
                "has it.\n"
                "2. Pick the class of your goods (there are 45). One form can cover several "
                "classes, but the fee is per class.\n"
                "3. File Form TM-A online.\n"
                "4. The office examines it. If it raises an objection, reply within 30 "
                "days.\n"
                "5. The mark is published in the Trade Marks Journal, usually for 4 months, "
                "then the certificate comes."
            ),
            # facts.md 13, 4.1
            Ask.COST: N_(
                "%(fee_small)s per class, filed online, for an individual, a startup or a "
                "small enterprise. Everyone else pays %(fee_other)s per class.\n"
                "• On paper it costs more: %(fee_small_paper)s or %(fee_other_paper)s.\n"
                "• To get the lower fee as a small unit, attach your Udyam certificate.\n"
                "• Renewal after 10 years: %(renewal_fee)s online.\n"
                "Next step: get Udyam registration (free) before you file."
            ),
            # facts.md 13
            Ask.TIME: N_(
                "Usually 12 to 24 months, though sources differ. At best about 6 to 8 months; "
                "longer if someone opposes it.\n"
                "• The office examines it in about 3 to 12 months.\n"
                "• You get 30 days to answer an objection.\n"
                "• Then it waits in the Trade Marks Journal, usually 4 months, for others to "
                "object.\n"
                "Your rights count from the filing date, and you can use ™ meanwhile."
            ),
            # facts.md 13
            Ask.VALIDITY: N_(
                "10 years from the date you filed. You can renew it every 10 years, as many "
                "times as you like.\n"
                "• Online renewal fee: %(renewal_fee)s.\n"
                "• Your rights start from the filing date, not the certificate date.\n"
                "Next step: note the renewal year somewhere safe, so the mark does not lapse."
            ),
            # facts.md 13
            Ask.DOCUMENTS: N_(
                "Keep ready:\n"
                "• the brand name, and the logo image if you have one\n"
                "• the goods it is for, to choose the class\n"
                "• your name and address as the applicant\n"
                "• your Udyam certificate, if you want the lower small-unit fee\n"
                "The full list can depend on your case: read the Form TM-A page on the IP "
                "India site, or ask a trademark agent."
            ),
            # facts.md 13
            Ask.PROBLEM: N_(
                "Objection from the office: reply within 30 days and explain why your mark "
                "should be allowed.\n"
                "• Opposition: once your mark is published in the Trade Marks Journal, others "
                "can oppose it, usually within 4 months. The case then takes longer.\n"
                "• The name is already taken? Choose another name and search it first.\n"
                "A trademark agent or lawyer can write the reply for you."
            ),
        },
    ),
    Topic(
        "business_registration",
        TopicKind.KNOWLEDGE,
        N_("Business registration"),
        # facts.md 14
        N_(
            "A single artisan who sells on their own (a sole proprietor) needs no "
            'separate "firm registration". The business is you, with your own PAN.\n'
            "Banks and marketplaces want proof of the business, such as:\n"
            "• Udyam registration (free)\n"
            "• GST registration or a GST enrolment number\n"
            "• a shop licence or a utility bill in the business name\n"
            "Next step: get Udyam, then GST or an enrolment number."
        ),
        category=Category.SELLING,
        url="https://udyamregistration.gov.in",
        last_checked=RECHECKED,
        money={
            "shop_fine": 2_000,
        },
        answers={
            # facts.md 14
            Ask.WHO: N_(
                "Usually no registration is compulsory for a small artisan.\n"
                "• Sole proprietor: there is no law to register it.\n"
                "• UP shop registration: compulsory only with 20 or more workers, since 19 "
                "Nov 2025.\n"
                "• Partnership firm (2 or more partners): you need a partnership deed on "
                "stamp paper. Registering it with the Registrar of Firms is optional, but "
                "only a registered firm can go to court over a contract."
            ),
            # facts.md 14, 2.1
            Ask.HOW: N_(
                "Before you sell online:\n"
                "1. PAN card (your own, as a proprietor).\n"
                "2. Udyam registration, free.\n"
                "3. GST registration, or a GST enrolment number if you sell only inside UP "
                "and are under the GST limit. Check that your marketplace accepts it.\n"
                "4. A current account in the business name, opened with two business "
                "documents (Udyam and GST both count).\n"
                "5. Sign up on the marketplace, with the bank account name the same as the "
                "GST name."
            ),
            # facts.md 14
            Ask.DOCUMENTS: N_(
                "For a proprietor's current account the bank needs your own KYC, plus any two "
                "documents in the business name, such as:\n"
                "• Udyam certificate\n"
                "• GST certificate\n"
                "• Shops and Establishment licence\n"
                "• IEC, or sales or income-tax returns\n"
                "• an electricity or other utility bill in the business name\n"
                "If you really have only one, the bank may accept it and visit your unit to "
                "check."
            ),
            # facts.md 14
            Ask.LIMITS: N_(
                "20 workers. Since 19 Nov 2025, UP's shop law makes registration compulsory "
                "only for shops and other units with 20 or more workers. Smaller ones may "
                "register if they wish.\n"
                "• The law now covers the whole state, villages too.\n"
                "• Units with 20+ workers apply online within 6 months; the certificate comes "
                "automatically.\n"
                "• Work hours: 9 a day, 48 a week. First-offence fine: %(shop_fine)s."
            ),
        },
    ),
    Topic(
        "amazon_selling",
        TopicKind.KNOWLEDGE,
        N_("Selling on Amazon"),
        # facts.md 15
        N_(
            "Amazon is a separate marketplace with its own rules and fees; Flipkart's "
            "rules do not apply there. It has three routes for artisans:\n"
            "• Amazon.in: sell to buyers in India.\n"
            "• Amazon Karigar: Amazon's programme for artisans and weavers.\n"
            "• Amazon Global Selling: sell abroad on Amazon's sites in other countries "
            "(18 of them).\n"
            "For exact rules and fees, read Amazon's own Seller Central help."
        ),
        category=Category.SELLING,
        url="https://sell.amazon.in",
        last_checked=RECHECKED,
        answers={
            # facts.md 15
            Ask.HOW: N_(
                '1. Open Amazon\'s seller site and tap "Start Selling".\n'
                "2. Enter your GSTIN and verify it with an OTP.\n"
                "3. Add your shipping details and bank account.\n"
                "4. List your products.\n"
                "Only sellers of GST-exempt goods, such as books, may skip the GSTIN. "
                "Amazon's own registration guide shows the current steps."
            ),
            # facts.md 15
            Ask.WHO: N_(
                "Sellers with a GSTIN, as a rule. Amazon.in asks for it at sign-up; only "
                "sellers of GST-exempt goods, such as books, may skip it.\n"
                "• We found no word on whether Amazon accepts the GST enrolment number that "
                "small sellers within one state can use. 2026 guides still say GSTIN is a "
                "must.\n"
                "• Check this in Seller Central before you apply without a GSTIN."
            ),
            # facts.md 15
            Ask.COST: N_(
                "No monthly fee on Amazon.in. You pay when an item sells:\n"
                "• a referral fee: a percentage of the sale price, by category\n"
                "• a closing fee: a fixed amount by price band\n"
                "• shipping, if Amazon delivers it\n"
                "The current rates are on Amazon's fee pages in Seller Central. They are not "
                "the same as Flipkart's."
            ),
            # facts.md 15
            Ask.BENEFITS: N_(
                "Amazon Karigar is Amazon's programme, since 2017, for artisans, weavers and "
                "small craft businesses.\n"
                "• It offers training, help with cataloguing and marketing.\n"
                "• It holds a Karigar Mela sale twice a year.\n"
                "• It does not promise sales: a 2023 report found artisans who sold "
                "nothing.\n"
                "Next step: ask Amazon, in Seller Central, how to join."
            ),
            # facts.md 15, 14
            Ask.DOCUMENTS: N_(
                "Amazon.in: your GSTIN (checked by OTP), bank account details and pickup "
                "address. Keep the bank account name the same as the GST name.\n"
                "Amazon Global Selling (export) asks for:\n"
                "• ID proof: Aadhaar, passport or driving licence\n"
                "• address proof: a bank or credit-card statement from the last 180 days, "
                "with the business name\n"
                "• a credit card that works abroad\n"
                "The export itself needs an IEC."
            ),
        },
    ),
    Topic(
        "meesho_selling",
        TopicKind.KNOWLEDGE,
        N_("Selling on Meesho"),
        # facts.md 15
        N_(
            "Meesho is a separate marketplace, with its own supplier panel and rules; "
            "Flipkart's rules do not apply there.\n"
            "• It charges suppliers 0%% commission and earns from delivery and ads.\n"
            "• Since 1 Oct 2023 small sellers without GST may join, if they sell only "
            "inside their own state.\n"
            "• It announced a 7-day payment cycle in 2022.\n"
            "Check the current rules in the Meesho supplier panel before you start."
        ),
        category=Category.SELLING,
        url="https://supplier.meesho.com",
        last_checked=RECHECKED,
        answers={
            # facts.md 15, 2.1
            Ask.WHO: N_(
                "GST-registered sellers, and also small sellers without GST. Since 1 Oct "
                "2023, a seller under the GST limit may join without GST if they:\n"
                "• sell only inside their own state\n"
                "• have a PAN\n"
                "• have a GST enrolment number\n"
                "For them HSN and GST rate are optional. One 2025 blog says GST is a must on "
                "Meesho; it is probably out of date, so check in the supplier panel."
            ),
            # facts.md 15
            Ask.COST: N_(
                "0%% commission: Meesho takes no commission from suppliers (announced in "
                "2022).\n"
                "• You still pay a shipping or delivery fee on each order. Meesho earns from "
                "its delivery service (Valmo) and from ads.\n"
                "• It also said there is no penalty when an order is cancelled.\n"
                "Fees can change: check the current charges in the supplier panel."
            ),
            # facts.md 15
            Ask.TIME: N_(
                "About 7 days: Meesho announced a 7-day payment cycle for suppliers in "
                "2022.\n"
                "• The money goes to the bank account you gave at sign-up.\n"
                "• Payment dates can change, so check the payments section of the supplier "
                "panel for your orders."
            ),
            # facts.md 15, 14, 2.1
            Ask.DOCUMENTS: N_(
                "Usually:\n"
                "• GSTIN, or a GST enrolment number if you sell without GST inside your "
                'state. Get it on gst.gov.in: User Services, then "Generate User Id for '
                'Unregistered Applicant".\n'
                "• PAN\n"
                "• a bank account in the same name as your GST or legal name, or sign-up "
                "fails\n"
                "The supplier panel shows the exact list."
            ),
        },
    ),
    Topic(
        "listing_rejected",
        TopicKind.KNOWLEDGE,
        N_("Listing rejected"),
        # facts.md 17, 2.2
        N_(
            "A listing is rejected when it fails Flipkart's quality check (QC); Seller "
            "Hub shows the reason. Common causes, from seller guides:\n"
            "• photos that break the image guidelines\n"
            "• misleading claims\n"
            "• no brand approval, or the wrong category\n"
            "• HSN code or GST details missing\n"
            "• restricted goods without a licence, e.g. FSSAI for food\n"
            "A copy of Flipkart's banned list names ivory, wildlife items and "
            "protected-bird feathers."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=RECHECKED,
        answers={
            # facts.md 17
            Ask.PROBLEM: N_(
                "1. Open the listing in Seller Hub and read the exact reason.\n"
                "2. Fix that one point: redo photos (background, sharpness, no logo or text); "
                "remove claims you cannot prove; get brand approval or choose the right "
                "category; add the HSN code and GST details; upload the licence.\n"
                "3. Send the listing again.\n"
                "Reason not clear? Raise a ticket with seller support under Help in Seller "
                "Hub."
            ),
            # facts.md 17, 2.2
            Ask.HOW: N_(
                "Before you submit, check that:\n"
                "• photos follow the image guidelines shown in Seller Hub\n"
                "• the title and description are true, with no claim you cannot prove\n"
                "• the product is in the right category\n"
                "• the HSN code and GST details are filled in\n"
                "• brand approval is done, if you use a brand name\n"
                "• the licence is ready for restricted goods\n"
                "For horn or bone craft, use only legal material such as buffalo horn."
            ),
            # facts.md 17, 13
            Ask.DOCUMENTS: N_(
                "It depends on the product. Usually:\n"
                "• HSN code and GST details (GSTIN or enrolment number)\n"
                "• for a brand: the trademark certificate or the brand owner's letter, "
                "through brand approval\n"
                "• for restricted goods: their licence, such as FSSAI for food\n"
                "• if Flipkart asks you to prove goods are genuine: purchase invoices\n"
                "Seller Hub shows what your category needs."
            ),
        },
    ),
    Topic(
        "account_blocked",
        TopicKind.KNOWLEDGE,
        N_("Seller account blocked"),
        # facts.md 17
        N_(
            "Flipkart can suspend or deactivate a seller account. Common reasons, from "
            "seller guides (we found no official Flipkart policy):\n"
            "• fake or suspected fake goods, or trademark complaints\n"
            "• many returns and quality complaints\n"
            "• late dispatch, cancellations, low ratings\n"
            "• fake orders\n"
            "• running more than one account\n"
            "• banned items\n"
            "• failing to ship a rush of sale orders"
        ),
        category=Category.SELLING,
        url="https://seller.flipkart.com",
        last_checked=RECHECKED,
        answers={
            # facts.md 17
            Ask.PROBLEM: N_(
                "1. Read the suspension email and the notice in Seller Hub to learn the exact "
                "reason.\n"
                "2. Fix the cause: remove the listing, change the supplier, or improve your "
                "packing.\n"
                "3. Reply to seller support with a plan of action. For fake-goods claims, "
                "attach purchase invoices or brand papers.\n"
                "4. Do not open a new account: it gets suspended too."
            ),
            # facts.md 17, 5
            Ask.CONTACT: N_(
                "Flipkart seller support, inside Seller Hub: usually Help or Support, then "
                "raise a ticket or ask for a call back.\n"
                "• We could not confirm any official seller-support phone number, so do not "
                "trust numbers posted on other sites.\n"
                "• Keep your ticket number, and reply on the same ticket with your proof."
            ),
            # facts.md 17
            Ask.DOCUMENTS: N_(
                "Send proof that fits the reason:\n"
                "• fake-goods or trademark complaint: purchase invoices from your supplier, "
                "and the trademark certificate or the brand owner's letter\n"
                "• returns or quality complaints: what you changed, such as the supplier or "
                "packing\n"
                "• a corrected listing, if a listing caused it\n"
                "Add a short plan of action: what went wrong and how you fixed it."
            ),
        },
    ),
    Topic(
        "packing_fragile",
        TopicKind.KNOWLEDGE,
        N_("Packing fragile items"),
        # facts.md 18
        N_(
            "Glass, brass and pottery break when they move inside the box. Three rules:\n"
            "• wrap every piece on its own\n"
            "• leave no empty space, so nothing shakes\n"
            "• use a box strong enough to survive drops\n"
            "Amazon's fragile rule is a good test anywhere: the parcel should survive 5 "
            "drops from about 3 feet onto a hard floor. Flipkart's own packing rules are "
            "in Seller Hub."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=RECHECKED,
        money={
            "insured_max": 100_000,
        },
        answers={
            # facts.md 18
            Ask.HOW: N_(
                "Box-in-box packing:\n"
                "1. Wrap each piece in bubble wrap (10 mm is common).\n"
                "2. Put it in a small inner box.\n"
                "3. Put that in a strong 5-ply outer box, with about 2 inches of filling all "
                "round: crumpled paper, air pillows or foam. Guides say not newspaper.\n"
                "4. Tape every seam in an H shape.\n"
                '5. Stick "Fragile" and "This side up" labels.\n'
                "6. Shake it: nothing should move."
            ),
            # facts.md 18
            Ask.LIMITS: N_(
                "India Post (indiapost.gov.in): a registered parcel can weigh up to 20 kg (10 "
                "kg at a branch post office); an unregistered one up to 4 kg.\n"
                "• Length up to 1 m; length plus girth up to 1.8 m.\n"
                "• You can insure a parcel for up to %(insured_max)s.\n"
                "• Pack it in a strong case and mark fragile contents.\n"
                "For Flipkart orders, follow the packing steps shown in Seller Hub."
            ),
            # facts.md 18
            Ask.WHO: N_(
                "Not confirmed for today. In the 2016, 2018 and 2019 festive seasons Flipkart "
                "told sellers to use Flipkart-branded packaging bought from Flipkart, and "
                "warned of a temporary account block. We could not check whether this is "
                "still compulsory in 2026.\n"
                "Next step: read the packaging rules in Seller Hub, or ask seller support."
            ),
            # facts.md 18, 17
            Ask.PROBLEM: N_(
                "We found no confirmed rule on claims for goods broken in transit. Raise a "
                "ticket with Flipkart seller support in Seller Hub, with your proof.\n"
                "• Take photos or a video of each order while you pack it.\n"
                "• Open returned parcels on video.\n"
                "• If breakage repeats, change the packing: box-in-box, more filling, a 5-ply "
                "box.\n"
                "Many returns and quality complaints can even lead to account suspension."
            ),
            # facts.md 18, 1.1
            Ask.CONTACT: N_(
                "Ask your District Industries Centre (DIC) about packaging training.\n"
                "• In 2020 UP signed agreements with NIFT, the Indian Institute of Packaging "
                "(IIP) and SIDBI for ODOP design and packaging help.\n"
                "• IIP runs packaging workshops for craft clusters.\n"
                "Next step: ask the DIC whether a packaging workshop is planned for your "
                "craft."
            ),
        },
    ),
)
