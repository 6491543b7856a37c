"""The emulator's spec checks must catch what Telegram rejects, or the e2e tests prove little."""

from __future__ import annotations

import json

import pytest
from telegram.error import BadRequest, RetryAfter
from telegram.ext import ExtBot

from bot.tg.pacing import retry_after_seconds
from tests.botapi.emulator import Emulator
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


async def test_each_private_chat_gets_a_burst_then_about_one_a_second(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The per-chat flood control the bot's pacing is tested against (tests/tg/test_pacing.py):
    # without it, no test could catch a bot that floods one chat.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")  # as the bot's rate limiter sets it
    emulator = Emulator(enforce_limits=True, chat_burst=3, chat_interval=1.0)
    await emulator.start()
    try:
        async with ExtBot(emulator.token, base_url=emulator.base_url) as bot:
            for i in range(3):
                await bot.send_message(10, f"burst {i}")
            with pytest.raises(RetryAfter) as raised:
                await bot.send_message(10, "one too many")
            await bot.send_message(11, "another chat has its own budget")
            group = -100123
            for i in range(4):  # groups have their 20 a minute instead
                await bot.send_message(group, f"group {i}")
    finally:
        await emulator.stop()
    assert retry_after_seconds(raised.value) == 1
    assert [m["text"] for m in emulator.sent[10]] == [f"burst {i}" for i in range(3)]
    assert len(emulator.sent[11]) == 1 and len(emulator.sent[-100123]) == 4
    assert [r.params for r in emulator.limited] == [{"chat_id": 10, "scope": "chat"}]


async def test_a_callback_query_takes_one_answer() -> None:
    emulator = Emulator()
    await emulator.start()
    try:
        async with ExtBot(emulator.token, base_url=emulator.base_url) as bot:
            sent = await bot.send_message(12, "pick one")
            tap = emulator.user_taps(12, sent.to_dict(), "x")
            query_id = emulator.query_of[tap]
            assert await bot.answer_callback_query(query_id)
            with pytest.raises(BadRequest, match=r"(?i)query is too old"):
                await bot.answer_callback_query(query_id)
            with pytest.raises(BadRequest, match=r"(?i)query id is invalid"):
                await bot.answer_callback_query("forged")
    finally:
        await emulator.stop()
    assert emulator.answered_at(tap) is not None
