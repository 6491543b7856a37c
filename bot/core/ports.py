"""What the dialogue talks through: the outbox, the staff desk and the stores, as protocols.

The dialogue core depends on these shapes, never on Telegram or SQL. `bot/db`, `bot/broadcast`,
`bot/tg` and the console implement them structurally (no import of this module needed there).
"""

from __future__ import annotations

from typing import Protocol

from bot.records.events import Event, Sender
from bot.records.replies import Reply, SendResult
from bot.records.turns import StoredData, Turn, UserProfile


class Outbox(Protocol):
    """Delivers replies to a chat: Telegram, the console, or a test double."""

    async def send(self, chat_id: int, reply: Reply) -> SendResult: ...

    async def notify(self, chat_id: int, text: str) -> None:
        """A short acknowledgement of a tap (a toast on Telegram), not a message."""


class StaffDesk(Protocol):
    """Where escalated users meet staff (a Telegram group); the console has none."""

    @property
    def available(self) -> bool:
        """Whether a person can take over now; without one, the bot keeps answering."""
        ...

    async def escalated(self, escalation_id: int, sender: Sender) -> None:
        """A user was just handed over: tell the staff, with the context card."""

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Copy what the user sent to the staff handling them."""


class NoDesk:
    """No staff group configured: requests for a person are only recorded."""

    available = False

    async def escalated(self, escalation_id: int, sender: Sender) -> None:
        """Nothing to notify."""

    async def relay_in(self, escalation_id: int, event: Event) -> None:
        """Nothing to relay to."""


class Profiles(Protocol):
    async def profile(self, user_id: int) -> UserProfile | None:
        """The user's settings and state; raises DatabaseUnavailable if the database is away."""
        ...


class Conversations(Profiles, Protocol):
    """The conversation log's hot path (bot/db/conversations.py)."""

    async def record(self, turn: Turn) -> int | None:
        """Store the turn; the open escalation's id if it asked for a person."""
        ...

    def spool(self, turn: Turn) -> None:
        """Keep a turn the database could not take now, to write it later."""


class Announcements(Protocol):
    """What the dialogue needs of broadcasts (bot/broadcast/store.py)."""

    async def opt(self, user_id: int, *, out: bool) -> bool: ...

    async def ack(self, broadcast_id: int, user_id: int) -> bool: ...

    async def is_announcement(self, chat_id: int, message_id: int) -> bool: ...


class PersonalData(Protocol):
    """/mydata and /forget (bot/db/privacy.py)."""

    async def stored_data(self, user_id: int) -> StoredData | None: ...

    async def forget(self, user_id: int) -> bool: ...


class Ratings(Protocol):
    """The user's 👍/👎 after staff closed their chat (bot/db/escalations.py)."""

    async def rate(self, escalation_id: int, user_id: int, rating: str) -> bool: ...
