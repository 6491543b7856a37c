"""`python -m bot health`: can this bot reach Rasa, its database and Telegram right now?

For monitoring (a cron job, a container health check, Nagios): one JSON object on stdout,
exit status 0 when every check passed and 1 otherwise. Each check has its own short timeout,
so a hung dependency makes the check fail instead of the monitor waiting forever.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import asdict, dataclass
from typing import Any

import httpx
from sqlalchemy import text

from bot.config import Settings
from bot.db.engine import create_engine
from bot.db.migrate import current_and_head
from bot.nlu.client import RasaNlu

TIMEOUT_SECONDS = 5.0


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str
    ms: float


async def _timed(name: str, probe: Any) -> Check:
    started = time.perf_counter()
    try:
        ok, detail = await asyncio.wait_for(probe, TIMEOUT_SECONDS)
    except TimeoutError:
        ok, detail = False, f"no answer within {TIMEOUT_SECONDS:g} s"
    except Exception as exc:  # every failure is a finding to report, not a crash
        ok, detail = False, f"{type(exc).__name__}: {exc}"
    return Check(name, ok, detail, round((time.perf_counter() - started) * 1000, 1))


async def _rasa(settings: Settings) -> tuple[bool, str]:
    token = settings.secrets.rasa_token
    if not token:
        return False, "RASA_TOKEN is not set"
    nlu = RasaNlu(settings.rasa.url, token, timeout=TIMEOUT_SECONDS, retries=0)
    try:
        model = (await nlu.status()).get("model_file")
    except httpx.HTTPStatusError as exc:  # its text quotes the URL, token included
        return False, f"HTTP {exc.response.status_code}"
    finally:
        await nlu.aclose()
    return bool(model), f"model {model}" if model else "no model loaded"


async def _database(settings: Settings) -> tuple[bool, str]:
    engine = create_engine(settings)
    try:
        async with engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
            current, head = await conn.run_sync(current_and_head)
    finally:
        await engine.dispose()
    if current != head:
        return False, f"{engine.dialect.name} schema at {current}, code needs {head}"
    return True, f"{engine.dialect.name} schema {current}"


async def _telegram(settings: Settings) -> tuple[bool, str]:
    token = settings.secrets.telegram_bot_token
    if not token:
        return False, "TELEGRAM_BOT_TOKEN is not set"
    async with httpx.AsyncClient(timeout=TIMEOUT_SECONDS) as client:
        # The URL holds the token: report only the status, never the URL or the exception text.
        try:
            response = await client.get(f"{settings.api_base_url}{token}/getMe")
        except httpx.HTTPError as exc:
            return False, type(exc).__name__
    body = response.json() if response.headers.get("content-type", "").startswith("app") else {}
    if response.status_code != 200 or not body.get("ok"):
        return False, f"HTTP {response.status_code}"
    return True, f"@{body['result'].get('username')}"


async def check_all(settings: Settings) -> list[Check]:
    return list(
        await asyncio.gather(
            _timed("rasa", _rasa(settings)),
            _timed("database", _database(settings)),
            _timed("telegram", _telegram(settings)),
        )
    )


def run(settings: Settings) -> int:
    checks = asyncio.run(check_all(settings))
    healthy = all(c.ok for c in checks)
    report = {"healthy": healthy, "checks": [asdict(c) for c in checks]}
    print(json.dumps(report, ensure_ascii=False))
    return 0 if healthy else 1
