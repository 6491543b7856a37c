"""Broadcasts end to end: the trainer's flow, delivery at Telegram's pace, pause/resume/cancel,
scheduling, opt-outs, acknowledgements, and a sender killed halfway that resumes losing nothing."""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy import insert, select, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.audience import Audience
from bot.broadcast.engine import Announcement, Broadcaster, Result, SendOutcome
from bot.broadcast.store import BroadcastStore
from bot.config import PROJECT_ROOT, ConfigError, Settings
from bot.core.languages import Languages
from bot.db.conversations import ConversationStore
from bot.db.dialogues import DialogueStore
from bot.db.models import DialogueStep, Escalation, User
from bot.text.catalogs import Catalogs
from tests.botapi.emulator import Emulator, with_limits
from tests.broadcast.trainer import (
    TEXTS,
    TRAINER,
    last_progress,
    say,
    seed,
    tap_last,
    trainer_settings,
    wait_done,
)
from tests.fakes import DEFAULT_RULES, FakeNlu
from tests.harness import running_bot
from tests.support import until


def population(segment: int, outside: int) -> list[dict[str, Any]]:
    """Users in Moradabad and Agra (the segment) in three languages, and others elsewhere."""
    langs = ["hi", "hi_Latn", "en"]
    users = [
        {
            "id": 100_000 + i,
            "chosen_language": langs[i % 3] if i % 2 else None,
            "detected_language": langs[i % 3],
            "district": ("Moradabad", "Agra")[i % 2],
        }
        for i in range(segment)
    ]
    users += [
        {
            "id": 200_000 + i,
            "chosen_language": None,
            "detected_language": "hi",
            "district": "Varanasi",
        }
        for i in range(outside)
    ]
    return users


@with_limits()
async def test_a_trainer_broadcasts_to_a_500_user_segment_in_three_languages(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    users = population(520, 40)
    opted_out = [u["id"] for u in users[:10]]
    blocked = [u["id"] for u in users[10:20]]
    await seed(engine, users)
    async with engine.begin() as conn:
        await conn.execute(update(User).where(User.id.in_(opted_out)).values(opted_out=True))
    emulator.blocked.update(blocked)
    settings = trainer_settings(settings, emulator)
    store = BroadcastStore(engine, "hi")
    async with running_bot(settings, engine=engine, nlu=FakeNlu(DEFAULT_RULES)):
        await say(emulator, TRAINER, "/broadcast", 1)
        await tap_last(emulator, TRAINER, "bcf:dist", 1)
        await emulator.wait_messages(TRAINER, 2)
        await say(emulator, TRAINER, "Moradabad, आगरा", 3)
        assert "510" in emulator.sent[TRAINER][-1]["text"]  # without the 10 opted out
        await tap_last(emulator, TRAINER, "bcf:next", 3)
        await emulator.wait_messages(TRAINER, 4)
        await say(emulator, TRAINER, TEXTS["hi"], 5)
        await say(emulator, TRAINER, TEXTS["hi_Latn"], 6)
        await say(emulator, TRAINER, TEXTS["en"], 7)
        await say(emulator, TRAINER, "/skip", 8)
        await say(emulator, TRAINER, "/skip", 9)
        await tap_last(emulator, TRAINER, "bcf:ack:yes", 9)
        await emulator.wait_messages(TRAINER, 10)
        await tap_last(emulator, TRAINER, "bcf:defer:yes", 10)
        # Three language groups: a header and the announcement as sent, then the totals.
        previews = (await emulator.wait_messages(TRAINER, 17))[10:]
        assert [p["text"] for p in previews[1:6:2]] == [TEXTS["hi"], TEXTS["hi_Latn"], TEXTS["en"]]
        assert "510" in previews[-1]["text"] and "10" in previews[-1]["text"]
        started = time.monotonic()
        await tap_last(emulator, TRAINER, "bcf:send", 17)
        while not (created := await store.recent(1)):
            await asyncio.sleep(0.05)
        broadcast = created[0]
        await wait_done(store, broadcast.id)
        elapsed = time.monotonic() - started
        counts = await store.counts(broadcast.id)
        # The report at the end (by district) replaces the running counts.
        await until(lambda: "Moradabad" in last_progress(emulator), what="the final report")
    received = {
        chat: [m for m in msgs if m.get("text") in TEXTS.values()]
        for chat, msgs in emulator.sent.items()
        if chat != TRAINER
    }
    intended = [u for u in users[:520] if u["id"] not in opted_out + blocked]
    for user in intended:
        lang = user["chosen_language"] or user["detected_language"]
        assert [m["text"] for m in received[user["id"]]] == [TEXTS[lang]], user
    assert not any(received.get(u["id"]) for u in users[520:])
    assert not any(received.get(u) for u in opted_out + blocked)
    assert counts.by_status == {"sent": 500, "skipped": 10, "blocked": 10}
    assert set(counts.by_language) == {"hi", "hi_Latn", "en"}
    assert 500 / elapsed <= 30
    final = last_progress(emulator)
    assert "500" in final and "Moradabad" in final and "Agra" in final


@with_limits()
async def test_only_trainers_can_broadcast(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    settings = trainer_settings(settings, emulator)
    async with running_bot(settings, engine=engine, nlu=FakeNlu(DEFAULT_RULES)):
        await say(emulator, 8002, "/broadcast", 1)
        await say(emulator, 8002, "/broadcasts", 2)
    assert all("trainer" in m["text"].lower() or "ट्रेनर" in m["text"] for m in emulator.sent[8002])
    assert await BroadcastStore(engine, "hi").recent() == []


async def test_pause_resume_and_cancel(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    await seed(engine, population(400, 0))
    # Not about the pace (the emulator does not enforce Telegram's limits here): about 4 times
    # Telegram's, which model_copy allows as it does not validate.
    quick = settings.telegram.model_copy(update={"max_messages_per_second": 1000})
    settings = trainer_settings(
        settings.model_copy(update={"telegram": quick}), emulator, messages_per_second=120
    )
    store = BroadcastStore(engine, "hi")
    async with running_bot(settings, engine=engine, nlu=FakeNlu(DEFAULT_RULES)):
        first = await store.create(created_by=TRAINER, audience=Audience(), texts=TEXTS)
        while (await store.counts(first)).get("sent") < 20:
            await asyncio.sleep(0.05)
        await say(emulator, TRAINER, "/broadcasts", 1)
        await tap_last(emulator, TRAINER, f"bc:pause:{first}", 1)

        async def paused() -> bool:  # and the sends already on their way have ended
            b = await store.get(first)
            idle = not (await store.counts(first)).get("sending")
            return b is not None and b.status == "paused" and idle

        await until(paused, what="the pause")
        paused_at = (await store.counts(first)).get("sent")
        # Nothing can signal "did not send": give the sender three of its polls to (not) resume.
        await asyncio.sleep(3 * settings.broadcast.poll_seconds)
        assert (await store.counts(first)).get("sent") == paused_at < 400
        await say(emulator, TRAINER, "/broadcasts", 2)
        await tap_last(emulator, TRAINER, f"bc:resume:{first}", 2)
        await wait_done(store, first)
        second = await store.create(created_by=TRAINER, audience=Audience(), texts=TEXTS)
        while (await store.counts(second)).get("sent") < 10:
            await asyncio.sleep(0.05)
        await say(emulator, TRAINER, "/broadcasts", 3)
        await tap_last(emulator, TRAINER, f"bc:cancel:{second}", 3)

        async def cancelled_all() -> bool:
            b = await store.get(second)
            done = b is not None and b.status == "cancelled"
            return done and not (await store.counts(second)).get("pending")

        await until(cancelled_all, what="the cancel")
        cancelled = await store.counts(second)
    assert (await store.counts(first)).by_status == {"sent": 400}
    assert (await store.get(second)).status == "cancelled"  # type: ignore[union-attr]
    assert cancelled.get("skipped") > 0 and cancelled.get("pending") == 0
    per_user = Counter(chat for chat, msgs in emulator.sent.items() for _ in msgs)
    assert max(n for chat, n in per_user.items() if chat != TRAINER) <= 2


@with_limits()
async def test_a_scheduled_broadcast_goes_out_at_its_time(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    await seed(engine, population(5, 0))
    settings = trainer_settings(settings, emulator)
    store = BroadcastStore(engine, "hi")
    async with running_bot(settings, engine=engine, nlu=FakeNlu(DEFAULT_RULES)):
        at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=2)
        broadcast = await store.create(
            created_by=TRAINER, audience=Audience(), texts=TEXTS, send_at=at
        )
        await asyncio.sleep(1)  # half way to its time (a check of the clock, not of idleness)
        assert not any(emulator.sent.values())
        await wait_done(store, broadcast)
    first = min(m["received_at"] for msgs in emulator.sent.values() for m in msgs)
    assert first >= at.timestamp()


@with_limits()
async def test_recipients_opt_out_acknowledge_and_wait_for_staff(
    emulator: Emulator, settings: Settings, engine: AsyncEngine
) -> None:
    await seed(engine, population(3, 0))
    talking = 100_002
    async with engine.begin() as conn:
        await conn.execute(
            insert(Escalation).values(
                user_id=talking,
                chat_id=talking,
                reason="user_asked",
                status="open",
                created_at=dt.datetime.now(dt.UTC),
            )
        )
    settings = trainer_settings(settings, emulator)
    store = BroadcastStore(engine, "hi")
    async with running_bot(settings, engine=engine, nlu=FakeNlu(DEFAULT_RULES)):
        broadcast = await store.create(
            created_by=TRAINER, audience=Audience(), texts=TEXTS, ack_button=True
        )
        [announcement] = await emulator.wait_messages(100_000, 1)
        await emulator.wait_messages(100_001, 1)
        emulator.user_taps(100_000, announcement, f"ack:{broadcast}")
        emulator.user_sends(
            100_001,
            "band karo",
            reply_to_message=emulator.messages[100_001, emulator.sent[100_001][0]["message_id"]],
        )
        [_, stopped] = await emulator.wait_messages(100_001, 2)
        assert "/start" in stopped["text"]

        async def deferred() -> bool:  # the one talking to staff
            return (await store.counts(broadcast)).get("deferred") == 1

        await until(deferred, what="the announcement deferred")
        async with engine.begin() as conn:
            await conn.execute(update(Escalation).values(status="closed"))
        await wait_done(store, broadcast)
        emulator.user_sends(100_001, "/start")
        [*_, back] = await emulator.wait_messages(100_001, 4)
    counts = await store.counts(broadcast)
    assert counts.acked == 1 and counts.get("sent") == 3
    assert len(emulator.sent[talking]) == 1
    async with engine.connect() as conn:
        opted = (await conn.execute(select(User.opted_out).where(User.id == 100_001))).scalar()
    assert opted is False and back["text"]
    answers = [r.params.get("text") for r in emulator.calls("answerCallbackQuery")]
    assert any(answers)


class CountingChannel:
    """Records which chats were sent to (for the two-sender test)."""

    def __init__(self) -> None:
        self.sent: list[int] = []

    async def announce(self, announcement: Announcement) -> Result:
        self.sent.append(announcement.chat_id)
        await asyncio.sleep(0.001)
        return Result(SendOutcome.SENT, message_id=len(self.sent))

    async def progress(self, chat_id: int, message_id: int | None, text: str) -> int | None:
        return None


@pytest.mark.postgres
async def test_two_senders_on_postgresql_never_send_the_same_row(
    settings: Settings, postgres_url: str
) -> None:
    from bot.db import migrate
    from bot.db.engine import async_url, create_engine

    engines = [create_engine(settings, async_url(postgres_url)) for _ in range(2)]
    await migrate.run_on(engines[0], "upgrade")
    await seed(engines[0], population(1000, 0))
    # Not about the pace: ten times Telegram's (model_copy does not validate the cap of 30).
    fast = settings.broadcast.model_copy(
        update={"messages_per_second": 300, "in_flight": 20, "batch_size": 50}
    )
    catalogs = Catalogs()
    stores = [BroadcastStore(e, "hi") for e in engines]
    broadcast = await stores[0].create(created_by=0, audience=Audience(), texts=TEXTS)
    await stores[0].start(broadcast)
    channels = [CountingChannel(), CountingChannel()]

    languages = Languages(catalogs, "hi", ConversationStore(engines[0]))
    senders = [Broadcaster(s, c, fast, languages) for s, c in zip(stores, channels, strict=True)]
    try:
        await asyncio.gather(*(s.deliver(broadcast) for s in senders))
    finally:
        for e in engines:
            await e.dispose()
    everyone = channels[0].sent + channels[1].sent
    assert len(everyone) == len(set(everyone)) == 1000
    assert channels[0].sent and channels[1].sent  # both did part of the work


def _config(tmp_path: Path, settings: Settings) -> Path:
    config = yaml.safe_load((PROJECT_ROOT / "config.yml").read_text(encoding="utf-8"))
    config["database"]["sqlite_path"] = str(settings.database.sqlite_path)
    config["broadcast"].update(lease_seconds=1, progress_every_seconds=60)
    path = tmp_path / "sender.yml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


@with_limits()
async def test_a_sender_killed_halfway_finishes_on_restart_losing_nothing(
    emulator: Emulator, settings: Settings, tmp_path: Path
) -> None:
    from bot.db import migrate
    from bot.db.engine import create_engine

    engine = create_engine(settings)
    await migrate.run_on(engine, "upgrade")
    await seed(engine, population(300, 0))
    store = BroadcastStore(engine, "hi")
    broadcast = await store.create(created_by=0, audience=Audience(), texts=TEXTS)
    env = {
        **os.environ,
        "SAATHI_CONFIG": str(_config(tmp_path, settings)),
        "TELEGRAM_BOT_TOKEN": emulator.token,
        "TELEGRAM_API_BASE_URL": emulator.base_url,
    }
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "bot", "broadcast", "send-pending"]
    sender = subprocess.Popen(command, env=env, cwd=PROJECT_ROOT)
    try:
        while sum(len(m) for m in emulator.sent.values()) < 120:
            assert sender.poll() is None, "the sender stopped early"
            await asyncio.sleep(0.02)
        os.kill(sender.pid, signal.SIGKILL)
    finally:
        sender.wait()
    halfway = sum(len(m) for m in emulator.sent.values())
    assert halfway < 300
    await asyncio.sleep(1.2)  # the dead sender's lease on its in-flight rows runs out
    restarted = await asyncio.create_subprocess_exec(*command, env=env, cwd=PROJECT_ROOT)
    assert await asyncio.wait_for(restarted.wait(), 60) == 0
    counts = await store.counts(broadcast)
    await engine.dispose()
    per_user = Counter(chat for chat, msgs in emulator.sent.items() for _ in msgs)
    assert set(per_user) == {100_000 + i for i in range(300)}  # nobody lost
    duplicates = sum(n - 1 for n in per_user.values())
    assert duplicates <= settings.broadcast.in_flight  # at most what was in flight
    assert counts.by_status == {"sent": 300}


async def test_the_command_line_creates_schedules_and_reports_broadcasts(
    settings: Settings, engine: AsyncEngine
) -> None:
    from bot.__main__ import _parser
    from bot.cli import broadcast as cli

    if engine.dialect.name != "sqlite":
        pytest.skip("the command line reads DATABASE_URL; its logic is the same on both")
    await seed(engine, population(30, 10))

    async def run(*argv: str) -> str:
        out = io.StringIO()
        await cli.execute(settings, _parser().parse_args(["broadcast", *argv]), out)
        return out.getvalue().strip()

    number = await run(
        "create", "--district", "moradabad", "--language", "en", "--text-hi", "शिविर",
        "--text-en", "Camp", "--at", "2099-01-01 10:00",
    )  # fmt: skip
    report = json.loads(await run("status", number))
    assert report["status"] == "scheduled" and report["total"] == 0  # rows come when it starts
    store = BroadcastStore(engine, "hi")
    stored = await store.get(int(number))
    assert stored is not None and stored.texts == {"hi": "शिविर", "en": "Camp"}
    # English readers in Moradabad: of 30 users in 3 languages and 2 cities, 5.
    counts = await store.audience_counts(Audience.from_json(stored.audience))
    assert counts.get("en") == 5 and counts.get("hi", 0) == 0
    with pytest.raises(ConfigError, match="unknown district"):
        await run("create", "--district", "atlantis", "--text-hi", "x")
    with pytest.raises(ConfigError, match="--at"):
        await run("create", "--text-hi", "x", "--at", "tomorrow")


async def test_a_draft_left_untouched_expires(engine: AsyncEngine) -> None:
    dialogues = DialogueStore(engine, expire_after=dt.timedelta(minutes=120))
    await dialogues.save(TRAINER, "broadcast", "text_hi", {"texts": {"hi": "कैंप"}})
    assert await dialogues.load(TRAINER, "broadcast") == ("text_hi", {"texts": {"hi": "कैंप"}})
    assert await dialogues.load(TRAINER, "other flow") is None
    old = dt.datetime.now(dt.UTC) - dt.timedelta(minutes=121)
    async with engine.begin() as conn:
        await conn.execute(update(DialogueStep).values(updated_at=old))
    # The trainer's next message is an ordinary question again, and the draft is gone.
    assert await dialogues.load(TRAINER, "broadcast") is None
    async with engine.connect() as conn:
        assert (await conn.execute(select(DialogueStep))).first() is None
