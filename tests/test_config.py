"""Settings: a missing or malformed setting stops start-up with a message naming it."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from bot.config import PROJECT_ROOT, ConfigError, load_settings


def write_config(
    tmp_path: Path, change: dict[str, object] | None = None, drop: str | None = None
) -> Path:
    data = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    for dotted, value in (change or {}).items():
        *parents, key = dotted.split(".")
        node = data
        for part in parents:
            node = node[part]
        node[key] = value
    if drop:
        *parents, key = drop.split(".")
        node = data
        for part in parents:
            node = node[part]
        del node[key]
    path = tmp_path / "config.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def test_the_shipped_config_loads_and_secrets_come_from_the_environment() -> None:
    settings = load_settings(env={"TELEGRAM_BOT_TOKEN": "123:abc", "RASA_TOKEN": "r"})
    assert settings.require_bot_token() == "123:abc"
    assert settings.rasa.port == 5005 and settings.api_base_url.startswith("https://")
    assert "123:abc" not in repr(settings) and "123:abc" not in str(settings.secrets)


def test_api_base_url_can_be_overridden_from_the_environment() -> None:
    settings = load_settings(env={"TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"})
    assert settings.api_base_url == "http://127.0.0.1:9/bot"


def test_saathi_config_points_to_another_file(tmp_path: Path) -> None:
    path = write_config(tmp_path, {"assistant.clarify_max_options": 4})
    settings = load_settings(env={"SAATHI_CONFIG": str(path)})
    assert settings.assistant.clarify_max_options == 4
    assert settings.path(Path("var/x.db")) == tmp_path / "var/x.db"


@pytest.mark.parametrize(
    ("change", "drop", "named"),
    [
        ({}, "rasa.timeout_seconds", "rasa.timeout_seconds"),
        ({"assistant.confidence_threshold": 3}, None, "assistant.confidence_threshold"),
        ({"telegram.mode": "carrier-pigeon"}, None, "telegram.mode"),
        ({"rasa.url": "localhost"}, None, "rasa.url"),
        ({"assistant.default_language": "fr"}, None, "assistant.default_language"),
        ({"logging.colour": "blue"}, None, "logging.colour"),
    ],
)
def test_bad_settings_are_named(
    tmp_path: Path, change: dict[str, object], drop: str | None, named: str
) -> None:
    path = write_config(tmp_path, change, drop)
    with pytest.raises(ConfigError, match=named.replace(".", r"\.")):
        load_settings(env={"SAATHI_CONFIG": str(path)})


def test_missing_or_broken_files_and_secrets_in_the_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(env={"SAATHI_CONFIG": str(tmp_path / "nope.yml")})
    (tmp_path / "bad.yml").write_text("database: [unclosed", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_settings(env={"SAATHI_CONFIG": str(tmp_path / "bad.yml")})
    path = write_config(tmp_path, {"secrets": {"telegram_bot_token": "x"}})
    with pytest.raises(ConfigError, match="environment"):
        load_settings(env={"SAATHI_CONFIG": str(path)})


def test_required_secrets_are_named_when_missing() -> None:
    settings = load_settings(env={})
    with pytest.raises(ConfigError, match="TELEGRAM_BOT_TOKEN"):
        settings.require_bot_token()
    with pytest.raises(ConfigError, match="RASA_TOKEN"):
        settings.require_rasa_token()
