"""Listing products: adding listings, photos, prices, titles and keywords, brands, returns.

Answers are written from ../shared/knowledge/facts.md (section numbers in the comments), in our
own words; [L] facts there are hedged or left out, and where facts.md has little (photos,
pricing, returns) the answers give general, safe advice and send the seller to Seller Hub. Each
text is a gettext message id (`locales/` has the Hindi and Latin-Hindi versions). Keep an answer
under about 560 characters: the title, the link line and the "last checked" line must fit with it
in 700.
"""

from __future__ import annotations

from bot.knowledge.amounts import ZERO_COMMISSION_BELOW
from bot.knowledge.model import CHECKED, RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "add_listing",
        TopicKind.KNOWLEDGE,
        N_("Add a product listing"),
        # facts.md 2.2 listing/catalogue (FSN, QC) [M], fees (listing is free); 2.1 (HSN code)
        N_(
            "To add a product in Flipkart Seller Hub (listing is free):\n"
            "1. Search for your product first. If the same item is already on Flipkart, you "
            "sell it under its existing FSN (Flipkart's product number).\n"
            "2. If not, make a new listing: category, title, photos, price, stock and the HSN "
            "code. Every listing needs an HSN code, or it is removed.\n"
            "3. For many products, fill in the bulk catalogue Excel file.\n"
            "4. Flipkart checks each listing (QC). If one fails, you see the reason: fix it and "
            "send it again."
        ),
        # facts.md 2.2 listing (colours of the bulk catalogue file) [M]
        more=N_(
            "In the bulk catalogue file, the colour of each cell tells you what to fill:\n"
            "• blue: you must fill it\n"
            "• purple: you must fill it in some cases\n"
            "• green: good to have\n"
            "• grey: Flipkart's feedback to you\n"
            "Your accountant or GST adviser can tell you the right HSN code for your product. "
            "Keep your GSTIN or GST enrolment number ready too."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=RECHECKED,
    ),
    Topic(
        "product_photos",
        TopicKind.KNOWLEDGE,
        N_("Product photos"),
        # facts.md 2.2 images: Flipkart's exact image rules were not found ([L]); the list is the
        # general norm of other marketplaces, given as advice. Model photos for apparel: 2.2 [M].
        N_(
            "Flipkart's photo rules can change, so check its current image guidelines in Seller "
            "Hub. General tips that most marketplaces follow:\n"
            "• plain white or light background\n"
            "• the product fills most of the photo (about 80%%)\n"
            "• no watermark, logo, phone number or price on the photo\n"
            "• good daylight, no dark shadows\n"
            "• several photos: front, side, back and a close-up of the work\n"
            "• clothes shown on a model\n"
            "• sharp photos, at least about 500 × 500 pixels"
        ),
        # General advice only (no facts.md rule behind it): true photos mean fewer returns.
        more=N_(
            "• A phone camera is enough if the light is good. Wipe brass, glass and polished "
            "wood before the photo to remove marks.\n"
            "• Use the same background for all your products so your shop looks neat.\n"
            "• Show the size, for example with a photo of the item in use.\n"
            "• Photos must show the real product that you will send. If the item looks different, "
            "buyers return it."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "pricing_products",
        TopicKind.KNOWLEDGE,
        N_("Pricing your products"),
        # General arithmetic advice, no rates given. facts.md 2.2 fees [M]: fees change often
        # (May 2024, Nov 2025), so the rate card in Seller Hub is the source for the numbers.
        N_(
            "Set a price that covers all your costs:\n"
            "1. Making cost of one piece: material, labour and packing.\n"
            "2. Flipkart's fees: a commission, which is a percentage of your selling price, "
            "and a fixed fee.\n"
            "3. Shipping charge, by weight and distance.\n"
            "4. GST on your product, if you are registered.\n"
            "5. Your profit (margin).\n"
            "Price = cost + fees + shipping + GST + profit.\n"
            "Take fees and shipping from the rate card in Seller Hub; they change often. Keep a "
            "little extra for returns, and compare prices of similar products on Flipkart."
        ),
        # facts.md 2.2 fees: 18% GST on the fee [M]; Nov 2025 zero commission below Rs 1,000 [M]
        # (news); volumetric weight formula [M].
        more=N_(
            "• Example: you sell at %(example_price)s and the commission is 10%% (only an "
            "example; see your rate card). The commission is %(example_commission)s and 18%% "
            "GST on it %(example_gst)s: %(example_fees)s goes to fees, before the fixed fee.\n"
            "• GST of 18%% is charged on Flipkart's fees. Add it to the fees when you work out "
            "your price.\n"
            "• Since November 2025, products priced below %(zero_commission_below)s reportedly pay "
            "no commission. Other fees may still apply.\n"
            "• Shipping is charged by weight, and a big light box by its size. A smaller box "
            "can lower your cost.\n"
            "• Write your working on paper for each product, and check it again whenever the "
            "fees change."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
        # The worked example: 10% of ₹2,000 is ₹200, and 18% GST on that ₹36.
        money={
            "zero_commission_below": ZERO_COMMISSION_BELOW,
            "example_price": 2_000,
            "example_commission": 200,
            "example_gst": 36,
            "example_fees": 236,
        },
    ),
    Topic(
        "listing_title_keywords",
        TopicKind.KNOWLEDGE,
        N_("Title and keywords"),
        # facts.md 2.2 listing tips (Flipkart seller growth guide [M]): up to 5 search keywords,
        # key features in the "additional description", rich description.
        N_(
            "A good title and description help buyers find your product.\n"
            "• Title: say what it is, the material, the craft, and the size or colour. For "
            "example: “Moradabad brass flower vase, gold colour”.\n"
            "• Search keywords: Flipkart's guide suggests up to 5 words that buyers really "
            "type, like “brass vase”.\n"
            "• Key features: put them in the additional description.\n"
            "• Description: explain the material, size, use and care, and say that it is "
            "handmade.\n"
            "Write only true details, and no other company's brand name."
        ),
        # facts.md 3.9 (only producers of the GI area, best as registered authorised users, may
        # use a GI name) [H/M]. Other tips are general advice.
        more=N_(
            "• Put the most important words first in the title.\n"
            "• Do not repeat the same word many times.\n"
            "• Give the size in cm or inches, and the weight.\n"
            "• Use a GI name, like Banarasi saree (GI: Banaras Brocades and Sarees), only if "
            "your product is really made in that GI area. Register as an authorised user of the "
            "GI for your craft with the GI Registry (ipindia.gov.in).\n"
            "• Check the title rules for your category in Seller Hub."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=CHECKED,
    ),
    Topic(
        "brand_approval",
        TopicKind.KNOWLEDGE,
        N_("Brand approval"),
        # facts.md 2.1 brand approval [M] (the 24 hours is from a third-party guide: "usually").
        # Trademark office: facts.md 3.9 names ipindia.gov.in (GI Registry, same IP office).
        N_(
            "To sell under a brand name on Flipkart, apply for brand approval in Seller Hub:\n"
            "1. Give the brand name and logo.\n"
            "2. Upload the trademark certificate of the brand, or a letter from the brand owner "
            "that allows you to sell it.\n"
            "3. Approval usually takes up to about 24 hours.\n"
            "Do not use a brand name that you do not own or have no permission for.\n"
            "Next step: if your own brand has no trademark yet, ask a trademark adviser or see "
            "the government IP office site, ipindia.gov.in."
        ),
        # facts.md 4.1 (trademark fee concessions for Udyam units, third-party lists [M]);
        # 3.9 (GI is not a brand). Brandless listing rules were not found: sent to support.
        more=N_(
            "• Units with Udyam registration may get a lower trademark fee (reported; check when "
            "you file).\n"
            "• Use the same brand name on your products, labels and packing.\n"
            "• A GI tag is not a brand: it belongs to a craft and its area, and only producers "
            "from there may use it.\n"
            "• Not sure how to list without a brand in your category? Ask Flipkart seller "
            "support in Seller Hub."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=RECHECKED,
        answers={
            # facts.md 2.1
            Ask.TIME: N_(
                "Usually up to about 24 hours after you apply in Seller Hub. That figure "
                "comes from an onboarding guide, not from a written Flipkart rule.\n"
                "• Upload clear copies of all your papers at once.\n"
                "• If it takes much longer, ask Flipkart seller support in Seller Hub."
            ),
            # facts.md 13, 2.1
            Ask.DOCUMENTS: N_(
                "Usually:\n"
                "• your own brand: the trademark certificate\n"
                "• someone else's brand: a brand authorisation letter from the brand owner\n"
                "• in both cases: purchase invoices, and product photos that show the MRP\n"
                "• food items: a category licence such as FSSAI\n"
                "This list is from seller guides; Seller Hub shows the exact papers for your "
                "category."
            ),
            # facts.md 13
            Ask.WHO: N_(
                "Sellers who list products under a brand name, their own or another "
                "company's.\n"
                "• Own brand: Flipkart asks for your trademark certificate.\n"
                "• Reselling a brand: you need the owner's permission letter.\n"
                "• Handmade goods with no brand name need no trademark. How to list them "
                "without a brand depends on the category: ask Flipkart seller support."
            ),
        },
    ),
    Topic(
        "returns_policy",
        TopicKind.KNOWLEDGE,
        N_("Returns"),
        # facts.md has almost nothing on Flipkart returns: general, safe guidance only, and the
        # seller is sent to the category's return policy in Seller Hub. No return windows or fees.
        N_(
            "On Flipkart, returns follow the return policy of each product category. See the "
            "policy for your category in Seller Hub.\n"
            "To protect yourself:\n"
            "• Pack well so nothing breaks on the way.\n"
            "• Take photos or a video while packing each order, showing the product and the "
            "closed parcel. Keep them as proof.\n"
            "• When a return comes, check the return reason, and open the parcel on video.\n"
            "• If a wrong or damaged item comes back, contact Flipkart seller support with your "
            "proof."
        ),
        # General guidance (RTO meaning, fewer returns with true listings); no facts.md source.
        more=N_(
            "• RTO (return to origin) means the parcel was not delivered, for example the buyer "
            "refused it, so it comes back to you.\n"
            "• True photos and a clear description mean fewer returns: buyers send back items "
            "that look different from the photos.\n"
            "• Return rules and charges can change. Read the current policy in Seller Hub, and "
            "ask seller support if you are not sure."
        ),
        category=Category.LISTING,
        url="https://seller.flipkart.com",
        last_checked=RECHECKED,
        answers={
            # facts.md 2.2, 17
            Ask.COST: N_(
                "It depends: Flipkart sets who pays for return shipping, by product category, "
                "and its charges change.\n"
                "• Open the return policy and the rate card for your category in Seller Hub, "
                "and check what is charged when an order comes back.\n"
                "• Not clear? Raise a ticket with seller support in Seller Hub before you "
                "list.\n"
                "Add the likely cost of returns when you set your price."
            ),
            # facts.md 17, 18
            Ask.PROBLEM: N_(
                "A damaged or wrong return? Raise it with seller support quickly, with "
                "proof.\n"
                "1. Open the return parcel on video.\n"
                "2. Take photos of the item, the box and the label.\n"
                "3. In Seller Hub, go to Help/Support, raise a ticket and attach your packing "
                "and opening videos.\n"
                "Flipkart decides on any money back to you: no fixed rule is confirmed. Many "
                "returns can also put your account at risk, so fix the cause."
            ),
        },
    ),
)
