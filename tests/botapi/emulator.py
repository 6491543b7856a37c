"""A local Telegram Bot API emulator speaking the real HTTP protocol, for end-to-end tests.

The bot under test points its base URL here. The emulator keeps a queue of updates served by
long-polling getUpdates (offsets confirm updates exactly like Telegram), answers sendMessage and
friends, and validates every request against the Bot API spec. Tests script users through
`user_sends` / `user_taps` and read what the bot sent with `wait_messages`. Faults are injected
per chat: `blocked` chats get 403, `flood` makes the next requests get 429 with retry_after.
With limits enforced, Telegram's flood control is played too: about 30 messages a second
overall, 20 a minute per group and, per private chat, a short burst then about one a second.

Webhook mode: after the bot's setWebhook, `deliver_to(urls)` POSTs each update, as Telegram
does, with the secret token header, several at once, spread over `urls` in turn like a load
balancer in front of bot replicas; an update is retried until a replica answers 200.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import math
import time
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from tests.botapi.spec import Spec, SpecError, html_to_text
from tests.support import until

BOT_USER = {
    "id": 777000111,
    "is_bot": True,
    "first_name": "Karigar Saathi",
    "username": "karigar_saathi_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


_BOOKKEEPING = ("html", "received_at")
FIRST_UPDATE_ID = 1000
QUERY_ANSWER_WINDOW = 15.0  # seconds Telegram accepts an answer to a callback query


# How to wait until each bot application running in this process has handled every update it
# received (its UpdateTracker's wait_idle); tests/harness.py adds and removes them.
BOTS_IN_PROCESS: list[Callable[[], Awaitable[None]]] = []


@dataclass(frozen=True)
class Limits:
    """Telegram's limits for the `emulator` fixture (tests/conftest.py): off by default; with
    `enforce`, about 30 messages a second overall, `group_limit` per `group_window` seconds
    per group and, per private chat, `chat_burst` at once then one per `chat_interval` seconds
    get 429 like the real thing, and a test fails if the bot was handed any."""

    enforce: bool = False
    group_limit: int = 20
    group_window: float = 60.0
    chat_burst: int = 3
    chat_interval: float = 1.0


def with_limits(limits: Limits = Limits(enforce=True)) -> pytest.MarkDecorator:
    """Run the marked test (or module, as `pytestmark`) against an emulator with these limits."""
    return pytest.mark.parametrize("emulator", [limits], indirect=True, ids=["limits"])


@dataclass
class Recorded:
    method: str
    params: dict[str, Any]
    at: float
    status: int


@dataclass
class Emulator:
    token: str = "123456:TEST-token_for-the-emulator"
    spec: Spec = field(default_factory=Spec)
    blocked: set[int] = field(default_factory=set)
    flood_remaining: int = 0  # the next N send calls get 429
    flood_retry_after: int = 1
    server_errors_remaining: int = 0  # the next N send calls get 500 Internal Server Error
    hang_remaining: int = 0  # the next N send calls hang for hang_seconds, then get 504
    hang_seconds: float = 2.0
    rejected: set[int] = field(default_factory=set)  # chats whose sends get 400 Bad Request
    requests: list[Recorded] = field(default_factory=list)
    violations: list[str] = field(default_factory=list)
    sent: dict[int, list[dict[str, Any]]] = field(default_factory=lambda: defaultdict(list))
    handed_out_at: dict[int, float] = field(default_factory=dict)  # update_id -> time.time()
    message_of: dict[int, int] = field(default_factory=dict)  # update_id -> user's message_id
    query_of: dict[int, str] = field(default_factory=dict)  # update_id -> callback query id
    # Telegram's limits, enforced with 429 like the real thing when `enforce_limits` is set:
    # about 30 messages a second overall and 20 a minute (group_window) per group.
    enforce_limits: bool = False
    group_limit: int = 20
    group_window: float = 60.0
    global_limit: int = 30
    # Per private chat: a token bucket of chat_burst messages, refilled one per chat_interval
    # seconds (0 turns it off). Telegram does not publish the numbers; its FAQ says to keep
    # to about one message a second in a chat, and a few quick ones pass.
    # https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this
    chat_burst: int = 3
    chat_interval: float = 1.0
    limited: list[Recorded] = field(default_factory=list)  # the 429s handed out

    def __post_init__(self) -> None:
        self._updates: list[dict[str, Any]] = []
        self._update_ids = itertools.count(FIRST_UPDATE_ID)
        self._last_update_id = 0
        self._message_ids = itertools.count(1)
        self._new_update = asyncio.Event()
        # A condition, not an event: with many chats waiting at once, an event cleared by one
        # waiter can swallow the wake-up meant for another.
        self._new_message = asyncio.Condition()
        self._confirmed = 0
        self._sent_times: list[float] = []
        self._group_times: dict[int, list[float]] = defaultdict(list)
        # Per private chat, the bucket as GCRA keeps it: the "theoretical arrival time" of the
        # next message; a message may come up to (burst - 1) intervals before it.
        self._chat_due: dict[int, float] = {}
        # Every message in every chat, for copyMessage and edits: (chat_id, message_id) -> dict.
        self.messages: dict[tuple[int, int], dict[str, Any]] = {}
        self.groups: dict[int, dict[str, Any]] = {}  # chat id -> Chat object
        self.topics: dict[int, dict[int, str]] = defaultdict(dict)  # chat -> thread -> name
        self.edits: list[dict[str, Any]] = []
        self._runner: web.AppRunner | None = None
        self.base_url = ""
        self.webhook: dict[str, Any] | None = None  # parameters of the last setWebhook
        self._delivery: asyncio.Task[None] | None = None
        self.delivered_to: dict[int, str] = {}  # update_id -> the URL that accepted it
        # Callback queries not answered yet: id -> when the user tapped (time.monotonic()).
        self._open_queries: dict[str, float] = {}

    # -- lifecycle ---------------------------------------------------------------------------

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> str:
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self._endpoint)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        sockets = site._server.sockets  # type: ignore[union-attr]
        bound = sockets[0].getsockname()[1]
        self.base_url = f"http://{host}:{bound}/bot"
        return self.base_url

    async def stop(self) -> None:
        if self._delivery is not None:
            self._delivery.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._delivery
        if self._runner is not None:
            await self._runner.cleanup()

    def deliver_to(self, urls: Sequence[str], *, max_connections: int = 40) -> None:
        """Push updates to the bot's webhook from now on (it must have called setWebhook)."""
        assert self.webhook is not None, "the bot has not called setWebhook"
        self._delivery = asyncio.create_task(self._deliver_updates(list(urls), max_connections))

    async def _deliver_updates(self, urls: list[str], max_connections: int) -> None:
        secret = (self.webhook or {}).get("secret_token")
        headers = {"X-Telegram-Bot-Api-Secret-Token": secret} if secret else {}
        turns = itertools.cycle(urls)
        slots = asyncio.Semaphore(max_connections)
        tasks: set[asyncio.Task[None]] = set()

        async def post(session: aiohttp.ClientSession, update: dict[str, Any]) -> None:
            # Telegram re-sends an update until the bot answers 2xx; here for up to a minute.
            deadline = time.monotonic() + 60
            try:
                while time.monotonic() < deadline:
                    url = next(turns)  # a retry goes to the next replica, as a balancer would
                    with contextlib.suppress(aiohttp.ClientError):
                        async with session.post(url, json=update, headers=headers) as response:
                            if response.status == 200:
                                self.delivered_to[update["update_id"]] = url
                                return
                    await asyncio.sleep(0.2)
                raise AssertionError(f"no replica took update {update['update_id']}")
            finally:
                slots.release()

        async with aiohttp.ClientSession() as session:
            while True:
                while not self._updates:
                    self._new_update.clear()
                    await self._new_update.wait()
                update = self._updates.pop(0)
                self.handed_out_at.setdefault(update["update_id"], time.time())
                await slots.acquire()
                task = asyncio.create_task(post(session, update))
                tasks.add(task)
                task.add_done_callback(tasks.discard)

    # -- scripting users ---------------------------------------------------------------------

    def _push(self, kind: str, payload: dict[str, Any]) -> int:
        update_id = self._last_update_id = next(self._update_ids)
        update = {"update_id": update_id, kind: payload}
        self.spec.check_object(update, "Update")  # the emulator itself must speak the spec
        self._updates.append(update)
        self._new_update.set()
        return update_id

    @staticmethod
    def user(user_id: int, first_name: str = "Ramesh", language_code: str = "hi") -> dict[str, Any]:
        return {
            "id": user_id,
            "is_bot": False,
            "first_name": first_name,
            "language_code": language_code,
        }

    @staticmethod
    def private_chat(user_id: int, first_name: str = "Ramesh") -> dict[str, Any]:
        return {"id": user_id, "type": "private", "first_name": first_name}

    def message(
        self, chat: dict[str, Any], sender: dict[str, Any], **content: Any
    ) -> dict[str, Any]:
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": sender,
            **content,
        }
        if isinstance(content.get("text"), str) and content["text"].startswith("/"):
            command = content["text"].split()[0]
            message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
        self.messages[chat["id"], message["message_id"]] = message
        return message

    def add_group(
        self, chat_id: int, title: str = "Karigar Saathi staff", *, forum: bool = True
    ) -> dict[str, Any]:
        chat: dict[str, Any] = {"id": chat_id, "type": "supergroup", "title": title}
        if forum:
            chat["is_forum"] = True
        self.groups[chat_id] = chat
        return chat

    def staff_sends(
        self,
        group_id: int,
        staff_id: int,
        text: str | None = None,
        *,
        thread: int | None = None,
        reply_to: dict[str, Any] | None = None,
        first_name: str = "Ravi",
        kind: str = "message",
        **content: Any,
    ) -> int:
        """A staff member writes in the staff group (in a topic, or as a reply)."""
        if text is not None:
            content["text"] = text
        if thread is not None:
            content.update(message_thread_id=thread, is_topic_message=True)
        if reply_to is not None:
            content["reply_to_message"] = {
                k: v for k, v in reply_to.items() if k not in _BOOKKEEPING
            }
        sender = self.user(staff_id, first_name, "en")
        message = self.message(self.groups[group_id], sender, **content)
        if kind == "edited_message":
            message["edit_date"] = int(time.time())
        return self._push(kind, message)

    def user_sends(
        self,
        user_id: int,
        text: str | None = None,
        *,
        kind: str = "message",
        chat: dict[str, Any] | None = None,
        **content: Any,
    ) -> int:
        """A user writes to the bot; returns the update id."""
        if text is not None:
            content["text"] = text
        message = self.message(chat or self.private_chat(user_id), self.user(user_id), **content)
        if kind == "edited_message":
            message["edit_date"] = int(time.time())
        if kind == "channel_post":
            message.pop("from")
        update_id = self._push(kind, message)
        self.message_of[update_id] = message["message_id"]
        return update_id

    def user_taps(
        self, user_id: int, bot_message: dict[str, Any], data: str, *, ago: float = 0.0
    ) -> int:
        """A user taps an inline button under one of the bot's messages (`ago` seconds ago: a
        tap older than Telegram's 15 s can no longer be answered)."""
        message = {k: v for k, v in bot_message.items() if k not in _BOOKKEEPING}
        query_id = str(next(self._update_ids))
        query: dict[str, Any] = {
            "id": query_id,
            "from": self.user(user_id),
            "chat_instance": f"ci{user_id}",
            "message": message,
            "data": data,
        }
        update_id = self._push("callback_query", query)
        self.query_of[update_id] = query_id
        self._open_queries[query_id] = time.monotonic() - ago
        return update_id

    def user_blocks(self, user_id: int, *, blocked: bool = True) -> int:
        """A user blocks the bot (or unblocks it): sends then get 403 (or pass again), and the
        bot hears of it through a my_chat_member update, as from Telegram."""
        if blocked:
            self.blocked.add(user_id)
        else:
            self.blocked.discard(user_id)
        bot = {k: BOT_USER[k] for k in ("id", "is_bot", "first_name", "username")}
        member, banned = {"status": "member", "user": bot}, {"status": "kicked", "user": bot}
        change = {
            "chat": self.private_chat(user_id),
            "from": self.user(user_id),
            "date": int(time.time()),
            "old_chat_member": member if blocked else {**banned, "until_date": 0},
            "new_chat_member": {**banned, "until_date": 0} if blocked else member,
        }
        return self._push("my_chat_member", change)

    def answered_at(self, update_id: int) -> float | None:
        """When the bot answered the callback query of this update (time.time()), if it did."""
        query_id = self.query_of[update_id]
        return next(
            (
                r.at
                for r in self.calls("answerCallbackQuery")
                if r.status == 200 and r.params.get("callback_query_id") == query_id
            ),
            None,
        )

    def all_sent(self) -> list[dict[str, Any]]:
        return [m for msgs in self.sent.values() for m in msgs]

    async def wait_messages(
        self, chat_id: int, count: int, timeout: float = 20
    ) -> list[dict[str, Any]]:
        """Wait until the bot has sent `count` messages to the chat in total; return them all."""
        try:
            async with self._new_message:
                await asyncio.wait_for(
                    self._new_message.wait_for(lambda: len(self.sent[chat_id]) >= count), timeout
                )
        except TimeoutError:
            got = [m.get("text", "")[:80] for m in self.sent[chat_id]]
            raise AssertionError(f"chat {chat_id}: wanted {count} messages, got {got}") from None
        return self.sent[chat_id]

    @property
    def confirmed_below(self) -> int:
        """The highest offset the bot has passed: every update below it is confirmed."""
        return self._confirmed

    async def wait_confirmed(self, update_id: int, timeout: float = 20) -> None:
        """Wait until the bot confirmed (acknowledged with a higher offset) this update."""
        deadline = time.monotonic() + timeout
        while self._confirmed <= update_id:
            if time.monotonic() > deadline:
                raise AssertionError(f"update {update_id} was never confirmed")
            await asyncio.sleep(0.02)

    async def settled(self, timeout: float = 20) -> None:
        """Wait until the bot has handled every update sent so far, before checking that
        something did not happen.

        First until the bot has received them all: polling, it confirmed them (its next
        getUpdates); webhook, it answered their POSTs. The bot does either once an update is
        kept in its inbox (bot/tg/inbox.py), before handling it, so then until each bot running
        in this process (tests/harness.py registers it in BOTS_IN_PROCESS) has handled every
        update it received. A bot in another process is stopped before what it did is checked.
        """
        last = self._last_update_id
        if not last:
            return
        if self._delivery is None:
            await self.wait_confirmed(last, timeout)
        else:
            pushed = range(FIRST_UPDATE_ID, last + 1)
            await until(
                lambda: all(i in self.delivered_to for i in pushed),
                timeout,
                what=f"the bot receiving updates up to {last}",
            )
        for handled in list(BOTS_IN_PROCESS):
            await asyncio.wait_for(handled(), timeout)

    def calls(self, method: str) -> list[Recorded]:
        return [r for r in self.requests if r.method.lower() == method.lower()]

    # -- HTTP ----------------------------------------------------------------------------------

    async def _endpoint(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return self._error(401, "Unauthorized")
        params, form = await self._params(request)
        try:
            decoded = self.spec.check_request(method, params, form=form)
        except SpecError as exc:
            self.violations.append(f"{method}: {exc}")
            self.requests.append(Recorded(method, params, time.time(), 400))
            return self._error(400, f"Bad Request: {exc}")
        handler = getattr(self, f"_m_{method.lower()}", None)
        if handler is None:
            self.violations.append(f"{method}: not implemented by the emulator")
            return self._error(501, f"emulator does not implement {method}")
        response: web.Response = await handler(decoded)
        self.requests.append(Recorded(method, decoded, time.time(), response.status))
        return response

    @staticmethod
    async def _params(request: web.Request) -> tuple[dict[str, Any], bool]:
        params: dict[str, Any] = dict(request.query)
        if request.content_type == "application/json":
            params.update(await request.json())
            return params, False
        if request.can_read_body:
            post = await request.post()
            params.update({k: v for k, v in post.items() if isinstance(v, str)})
        return params, True

    @staticmethod
    def _ok(result: Any) -> web.Response:
        return web.json_response({"ok": True, "result": result})

    @staticmethod
    def _error(status: int, description: str, **extra: Any) -> web.Response:
        body = {"ok": False, "error_code": status, "description": description, **extra}
        return web.json_response(body, status=status)

    async def _send_fault(self, chat_id: int, p: dict[str, Any]) -> web.Response | None:
        """What Telegram would answer instead of sending to this chat (None: send it)."""
        return (
            await self._server_fault(chat_id)
            or self._sending_fault(chat_id)
            or self._thread_fault(chat_id, p)
        )

    async def _server_fault(self, chat_id: int) -> web.Response | None:
        """Faults of Telegram's side: 5xx, a request that hangs, 400 for a chat."""
        if self.server_errors_remaining > 0:
            self.server_errors_remaining -= 1
            return self._error(500, "Internal Server Error")
        if self.hang_remaining > 0:
            self.hang_remaining -= 1
            await asyncio.sleep(self.hang_seconds)  # the client times out before this ends
            return self._error(504, "Gateway Timeout")
        if chat_id in self.rejected or chat_id == 0:  # no chat has id 0
            return self._error(400, "Bad Request: chat not found")
        return None

    def _sending_fault(self, chat_id: int) -> web.Response | None:
        now = time.monotonic()
        if self.enforce_limits:
            self._sent_times = [x for x in self._sent_times if now - x < 1.0]
            times = self._group_times[chat_id]
            times[:] = [x for x in times if now - x < self.group_window]
            over_global = len(self._sent_times) >= self.global_limit
            chat_wait = self._chat_wait(chat_id, now)
            if over_global or (chat_id < 0 and len(times) >= self.group_limit) or chat_wait:
                if over_global:
                    retry = 1
                elif chat_id < 0:
                    retry = int(self.group_window - (now - times[0])) + 1
                else:
                    retry = math.ceil(chat_wait)
                scope = "all" if over_global else "chat"
                self.limited.append(
                    Recorded("limit", {"chat_id": chat_id, "scope": scope}, time.time(), 429)
                )
                return self._error(
                    429,
                    f"Too Many Requests: retry after {retry}",
                    parameters={"retry_after": retry},
                )
            self._sent_times.append(now)
            if chat_id < 0:
                times.append(now)
            elif self.chat_burst:
                due = self._chat_due.get(chat_id, now)
                self._chat_due[chat_id] = max(due, now) + self.chat_interval
        if self.flood_remaining > 0:
            self.flood_remaining -= 1
            return self._error(
                429,
                f"Too Many Requests: retry after {self.flood_retry_after}",
                parameters={"retry_after": self.flood_retry_after},
            )
        if chat_id in self.blocked:
            return self._error(403, "Forbidden: bot was blocked by the user")
        return None

    def _chat_wait(self, chat_id: int, now: float) -> float:
        """Seconds until this private chat's bucket holds a message again (0: it does now)."""
        if chat_id < 0 or not self.chat_burst:
            return 0.0
        due = self._chat_due.get(chat_id, now)
        return max(0.0, due - (self.chat_burst - 1) * self.chat_interval - now)

    # -- methods -------------------------------------------------------------------------------

    async def _m_getme(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(BOT_USER)

    async def _m_deletewebhook(self, _p: dict[str, Any]) -> web.Response:
        self.webhook = None
        return self._ok(True)

    async def _m_setwebhook(self, p: dict[str, Any]) -> web.Response:
        self.webhook = p
        return self._ok(True)

    async def _m_setmycommands(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(True)

    async def _m_close(self, _p: dict[str, Any]) -> web.Response:
        return self._ok(True)

    async def _m_answercallbackquery(self, p: dict[str, Any]) -> web.Response:
        # Telegram takes one answer per query, within about 15 s of the tap (after that the
        # spinner on the phone has given up); anything else is this 400.
        tapped = self._open_queries.pop(str(p["callback_query_id"]), None)
        if tapped is None or time.monotonic() - tapped > QUERY_ANSWER_WINDOW:
            return self._error(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        return self._ok(True)

    async def _m_getupdates(self, p: dict[str, Any]) -> web.Response:
        if self.webhook is not None:
            return self._error(409, "Conflict: can't use getUpdates method while webhook is active")
        offset = int(p.get("offset", 0))
        if offset:
            # Telegram forgets every update below the offset: that is how they are confirmed.
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            self._confirmed = max(self._confirmed, offset)
        allowed = p.get("allowed_updates")
        limit = int(p.get("limit", 100))
        deadline = time.monotonic() + float(p.get("timeout", 0))
        while True:
            ready = [u for u in self._updates if not allowed or any(k in u for k in allowed)][
                :limit
            ]
            remaining = deadline - time.monotonic()
            if ready or remaining <= 0:
                now = time.time()
                for u in ready:
                    self.handed_out_at.setdefault(u["update_id"], now)
                return self._ok(ready)
            self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), remaining)

    def _chat(self, chat_id: int) -> dict[str, Any]:
        return self.groups.get(chat_id) or self.private_chat(chat_id)

    def _thread_fault(self, chat_id: int, p: dict[str, Any]) -> web.Response | None:
        thread = p.get("message_thread_id")
        if thread is not None and int(thread) not in self.topics[chat_id]:
            return self._error(400, "Bad Request: message thread not found")
        return None

    async def _deliver(self, chat_id: int, message: dict[str, Any], raw: str | None) -> None:
        self.spec.check_object(message, "Message")
        self.messages[chat_id, message["message_id"]] = message
        # What the user sees is `text`; `html` and `received_at` are for assertions and timing.
        self.sent[chat_id].append({**message, "html": raw, "received_at": time.time()})
        async with self._new_message:
            self._new_message.notify_all()

    def _bot_message(self, chat_id: int, p: dict[str, Any]) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": self._chat(chat_id),
            "from": BOT_USER,
        }
        if "reply_markup" in p:
            message["reply_markup"] = p["reply_markup"]
        if p.get("message_thread_id") is not None:
            message.update(message_thread_id=int(p["message_thread_id"]), is_topic_message=True)
        reply = p.get("reply_parameters")
        if reply and (chat_id, reply["message_id"]) in self.messages:
            original = self.messages[chat_id, reply["message_id"]]
            message["reply_to_message"] = {
                k: v for k, v in original.items() if k != "reply_to_message"
            }
        return message

    async def _m_sendmessage(self, p: dict[str, Any]) -> web.Response:
        chat_id = int(p["chat_id"])
        fault = await self._send_fault(chat_id, p)
        if fault is not None:
            return fault
        visible = html_to_text(p["text"]) if p.get("parse_mode") == "HTML" else p["text"]
        message = {**self._bot_message(chat_id, p), "text": visible}
        await self._deliver(chat_id, message, p["text"])
        return self._ok(message)

    async def _m_sendphoto(self, p: dict[str, Any]) -> web.Response:
        photo = [{"file_id": str(p["photo"]), "file_unique_id": "p1", "width": 640, "height": 480}]
        return await self._send_media(p, photo=photo)

    async def _m_senddocument(self, p: dict[str, Any]) -> web.Response:
        return await self._send_media(
            p, document={"file_id": str(p["document"]), "file_unique_id": "d1"}
        )

    async def _send_media(self, p: dict[str, Any], **media: Any) -> web.Response:
        chat_id = int(p["chat_id"])
        fault = await self._send_fault(chat_id, p)
        if fault is not None:
            return fault
        message = {**self._bot_message(chat_id, p), **media}
        if p.get("caption"):
            message["caption"] = p["caption"]
        await self._deliver(chat_id, message, message.get("caption"))
        return self._ok(message)

    async def _m_copymessage(self, p: dict[str, Any]) -> web.Response:
        chat_id, source = int(p["chat_id"]), (int(p["from_chat_id"]), int(p["message_id"]))
        fault = await self._send_fault(chat_id, p)
        if fault is not None:
            return fault
        if source not in self.messages:
            return self._error(400, "Bad Request: message to copy not found")
        kinds = ("text", "voice", "photo", "document", "sticker", "location", "audio", "video")
        content = {k: v for k, v in self.messages[source].items() if k in (*kinds, "caption")}
        if "caption" in p and "text" not in content:
            content["caption"] = p["caption"]
        message = {**self._bot_message(chat_id, p), **content}
        await self._deliver(chat_id, message, message.get("text"))
        return self._ok({"message_id": message["message_id"]})

    async def _m_editmessagetext(self, p: dict[str, Any]) -> web.Response:
        key = (int(p["chat_id"]), int(p["message_id"]))
        if key not in self.messages:
            return self._error(400, "Bad Request: message to edit not found")
        message = {**self.messages[key], "text": p["text"], "edit_date": int(time.time())}
        self.messages[key] = message
        self.edits.append(message)
        return self._ok(message)

    async def _m_getchat(self, p: dict[str, Any]) -> web.Response:
        chat_id = int(p["chat_id"])
        if chat_id not in self.groups and chat_id < 0:
            return self._error(400, "Bad Request: chat not found")
        gifts = dict.fromkeys(
            (
                "unlimited_gifts",
                "limited_gifts",
                "unique_gifts",
                "premium_subscription",
                "gifts_from_channels",
            ),
            False,
        )
        info = {
            **self._chat(chat_id),
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": gifts,
        }
        self.spec.check_object(info, "ChatFullInfo")
        return self._ok(info)

    async def _m_createforumtopic(self, p: dict[str, Any]) -> web.Response:
        chat_id = int(p["chat_id"])
        if not self.groups.get(chat_id, {}).get("is_forum"):
            return self._error(400, "Bad Request: the chat is not a forum")
        fault = self._sending_fault(chat_id)
        if fault is not None:
            return fault
        thread = next(self._message_ids)
        self.topics[chat_id][thread] = p["name"]
        return self._ok({"message_thread_id": thread, "name": p["name"], "icon_color": 7322096})

    async def _m_editforumtopic(self, p: dict[str, Any]) -> web.Response:
        chat_id, thread = int(p["chat_id"]), int(p["message_thread_id"])
        if thread not in self.topics[chat_id]:
            return self._error(400, "Bad Request: message thread not found")
        fault = self._sending_fault(chat_id)
        if fault is not None:
            return fault
        if "name" in p:
            self.topics[chat_id][thread] = p["name"]
        return self._ok(True)


def button_data(message: dict[str, Any]) -> list[tuple[str, str]]:
    """(label, callback_data) of every inline button under a message."""
    markup = message.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [
        (b["text"], b.get("callback_data", ""))
        for row in markup.get("inline_keyboard", [])
        for b in row
    ]
