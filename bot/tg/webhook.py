"""The webhook server: Telegram's POST is answered once its update is safe.

Telegram re-sends a webhook update until the bot answers it with a 2xx status
(https://core.telegram.org/bots/api#setwebhook), and that answer is the only confirmation
there is, as the getUpdates offset is in polling mode (bot/tg/processor.py). PTB's
`run_webhook` answers as soon as the update is queued, so a crash or a `kill -9` loses every
update being handled at that moment. Here the answer waits until the update is kept in the
database's inbox (bot/tg/inbox.py): a replica that dies with updates in hand leaves them there,
and another replica (or its own next start) takes them over once its lease runs out. Answering
only once the update was handled would keep Telegram's connections (max_connections, 40 by
default) busy with one chat's backlog, and everyone else would wait behind it. Without the
inbox (the database away), the answer waits until the reply has been sent and the turn stored,
and Telegram re-sends what a dead replica had not finished. What remains is the moment between
sending a reply and forgetting its update; a crash exactly then answers that one message twice.

The update still goes through the application's update processor, so one chat's updates are
handled in order and the number handled at once stays bounded (telegram.concurrent_updates).
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging

import tornado.httpserver
import tornado.web
from telegram import Update

from bot.config import WebhookSettings
from bot.tg.context import SaathiApp
from bot.tg.processor import PerChatUpdateProcessor

log = logging.getLogger(__name__)

SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
MAX_BODY = 1024 * 1024  # updates are small JSON documents


class WebhookServer:
    def __init__(self, app: SaathiApp, *, secret: str, path: str) -> None:
        self._app = app
        self._secret = secret.encode()
        self._path = "/" + path.strip("/")
        self._http: tornado.httpserver.HTTPServer | None = None
        self._handling: set[asyncio.Task[None]] = set()  # updates answered before handled
        processor = app.update_processor
        assert isinstance(processor, PerChatUpdateProcessor)  # bot/tg/app.py builds it so
        self._processor = processor

    async def start(self, settings: WebhookSettings, *, allowed_updates: list[str]) -> None:
        """Listen, then tell Telegram where to send updates (with the secret it must echo)."""
        routes = [(self._path, _UpdateRequest, {"server": self})]
        self._http = tornado.httpserver.HTTPServer(
            tornado.web.Application(routes), max_body_size=MAX_BODY
        )
        self._http.listen(settings.port, settings.listen)
        await self._app.bot.set_webhook(
            url=settings.public_url.rstrip("/") + self._path,
            secret_token=self._secret.decode(),
            allowed_updates=allowed_updates,
        )
        log.info("webhook server listening on %s:%s%s", settings.listen, settings.port, self._path)

    async def stop(self) -> None:
        """Take no new updates; finish (and answer) the ones being handled."""
        if self._http is None:
            return
        self._http.stop()
        await self._processor.tracker.wait_idle()
        await self._http.close_all_connections()
        self._http = None

    async def handle(self, request: tornado.web.RequestHandler) -> None:
        token = request.request.headers.get(SECRET_HEADER, "").encode()
        if not hmac.compare_digest(token, self._secret):
            log.warning(
                "webhook request without the secret token from %s", request.request.remote_ip
            )
            request.set_status(403)
            return
        try:
            body = json.loads(request.request.body)
            update = Update.de_json(body, self._app.bot)
        except (ValueError, TypeError, KeyError, AttributeError) as exc:
            # Only Telegram knows the secret, and it sends updates; log and refuse anything else.
            log.error("webhook body is not an update (%s): %r", exc, request.request.body[:200])
            request.set_status(400)
            return
        inbox = self._app.bot_data.inbox
        kept = await inbox.keep_one(body) if inbox is not None else None
        if kept is False:  # Telegram sent it again, already kept: its holder handles it
            request.set_status(200)
            return
        self._processor.tracker.arrived()  # the processor counts it down once handled
        handling = self._processor.process_update(update, self._app.process_update(update))
        if kept:
            task = asyncio.create_task(handling, name=f"update {update.update_id}")
            self._handling.add(task)
            task.add_done_callback(self._handling.discard)
        else:
            await handling
        request.set_status(200)


class _UpdateRequest(tornado.web.RequestHandler):
    """Tornado's view of one POST; the work is WebhookServer.handle."""

    def initialize(self, server: WebhookServer) -> None:
        self._server = server

    async def post(self) -> None:
        await self._server.handle(self)
