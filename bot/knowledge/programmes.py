"""Walmart & Flipkart: the MoU with UP's Export Promotion Bureau, Walmart Vriddhi, walmart.com.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments), in our
own words; [L] facts there are hedged or left out. Each text is a gettext message id (`locales/`
has the Hindi and Latin-Hindi versions). Keep an answer under about 560 characters: the title,
the link line and the "last checked" line must fit with it in 700. Dollar amounts are written
as text ("USD 10 billion"); only rupee amounts use %(name)s placeholders.
"""

from __future__ import annotations

from bot.knowledge.model import CHECKED, RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "walmart_flipkart_mou",
        TopicKind.KNOWLEDGE,
        N_("Walmart–Flipkart MoU"),
        # facts.md 0 [H] (story dated 6 Jan 2022, so "reported in January 2022"),
        # 2.3 (Samarth), 2.4 (Vriddhi)
        N_(
            "Walmart and Flipkart signed an agreement (MoU) with UP's Export Promotion Bureau "
            "(EPB), reported in January 2022.\n"
            "The aim: help small businesses (MSMEs) go digital and sell online, in India and "
            "abroad. Flipkart reported 52%% quarterly growth from its ODOP work with UP since "
            "January 2020.\n"
            "How you can use it:\n"
            "• Sell on Flipkart, with Flipkart Samarth help for artisans\n"
            "• Join the free Walmart Vriddhi training\n"
            "Next step: ask EPB UP or your District Industries Centre (DIC) how to join."
        ),
        # facts.md 0 [H] (the sourcing goal; similar Vriddhi MoUs in other states)
        more=N_(
            "Walmart plans to export goods worth USD 10 billion a year from India by 2027.\n"
            "Walmart has signed similar Walmart Vriddhi agreements with other states: Haryana, "
            "Tamil Nadu and Madhya Pradesh.\n"
            "UP's MSME Minister linked it to the state's ODOP and “Ubharte Sitaare” schemes."
        ),
        category=Category.PROGRAMMES,
        url="https://epbupindia.in",
        last_checked=CHECKED,
    ),
    Topic(
        "walmart_vriddhi",
        TopicKind.KNOWLEDGE,
        N_("Walmart Vriddhi training"),
        # facts.md 2.4 [H]. Eligibility and the sign-up page were not found [L]: not stated;
        # the user is sent to the state MSME department / DIC, as facts.md advises.
        N_(
            "Walmart Vriddhi is free training for small businesses (MSMEs).\n"
            "It helps you grow as a supplier to Walmart, a seller on Flipkart, or on other "
            "platforms in India and abroad. You are not tied to Walmart after it.\n"
            "You learn online and in workshops, with one-to-one advice. The training partner "
            "is Swasti. There is an e-Institute in Agra (UP).\n"
            "We could not confirm who can join or the sign-up page. Next step: ask the UP MSME "
            "department or your District Industries Centre (DIC) how to join."
        ),
        # facts.md 2.4 (launch, 50,000 goal, Panipat [H]; progress figures [M]: "reportedly");
        # Growth Summit [M]
        more=N_(
            "Walmart Vriddhi started in December 2019 with a goal to train 50,000 MSMEs. Its "
            "first e-Institute opened in Panipat (Haryana) in 2020.\n"
            "By June 2023, more than 32,000 MSMEs had reportedly finished the training, and "
            "over 6,000 were selling on Flipkart.\n"
            "In February 2024, Walmart also held a Growth Summit in New Delhi where Indian "
            "sellers showed their products to Walmart US buyers."
        ),
        category=Category.PROGRAMMES,
        # No url: facts.md names no official Vriddhi site, and msme.up.gov.in is UP's MSME
        # department, where the answer sends sellers to ask, not Vriddhi's own page.
        last_checked=RECHECKED,
        answers={
            # facts.md 2.4
            Ask.WHO: N_(
                "It is made for small businesses (MSMEs) that want to grow as suppliers or "
                "online sellers.\n"
                "We could not confirm the exact rules, such as a turnover limit, or the "
                "official sign-up page.\n"
                "Next step: ask the UP MSME department or your District Industries Centre "
                "(DIC) whether your unit can join."
            ),
            # facts.md 2.4
            Ask.BENEFITS: N_(
                "Walmart Vriddhi gives free business training:\n"
                "• online lessons, workshops and one-to-one advice, with feedback on your "
                "business\n"
                "• help to grow as a supplier to Walmart, a seller on Flipkart, or on other "
                "platforms in India and abroad\n"
                "• you are not tied to Walmart afterwards\n"
                "There is an e-Institute in Agra (UP). By June 2023, over 6,000 trained MSMEs "
                "were reportedly selling on Flipkart."
            ),
            # facts.md 2.4
            Ask.COST: N_(
                "Free. Walmart Vriddhi charges MSMEs nothing for the training.\n"
                "• It is run with the training partner Swasti.\n"
                "• You learn online and in workshops; the e-Institute in UP is in Agra.\n"
                "Next step: ask the UP MSME department or your DIC how to join."
            ),
            # facts.md 2.4
            Ask.HOW: N_(
                "We could not find the official sign-up page, so:\n"
                "1. Ask the UP MSME department or your District Industries Centre (DIC) how "
                "to join.\n"
                "2. You can also look for Walmart Vriddhi's own website; make sure it is the "
                "official one.\n"
                "The training is free, so do not pay anyone to sign you up."
            ),
        },
    ),
    Topic(
        "walmart_marketplace",
        TopicKind.KNOWLEDGE,
        N_("Sell on walmart.com"),
        # facts.md 2.5: tax forms, documents, returns rules [H]; approval-based [M].
        # An India-specific cross-border programme is unverified [L]: not claimed.
        N_(
            "Indian businesses can apply to sell to US customers on walmart.com. Walmart checks "
            "and approves each seller.\n"
            "• A company fills form W-8BEN-E. A sole proprietor fills form W-8BEN. No US tax "
            "ID is needed.\n"
            "• Keep ready: your business tax ID in India, ID proof, legal business name, "
            "address and phone.\n"
            "• You need a return address in the USA (not a P.O. box), at least 30 days for "
            "returns, and free return shipping for buyers.\n"
            "Next step: apply on marketplace.walmart.com."
        ),
        # facts.md 2.5 (Seller Center onboarding [H], GTIN [M]: "usually", suspension [H])
        more=N_(
            "After you apply, Seller Center takes you through these steps:\n"
            "1. Business checks (up to about 5 days)\n"
            "2. Customer service details\n"
            "3. How you will deliver (fulfilment)\n"
            "4. Payments, through a payout provider or Marketplace Wallet\n"
            "5. Your product catalogue\n"
            "Products usually need a barcode number (GTIN, UPC or EAN). A wrong US return "
            "address can get your account suspended. Guides: marketplacelearn.walmart.com."
        ),
        category=Category.PROGRAMMES,
        url="https://marketplace.walmart.com",
        last_checked=RECHECKED,
        answers={
            # facts.md 2.5
            Ask.TIME: N_(
                "Walmart's business check (verification) takes up to about 5 days.\n"
                "• After that you finish the other steps in Seller Center: customer service "
                "details, delivery set-up, payments and your catalogue.\n"
                "• Walmart checks and approves each seller, so the full time can vary.\n"
                "Next step: keep your papers ready so the check goes quickly."
            ),
            # facts.md 2.5
            Ask.WHO: N_(
                "Yes, Indian businesses can apply: Walmart opened its US marketplace to "
                "sellers from outside the US in March 2021.\n"
                "• Companies fill form W-8BEN-E; sole proprietors fill form W-8BEN.\n"
                "• You need no US company and no US tax ID.\n"
                "• But you need a return address in the USA (not a P.O. box) for customer "
                "returns.\n"
                "Walmart checks every seller, so approval is not automatic."
            ),
            # facts.md 2.5
            Ask.COST: N_(
                "It depends: we could not confirm Walmart's selling fees. Check them in "
                "Walmart's seller guides (marketplacelearn.walmart.com) before you apply.\n"
                "Costs to plan for:\n"
                "• free return shipping for buyers: you may not charge them for returns\n"
                "• a return address in the USA\n"
                "• delivery to US buyers, through the fulfilment you set up\n"
                "Next step: check these costs against your price."
            ),
            # facts.md 2.5
            Ask.HOW: N_(
                "1. Apply on the Walmart Marketplace site; Walmart checks each seller.\n"
                "2. Pass the business check in Seller Center (up to about 5 days).\n"
                "3. Add customer service details.\n"
                "4. Set up delivery (fulfilment) and a US return address.\n"
                "5. Set up payments through a payout provider or Marketplace Wallet.\n"
                "6. Add your catalogue; products usually need a barcode number (GTIN or UPC)."
            ),
            # facts.md 2.5
            Ask.DOCUMENTS: N_(
                "Keep ready:\n"
                "• your business tax ID in India\n"
                "• ID proof of the owner or the legal representative\n"
                "• the legal business name, address and phone number\n"
                "• form W-8BEN-E (company) or W-8BEN (sole proprietor)\n"
                "• a US return address: not a P.O. box, and not in Hawaii, Alaska or US "
                "territories\n"
                "Products usually need a barcode number (GTIN, UPC or EAN)."
            ),
        },
    ),
    Topic(
        "walmart_sourcing_goal",
        TopicKind.KNOWLEDGE,
        N_("Supplying to Walmart"),
        # facts.md 0 [H] (USD 10 billion by 2027, about USD 3 billion in Dec 2020, Bengaluru
        # office, about 14 markets); 2.4 (Vriddhi), 3.1-3.2 (IEC, RCMC)
        N_(
            "Walmart plans to triple its exports from India to USD 10 billion a year by 2027. "
            "It was about USD 3 billion a year when Walmart announced the plan in December "
            "2020.\n"
            "Walmart buys through its Global Sourcing office in Bengaluru and sends goods to "
            "about 14 markets, like the US, Canada, Mexico and the UK.\n"
            "How to get ready:\n"
            "• Join the free Walmart Vriddhi training\n"
            "• Sell online on Flipkart\n"
            "• Get your IEC and RCMC for exports\n"
            "Next step: ask EPB UP about the Walmart–Flipkart programme."
        ),
        # facts.md 2.4 (Growth Summit / Open Call, Feb 2024 [M]: "reported")
        more=N_(
            "In February 2024, Walmart held a Growth Summit with an “Open Call” in "
            "New Delhi. Indian sellers pitched their products to Walmart US buyers, as "
            "reported in the news. Watch for such events through EPB UP and your council.\n"
            "The Bengaluru sourcing office has been open since 2002."
        ),
        category=Category.PROGRAMMES,
        url="https://epbupindia.in",
        last_checked=CHECKED,
    ),
)
