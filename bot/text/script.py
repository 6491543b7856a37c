"""Which language and script a message is written in: Devanagari Hindi, Latin Hindi or English."""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, get_args

Lang = Literal["hi", "hi_Latn", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)

# Characters that change nothing a reader sees but break word matching: zero-width space/joiners,
# word joiner, BOM, soft hyphen. Phones insert ZWJ/ZWNJ inside Devanagari conjuncts.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Return text in Unicode NFC with invisible characters removed and spaces collapsed.

    The NLU training data is kept in exactly this form (a test checks it), so text sent to Rasa at
    run time and the text it was trained on match character for character.
    """
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text).translate(_INVISIBLE)).strip()


def is_lang(value: object) -> bool:
    return value in LANGS


# Words that show a Latin-script message is Hindi: grammar words, question words and common verbs
# in the spellings people actually type. Words that are also common English ("me", "to", "is",
# "do", "hi", "main") are left out: they decide nothing here.
_HINDI_LATIN = frozenset(
    """
    hai he h hain hei hy hoon hu hun tha thi thay ho hoga hogi honge hona hota hoti hote
    kya kiya kia kyaa kyu kyun kyon kaise kaisey kese kaise kesay kaisa kaisi kaun kon kaunsa
    konsa kaunse konse kitna kitne kitni kab kahan kaha kahaan kidhar
    ka ke ki ko se mein mai mei mujhe muje mujhko hume humein hamein humko hum ham aap ap aapka
    apna apne apni mera meri mere hamara hamare tum tumhara unka uska iska yeh ye woh wo vo
    nahi nahin nhi na haan han ha ji jee bhai bhaiya bhaiyya didi sahab
    aur ya bhi sirf bas par pe pr liye lie lye wala wali wale waala
    karna karne karo karu karun kare karein karen karte karta karti kar kiya kiye
    chahiye chaiye chahie chahiya chahte chahta chahti chaahiye
    sakte sakta sakti sakun saku sake milega milegi milta milti mile milenge
    bechna bechne becho bechu bechun bechte bechta bech bikri
    batao bataye bataiye btao bata batana samjhao samajh samjha pata
    bina baare bare baat baatein jankari jaankari madad sahayata
    dhanyavaad dhanyawad dhanyavad shukriya namaste namaskar pranam
    accha acha achha theek thik shuru abhi kaam paisa paise rupaye rupye
    kaagaz kagaz kagzat dastavez zaroori jaruri jaroori jarurat zarurat
    hamko tumko unko inko apko aapko aapne maine humne kuch koi kisi kaunsi
    bahut badiya badhiya bataya batayi samjhaya dijiye kijiye chahta raha rahi rahe
    """.split()
)

_ENGLISH = frozenset(
    """
    what how why when where which who whom whose can could would should will shall may might
    must i you she we they my your our their his her its it this that these those there
    the a an and or but if then than of for with without from about into onto at by as in on
    are was were be been being am have has had does did done doing get got getting
    need needs needed want wants wanted please tell know help start started starting
    sell selling sold seller sellers buy buying register registration registered apply
    applying required require requires necessary mandatory possible allowed
    documents document papers paper certificate number code product products online
    much many any some all every other another more most very also just only still
    not don't doesn't can't cannot won't isn't aren't i'm it's what's how's
    make made give given take taken go going come coming use using used explain check
    connect call through someone anyone around now next free paid steps scheme hey
    morning evening night goodbye
    """.split()
)
# Acknowledgements every phone user types whatever their language ("ok", "thanks", "hello",
# "bye") are in neither list: a message made only of them is too short to tell.
_WORD = re.compile(r"[a-z']+")


def _is_devanagari(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f" or "\ua8e0" <= ch <= "\ua8ff"


def detect_language(text: str) -> Lang | None:
    """Guess the language/script of one message, or None when it is too short to tell.

    Devanagari words outnumbering Latin ones means `hi`, even with English words mixed in
    ("मुझे GST चाहिए"). For Latin text, Hindi grammar words against English ones decide between
    `hi_Latn` and `en`; code-mixed Hinglish ("GST ke bina selling possible hai?") has Hindi grammar
    around English nouns, so one Hindi word counts as much as two English ones. One or two words
    with at most one English word ("help", "documents", "hello ji") are too little to tell: Hindi
    speakers type those too.
    """
    words = normalize(text).split()
    devanagari_words = sum(1 for w in words if any(_is_devanagari(c) for c in w))
    latin_words = [w for w in words if any("a" <= c <= "z" for c in w.lower())]
    if devanagari_words and devanagari_words >= len(latin_words):
        return "hi"
    tokens = [t for w in latin_words for t in _WORD.findall(w.lower())]
    hindi = sum(1 for t in tokens if t in _HINDI_LATIN)
    english = sum(1 for t in tokens if t in _ENGLISH)
    if hindi and hindi * 2 >= english:
        return "hi_Latn"
    if english >= 2 or (english and not hindi and len(tokens) >= 3):
        return "en"
    if devanagari_words:
        return "hi"
    return None
