"""Settings: tunables from config.yml, secrets from the environment, validated once at start-up."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from bot.text.script import Lang

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class ConfigError(Exception):
    """A setting is missing or malformed; the message names it."""


class _Section(BaseModel):
    # Unknown keys are typos more often than not: refuse them instead of silently ignoring them.
    model_config = ConfigDict(extra="forbid", frozen=True)


class DatabaseSettings(_Section):
    sqlite_path: Path
    sqlite_busy_timeout_seconds: float = Field(gt=0)
    pool_size: int = Field(ge=1, le=100)
    retry_seconds: float = Field(ge=0, le=60)


class RasaSettings(_Section):
    url: str
    timeout_seconds: float = Field(gt=0, le=10)
    retries: int = Field(ge=0, le=5)
    project_dir: Path
    venv_dir: Path
    models_dir: Path
    startup_timeout_seconds: float = Field(gt=0)

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.hostname or not parts.port:
            raise ValueError("must look like http://127.0.0.1:5005")
        return value.rstrip("/")

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or "127.0.0.1"

    @property
    def port(self) -> int:
        return urlsplit(self.url).port or 5005


class AssistantSettings(_Section):
    confidence_threshold: float = Field(gt=0, le=1)
    clarify_min_confidence: float = Field(ge=0, le=1)
    clarify_max_options: int = Field(ge=2, le=5)
    default_language: Lang
    flood_max_messages: int = Field(ge=1)
    flood_window_seconds: float = Field(gt=0)


class WebhookSettings(_Section):
    listen: str
    port: int = Field(ge=1, le=65535)
    path: str
    public_url: str = ""


class TelegramSettings(_Section):
    api_base_url: str
    mode: Literal["polling", "webhook"]
    poll_timeout_seconds: int = Field(ge=0, le=60)
    concurrent_updates: int = Field(ge=1, le=1024)
    max_messages_per_second: int = Field(ge=1)
    max_group_messages_per_minute: int = Field(ge=1, le=20)
    group_window_seconds: float = Field(gt=0, le=60)
    chat_burst: int = Field(ge=1, le=30)
    chat_interval_seconds: float = Field(gt=0, le=60)
    inbox_lease_seconds: float = Field(gt=0, le=600)
    max_retries_after_429: int = Field(ge=0, le=10)
    max_retries_on_error: int = Field(ge=0, le=5)
    request_timeout_seconds: float = Field(gt=0, le=60)
    webhook: WebhookSettings


Weekday = Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
WEEKDAYS: tuple[Weekday, ...] = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class OfficeHours(_Section):
    timezone: str
    start: dt.time
    end: dt.time
    days: list[Weekday]

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def back_at(self, now: dt.datetime) -> dt.datetime | None:
        """None while the team is at work; otherwise when office hours next begin (local time)."""
        local = now.astimezone(self.zone)
        open_days = {WEEKDAYS.index(day) for day in self.days}
        if local.weekday() in open_days and self.start <= local.time() < self.end:
            return None
        for ahead in range(8):
            day = local.date() + dt.timedelta(days=ahead)
            start = dt.datetime.combine(day, self.start, tzinfo=self.zone)
            if day.weekday() in open_days and start > local:
                return start
        return None  # no office days configured: say nothing about hours


class RolesSettings(_Section):
    admins: list[int]
    staff: list[int]
    trainers: list[int]


class StaffSettings(_Section):
    chat_id: int
    use_topics: bool
    sign_with_first_name: bool
    language: Lang
    office_hours: OfficeHours
    reassure_after_minutes: float = Field(gt=0)
    unclear_messages_before_handoff: int = Field(ge=1)
    always_human_intents: list[str]
    card_turns: int = Field(ge=1, le=50)

    @property
    def enabled(self) -> bool:
        return self.chat_id != 0


class BroadcastSettings(_Section):
    messages_per_second: float = Field(gt=0, le=30)
    in_flight: int = Field(ge=1, le=100)
    batch_size: int = Field(ge=1, le=10_000)
    max_attempts: int = Field(ge=1, le=10)
    lease_seconds: float = Field(gt=0)
    progress_every_seconds: float = Field(gt=0)
    poll_seconds: float = Field(gt=0)
    timezone: str
    draft_expiry_minutes: float = Field(gt=0)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        return OfficeHours._known_zone(value)


class PrivacySettings(_Section):
    retention_days: int = Field(ge=1)
    retention_check_hours: float = Field(gt=0)


class ClusterSettings(_Section):
    enabled: bool
    chat_lease_seconds: float = Field(gt=0, le=600)


class LoggingSettings(_Section):
    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"]


class Secrets(_Section):
    """Values that only ever come from the environment."""

    telegram_bot_token: str | None = None
    rasa_token: str | None = None
    database_url: str | None = None
    webhook_secret: str | None = None
    api_base_url_override: str | None = None

    def __repr__(self) -> str:  # never let a token reach a log line through repr()
        shown = {k: ("***" if v else None) for k, v in self.model_dump().items()}
        return f"Secrets({shown})"

    __str__ = __repr__


class Settings(_Section):
    database: DatabaseSettings
    rasa: RasaSettings
    assistant: AssistantSettings
    telegram: TelegramSettings
    roles: RolesSettings
    staff: StaffSettings
    broadcast: BroadcastSettings
    privacy: PrivacySettings
    cluster: ClusterSettings
    logging: LoggingSettings
    secrets: Secrets = Secrets()
    base_dir: Path = PROJECT_ROOT

    def path(self, relative: Path) -> Path:
        """Resolve a path from config.yml against the folder the config file lives in."""
        return relative if relative.is_absolute() else self.base_dir / relative

    @property
    def api_base_url(self) -> str:
        return self.secrets.api_base_url_override or self.telegram.api_base_url

    def require_rasa_token(self) -> str:
        if not self.secrets.rasa_token:
            raise ConfigError(
                "RASA_TOKEN is not set: the bot needs the token the Rasa server was started "
                "with (`make run` creates one in var/rasa.token)"
            )
        return self.secrets.rasa_token

    def require_bot_token(self) -> str:
        if not self.secrets.telegram_bot_token:
            raise ConfigError("TELEGRAM_BOT_TOKEN is not set (get one from @BotFather)")
        return self.secrets.telegram_bot_token


def _secrets_from(env: Mapping[str, str]) -> Secrets:
    def get(name: str) -> str | None:
        value = env.get(name, "").strip()
        return value or None

    return Secrets(
        telegram_bot_token=get("TELEGRAM_BOT_TOKEN"),
        rasa_token=get("RASA_TOKEN"),
        database_url=get("DATABASE_URL"),
        webhook_secret=get("TELEGRAM_WEBHOOK_SECRET"),
        api_base_url_override=get("TELEGRAM_API_BASE_URL"),
    )


def _describe(error: ValidationError, source: Path) -> str:
    lines = [f"{source}: invalid settings"]
    for item in error.errors():
        key = ".".join(str(part) for part in item["loc"])
        lines.append(f"  {key}: {item['msg']}")
    return "\n".join(lines)


def config_path(env: Mapping[str, str] | None = None) -> Path:
    env = os.environ if env is None else env
    override = env.get("SAATHI_CONFIG", "").strip()
    return Path(override).resolve() if override else PROJECT_ROOT / "config.yml"


def load_settings(env: Mapping[str, str] | None = None) -> Settings:
    """Read config.yml (or $SAATHI_CONFIG) and the secrets; raise ConfigError naming any problem."""
    env = os.environ if env is None else env
    source = config_path(env)
    try:
        raw = yaml.safe_load(source.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"config file not found: {source}") from exc
    except yaml.YAMLError as exc:
        raise ConfigError(f"{source}: not valid YAML: {exc}") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{source}: expected a mapping of sections at the top level")
    if "secrets" in raw or "base_dir" in raw:
        raise ConfigError(f"{source}: secrets come from the environment, not from the file")
    try:
        return Settings(**raw, secrets=_secrets_from(env), base_dir=source.parent)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, source)) from exc
