"""The emulator's spec checks must catch what Telegram rejects, or the e2e tests prove little."""

from __future__ import annotations

import json

import pytest

from tests.botapi.spec import Spec, SpecError, html_to_text

SPEC = Spec()


def keyboard(*data: str) -> str:
    return json.dumps({"inline_keyboard": [[{"text": "x", "callback_data": d}] for d in data]})


@pytest.mark.parametrize(
    ("params", "error"),
    [
        ({"text": "hi"}, "missing required parameter 'chat_id'"),
        ({"chat_id": "1", "text": "hi", "colour": "red"}, "unknown parameters"),
        ({"chat_id": "1", "text": "hi", "message_thread_id": "abc"}, "expected Integer"),
        ({"chat_id": "1", "text": ""}, "empty"),
        ({"chat_id": "1", "text": "x" * 4097}, "too long"),
        ({"chat_id": "1", "text": "a < b", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": "1", "text": "R&D", "parse_mode": "HTML"}, "can't parse entities"),
        ({"chat_id": "1", "text": "<b>bold", "parse_mode": "HTML"}, "unclosed"),
        ({"chat_id": "1", "text": "<blink>x</blink>", "parse_mode": "HTML"}, "unsupported"),
        ({"chat_id": "1", "text": "hi", "reply_markup": keyboard("x" * 65)}, "BUTTON_DATA_INVALID"),
        ({"chat_id": "1", "text": "hi", "reply_markup": keyboard("")}, "BUTTON_DATA_INVALID"),
        (
            {
                "chat_id": "1",
                "text": "hi",
                "reply_markup": '{"inline_keyboard": [[{"text": "x"}]]}',
            },
            "exactly one action",
        ),
        (
            {"chat_id": "1", "text": "hi", "reply_markup": '{"inline_keyboard": "no"}'},
            "reply_markup",
        ),
        ({"chat_id": "1", "text": "hi", "disable_notification": "maybe"}, "Boolean"),
    ],
)
def test_bad_send_message_requests_are_rejected(params: dict[str, str], error: str) -> None:
    with pytest.raises(SpecError, match=error.replace("(", r"\(")):
        SPEC.check_request("sendMessage", params, form=True)


def test_good_requests_pass_and_are_decoded() -> None:
    decoded = SPEC.check_request(
        "sendMessage",
        {
            "chat_id": "42",
            "text": "<b>GST</b> &amp; PAN",
            "parse_mode": "HTML",
            "reply_markup": keyboard("topic:gst_requirement"),
            "link_preview_options": '{"is_disabled": true}',
        },
        form=True,
    )
    assert decoded["chat_id"] == 42 and decoded["reply_markup"]["inline_keyboard"]
    SPEC.check_request(
        "getUpdates", {"offset": 5, "timeout": 1, "allowed_updates": ["message"]}, form=False
    )
    with pytest.raises(SpecError, match="does not exist"):
        SPEC.check_request("sendTelepathy", {}, form=False)


def test_html_visible_text_is_what_telegram_counts() -> None:
    assert html_to_text("<b>a</b> &lt;b&gt; &amp; &#8377;5") == "a <b> & ₹5"


def test_objects_the_emulator_returns_are_checked_too() -> None:
    with pytest.raises(SpecError, match="needs 'chat'"):
        SPEC.check_object({"message_id": 1, "date": 0}, "Message")
