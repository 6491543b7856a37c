"""The long-lived resources behind the assistant, built in one place and closed explicitly."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.engine import Broadcaster, Channel
from bot.broadcast.store import BroadcastStore
from bot.config import Settings, StaffSettings
from bot.core.assistant import Assistant
from bot.core.dialogue import Dialogue
from bot.core.flood import FloodRule
from bot.core.languages import Languages
from bot.core.ports import NoDesk, StaffDesk
from bot.core.render import Renderer
from bot.db.cluster import Cluster
from bot.db.conversation_log import ConversationLog
from bot.db.conversations import ConversationStore
from bot.db.dialogues import DialogueStore
from bot.db.engine import create_engine
from bot.db.escalations import EscalationStore
from bot.db.grants import RoleGrants
from bot.db.migrate import ensure_schema
from bot.db.privacy import PrivacyStore, Purged
from bot.nlu.client import Nlu, RasaNlu
from bot.staff.roles import Roles
from bot.text.catalogs import Catalogs, Translator

log = logging.getLogger(__name__)

DeskT = TypeVar("DeskT", bound=StaffDesk)


@dataclass(frozen=True)
class DeskParts:
    """What a staff desk is built from (the Telegram one also needs the bot)."""

    settings: StaffSettings
    escalations: EscalationStore
    log: ConversationLog
    languages: Languages


def no_desk(_parts: DeskParts) -> NoDesk:
    """The console's desk: requests for a person are recorded, nobody is notified."""
    return NoDesk()


@dataclass(frozen=True, kw_only=True)
class Services(Generic[DeskT]):
    settings: Settings
    engine: AsyncEngine
    nlu: Nlu
    catalogs: Catalogs
    languages: Languages
    conversations: ConversationStore
    log: ConversationLog
    escalations: EscalationStore
    grants: RoleGrants
    broadcasts: BroadcastStore
    privacy: PrivacyStore
    dialogues: DialogueStore
    roles: Roles
    desk: DeskT
    assistant: Assistant
    broadcaster: Broadcaster | None  # with a channel to send announcements through
    cluster: Cluster | None  # set when several replicas serve the bot (cluster.enabled)

    @property
    def staff_translator(self) -> Translator:
        """The language of the bot's own texts in the staff group."""
        return self.catalogs[self.settings.staff.language]

    @staticmethod
    def open(
        settings: Settings,
        *,
        desk: Callable[[DeskParts], DeskT],
        channel: Channel | None = None,
        nlu: Nlu | None = None,
        engine: AsyncEngine | None = None,
    ) -> Services[DeskT]:
        """Build everything, wired once (no I/O happens yet: see start)."""
        catalogs = Catalogs()
        engine = engine or create_engine(settings)
        conversations = ConversationStore(engine, retry_seconds=settings.database.retry_seconds)
        nlu = nlu or RasaNlu(
            settings.rasa.url,
            settings.require_rasa_token(),
            timeout=settings.rasa.timeout_seconds,
            retries=settings.rasa.retries,
        )
        languages = Languages(catalogs, settings.assistant.default_language, conversations)
        escalations, conversation_log = EscalationStore(engine), ConversationLog(engine)
        privacy = PrivacyStore(engine)
        broadcasts = BroadcastStore(engine, settings.assistant.default_language)
        grants = RoleGrants(engine)
        staff_desk = desk(DeskParts(settings.staff, escalations, conversation_log, languages))
        a = settings.assistant
        dialogue = Dialogue(
            nlu=nlu,
            render=Renderer(catalogs),
            languages=languages,
            settings=a,
            staff=settings.staff,
            announcements=broadcasts,
            personal_data=privacy,
            ratings=escalations,
            desk=staff_desk,
            retention_days=settings.privacy.retention_days,
        )
        return Services(
            settings=settings,
            engine=engine,
            nlu=nlu,
            catalogs=catalogs,
            languages=languages,
            conversations=conversations,
            log=conversation_log,
            escalations=escalations,
            grants=grants,
            broadcasts=broadcasts,
            privacy=privacy,
            dialogues=DialogueStore(
                engine, expire_after=dt.timedelta(minutes=settings.broadcast.draft_expiry_minutes)
            ),
            roles=Roles(settings.roles, grants),
            desk=staff_desk,
            assistant=Assistant(
                dialogue=dialogue,
                conversations=conversations,
                personal_data=privacy,
                desk=staff_desk,
                languages=languages,
                flood=FloodRule(a.flood_max_messages, a.flood_window_seconds),
            ),
            broadcaster=(
                Broadcaster(broadcasts, channel, settings.broadcast, languages)
                if channel is not None
                else None
            ),
            cluster=(
                Cluster(engine, lease_seconds=settings.cluster.chat_lease_seconds)
                if settings.cluster.enabled
                else None
            ),
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
        await self.conversations.aclose()
        await self.engine.dispose()
