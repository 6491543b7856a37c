"""Masking personal numbers: each kind in Hindi, Hinglish and English; what must stay visible."""

from __future__ import annotations

import importlib.util
import random

import pytest

from bot.text.pii import Found, find, mask

# (text, kind, masked text). The shape is fixed: same length, separators kept, hidden letters and
# digits replaced by "X", only the last 4 digits (or the noted parts) left.
MASKED = [
    # Aadhaar: last 4 digits.
    ("mera aadhaar 2345 6789 0123 hai", "aadhaar", "mera aadhaar XXXX XXXX 0123 hai"),
    ("मेरा आधार 234567890123 है", "aadhaar", "मेरा आधार XXXXXXXX0123 है"),
    ("My Aadhaar is 2345-6789-0123.", "aadhaar", "My Aadhaar is XXXX-XXXX-0123."),
    ("मेरा आधार २३४५ ६७८९ ०१२३ है", "aadhaar", "मेरा आधार XXXX XXXX ०१२३ है"),
    # PAN (any case): the last letter.
    ("mera pan ABCDE1234F hai", "pan", "mera pan XXXXXXXXXF hai"),
    ("मेरा पैन ABCDE1234F है", "pan", "मेरा पैन XXXXXXXXXF है"),
    ("My PAN is abcde1234f", "pan", "My PAN is XXXXXXXXXf"),
    # GSTIN: state code and the last 3 characters.
    ("mera gst no 09ABCDE1234F1Z5 hai", "gstin", "mera gst no 09XXXXXXXXXX1Z5 hai"),
    ("मेरा जीएसटी नंबर 09ABCDE1234F1Z5 है", "gstin", "मेरा जीएसटी नंबर 09XXXXXXXXXX1Z5 है"),
    ("GSTIN: 27aapfu0939f1zv", "gstin", "GSTIN: 27XXXXXXXXXX1zv"),
    # IFSC: the bank code and the "0" stay, the branch goes.
    ("ifsc SBIN0001234 hai", "ifsc", "ifsc SBIN0XXXXXX hai"),
    ("आईएफएससी कोड PUNB0123400 है", "ifsc", "आईएफएससी कोड PUNB0XXXXXX है"),
    ("IFSC code: hdfc0000240", "ifsc", "IFSC code: hdfc0XXXXXX"),
    # Bank accounts: last 4 digits; 9-10 digits only after an account word.
    ("mera account no 123456789 hai", "bank_account", "mera account no XXXXX6789 hai"),
    ("a/c: 1234567890, SBI", "bank_account", "a/c: XXXXXX7890, SBI"),
    ("khata number 0012 3456 7890", "bank_account", "khata number XXXX XXXX 7890"),
    ("खाता संख्या 123456789012345", "bank_account", "खाता संख्या XXXXXXXXXXX2345"),
    ("मेरा बैंक खाता १२३४५६७८९० है", "bank_account", "मेरा बैंक खाता XXXXXX७८९० है"),
    ("Please credit 00000012345678901", "bank_account", "Please credit XXXXXXXXXXXXX8901"),
    # Cards (Luhn-valid): last 4 digits.
    ("card 4111 1111 1111 1111 se pay kiya", "card", "card XXXX XXXX XXXX 1111 se pay kiya"),
    ("मेरा कार्ड 5500-0000-0000-0004 है", "card", "मेरा कार्ड XXXX-XXXX-XXXX-0004 है"),
    ("Amex 3782 822463 10005 expired", "card", "Amex XXXX XXXXXX X0005 expired"),
    # Phones: last 4 digits; "+91" stays.
    ("mera number 9876543210 hai", "phone", "mera number XXXXXX3210 hai"),
    ("मेरा नंबर +91 98765 43210 है", "phone", "मेरा नंबर +91 XXXXX X3210 है"),
    ("Call me on +91-9876543210.", "phone", "Call me on +91-XXXXXX3210."),
    ("WhatsApp: 09876543210", "phone", "WhatsApp: XXXXXXX3210"),
    ("फोन ९८७६५४३२१० पर", "phone", "फोन XXXXXX३२१० पर"),
    ("wa.me/919876543210", "phone", "wa.me/XXXXXXXX3210"),
    ("phone-987 654 3210", "phone", "phone-XXX XXX 3210"),
    # E-mail: the first character and the domain.
    ("mail ram.kumar@gmail.com par bhejo.", "email", "mail rXX.XXXXX@gmail.com par bhejo."),
]


@pytest.mark.parametrize(("text", "kind", "expected"), MASKED)
def test_masks_each_kind(text: str, kind: str, expected: str) -> None:
    assert mask(text) == expected
    assert [found.kind for found in find(text)] == [kind]
    assert len(expected) == len(text)


@pytest.mark.parametrize(("text", "kind", "expected"), MASKED)
def test_masking_is_idempotent(text: str, kind: str, expected: str) -> None:
    assert mask(mask(text)) == mask(text)


def test_find_reports_spans_in_order() -> None:
    text = "pan ABCDE1234F, gst 09ABCDE1234F1Z5, mob +91 9876543210"
    assert find(text) == [
        Found("pan", 4, 14),
        Found("gstin", 20, 35),
        Found("phone", 41, 55),
    ]
    assert mask(text) == "pan XXXXXXXXXF, gst 09XXXXXXXXXX1Z5, mob +91 XXXXXX3210"


def test_several_numbers_in_one_message() -> None:
    text = "खाता 12345678901, IFSC SBIN0001234, फोन 9876543210"
    assert mask(text) == "खाता XXXXXXX8901, IFSC SBIN0XXXXXX, फोन XXXXXX3210"


@pytest.mark.parametrize(
    "text",
    [
        # prices
        "₹10,000",
        "Rs 1,50,000 ka order",
        "1.5 lakh ka maal",
        "turnover ₹2,50,00,000 hai",
        "IEC fee ₹500 hai",
        "bank se ₹5,00,000 ka loan",
        # dates
        "27/11/2026",
        "2026-11-27",
        "1 Oct 2023",
        "delivery 27-11-2026 tak",
        # quantities, durations, percentages, years
        "500 pieces",
        "1000 kg",
        "20 dozen",
        "10-15 days",
        "7 to 15 din lagenge",
        "18% GST lagega",
        "2019 se kaam kar raha hoon",
        "2021 2022 2023 mein export kiya",
        # codes that are not personal
        "pin 244001",
        "पिन कोड २४४००१",
        "HSN 6911 ya 69111010",
        "OTP 482913 hai",
        "order 403-1234567-1234567",
        # 10 digits not starting 6-9, no account word
        "1234567890",
        "reference 5123456789",
        # alphanumeric runs that only contain a pattern
        "ABCDE1234FG",
        "XABCDE1234F",
        "mob9876543210",
        "SBIN00012345",
        # no numbers at all
        "मिट्टी के बर्तन कैसे बेचें?",
        "amazon pe seller kaise bane",
        "How do I get an IEC code?",
        "",
    ],
)
def test_leaves_non_personal_numbers_alone(text: str) -> None:
    assert find(text) == []
    assert mask(text) == text


def test_an_eleven_digit_run_is_masked_even_without_context() -> None:
    # Too long to be a price or a quantity, whatever the words around it.
    assert mask("ID 98765432101") == "ID XXXXXXX2101"


def test_account_words_are_needed_for_short_account_numbers() -> None:
    assert mask("number 123456789") == "number 123456789"
    assert mask("acc 123456789") == "acc XXXXX6789"
    assert mask("accha 123456789") == "accha 123456789"


def test_a_non_luhn_16_digit_number_is_still_hidden() -> None:
    # A mistyped card is still someone's card: masked as a long number instead.
    assert find("4111 1111 1111 1112") == [Found("bank_account", 0, 19)]
    assert mask("4111 1111 1111 1112") == "XXXX XXXX XXXX 1112"


def test_numbers_after_punctuation_and_touching_hindi() -> None:
    assert mask("Aadhaar:234567890123") == "Aadhaar:XXXXXXXX0123"
    assert mask("PAN-ABCDE1234F") == "PAN-XXXXXXXXXF"
    assert mask("(9876543210)") == "(XXXXXX3210)"
    assert mask("नंबर:9876543210।") == "नंबर:XXXXXX3210।"
    assert mask("फोन9876543210") == "फोनXXXXXX3210"


def _check_mask_property(text: str) -> None:
    masked = mask(text)
    assert len(masked) == len(text)
    assert mask(masked) == masked
    if not any(char.isdecimal() for char in text) and "@" not in text:
        assert masked == text


_FUZZ_PIECES = [
    *"0123456789०१२३४५६७८९ -+:/.,@abzXSBINऔखा",
    *["91", "+91 ", "ABCDE", "account ", "खाता ", "1Z5", "4111 ", "@gmail.com", "\u200d"],
]


def test_mask_property_on_seeded_random_text() -> None:
    # Always runs, whether or not hypothesis is installed; deterministic so failures reproduce.
    rng = random.Random(20261127)
    for _ in range(3000):
        pieces = rng.choices(_FUZZ_PIECES, k=rng.randint(0, 30))
        pieces += [chr(rng.randint(0x20, 0xD7FF)) for _ in range(rng.randint(0, 3))]
        rng.shuffle(pieces)
        _check_mask_property("".join(pieces))


@pytest.mark.skipif(
    importlib.util.find_spec("hypothesis") is None, reason="hypothesis is not installed"
)
def test_mask_property_with_hypothesis() -> None:
    from hypothesis import given, settings  # type: ignore[import-not-found, unused-ignore]
    from hypothesis import strategies as st  # type: ignore[import-not-found, unused-ignore]

    # database=None: no .hypothesis/ folder in the repository.
    run = settings(database=None, deadline=None, max_examples=300)
    run(given(st.text())(_check_mask_property))()
    digits_and_separators = st.text(alphabet="0123456789०१२३४५६७८९ -+:ABCDEFZ@.")
    run(given(digits_and_separators)(_check_mask_property))()
