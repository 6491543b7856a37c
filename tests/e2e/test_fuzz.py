"""10,000 generated updates through the real PTB handler stack: no unhandled exception, no
request that breaks the Bot API spec, every reply valid HTML for Telegram.

Hypothesis generates updates that Telegram could send (each is checked against the spec's
Update type) but that no polite user would: text from every Unicode plane, right-to-left and
zero-width marks, HTML and Markdown metacharacters, 4,096-character messages, commands with
junk arguments, forged and oversized callback data, media with and without captions, updates
from groups, channels and the staff group, and optional fields left out. Hypothesis runs in a
process of its own and hands the updates over a queue, so generating the next updates and
handling the last ones go on at the same time.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import time
from multiprocessing.queues import Queue
from typing import Any

from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from telegram import Update

from bot.config import Settings
from bot.tg.context import SaathiContext
from tests.botapi.emulator import Emulator
from tests.fakes import DEFAULT_RULES, FakeNlu
from tests.harness import bot_settings, running_bot

EXAMPLES = 10_000
IN_FLIGHT = 64
STAFF_CHAT = -100_777
STAFF_ID = 4242
TRAINER_ID = 4343

TRICKY = [
    "<b>bold</b> & <script>alert(1)</script>",
    "*bold* _italic_ `code` [link](http://x) ~~strike~~ ||spoiler||",
    "\u202egnp.exe\u202c \u200f\u200e \u200b\u200c\u200d\ufeff \u2066\u2069",
    "जीएसटी\u200dजरूरी\u200cहै",
    "&amp; &lt; &#x1F600; &bogus; &",
    "﷽" * 50,
    "👨‍👩‍👧‍👦🏳️‍🌈" * 100,
    "\U0001d54f\U00010348\U000e0041\U0010fffd",
    "a\x00b\x07c\x1bd",
    "0" * 4096,
    "2345 6789 0123 ABCDE1234F 09ABCDE1234F1Z5 +91 98765 43210",
    "band karo",
    "२",
]
COMMANDS = [
    "start",
    "help",
    "language",
    "human",
    "profile",
    "mydata",
    "forget",
    "stop",
    "broadcast",
    "broadcasts",
    "cancel",
    "queue",
    "claim",
    "close",
    "handback",
    "transcript",
    "reply",
    "staff",
    "trainer",
    "nosuchcommand",
]
CALLBACKS = [
    "lang:hi",
    "lang:xx",
    "topic:gst_requirement",
    "topic:../../etc",
    "more:odop_info",
    "cat:",
    "human",
    "help",
    "language",
    "district",
    "forget:yes",
    "forget:no",
    "rate:1:up",
    "rate:999999999999:down",
    "rate:abc",
    "ack:1",
    "ack:-5",
    "staff:claim:1",
    "staff:close:x",
    "bc:pause:1",
    "bc:send:99",
]

texts = st.one_of(
    st.text(min_size=1, max_size=200),
    st.text(st.characters(codec="utf-8"), min_size=1, max_size=4096),
    st.sampled_from(TRICKY),
    st.builds(
        lambda cmd, args, bot: f"/{cmd}{'@saathi_bot' if bot else ''} {args}".rstrip(),
        st.sampled_from(COMMANDS),
        st.text(max_size=80),
        st.booleans(),
    ),
).filter(lambda t: t.strip() != "")  # Telegram never delivers an empty message

user_ids = st.one_of(st.integers(1, 2**40), st.sampled_from([STAFF_ID, TRAINER_ID, 1, 2**52 - 1]))


@st.composite
def users(draw: st.DrawFn) -> dict[str, Any]:
    user: dict[str, Any] = {
        "id": draw(user_ids),
        "is_bot": False,
        "first_name": draw(st.text(min_size=1, max_size=64)),
    }
    for key, strategy in (
        ("last_name", st.text(max_size=64)),
        ("username", st.from_regex(r"[A-Za-z][A-Za-z0-9_]{4,31}", fullmatch=True)),
        ("language_code", st.sampled_from(["hi", "en", "en-IN", "ur", "zz"])),
    ):
        if draw(st.booleans()):
            user[key] = draw(strategy)
    return user


@st.composite
def chats(draw: st.DrawFn, user: dict[str, Any]) -> dict[str, Any]:
    kind = draw(st.sampled_from(["private", "private", "private", "group", "staff", "channel"]))
    if kind == "private":
        return {"id": user["id"], "type": "private", "first_name": user["first_name"]}
    if kind == "staff":
        return {"id": STAFF_CHAT, "type": "supergroup", "title": "staff", "is_forum": True}
    chat_id = draw(st.integers(-(10**13), -1))
    return {"id": chat_id, "type": "channel" if kind == "channel" else "group", "title": "x"}


@st.composite
def messages(draw: st.DrawFn) -> dict[str, Any]:
    user = draw(users())
    chat = draw(chats(user))
    message: dict[str, Any] = {
        "message_id": draw(st.integers(1, 2**31 - 1)),
        "date": int(time.time()),
        "chat": chat,
    }
    if chat["type"] != "channel" and draw(st.integers(0, 9)):
        message["from"] = user  # missing sometimes, as for anonymous admins
    content = draw(st.sampled_from(["text", "text", "text", "photo", "sticker", "voice", "loc"]))
    if content == "text":
        text = draw(texts)
        message["text"] = text
        if text.startswith("/"):
            length = len(text.split(" ")[0].encode("utf-16-le")) // 2
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
    elif content == "photo":
        message["photo"] = [{"file_id": "p", "file_unique_id": "u", "width": 1, "height": 1}]
        if draw(st.booleans()):
            message["caption"] = draw(st.text(max_size=1024))
    elif content == "sticker":
        message["sticker"] = {
            "file_id": "s",
            "file_unique_id": "u",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        }
    elif content == "voice":
        message["voice"] = {"file_id": "v", "file_unique_id": "u", "duration": 3}
    else:
        message["location"] = {"latitude": 28.6, "longitude": 77.2}
    if draw(st.integers(0, 5)) == 0:
        message["message_thread_id"] = draw(st.integers(1, 10**6))
        message["is_topic_message"] = True
    return message


@st.composite
def callback_queries(draw: st.DrawFn) -> dict[str, Any]:
    user = draw(users())
    chat = draw(chats(user))
    data = draw(
        st.one_of(
            st.sampled_from(CALLBACKS),
            st.text(min_size=1, max_size=64),
            st.text(min_size=65, max_size=400),  # longer than Telegram allows: must not crash
        )
    )
    query: dict[str, Any] = {
        "id": str(draw(st.integers(1, 2**60))),
        "from": user,
        "chat_instance": "ci",
        "data": data,
    }
    if draw(st.integers(0, 4)):
        query["message"] = {
            "message_id": draw(st.integers(1, 2**31 - 1)),
            "date": int(time.time()),
            "chat": chat,
            "text": "an old message of the bot",
        }
    return query


@st.composite
def updates(draw: st.DrawFn) -> dict[str, Any]:
    kind = draw(
        st.sampled_from(
            ["message"] * 6
            + ["callback_query"] * 3
            + ["edited_message", "channel_post", "edited_channel_post"]
        )
    )
    if kind == "callback_query":
        payload = draw(callback_queries())
    else:
        payload = draw(messages())
        if kind.startswith("edited"):
            payload["edit_date"] = int(time.time())
        if kind.endswith("channel_post"):
            payload.pop("from", None)
            payload["chat"] = {"id": -1001, "type": "channel", "title": "news"}
    return {"update_id": draw(st.integers(1, 2**31 - 1)), kind: payload}


def generate(queue: Queue[dict[str, Any] | None], count: int) -> None:
    """Put `count` generated updates on the queue, then None. Runs in a process of its own:
    in the test's, Hypothesis's generation would share the interpreter lock with the bot."""

    @hypothesis_settings(
        max_examples=count,
        deadline=None,
        database=None,
        derandomize=True,  # the same 10,000 updates on every run and machine
        suppress_health_check=list(HealthCheck),
    )
    @given(updates())
    def emit(raw: dict[str, Any]) -> None:
        queue.put(raw)

    emit()
    queue.put(None)


def fuzz_settings(settings: Settings, emulator: Emulator) -> Settings:
    staff = settings.staff.model_copy(update={"chat_id": STAFF_CHAT})
    roles = settings.roles.model_copy(update={"staff": [STAFF_ID], "trainers": [TRAINER_ID]})
    # Telegram's pace is not what this test is about; the emulator does not enforce it.
    telegram = settings.telegram.model_copy(
        update={"max_messages_per_second": 100_000, "chat_interval_seconds": 0.001}
    )
    changed = settings.model_copy(update={"staff": staff, "roles": roles, "telegram": telegram})
    return bot_settings(changed, emulator, group_window=0.001)


async def test_10000_generated_updates_cause_no_error_and_no_malformed_request(
    emulator: Emulator, settings: Settings
) -> None:
    emulator.add_group(STAFF_CHAT, forum=True)
    errors: list[BaseException] = []

    async def record_error(_update: object, context: SaathiContext) -> None:
        assert context.error is not None
        errors.append(context.error)

    spawn = multiprocessing.get_context("spawn")  # not fork: this process runs threads
    queue: Queue[dict[str, Any] | None] = spawn.Queue(maxsize=4 * IN_FLIGHT)
    producer = spawn.Process(target=generate, args=(queue, EXAMPLES), daemon=True)
    producer.start()
    fed = 0
    running = running_bot(fuzz_settings(settings, emulator), nlu=FakeNlu(DEFAULT_RULES))
    async with running as app:
        app.add_error_handler(record_error)
        handling: set[asyncio.Task[None]] = set()
        while (raw := await asyncio.to_thread(queue.get, True, 120)) is not None:
            emulator.spec.check_object(raw, "Update")  # Telegram could send this
            # As the updater hands updates over: through the per-chat update processor, many
            # at once (at most IN_FLIGHT), each chat in order.
            update = Update.de_json(raw, app.bot)
            task = asyncio.create_task(
                app.update_processor.process_update(update, app.process_update(update))
            )
            handling.add(task)
            task.add_done_callback(handling.discard)
            fed += 1
            if len(handling) >= IN_FLIGHT:
                await asyncio.wait(handling, return_when=asyncio.FIRST_COMPLETED)
        await asyncio.gather(*handling)
    producer.join(30)
    assert producer.exitcode == 0
    assert fed >= EXAMPLES
    assert errors == []
    assert emulator.violations == []
    sent = emulator.calls("sendMessage")
    assert len(sent) > EXAMPLES / 10  # the bot did answer (groups, channels and floods not)
    # Copying a generated message, answering in a generated forum topic or answering a
    # generated tap fails as it would on Telegram (none of them ever existed); everything else
    # the bot sent was accepted.
    refused = [
        r
        for r in emulator.requests
        if r.status != 200
        and r.method not in ("copyMessage", "answerCallbackQuery")
        and "message_thread_id" not in r.params
    ]
    assert refused == []
