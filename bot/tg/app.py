"""Building and running the Telegram application: the one place handlers are registered."""

from __future__ import annotations

import asyncio
import logging
import signal
from collections.abc import Callable
from typing import Protocol

from telegram import BotCommand, Update
from telegram.error import TelegramError
from telegram.ext import (
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot import callbacks
from bot.callbacks import Kind
from bot.config import ConfigError, Settings, TelegramSettings, WebhookSettings
from bot.services import DeskParts, Services
from bot.text.catalogs import N_
from bot.tg import broadcast_flow, broadcast_manage, handlers, staff
from bot.tg.channel import TelegramChannel
from bot.tg.context import BotData, SaathiApp, SaathiContext
from bot.tg.desk import TelegramDesk
from bot.tg.inbox import UpdateInbox
from bot.tg.pacing import PriorityRateLimiter
from bot.tg.processor import GatedUpdatesRequest, PerChatUpdateProcessor, UpdateTracker
from bot.tg.webhook import WebhookServer

log = logging.getLogger(__name__)


class ServicesFactory(Protocol):
    """Services.open, or a test's variant of it (another engine, a fake NLU)."""

    def __call__(
        self,
        settings: Settings,
        *,
        desk: Callable[[DeskParts], TelegramDesk],
        channel: TelegramChannel | None = None,
    ) -> Services[TelegramDesk]: ...


# Ask Telegram only for what the bot handles: channel posts and the rest never arrive. Edits are
# needed only to mirror edits of messages relayed between users and staff; my_chat_member says
# when a user blocks the bot, so that announcements skip them without a 403.
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]


def register_handlers(app: SaathiApp, staff_chat_id: int) -> None:
    """Wire every handler, in order.

    Group -2 runs for every update and cannot be skipped by a later match: it logs. Group -1
    is the trainers' /broadcast flow, which stops the rest when the update is its next step
    (its state is in the database: see bot/tg/steps.py). In group 0
    the first matching handler wins: the staff group's handlers come first (they only see that
    one chat), then private chats, where commands come before free text and free text before
    the catch-all for media. Channel posts and other groups fall through every filter and are
    ignored; edits only matter for messages relayed to or from staff.
    """
    private_new = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
    app.add_handler(TypeHandler(Update, handlers.log_update), group=-2)
    app.add_handler(TypeHandler(Update, broadcast_flow.route), group=-1)
    if staff_chat_id:
        group = filters.Chat(staff_chat_id)
        new = group & filters.UpdateType.MESSAGE
        app.add_handler(MessageHandler(new & filters.COMMAND, staff.staff_command))
        app.add_handler(MessageHandler(new, staff.staff_message))
        app.add_handler(MessageHandler(group & filters.UpdateType.EDITED_MESSAGE, staff.staff_edit))
        app.add_handler(
            CallbackQueryHandler(staff.staff_button, pattern=callbacks.pattern(Kind.STAFF))
        )
    app.add_handler(
        MessageHandler(
            filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE, handlers.edited
        )
    )
    app.add_handler(
        CommandHandler(
            "broadcasts", broadcast_manage.list_broadcasts, filters=filters.ChatType.PRIVATE
        )
    )
    app.add_handler(
        CallbackQueryHandler(broadcast_manage.manage_button, pattern=callbacks.pattern(Kind.MANAGE))
    )
    app.add_handler(MessageHandler(private_new & filters.COMMAND, handlers.command))
    app.add_handler(MessageHandler(private_new & filters.TEXT, handlers.text))
    app.add_handler(CallbackQueryHandler(handlers.button))
    app.add_handler(MessageHandler(private_new, handlers.media))
    app.add_handler(ChatMemberHandler(handlers.membership, ChatMemberHandler.MY_CHAT_MEMBER))
    app.add_error_handler(handlers.error)


def build_application(
    settings: Settings,
    services_factory: ServicesFactory = Services.open,
) -> SaathiApp:
    """Create the PTB application; services start in post_init and stop in post_shutdown."""

    async def post_init(app: SaathiApp) -> None:
        services = services_factory(
            settings,
            desk=lambda parts: TelegramDesk(app.bot, parts),
            channel=TelegramChannel(app.bot),
        )
        app.bot_data.services = services
        await services.start()
        # Before polling starts: what a crash left in the inbox is handled first.
        inbox = UpdateInbox(services.engine, tracker, lease_seconds=tg.inbox_lease_seconds)
        await inbox.start(app, polling=tg.mode == "polling")
        updates_request.keep_in(inbox.keep)
        app.bot_data.inbox = inbox
        if services.cluster is not None:
            # Several replicas: one chat at a time and one send pace across all of them.
            processor.share(services.cluster.chat)
            limiter.share(services.cluster)
        await _publish_commands(app, services)
        await services.desk.start()
        if services.desk.available and app.job_queue is not None:
            # Look for users waiting too long a few times per reassurance period.
            every = max(1.0, min(60.0, settings.staff.reassure_after_minutes * 60 / 4))
            app.job_queue.run_repeating(_reassure, interval=every, first=every)
        if app.job_queue is not None:
            every = settings.privacy.retention_check_hours * 3600
            app.job_queue.run_repeating(_purge, interval=every, first=60, name="retention")
        if services.broadcaster is not None:
            app.bot_data.broadcasting = asyncio.create_task(
                services.broadcaster.run_forever(), name="broadcasts"
            )

    async def post_stop(app: SaathiApp) -> None:
        # Stop sending announcements before the bot's HTTP client closes; a row in flight is
        # sent again after its lease, never lost.
        services, broadcasting = app.bot_data.services, app.bot_data.broadcasting
        if services is not None and services.broadcaster is not None and broadcasting is not None:
            services.broadcaster.stop()
            await broadcasting
            app.bot_data.broadcasting = None

    async def post_shutdown(app: SaathiApp) -> None:
        if app.bot_data.inbox is not None:
            await app.bot_data.inbox.close()
            app.bot_data.inbox = None
        if app.bot_data.services is not None:
            await app.bot_data.services.aclose()
            app.bot_data.services = None

    tg = settings.telegram
    if tg.max_messages_per_second > 30 and "api.telegram.org" in settings.api_base_url:
        log.warning(
            "telegram.max_messages_per_second=%s is above Telegram's 30/s limit",
            tg.max_messages_per_second,
        )
    tracker = UpdateTracker()
    processor = PerChatUpdateProcessor(tg.concurrent_updates, tracker)
    limiter = rate_limiter(tg)
    # getUpdates confirms the previous batch only once it is safe (bot/tg/processor.py).
    # Its read timeout must outlast Telegram's long poll or every idle poll errors.
    updates_request = GatedUpdatesRequest(
        tracker, connection_pool_size=1, read_timeout=tg.poll_timeout_seconds + 10
    )
    app: SaathiApp = (
        ApplicationBuilder()
        .token(settings.require_bot_token())
        .base_url(settings.api_base_url)
        .context_types(ContextTypes(context=SaathiContext, bot_data=BotData))
        .concurrent_updates(processor)
        .rate_limiter(limiter)
        # httpcore scans every pooled connection (a syscall each) on every request, so PTB's
        # default pool of 256 costs more CPU than it saves under load; 16 keeps sends parallel.
        .connection_pool_size(16)
        .get_updates_request(updates_request)
        .read_timeout(tg.request_timeout_seconds)
        .write_timeout(tg.request_timeout_seconds)
        .post_init(post_init)
        .post_stop(post_stop)
        .post_shutdown(post_shutdown)
        .build()
    )
    register_handlers(app, settings.staff.chat_id)
    return app


def rate_limiter(tg: TelegramSettings) -> PriorityRateLimiter:
    """Pacing for everything the bot sends (see bot/tg/pacing.py for why not AIORateLimiter)."""
    return PriorityRateLimiter(tg)


async def _purge(context: SaathiContext) -> None:
    """Job: delete messages older than the retention period."""
    try:
        await context.services.purge_old_messages()
    except Exception:  # the next run tries again; a failed purge must not stop the job queue
        log.exception("retention job failed")


async def _reassure(context: SaathiContext) -> None:
    """Job: one reassurance message to each user waiting too long for a person."""
    await context.services.desk.reassure_due()


# TRANSLATORS: entries of Telegram's command menu; keep them short
COMMANDS = {
    "start": N_("Start and choose language"),
    "help": N_("Topics I can help with"),
    "language": N_("Change language"),
    "human": N_("Talk to a person"),
    "profile": N_("Your district and language"),
    "mydata": N_("What the bot stores about you"),
    "forget": N_("Delete your data"),
    "stop": N_("Stop announcements"),
}


async def _publish_commands(app: SaathiApp, services: Services[TelegramDesk]) -> None:
    """Show the command menu in Hindi to Hindi phones and in English to everyone else."""
    for lang, code in (("en", None), ("hi", "hi")):
        t = services.catalogs[lang]  # type: ignore[index]
        commands = [BotCommand(name, t(text)) for name, text in COMMANDS.items()]
        try:
            await app.bot.set_my_commands(commands, language_code=code)
        except TelegramError as exc:  # a missing menu is no reason not to start
            log.warning("could not publish the command menu (%s): %s", lang, exc)


def run(settings: Settings) -> None:
    """Run until interrupted: long polling by default, a webhook server if configured."""
    app = build_application(settings)
    tg = settings.telegram
    if tg.mode == "polling":
        app.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=tg.poll_timeout_seconds)
        return
    secret = settings.secrets.webhook_secret
    if not secret:
        raise ConfigError("TELEGRAM_WEBHOOK_SECRET is required in webhook mode")
    if not tg.webhook.public_url:
        raise ConfigError("telegram.webhook.public_url is required in webhook mode")
    asyncio.run(_run_webhook(app, tg.webhook, secret))


async def _run_webhook(app: SaathiApp, webhook: WebhookSettings, secret: str) -> None:
    """The lifecycle of PTB's run_webhook, with a server that answers Telegram only once an
    update is handled (bot/tg/webhook.py says why), until SIGINT or SIGTERM."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    server = WebhookServer(app, secret=secret, path=webhook.path)
    await app.initialize()
    try:
        if app.post_init is not None:
            await app.post_init(app)
        await server.start(webhook, allowed_updates=ALLOWED_UPDATES)
        await app.start()
        await stop.wait()
        log.info("stopping: finishing the updates in progress")
    finally:
        await server.stop()
        if app.running:
            await app.stop()
        if app.post_stop is not None:
            await app.post_stop(app)
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)
