"""The long-lived resources behind the assistant, opened and closed explicitly in one place."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.store import BroadcastStore
from bot.config import Settings
from bot.core.assistant import Assistant
from bot.db.cluster import Cluster
from bot.db.dialogues import DialogueStore
from bot.db.engine import create_engine
from bot.db.escalations import EscalationStore
from bot.db.migrate import ensure_schema
from bot.db.privacy import PrivacyStore, Purged
from bot.db.store import ConversationStore
from bot.i18n import Catalogs, Translator
from bot.nlu.client import Nlu, RasaNlu
from bot.staff.roles import Roles

log = logging.getLogger(__name__)


@dataclass
class Services:
    settings: Settings
    engine: AsyncEngine
    store: ConversationStore
    nlu: Nlu
    catalogs: Catalogs
    escalations: EscalationStore
    broadcasts: BroadcastStore
    privacy: PrivacyStore
    roles: Roles
    assistant: Assistant
    dialogues: DialogueStore
    cluster: Cluster | None  # set when several replicas serve the bot (cluster.enabled)

    @property
    def staff_translator(self) -> Translator:
        """The language of the bot's own texts in the staff group."""
        return self.catalogs[self.settings.staff.language]

    @classmethod
    def open(
        cls, settings: Settings, *, nlu: Nlu | None = None, engine: AsyncEngine | None = None
    ) -> Services:
        """Create the HTTP client, database engine and catalogs (no I/O happens yet)."""
        catalogs = Catalogs()
        engine = engine or create_engine(settings)
        store = ConversationStore(engine, retry_seconds=settings.database.retry_seconds)
        nlu = nlu or RasaNlu(
            settings.rasa.url,
            settings.require_rasa_token(),
            timeout=settings.rasa.timeout_seconds,
            retries=settings.rasa.retries,
        )
        escalations = EscalationStore(engine)
        privacy = PrivacyStore(engine)
        broadcasts = BroadcastStore(engine, settings.assistant.default_language)
        assistant = Assistant(
            nlu,
            store,
            catalogs,
            settings.assistant,
            staff=settings.staff,
            escalations=escalations,
            broadcasts=broadcasts,
            privacy_store=privacy,
            retention_days=settings.privacy.retention_days,
        )
        roles = Roles(settings.roles, escalations)
        dialogues = DialogueStore(
            engine, expire_after=dt.timedelta(minutes=settings.broadcast.draft_expiry_minutes)
        )
        cluster = (
            Cluster(engine, lease_seconds=settings.cluster.chat_lease_seconds)
            if settings.cluster.enabled
            else None
        )
        return cls(
            settings,
            engine,
            store,
            nlu,
            catalogs,
            escalations,
            broadcasts,
            privacy,
            roles,
            assistant,
            dialogues,
            cluster,
        )

    async def start(self) -> None:
        """Do the start-up I/O: check (or, for SQLite, bring) the database to the newest schema."""
        await ensure_schema(self.engine)

    async def purge_old_messages(self) -> Purged:
        """Delete messages older than privacy.retention_days (the retention job calls this)."""
        cutoff = dt.datetime.now(dt.UTC) - dt.timedelta(days=self.settings.privacy.retention_days)
        purged = await self.privacy.purge_older_than(cutoff)
        log.info("retention: deleted %d messages and %d relays", purged.messages, purged.relays)
        return purged

    async def aclose(self) -> None:
        if isinstance(self.nlu, RasaNlu):
            await self.nlu.aclose()
        await self.store.aclose()
        await self.engine.dispose()
