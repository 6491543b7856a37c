r"""What kind of question a message asks: its cost, the time it takes, who may apply...

The NLU says which topic a message is about, and its question-kind classifier (rasa_project/
components/ask_classifier.py) ranks the kinds of question; `choose_ask` takes the best-ranked
kind the topic has an answer for. That classifier learns from examples labelled with the answer
they ask for, of every topic, and beat this module's cue table on the held-out bank
(README, "Answers"). One class per (topic, question) pair was no option: LogisticRegression over
the char n-grams did not finish training with 329 classes (benchmarks/README.md).

The cue table (`read_ask`) stays for what the classifier cannot see: a follow-up ("aur fees?")
whose ranked kinds the topic does not answer, and a model trained without the classifier. It
is read top to bottom and the first match wins, so the more specific cues come first:
a problem ("payment nahi aaya") before anything else, "kab tak chalega" (validity) before
"kab tak milega" (time), "kitne din" (time) before "kitna" (cost), "naam galat hai" (change)
before "pan card" (documents), "kitna loan" (limits) before "kitna" (cost), "kaun se fayde"
(benefits) before "kaun" (who), and the plain "kaise / how" (how) last.

Devanagari is matched after dropping the nukta and writing "ँ" as "ं" (`_plain`), so "ज़रूरी"
and "जरूरी", "कहाँ" and "कहां" are one cue. Python's \b does not see Devanagari vowel signs as
word characters, so Devanagari words are bounded with (?<!\S) / (?!\S) where a short word could
sit inside a longer one ("दर" in "प्रदर्शनी").
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Collection, Sequence
from enum import StrEnum


class Ask(StrEnum):
    WHO = "who"  # who needs it, who is eligible, is it mandatory
    BENEFITS = "benefits"
    HOW = "how"  # how to apply or do it, the steps
    DOCUMENTS = "documents"
    COST = "cost"  # fee, charge, rate
    TIME = "time"  # how long it takes
    LIMITS = "limits"  # thresholds, the most one can get
    VALIDITY = "validity"  # how long it lasts, renewal
    CHANGE = "change"  # update, correct, cancel
    PROBLEM = "problem"  # rejected, blocked, not received
    CONTACT = "contact"  # which office, helpline


# When a topic has no answer of its own for a kind of question, the nearest one it has.
NEAREST: dict[Ask, tuple[Ask, ...]] = {
    Ask.COST: (Ask.LIMITS,),
    Ask.LIMITS: (Ask.COST, Ask.WHO),
    Ask.TIME: (Ask.VALIDITY,),
    Ask.VALIDITY: (Ask.TIME,),
    Ask.DOCUMENTS: (Ask.HOW,),
    Ask.HOW: (Ask.DOCUMENTS,),
    Ask.CONTACT: (Ask.HOW,),
    Ask.CHANGE: (Ask.HOW,),
}

_CUES: tuple[tuple[Ask, str], ...] = (
    # something went wrong: refused, held up, not received, an error
    (
        Ask.PROBLEM,
        r"reject\w*|refus\w*|denied|declin\w*|turned down|not (?:approved|accepted)|disapprov\w*"
        r"|block(?!ed credit)\w*|suspend\w*|deactivat\w*|on hold|hold par|held\b|server|stuck|error"
        r"|invalid|pending|notice|problem|fail\w*|fraud|scam|cheat\w*|missing|lost|broken|damaged"
        r"|returned|return kar\w*|not respond\w*|nobody|twice|cancell?ed by|fake|nakli"
        r"|no (?:response|reply)|seized|deducted|\bdown\b|crash\w*|not getting|unable|can ?not"
        r"|can't|cant\b|doesn't work|isn't working|won't"
        r"|not (?:received|come|coming|working|showing|opening|loading|credited|paid|accepting)"
        r"|never (?:came|got|arrived|received)|still not|went wrong|delayed"
        r"|nahi?n? (?:aa\w*|aay\w*|aya\w*|mil\w*)"
        r"|nahi?n? (?:de (?:raha|rahe|rahi)|diy\w*|di\b|chal (?:raha|rahi))"
        r"|nahi?n? (?:ho (?:raha|rahi|pa\w*)|hu[aei]\b)"
        r"|nahi?n? (?:kar (?:raha|rahi|pa\w*)|pahu\w*|dikh\w*|khul\w*)"
        r"|(?:aaya|aayi|aya|mila|mili|aata|hua) (?:hi )?nahi|approve nahi|manjoor nahi|mana kar\w*"
        r"|\bband ho|cancel (?:kar|ho) (?:diya|di|gaya|gayi)|\bhata (?:di|diya)|\batak\w*|\batka\b"
        r"|ruk gaya|\brok (?:diya|di|liya|li|rakha|rakhi)|pakad (?:liya|li)|\bgum (?:kar|ho)"
        r"|kho gaya|gayab|dikkat|dikat|samasya|pareshani|kharab|dhokha|galti dikh\w*|kaam nahi"
        r"|kat (?:gaya|gaye|gayi)|nahi mil raha"
        r"|नहीं (?:मिला|मिली|मिले|आया|आई|आ रहा|आ रही|आता|हुआ|हुई|हो रहा|हो रही|हो पा\S*|कर पा\S*)"
        r"|नहीं (?:दे रहा|दे रहे|पहुंच\S*|पहुंचा|दिख\S*|खुल\S*|चल रहा)"
        r"|(?:आया|आई|मिला|मिली|हुआ) ही नहीं|ही नहीं (?:रही|रहा)|मंजूर नहीं|नामंजूर|अस्वीकार|मना कर"
        r"|बंद हो|फेल|रुक गया|रद्द (?:कर|हो) (?:दिया|दी|गया|गई)|हटा (?:दी|दिया)"
        r"|रोक (?:लिया|ली|रखा|रखी|दिया|दी)|रिजेक्ट|होल्ड|डाउन(?!लोड)|सर्वर|ब्लॉक|सस्पेंड|एरर"
        r"|इनवैलिड|पेंडिंग|नोटिस|अटक\S*|दिक्कत|समस्या|परेशानी|खराब|खो गया|गुम|गायब|कट (?:गया|गए|गई)"
        r"|नकली|कोई जवाब नहीं|लौटा (?:दिया|दी)|टूट\S*|नुकसान|धोखा|आपत्ति|क्वेरी|objection|query",
    ),
    # how long it lasts: renewal, expiry, once or every year
    (
        Ask.VALIDITY,
        r"renew\w*|valid\w*|expir\w*|\blaps\w*|permanent\w*|forever|lifetime|life time|one time"
        r"|\blasts?\b|\bends?\b|run out|good for|still (?:alive|valid|active|good)|keep it active"
        r"|active\b|limited period|every year|yearly|annual\w*|re-?apply|tenure"
        r"|har (?:saal|sal|\d+ saal)|hamesha|ek baar ka|ek hi baar|khatam|chalu (?:hai|rah\w*)"
        r"|(?:abhi|ab) bhi chal\w*|chalta rahe\w*|kab tak (?:chal|valid|rahe|kaam|maanya)"
        r"|\bmaa?nya\b|vaidh\w*|kitne (?:saal|sal|din|mahine) (?:tak|ke liye|chal\w*|maanya|valid)"
        r"|(?:dobara|phir se|fir se) (?:\w+ )?(?:banwana|karwana|karana|bharna|lena|banana)"
        r"|\bchuka\w*|repay\w*|avadhi|(?:life|zindagi|umr) bhar|kitne (?:saal|sal) ka\b|रिन्यू"
        r"|नवीनीकरण|वैध\S*|मान्य|हमेशा|स्थायी|हर (?:साल|\d+ साल)|एक बार का|एक ही बार|एक साल के लिए"
        r"|कितने (?:साल|दिन|महीने) (?:तक|के लिए|चल\S*)|कितने समय तक|अवधि"
        r"|कब तक (?:चल|वैध|रहे|मान्य|काम)|खत्म|मियाद|एक्सपायर|आखिरी तारीख|चालू (?:है|रह\S*|रख\S*)"
        r"|चलता रहे\S*|(?:दोबारा|फिर से) (?:\S+ )?(?:बनवाना|करवाना|कराना|भरना|लेना)"
        r"|नया (?:कराना|करना|करवाना)|चुका\S*|(?:जीवन|जिंदगी|उम्र) भर|कितने साल का",
    ),
    # how long it takes: "kitne din", "kab tak milega", "how soon"
    (
        Ask.TIME,
        r"how long|how (?:many|much) (?:days|weeks|months|hours|time)|how soon|how fast"
        r"|how quick\w*|\bwhen\b|immediately|instant\w*|same day|waiting|(?<!per )\bdays?\b"
        r"|\bweeks?\b|\bmonths?\b|(?<!first )(?<!one )\btime\b|\btym\b|\btimes?\b(?= lag)|duration"
        r"|\bkab\b|kab tk|turant|usi din|jaldi|jldi|der lag\w*"
        r"|kitne (?:din|dino|ghante|hafte|mahine|saal me|sal me)"
        r"|kitna (?:time|tym|tayam|samay|samai|waqt|wakt)|kitne (?:samay|time|waqt|der)|kitni der"
        r"|intezaar|intzar|intajar|din lag\w*|din me (?:ban|mil|aa|ho)\w*|pahu\w* (?:me|mein) kitna"
        r"|कितने (?:दिन|घंटे|हफ्ते|महीने|साल में)|कितना (?:समय|टाइम|वक्त|इंतजार)|कितनी देर"
        r"|कितने समय|(?<!\S)कब(?!\S)|तुरंत|जल्दी|देर|इंतजार|दिन लग|दिन में (?:बन|मिल|आ|हो)\S*"
        r"|समय लग\S*|टाइम लग\S*",
    ),
    # update, correct, cancel, take back
    (
        Ask.CHANGE,
        r"\bchang\w*|\bupdat\w*|\bupgrad\w*|modif\w*|correct\w*|cancel(?!led cheque)\w*|surrender"
        r"|\bedit\w*|\bfix\w*|wrong|mistake|typo|amend\w*|revis\w*|remove|delete|\bclose\b|shift"
        r"|switch|transfer\w*|convert|add (?:another|one more)|\bek aur\b|withdraw|take back"
        r"|stop my|replace|badal\w*|badl\w*|sudhar\w*|sudhaar\w*|gh?alat|galti|add kar\w*"
        r"|th?ee?k (?:kar|ho)\w*|thik (?:kar|ho)\w*|sahi (?:kaise|kar)\w*"
        r"|hata(?:na|ni|ye|yen|u|o|ne)\b|jod(?:na|ni|e|u|ne)\b|wapas le|band kar\w*|\bradd\b"
        r"|rukwa\w*|naya (?:\w+ ){0,3}(?:dalna|daalna|lagana|lagaye|jodna)|(?<!\S)ka karna hai"
        r"|बदल\S*|सुधार\S*|अपडेट|कैंसल|रद्द|गलत|गलती|ठीक (?:कर|हो)\S*|सही (?:कैसे|कर)\S*|संशोधन"
        r"|एडिट|हटा(?:ना|नी|एं|ऊं|ने)|जोड(?:ना|नी|ने)|वापस ले|रुकवा\S*|बंद कर\S*|ट्रांसफर"
        r"|नया (?:\S+ ){0,3}(?:डालना|लगाना|जोडना)|(?<!\S)का करना है",
    ),
    # the papers: "kya kya chahiye", "kaun se documents", "what else do I send"
    (
        Ask.DOCUMENTS,
        r"document\w*|\bdocs?\b|papers?\b|paperwork|proofs?\b|kyc|upload\w*|attach\w*|statement"
        r"|cheque|passbook|aadhaa?r|adhar|\bpan\b|id proof|id card|which id|ration card"
        r"|(?<!trade )agreement|kiraya ?nama|\bchalega\b|signature|what (?:do i|is|are) need"
        r"|what else|what (?:information|details|all) |which details|ask for|what do they ask"
        r"|\bsubmit\b|carry|le ?kar ja\w*|le ja(?:na|u|un|ye)\b|keep ready"
        r"|which \w+ (?:is|are) (?:needed|required|asked)|which \w+ go with|list of things|kagaz\w*"
        r"|kagaj\w*|kaagaz\w*|kaa?gz\w*|kya (?:details|jankari|jaankari) (?:bhar|de)\w*|dastavez\w*"
        r"|dastavej\w*|saboot|sabut|ke alawa"
        r"|kya kya (?:\w+ )?(?:chahiye|chaiye|chahie|chaahiye|lag\w*|lg\w*|maang\w*|mang\w*|de\w*)"
        r"|kya kya (?:\w+ )?(?:jama|bhar\w*|likh\w*)"
        r"|kya (?:lagta|lgta|lagega|lagana|jama|mangta|maangte|saath)"
        r"|kya (?:dena|jama karna) (?:padta|padega|hoga|hota)|saath rakh\w*"
        r"|(?:aur|or) kya (?:de|lag)|(?<!paisa )(?<!paise )dena (?:padta|padega|hoga|hota)"
        r"|kaun (?:se|si|sa) \w+ (?:chahiye|dena)|कागज\S*|दस्तावेज\S*|डॉक्यूमेंट\S*|डाक्यूमेंट\S*"
        r"|सबूत|अपलोड|अटैच|पहचान पत्र|आधार(?! पर)|पैन कार्ड|पासबुक|स्टेटमेंट|राशन कार्ड|आईडी"
        r"|किराया ?नामा|एग्रीमेंट|चलेगा|केवाईसी|के अलावा|लेकर जा\S*|ले जा(?:ना|ऊं|एं)|तैयार रख\S*"
        r"|साथ रख\S*|कौन (?:कौन )?सी जानकारी|क्या जानकारी (?:भर|दे)\S*"
        r"|क्या(?:-| )क्या (?:\S+ ){0,2}(?:चाहिए|लग\S*|मांग\S*|दे\S*|लिख\S*|भर\S*|जमा)"
        r"|क्या (?:लगता|लगेगा|मांगते|भेजना|जमा|देना)|और क्या (?:दे|लग)"
        r"|कौन (?:से|सी|सा) (?:\S+ ){1,3}(?:चाहिए|जाते|देना|देने|लगेंगे|लगते)",
    ),
    # whom to reach: office, helpline, where to go
    (
        Ask.CONTACT,
        r"helpline|help line|help ?desk|toll free|customer care|contact|karyalay"
        r"|koi (?:\w+ )?number|(?:seller|customer|team) support|support (?:team|number|se|ka|ko)"
        r"|support$|whatsapp|e-?mail|phone (?:number|no\b|line|kar\w*)|mobile number|call\b|reach\b"
        r"|get in touch|talk to|speak to|\bwhom\b|approach|right person|officer|complain\w*"
        r"|grievance|office|\bcounter|branch|nearest|who (?:issues|gives)"
        r"|where(?!\s+(?:do i |to |should i )?(?:start|begin))|\bkahaa?n\b|\bkaha\b|kidhar|sampark"
        r"|shikayat|vibhag|adhikari|insaan|nazdeek|najdik|kis ?ke paas"
        r"|kis ?se (?:baat|sampark|milna|milu|mile|puchh?\w*)|baat (?:kar\w*|kre|kare)"
        r"|kaun (?:deta|dega)|number (?:do|de|dena|batao|bataye|mil\w*|kya|chahiye)"
        r"|pata (?:batao|bataye|do|kya)|(?:madad|help) kar\w* wal\w*"
        r"|(?:ka|का) (?:pata|पता)(?! (?:nahi|नहीं|chal|चल|kaise|कैसे|karna|करना|jod|जोड|badal|बदल))"
        r"|address (?:batao|kya|of|do)|हेल्पलाइन|हेल्प डेस्क|टोल फ्री|कस्टमर केयर|(?<!\S)सपोर्ट"
        r"|व्हाट्सएप|ईमेल|फोन (?:नंबर|कर\S*)|संपर्क|ऑफिस|कार्यालय|दफ्तर|खिडकी|अधिकारी|विभाग|शिकायत"
        r"|कहां(?! से)|किससे|किसके पास|किस से|बात (?:कर\S*)|कौन देता|नजदीकी"
        r"|नंबर (?:दो|दें|दीजिए|बताओ|बताएं|मिल\S*|क्या|चाहिए|है)|पता (?:बताओ|बताएं|क्या)",
    ),
    # thresholds and the most one can get
    (
        Ask.LIMITS,
        r"limit\w*|threshold|maximum|\bmax\b|minimum|\bmin\b|biggest|largest|highest|lowest|how big"
        r"|how many|how much (?:loan|can|subsidy|amount)|(?:above|below|under|till|upto) what"
        r"|more than|less than|at most|at least|upto|up to|exceed\w*|ceiling|\bcap\b|what sales"
        r"|seema|\bhadd\b|kam se kam|(?:zyada|jyada|jada) se (?:zyada|jyada|jada)|adhiktam"
        r"|sabse (?:zyada|jyada|jada|bada)|se (?:zyada|jyada|jada|upar)|kitne lakh|lakh tak"
        r"|kitn[aei] (?:loan|rakam|raashi|rashi|subsidy|tak|milta|milti|milega|turnover)"
        r"|kitn[aei] (?:\w+ )?tak\b|loan kitn\w*|kitne (?:ka maal|ke loan|turnover|ka project)"
        r"|(?:what|which) turnover|kitn[aei] (?:(?!lag)\w+ ){0,3}(?:sakt[aei])|सीमा|लिमिट|अधिकतम"
        r"|न्यूनतम|कम से कम|ज्यादा से ज्यादा|सबसे (?:ज्यादा|बडा)|से (?:ज्यादा|ऊपर|अधिक)|कितने लाख"
        r"|लोन कितन\S*|लाख तक|कितना (?:लोन|उधार|मिलता|मिलेगा|टर्नओवर)"
        r"|कितनी (?:रकम|राशि|सब्सिडी|बिक्री)|कितने (?:\S+ )?तक|कितने (?:का|के) (?:माल|लोन)"
        r"|(?:कितने|कितनी|कितना) (?:(?!लग)\S+ ){0,3}सकत\S*",
    ),
    # fee, charge, rate: "kharcha", "paise lagenge", "is it free"
    (
        Ask.COST,
        r"\bfees?\b|\bfess\b|\bcost|(?<!reverse )charges?\b|\bcharged\b|price of|how much|expensive"
        r"|cheap\w*|\bspend|commi?ss?ion|\binterest\b|percent\w*|penalty|late fee|jurmana|\brate\b"
        r"|\bdar\b|(?<!toll )\bfree\b(?! trade)|\bpaid\b|(?<!better )(?<!good )\bprices?\b"
        r"|pay anything|have to pay|to pay\b|pay kar\w*|muft|mehe?nga|sasta|kharch\w*|shulk|laagat"
        r"|lagat\b|\brupe+s?\b|\brupa?ye?\b|\brs\.?\s?\d|₹|kitni (?:fees?|fis)|late fine|fine kitna"
        r"|kitna (?:paisa|kharch|lag\w*|dena|bhar\w*)"
        r"|kitna (?:le(?:ta|ga|ge|nge|te)|cut|kat\w*|jayega|padega)"
        r"|kitne (?:paise|rupaye|rupay|ka ban\w*|me ban\w*|ka pad\w*)|paise? (?:lag\w*|dena)"
        r"|paisa dena|cut kart\w*|paise? kat\w*|katauti|deduct\w*|kitne (?:ka|ki) (?:hai|h)\b"
        r"|\d+ (?:hi )?lag(?:ta|te|ega)|फीस|शुल्क|खर्च\S*|चार्ज|कमीशन|ब्याज|प्रतिशत|जुर्माना|फ्री"
        r"|मुफ्त|निःशुल्क|निशुल्क|लागत|(?<!\S)दर(?!\S)|रुपये|महंगा|सस्ता"
        r"|कितना (?:पैसा(?! बच)|लगता|लगेगा|देना|कटेगा|कटता|काटता|जाएगा|लेता|पडेगा)"
        r"|कितने (?:पैसे|रुपये)|कितने का (?:बनता|बनेगा|पडता|पडेगा)|पैसे (?:लग\S*|देने|कट\S*)|कटौती"
        r"|कितने (?:का|की) है|पैसा (?:लग\S*|देना)|कुछ देना",
    ),
    # what one gets out of it
    (
        Ask.BENEFITS,
        r"benefit\w*|benifit\w*|advantage\w*|\bperks?\b|\bpros\b|plus point|good to|differen\w*"
        r"|profit|munafa|\bfarak\b|\bfark\b|\bhelps?\b(?!\s*(?:line|desk|with))|benefici\w*"
        r"|increase|importan\w*|mahatv\w*|\bkyu\b|\bkyun\b|\bkyon\b|in it for me|subsid\w*|\btrust"
        r"|bharosa|any point|worth|\buse of\b|useful|helpful|good (?:things|is)|\bgain\w*|\bwhy\b"
        r"|what do i get|what will i get|what does .* do for|easier|protect\w*|better price"
        r"|more orders|\bsave\w*|incentive|fayd\w*|faid\w*|fayad\w*|faayd\w*|fyda|\blaa?bh\b"
        r"|suvidha|madad|sahayata|\bbhala\b|\baa?sani\b|bachat|bachta|kis kaam"
        r"|kya (?:milega|milta|hoga)|(?:milta|milti|milte) (?:hai|h) kya"
        r"|(?:hone|lene|karne|karane|banwane) se (?:kya|\w+ (?:badh|mil)\w*)|badh(?:ega|egi|enge)"
        r"|se kya (?:hota|hoga|milta|milega)|(?:dete|deti) (?:hai|hain|h)\b|what does .* give"
        r"|फायद\S*|लाभ|उपयोग(?!कर्ता)|सुविधा\S*|मदद|सहायता|भला|आसानी|सुरक्षित|बचत|बचता|बढेंग\S*"
        r"|किस काम|क्या (?:मिलेगा|मिलता|होगा)|(?:मिलता|मिलती|मिलते) है क्या|अच्छा मिल\S*|भत्ता"
        r"|(?:होने|लेने|करने|कराने|बनवाने) से (?:क्या|\S+ (?:बढ|मिल)\S*)|से क्या (?:होता|होगा)|फर्क"
        r"|मुनाफा|महत्व|क्यों|सब्सिडी|भरोसा|(?:देते|देती) (?:है|हैं)",
    ),
    # who needs it, who may apply, is it a must
    (
        Ask.WHO,
        r"\bwho\b|el[ie]?g[ie]?b\w*|criteria|mandatory|compulsory|necessary|required|reqd|\bneed\w*"
        r"|\bmust\b|have to|should i(?! do)|qualif\w*|covered|allowed|applicable|whose|\bonly\b"
        r"|^can i\b|without|\bcounts?\b|part of|\bcover(?:s|ed)?\b|har kisi|koi bhi"
        r"|(?<!how )\bcan \w+ (?:apply|register)\b|for me\b|come under|optional"
        r"|kis (?:type|tarah|prakar)|require\w*|apply to|applies to|for which"
        r"|which (?:people|sellers|businesses|artisans)|\bage\b|years? old"
        r"|\bcan (?:a|an|someone|anyone|women|\d+)\b|\bcan (?:take|get|apply|avail|sell|use|join)\b"
        r"|kaun|\bkon\b|kisko|kisne|kiske (?:liye|naam)|kinko|kinhe|kin logon|patra|yogy\w*|haqdar"
        r"|hakdar|sabko|shamil|\blagu\b|aata hu|aate hai|zaroori|zaruri|jaruri|jaroori|jarurat"
        r"|zarurat|sabke|sabhi|kinke|kya (?:mujhe|main|mai)\b|har (?:\w+ )?(?:ko|koi)\b|anivarya"
        r"|avashyak|(?:fir|phir) bhi|shart\w*|chahiye kya|\bbina\b|\bumr?\b|\bumar\b|mahila"
        r"|mere liye"
        r"|(?:lena|banana|banwana|bharna|karana|karwana) (?:hi )?(?:padta|padega|padti|hota|hoga)"
        r"|^(?!.*(?:kaise|how|कैसे)).*sakt[aie](?: (?:hai|hain|h|hu|hoon))? ?(?:kya|\?|$)"
        r"|किसके (?:लिए|नाम)|पात्र\S*|कौन|किसको|किसे(?! कहते)|किन्हें|किन लोगों|जरूरी|आवश्यक|जरूरत"
        r"|अनिवार्य|चाहिए क्या|सबको|शामिल|हकदार|योग्य\S*|लागू|शर्त\S*|आते हैं|आता हूं|क्या मैं"
        r"|क्या मुझे|सबके|सभी|किसे मिल\S*|हर किसी|कोई भी|किस (?:तरह|प्रकार)|तो भी|वैकल्पिक"
        r"|हर (?:\S+ )?को|बिना|उम्र|महिला|मेरे लिए"
        r"|(?:लेना|बनाना|बनवाना|भरना|कराना|करवाना) (?:ही )?(?:पडता|पडेगा|पडती|होता|होगा)"
        r"|^(?!.*(?:कैसे|kaise)).*(?:सकता|सकती|सकते)(?: (?:है|हैं|हूं))? ?(?:क्या|\?|$)",
    ),
    # the steps: how to apply or do it
    (
        Ask.HOW,
        r"\bhow\b|steps?\b|process|procedure|method|apply|guide|ways? to|way to|walk me through"
        r"|where (?:do i |to |should i )?(?:start|begin)|what (?:should|do) i do|\bfirst\b"
        r"|i want to|kaise|kese|kaisey|kaisay|tarika|tareeka|tareka|prakriya|vidhi|avedan|aavedan"
        r"|register kar|kya karna|kya karu|kya kare|shuru"
        r"|(?:banwana|banana|lena|karna|karwana|bharna) (?:hai|h)\b|तरीका|प्रक्रिया|विधि|कैसे|आवेदन"
        r"|अप्लाई|रजिस्टर कर|भरें|भरे|क्या करना|क्या करूं|क्या करें|शुरुआत|शुरू|पहले क्या"
        r"|(?:बनवाना|बनाना|लेना|करना|करवाना|भरना) है",
    ),
)

_NUKTA, _CANDRABINDU, _ANUSVARA = "\u093c", "\u0901", "\u0902"


def _plain(text: str) -> str:
    """Devanagari spelled one way: no nukta ("ज़्यादा" is "ज्यादा"), "ँ" written "ं"."""
    text = unicodedata.normalize("NFD", text).replace(_NUKTA, "")
    return unicodedata.normalize("NFC", text.replace(_CANDRABINDU, _ANUSVARA))


_TABLE = tuple((ask, re.compile(_plain(cues), re.IGNORECASE)) for ask, cues in _CUES)


def read_ask(text: str) -> Ask | None:
    """The kind of question `text` asks, or None for a plain "tell me about it"."""
    text = _plain(text)
    for ask, pattern in _TABLE:
        if pattern.search(text):
            return ask
    return None


GENERAL = "none"  # the question-kind classifier's label for "tell me about it"


def choose_ask(
    ranking: Sequence[tuple[str, float]],
    answered: Collection[Ask],
    text: str,
    *,
    general: bool = True,
) -> Ask | None:
    """The kind of question to answer, for a topic with answers for the kinds `answered`.

    `ranking` is the NLU's question-kind ranking, best first (rasa_project/components/
    ask_classifier.py): the best-ranked kind the topic answers, or None (the general answer)
    when "none" ranks above all of them. A follow-up ("aur fees?") comes after the general
    answer, so it never gets it back (`general=False`): the kinds below "none" count too, and the
    cue words decide when the topic answers none of them. Without a ranking (a model without the
    classifier) the cue words decide.
    """
    if not ranking:
        return read_ask(text)
    for name, _ in ranking:
        if name == GENERAL:
            if general:
                return None
            continue
        with contextlib.suppress(ValueError):
            if (ask := Ask(name)) in answered:
                return ask
    return None if general else read_ask(text)
