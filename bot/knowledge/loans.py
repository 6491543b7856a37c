"""Loans and schemes: PM Vishwakarma, Mudra, PMEGP, CGTMSE, CM-YUVA, Vishwakarma Shram Samman.

Written from ../shared/knowledge/facts.md (section numbers in the comments), in our own
words; [L] facts there are hedged or left out. Each text is a gettext message id.
"""

from __future__ import annotations

from bot.knowledge.model import RECHECKED, Category, Topic, TopicKind
from bot.text.asks import Ask
from bot.text.catalogs import N_

TOPICS: tuple[Topic, ...] = (
    Topic(
        "pm_vishwakarma",
        TopicKind.KNOWLEDGE,
        N_("PM Vishwakarma"),
        # facts.md 11
        N_(
            "PM Vishwakarma is a central government scheme (Ministry of MSME) for "
            "artisans in 18 traditional family trades, like carpenter, potter, tailor, "
            "blacksmith or mason.\n"
            "• You get an ID card, training with a daily allowance, a toolkit voucher of "
            "up to %(toolkit)s and a loan of up to %(loan_max)s without guarantee at "
            "5%%.\n"
            "• The scheme runs until 2027-28.\n"
            "Next step: register at your nearest CSC (Common Service Centre)."
        ),
        category=Category.LOANS,
        url="https://pmvishwakarma.gov.in",
        last_checked=RECHECKED,
        money={
            "toolkit": 15_000,
            "stipend": 500,
            "loan_max": 300_000,
            "loan1": 100_000,
            "loan2": 200_000,
            "digital": 1,
        },
        answers={
            # facts.md 11
            Ask.WHO: N_(
                "Artisans aged 18 or more, self-employed, who work with hands and tools in "
                "one of the 18 trades.\n"
                "• Trades: carpenter, boat maker, armourer, blacksmith, tool maker, "
                "locksmith, goldsmith, potter, stone carver, cobbler, mason, basket/mat/broom "
                "maker, toy maker, barber, garland maker, washerman, tailor, fishing-net "
                "maker.\n"
                "• One person per family; no one in a government job.\n"
                "• Not if you took a PMEGP loan. A Mudra or SVANidhi loan must be repaid."
            ),
            # facts.md 11
            Ask.BENEFITS: N_(
                "PM Vishwakarma gives 5 kinds of help:\n"
                "• a certificate and ID card as a Vishwakarma artisan;\n"
                "• basic training of 5-7 days with %(stipend)s a day;\n"
                "• a toolkit e-voucher of up to %(toolkit)s;\n"
                "• a loan of up to %(loan_max)s without guarantee at 5%%;\n"
                "• %(digital)s for each digital payment (up to 100 a month), plus help with "
                "quality marks, branding, online selling and fairs."
            ),
            # facts.md 11
            Ask.HOW: N_(
                "You can register only at a CSC (Common Service Centre), with an Aadhaar "
                "fingerprint check.\n"
                "1. Take your papers to the CSC; they fill the form on the portal.\n"
                "2. Your gram pradhan (or town body) checks it.\n"
                "3. Then a district committee under the DM, and a state committee.\n"
                "4. After approval: skill check, training, toolkit voucher, then the loan.\n"
                'Do not pay anyone who promises a "Vishwakarma loan".'
            ),
            # facts.md 11
            Ask.DOCUMENTS: N_(
                "Take these to the CSC:\n"
                "• Aadhaar card, and the mobile number linked to it;\n"
                "• ration card (or the Aadhaar of every family member);\n"
                "• bank account details (passbook);\n"
                "• caste certificate, if you have one.\n"
                "Your Aadhaar must work for the fingerprint check."
            ),
            # facts.md 11
            Ask.LIMITS: N_(
                "Up to %(loan_max)s in total, in two parts, without guarantee.\n"
                "• First part: %(loan1)s, after basic training; repay in 18 months.\n"
                "• Second part: %(loan2)s; repay in 30 months. You need the first loan repaid "
                "regularly, and digital payments in your work or advanced training.\n"
                "• You pay 5%% interest."
            ),
            # facts.md 11
            Ask.COST: N_(
                "5%% interest on the loan; the government pays the bank up to 8%% more for "
                "you.\n"
                "• Registration at the CSC: no official fee was found. It is said to be free, "
                "though some CSCs ask a small amount for their help.\n"
                '• No agent fee: do not pay anyone to "pass" your loan.'
            ),
            # facts.md 11
            Ask.TIME: N_(
                "5-7 days for basic training; 15 days or more for advanced training.\n"
                "• First loan: repay in 18 months. Second loan: in 30 months.\n"
                "• How long approval takes is not fixed: it goes through 3 checks (village or "
                "town, district, state). Ask your CSC or DIC about your case."
            ),
            # facts.md 11
            Ask.CONTACT: N_(
                "No official helpline number was confirmed. Ask here:\n"
                "• the CSC (Common Service Centre) where you registered;\n"
                "• the DIC (District Industries Centre) in your district, which runs the "
                "district committee."
            ),
        },
    ),
    Topic(
        "mudra_loan",
        TopicKind.KNOWLEDGE,
        N_("Mudra loan"),
        # facts.md 12.1
        N_(
            "A Mudra loan (PM Mudra Yojana) is a business loan without guarantee for "
            "small non-farm units: making goods, trading or services.\n"
            "• Banks, small finance banks, NBFCs and MFIs give it.\n"
            "• 4 levels: Shishu up to %(shishu)s, Kishor up to %(kishor)s, Tarun up to "
            "%(tarun)s, Tarun Plus up to %(tarun_plus)s.\n"
            "Next step: ask at your bank branch, or apply online on JanSamarth."
        ),
        category=Category.LOANS,
        url="https://www.jansamarth.in",
        last_checked=RECHECKED,
        money={
            "shishu": 50_000,
            "kishor": 500_000,
            "tarun": 1_000_000,
            "tarun_plus": 2_000_000,
        },
        answers={
            # facts.md 12.1
            Ask.WHO: N_(
                "Owners of small businesses that earn income and are not a company: artisans, "
                "small makers, shops, traders and service units, also allied farm work.\n"
                "• Pure farming is not covered.\n"
                "• Tarun Plus (above %(tarun)s) is only for those who took a Tarun loan and "
                "repaid it.\n"
                "• The lender decides after checking your business plan."
            ),
            # facts.md 12.1
            Ask.BENEFITS: N_(
                "The main benefit: no collateral and no guarantor are needed.\n"
                "• Loans up to %(tarun_plus)s are backed by a government guarantee fund "
                "(CGFMU), so the bank takes less risk.\n"
                "• It can be given as an overdraft with a Mudra RuPay card: take money when "
                "needed.\n"
                "• Most banks charge no processing fee on Shishu loans."
            ),
            # facts.md 12.1
            Ask.LIMITS: N_(
                "Up to %(tarun_plus)s, in 4 levels:\n"
                "• Shishu: up to %(shishu)s\n"
                "• Kishor: above %(shishu)s, up to %(kishor)s\n"
                "• Tarun: above %(kishor)s, up to %(tarun)s\n"
                "• Tarun Plus: above %(tarun)s, up to %(tarun_plus)s, only after a Tarun loan "
                "is repaid (since Oct 2024).\n"
                "The bank decides the amount from your business plan."
            ),
            # facts.md 12.1
            Ask.HOW: N_(
                "Apply at any bank, NBFC or MFI branch, or online.\n"
                "1. Decide how much you need and write a short business plan, with quotations "
                "for machines or stock.\n"
                "2. Apply at the branch, or online on JanSamarth or on udyamimitra.in.\n"
                "3. The lender checks your papers and business, then sanctions the loan.\n"
                "Apply only at the lender or these portals; there is no Mudra agent."
            ),
            # facts.md 12.1
            Ask.DOCUMENTS: N_(
                "Usually these papers:\n"
                "• ID proof and address proof (Aadhaar, PAN etc.);\n"
                "• business proof, such as Udyam registration;\n"
                "• passport-size photos;\n"
                "• bank statement;\n"
                "• quotations for what you will buy, or a business plan.\n"
                "Your bank may ask for more; check the list at the branch."
            ),
            # facts.md 12.1
            Ask.COST: N_(
                "There is no fixed Mudra interest rate: each bank or lender sets its own, so "
                "compare.\n"
                "• Processing fee: nil for Shishu loans at most banks (for example Canara "
                "Bank); for bigger loans ask the bank.\n"
                "• There is no agent fee in Mudra. Do not pay anyone who promises to get your "
                "loan passed."
            ),
        },
    ),
    Topic(
        "pmegp_loan",
        TopicKind.KNOWLEDGE,
        N_("PMEGP loan"),
        # facts.md 12.2
        N_(
            "PMEGP (Prime Minister's Employment Generation Programme) gives a subsidy of "
            "15%% to 35%% on a bank loan to start a NEW non-farm unit.\n"
            "• Run by the Ministry of MSME through KVIC, the state Khadi board and the "
            "DIC.\n"
            "• Projects up to %(proj_mfg)s (manufacturing) or %(proj_service)s "
            "(service).\n"
            "• It was approved until March 2026; check on the KVIC portal or at your DIC "
            "that it is still open.\n"
            "Next step: apply online on the PMEGP e-portal."
        ),
        category=Category.LOANS,
        url="https://www.kviconline.gov.in",
        last_checked=RECHECKED,
        money={
            "proj_mfg": 5_000_000,
            "proj_service": 2_000_000,
            "sub_mfg": 1_750_000,
            "sub_service": 700_000,
            "edu_mfg": 1_000_000,
            "edu_service": 500_000,
            "second_mfg": 10_000_000,
            "second_service": 2_500_000,
        },
        answers={
            # facts.md 12.2
            Ask.WHO: N_(
                "Anyone aged 18 or more who starts a NEW non-farm unit. Existing units cannot "
                "get it.\n"
                "• 8th pass is needed for projects above %(edu_mfg)s (manufacturing) or "
                "%(edu_service)s (service).\n"
                "• One person per family; the unit must not have had a government subsidy "
                "before.\n"
                "• SHGs, trusts and cooperatives can also apply.\n"
                "• Note: after a PMEGP loan you cannot join PM Vishwakarma."
            ),
            # facts.md 12.2
            Ask.BENEFITS: N_(
                "15%% to 35%% of the project cost as subsidy, by category and place:\n"
                "• General: you put in 10%%; subsidy 15%% in a town, 25%% in a village.\n"
                "• Special (SC, ST, OBC, minority, women, ex-servicemen, divyang, "
                "transgender, aspirational districts): you put in 5%%; subsidy 25%% in a "
                "town, 35%% in a village.\n"
                "The bank loan covers the rest."
            ),
            # facts.md 12.2
            Ask.LIMITS: N_(
                "Project cost up to %(proj_mfg)s for manufacturing and %(proj_service)s for "
                "business or service.\n"
                "• Highest subsidy: %(sub_mfg)s (manufacturing), %(sub_service)s (service).\n"
                "• A bigger project can take the extra as a normal bank loan, without "
                "subsidy.\n"
                "• To expand a PMEGP or Mudra unit later: second loan up to %(second_mfg)s "
                "(manufacturing) or %(second_service)s (service), with 15%% subsidy."
            ),
            # facts.md 12.2
            Ask.HOW: N_(
                "Apply online on the PMEGP e-portal (on the KVIC site).\n"
                "1. Fill the form online.\n"
                "2. A district task force checks your application.\n"
                "3. The bank sanctions the loan.\n"
                "4. You must do the EDP training (a short course on running a business).\n"
                "5. The bank releases the loan; the subsidy is kept in the bank for 3 "
                "years.\n"
                "Your DIC can help you fill the form."
            ),
            # facts.md 12.2
            Ask.TIME: N_(
                "3 years: the subsidy is kept by the bank as a 3-year fixed deposit (TDR) in "
                "your name.\n"
                "• If the unit runs well for 3 years, it is adjusted against your loan.\n"
                "• How many days the sanction takes is not fixed; it depends on the task "
                "force and the bank. Ask your DIC."
            ),
            # facts.md 12.2
            Ask.DOCUMENTS: N_(
                "We do not have a confirmed list of PMEGP papers.\n"
                "• The online form on the PMEGP e-portal asks for what is needed.\n"
                "• Your DIC or the KVIC / Khadi board office can tell you the full list "
                "before you apply, and the bank may ask for more."
            ),
            # facts.md 12.2
            Ask.CONTACT: N_(
                "Ask the DIC (District Industries Centre) in your district, or the KVIC or UP "
                "Khadi board (KVIB) office.\n"
                "• They run PMEGP with the banks and can say if it is open now.\n"
                "• For the loan itself, talk to your bank branch."
            ),
        },
    ),
    Topic(
        "cgtmse_guarantee",
        TopicKind.KNOWLEDGE,
        N_("Loan without collateral"),
        # facts.md 12.3
        N_(
            "CGTMSE is a government guarantee trust. It backs bank loans to micro and "
            "small businesses that are given without collateral (no land or house "
            "pledged) and without a third-party guarantor.\n"
            "• It covers term loans (for machines) and working capital.\n"
            "• You do not apply to CGTMSE yourself.\n"
            'Next step: when you apply for a loan, ask your bank for "CGTMSE cover".'
        ),
        category=Category.LOANS,
        url="https://www.cgtmse.in",
        last_checked=RECHECKED,
        money={
            "cover_old": 50_000_000,
            "cover": 100_000_000,
            "cover_startup": 200_000_000,
        },
        answers={
            # facts.md 12.3
            Ask.WHO: N_(
                "Micro and small businesses that take a bank loan without collateral or a "
                "guarantor.\n"
                "• It can be a term loan (for machines) or working capital.\n"
                "• Startups and exporters get a higher limit.\n"
                "• The bank decides whether your loan gets the cover."
            ),
            # facts.md 12.3
            Ask.LIMITS: N_(
                "Loans up to %(cover)s can be covered (since 1 April 2025; before it was "
                "%(cover_old)s).\n"
                "• Startups: up to %(cover_startup)s; well-run exporters: term loans up to "
                "%(cover_startup)s.\n"
                "• CGTMSE guarantees about 75%% to 90%% of the loan to the bank, depending on "
                "loan size and borrower.\n"
                "How much the bank lends you still depends on your business."
            ),
            # facts.md 12.3
            Ask.HOW: N_(
                "You do not fill a CGTMSE form yourself. The bank arranges the cover.\n"
                "1. Apply for the business loan at your bank.\n"
                '2. Say you cannot give collateral and ask for "CGTMSE cover".\n'
                "3. If the bank agrees, it takes the guarantee for your loan.\n"
                "If a bank still asks for property papers, ask another bank too."
            ),
            # facts.md 12.3, 12.4
            Ask.COST: N_(
                "There is a guarantee fee, cut from April 2025; the facts we have give no "
                "exact rate.\n"
                "• Ask your bank how much it is and who pays it on your loan.\n"
                "• Under the UP CM-YUVA scheme, the state government pays this fee for you."
            ),
        },
    ),
    Topic(
        "cm_yuva",
        TopicKind.KNOWLEDGE,
        N_("CM-YUVA loan (UP)"),
        # facts.md 12.4
        N_(
            "CM-YUVA (Mukhyamantri Yuva Udyami Vikas Abhiyan) is a UP government scheme "
            "for young people aged 21-40 who want to start their own unit.\n"
            "• First loan: project up to %(proj1)s, with no interest and no guarantee.\n"
            "• Plus a grant of 10%% of the project cost, up to %(grant_max)s.\n"
            "• You need at least 8th pass and a skill training certificate.\n"
            "Next step: apply online on the UP MSME portal, or ask your DIC."
        ),
        category=Category.LOANS,
        url="https://msme.up.gov.in",
        last_checked=RECHECKED,
        money={
            "proj1": 500_000,
            "grant_max": 50_000,
            "loan1": 450_000,
            "proj2": 1_000_000,
            "loan2": 750_000,
        },
        answers={
            # facts.md 12.4, 12.5
            Ask.WHO: N_(
                "UP residents aged 21 to 40, at least 8th pass (intermediate gets "
                "preference).\n"
                "• You need a skill training certificate from a government scheme "
                "(Vishwakarma Shram Samman, ODOP training and toolkit, SC/ST/OBC training, UP "
                "Skill Development Mission) or a certificate, diploma or degree.\n"
                "• Not if you already get help from another self-employment scheme (PM "
                "SVANidhi is allowed)."
            ),
            # facts.md 12.4
            Ask.BENEFITS: N_(
                "In the first loan you get:\n"
                "• no interest for 4 years: the state pays it (the first 6 months have no "
                "instalments);\n"
                "• no collateral: the loan has CGTMSE guarantee cover, and the state pays its "
                "fee;\n"
                "• a grant of 10%% of the project cost, up to %(grant_max)s;\n"
                "• an incentive for digital payments."
            ),
            # facts.md 12.4
            Ask.LIMITS: N_(
                "First loan: project up to %(proj1)s (industry or service); the loan is up to "
                "about %(loan1)s after your own share.\n"
                "• Second loan, only after repaying the first on time: project up to "
                "%(proj2)s, loan up to %(loan2)s, with 50%% of the interest paid for 3 "
                "years.\n"
                "Some websites give higher limits; these are the figures from official "
                "notices and news."
            ),
            # facts.md 12.4
            Ask.COST: N_(
                "No interest for 4 years on the first loan; the state pays it.\n"
                "• You put in your own share of the project, usually 15%% (general), 12.5%% "
                "(OBC), or 10%% (SC/ST, divyang, and in aspirational or backward districts). "
                "These shares come from a bank's page; confirm at your DIC.\n"
                "• The guarantee fee is paid by the state."
            ),
            # facts.md 12.4
            Ask.HOW: N_(
                "Apply online on the UP MSME portal.\n"
                "1. Get your skill training certificate (or diploma) and other papers "
                "ready.\n"
                "2. Fill the CM-YUVA form on the portal.\n"
                "3. The DIC (Deputy Commissioner Industries office) checks it and sends it to "
                "the bank.\n"
                "4. The bank sanctions the loan.\n"
                "Your DIC can help if you get stuck."
            ),
            # facts.md 12.4
            Ask.DOCUMENTS: N_(
                "No official list of papers was found. From the rules, you must be able to "
                "show:\n"
                "• that you live in UP;\n"
                "• your age (21-40);\n"
                "• that you passed at least 8th class;\n"
                "• a skill training certificate, or a certificate, diploma or degree.\n"
                "The online form and your DIC will tell you the full list."
            ),
            # facts.md 12.4, 12.5
            Ask.CONTACT: N_(
                "The DIC (District Industries Centre, under the Deputy Commissioner "
                "Industries) in your district.\n"
                "• It checks CM-YUVA applications and sends them to the bank.\n"
                "• It can also tell you where to get a skill training certificate, for "
                "example through Vishwakarma Shram Samman."
            ),
        },
    ),
    Topic(
        "vishwakarma_shram_samman",
        TopicKind.KNOWLEDGE,
        N_("Vishwakarma Shram Samman"),
        # facts.md 12.5
        N_(
            "Vishwakarma Shram Samman Yojana is a UP government scheme for traditional "
            "artisans, like carpenters, tailors, potters and cobblers.\n"
            "• It gives free skill training and a toolkit for your trade.\n"
            "• It is run by the DIC in each district. It is not the same as the central "
            "PM Vishwakarma scheme.\n"
            "Next step: watch for your DIC's notice and apply online on the UP MSME "
            "portal before the last date."
        ),
        category=Category.LOANS,
        url="https://msme.up.gov.in",
        last_checked=RECHECKED,
        money={
            "cmyuva_proj": 500_000,
        },
        answers={
            # facts.md 12.5
            Ask.WHO: N_(
                "Traditional artisans in UP: carpenter, tailor, barber, goldsmith, "
                "blacksmith, potter, halwai, cobbler, mason, basket weaver and other "
                "traditional trades.\n"
                "• In the 2021 round you had to be 18 or more and able to read and write.\n"
                "• Each year's DIC notice gives the current rules; read it before you apply."
            ),
            # facts.md 12.5
            Ask.BENEFITS: N_(
                "You get free skill training and a toolkit for your trade.\n"
                "• The 2025-26 round gave 10 days of training.\n"
                "• The training certificate also lets young artisans (21-40) apply for the UP "
                "CM-YUVA interest-free loan.\n"
                "Whether trainees get daily money is not confirmed; ask your DIC."
            ),
            # facts.md 12.5
            Ask.HOW: N_(
                "Apply online on the UP MSME portal when your DIC invites applications.\n"
                "1. Watch for the DIC notice (it gives a last date).\n"
                "2. Fill the form online and upload your papers.\n"
                "3. Then attend the training and get the toolkit for your trade.\n"
                "Older rounds took forms on the Directorate of Industries portal; use the "
                "site named in the current notice."
            ),
            # facts.md 12.5
            Ask.DOCUMENTS: N_(
                "A 2025-26 DIC notice asked for:\n"
                "• a photo;\n"
                "• bank passbook;\n"
                "• Aadhaar card;\n"
                "• caste certificate (for SC/OBC);\n"
                "• proof of age;\n"
                "• education or technical certificate, if you have one.\n"
                "Check the current notice from your DIC for any change."
            ),
            # facts.md 12.5
            Ask.TIME: N_(
                "10 days of training in the 2025-26 round (the 2021 round had 6 days).\n"
                "• Applications open in rounds, with a last date in the DIC notice; one "
                "2025-26 notice gave 3 January.\n"
                "• When the toolkit reaches you is not fixed; ask your DIC."
            ),
            # facts.md 12.5
            Ask.COST: N_(
                "Free. The training costs you nothing and the toolkit is given by the "
                "scheme.\n"
                "• Apply only on the official portal or through the DIC.\n"
                "• Do not pay anyone who offers to get you selected."
            ),
            # facts.md 12.5, 12.4
            Ask.LIMITS: N_(
                "No loan amount is confirmed for this scheme. Some websites quote loan "
                "figures, but official notices only mention training and a toolkit.\n"
                "• For a loan: with the training certificate, artisans aged 21-40 can apply "
                "for UP CM-YUVA, an interest-free loan for projects up to %(cmyuva_proj)s.\n"
                "Ask your DIC about both."
            ),
            # facts.md 12.5
            Ask.CONTACT: N_(
                "The DIC (District Industries Centre) in your district runs this scheme.\n"
                "• It puts out the notice, checks forms and arranges the training.\n"
                "• Visit the DIC office or call it for the current round and last date."
            ),
        },
    ),
)
