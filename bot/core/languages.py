"""The one place that decides which language the bot speaks to a user."""

from __future__ import annotations

from bot.core.ports import Profiles
from bot.records.turns import UserProfile
from bot.text.catalogs import Catalogs, Translator
from bot.text.script import Lang, is_lang


class Languages:
    """A choice made with /language wins; then the language of the message being answered; then
    the last one we could tell; then the default.

    Replies, the staff desk's messages to users, announcements and the command line all ask
    here. Broadcast audiences apply the same order in SQL: bot/broadcast/audience.py builds it
    from PRECEDENCE, the profile fields in the order they count.
    """

    PRECEDENCE = ("chosen_language", "detected_language")

    def __init__(self, catalogs: Catalogs, default: Lang, profiles: Profiles) -> None:
        self.catalogs = catalogs
        self.default = default
        self._profiles = profiles

    def of(
        self,
        profile: UserProfile | None,
        detected: Lang | None = None,
        *,
        ignore_choice: bool = False,
    ) -> Lang:
        chosen = None if ignore_choice or profile is None else profile.chosen_language
        last = profile.detected_language if profile else None
        return chosen or detected or last or self.default

    def translator(
        self,
        profile: UserProfile | None,
        detected: Lang | None = None,
        *,
        ignore_choice: bool = False,
    ) -> Translator:
        return self.catalogs[self.of(profile, detected, ignore_choice=ignore_choice)]

    def named(self, code: str) -> Translator:
        """The translator of a language code read from the database (the default if unknown)."""
        return self.catalogs[code if is_lang(code) else self.default]  # type: ignore[index]

    async def for_user(self, user_id: int) -> Translator:
        """The language for a message the bot sends on its own (staff, announcements, progress)."""
        return self.translator(await self._profiles.profile(user_id))
