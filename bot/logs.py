"""Logging set-up: one format, quiet HTTP libraries, and secrets never written out."""

from __future__ import annotations

import logging
from collections.abc import Iterable

from bot.config import Settings

REDACTED = "<redacted>"


class RedactSecrets(logging.Filter):
    """Replace secrets in a record's message and traceback before any handler formats it.

    Bot API URLs carry the bot token (https://api.telegram.org/bot<token>/sendMessage), and an
    exception from an HTTP library can quote the URL; httpx's own request log is silenced too,
    but this catches every other way a token could reach a log line.
    """

    def __init__(self, secrets: Iterable[str | None]) -> None:
        super().__init__()
        # Telegram tokens look like 123456:ABC...; the part after the colon is the secret one.
        found = {s for s in secrets if s} | {s.split(":", 1)[1] for s in secrets if s and ":" in s}
        self._secrets = sorted((s for s in found if len(s) >= 8), key=len, reverse=True)

    def _clean(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._secrets:
            return True
        message = record.getMessage()
        cleaned = self._clean(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        return True


def setup(settings: Settings, handler: logging.Handler) -> None:
    handler.addFilter(
        RedactSecrets(
            [
                settings.secrets.telegram_bot_token,
                settings.secrets.rasa_token,
                settings.secrets.webhook_secret,
            ]
        )
    )
    logging.basicConfig(
        level=settings.logging.level,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[handler],
    )
    # httpx logs every request URL at INFO, and Bot API URLs contain the bot token.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
