"""Two bot replicas behind one webhook, sharing one PostgreSQL database (`cluster.enabled`).

The emulator pushes updates to both webhooks in turn, many at once, as Telegram behind a load
balancer would. Each replica is a whole PTB application with its own services, engine and
pool, so nothing is shared between them except the database, exactly as between processes.
Real Rasa, real PostgreSQL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import time
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.broadcast.store import BroadcastStore
from bot.config import Settings
from bot.db import migrate
from bot.db.cluster import Cluster
from bot.db.engine import async_url, create_engine, utcnow
from bot.db.models import ChatLease, Message
from tests.botapi.emulator import Emulator, with_limits
from tests.broadcast.trainer import TEXTS, say, seed, tap_last, wait_done
from tests.harness import Webhook, bot_settings, running_bot
from tests.support import free_port, until

pytestmark = [pytest.mark.rasa, pytest.mark.postgres]

TRAINER = 8001
QUESTIONS = ["gst kya hai", "udyam registration kaise kare", "iec code kya hota hai", "namaste"]


@dataclass
class Replicas:
    emulator: Emulator
    engine: AsyncEngine  # the test's own connection to the shared database
    urls: list[str]


@asynccontextmanager
async def two_replicas(
    emulator: Emulator,
    settings: Settings,
    postgres_url: str,
    *,
    cluster: bool = True,
    **assistant: Any,
) -> AsyncIterator[Replicas]:
    url = async_url(postgres_url)
    engine = create_engine(settings, url)
    await migrate.run_on(engine, "upgrade")
    settings = bot_settings(
        settings.model_copy(
            update={
                "cluster": settings.cluster.model_copy(update={"enabled": cluster}),
                "roles": settings.roles.model_copy(update={"trainers": [TRAINER]}),
                "broadcast": settings.broadcast.model_copy(update={"poll_seconds": 0.2}),
                "assistant": settings.assistant.model_copy(update=assistant),
            }
        ),
        emulator,
    )
    webhooks = [Webhook(free_port()), Webhook(free_port())]
    try:
        async with AsyncExitStack() as stack:
            for webhook in webhooks:
                # Each replica opens its own engine (and pool), as a separate process would.
                await stack.enter_async_context(
                    running_bot(settings, engine=create_engine(settings, url), webhook=webhook)
                )
            emulator.deliver_to([w.url for w in webhooks])
            yield Replicas(emulator, engine, [w.url for w in webhooks])
    finally:
        await engine.dispose()


@pytest.fixture
async def replicas(
    emulator: Emulator, rasa_settings: Settings, postgres_url: str
) -> AsyncIterator[Replicas]:
    async with two_replicas(emulator, rasa_settings, postgres_url) as running:
        yield running


async def turns(engine: AsyncEngine, user_id: int) -> list[Any]:
    """The user's incoming messages with the time their handling started and ended."""
    out = Message.__table__.alias("out")
    query = (
        select(
            Message.telegram_message_id,
            Message.created_at.label("started"),
            func.max(out.c.created_at).label("ended"),
        )
        .join(out, out.c.reply_to_id == Message.id)
        .where(Message.user_id == user_id, Message.direction == "in")
        .group_by(Message.id)
        .order_by(Message.created_at)
    )
    async with engine.connect() as conn:
        return list(await conn.execute(query))


async def wait_stored(engine: AsyncEngine, incoming: int, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    query = select(func.count()).select_from(Message).where(Message.direction == "in")
    while True:
        async with engine.connect() as conn:
            if (await conn.execute(query)).scalar_one() >= incoming:
                return
        assert time.monotonic() < deadline, "the replicas did not store every message"
        await asyncio.sleep(0.1)


async def all_at_once(emulator: Emulator, users: range, questions: list[str]) -> None:
    """Every user sends every question without waiting; then wait for all the answers."""
    for user in users:
        for question in questions:
            emulator.user_sends(user, question)
    for user in users:
        await emulator.wait_messages(user, len(questions), timeout=60)


@with_limits()
async def test_each_chat_is_handled_by_one_replica_at_a_time(replicas: Replicas) -> None:
    users, emulator = range(5001, 5021), replicas.emulator
    # Every user's four messages arrive at once and are pushed to both replicas together.
    await all_at_once(emulator, users, QUESTIONS)
    await wait_stored(replicas.engine, len(users) * len(QUESTIONS))
    await emulator.settled()  # every update handled: a reply sent twice would be here
    assert set(emulator.delivered_to.values()) == set(replicas.urls)  # both replicas worked
    for user in users:
        assert len(emulator.sent[user]) == len(QUESTIONS), "one answer per message"
        handled = await turns(replicas.engine, user)
        assert len(handled) == len(QUESTIONS)
        # A turn starts only after the previous one of the same chat was answered and stored,
        # whichever replica had it.
        for before, after in itertools.pairwise(handled):
            assert after.started >= before.ended, (user, before, after)
    assert emulator.limited == [], "the replicas together went over Telegram's limits"


@with_limits()
async def test_a_trainer_broadcast_dialogue_moves_between_replicas(replicas: Replicas) -> None:
    recipients: list[dict[str, Any]] = [
        {"id": 300_000 + i, "detected_language": "hi", "district": "Moradabad"} for i in range(30)
    ]
    emulator = replicas.emulator
    await seed(replicas.engine, recipients)
    await say(emulator, TRAINER, "/broadcast", 1)
    await tap_last(emulator, TRAINER, "bcf:dist", 1)
    await emulator.wait_messages(TRAINER, 2)
    await say(emulator, TRAINER, "मुरादाबाद", 3)
    assert "30" in emulator.sent[TRAINER][-1]["text"]
    await tap_last(emulator, TRAINER, "bcf:next", 3)
    await emulator.wait_messages(TRAINER, 4)
    await say(emulator, TRAINER, TEXTS["hi"], 5)  # the announcement, not a question
    for expect in (6, 7, 8, 9):  # no other texts, no attachment, no link
        await say(emulator, TRAINER, "/skip", expect)
    await tap_last(emulator, TRAINER, "bcf:ack:no", 9)
    await emulator.wait_messages(TRAINER, 10)
    await tap_last(emulator, TRAINER, "bcf:defer:no", 10)
    await emulator.wait_messages(TRAINER, 13)  # header, preview, totals
    await tap_last(emulator, TRAINER, "bcf:send", 13)
    store = BroadcastStore(replicas.engine, "hi")
    while not (created := await store.recent(1)):
        await asyncio.sleep(0.05)
    await wait_done(store, created[0].id)
    counts = await store.counts(created[0].id)
    trainer_updates = {
        url for update_id, url in emulator.delivered_to.items() if update_id in emulator.message_of
    }
    assert trainer_updates == set(replicas.urls)  # the steps landed on both replicas
    assert created[0].texts == {"hi": TEXTS["hi"]}
    assert counts.by_status == {"sent": 30}
    for user in recipients:
        got = [m["text"] for m in emulator.sent[user["id"]]]
        assert got == [TEXTS["hi"]], user  # once, from whichever replica claimed the row


@with_limits()
async def test_flood_control_counts_messages_on_every_replica(
    emulator: Emulator, rasa_settings: Settings, postgres_url: str
) -> None:
    limit, user = 6, 5100
    async with two_replicas(
        emulator, rasa_settings, postgres_url, flood_max_messages=limit, flood_window_seconds=60
    ) as replicas:
        for i in range(limit):
            emulator.user_sends(user, "gst kya hai")
            await emulator.wait_messages(user, i + 1)
        emulator.user_sends(user, "gst kya hai")
        [*_, notice] = await emulator.wait_messages(user, limit + 1)
        emulator.user_sends(user, "gst kya hai")
        await wait_stored(replicas.engine, limit + 2)
        await emulator.settled()
    assert "message" in notice["text"].lower()  # the notice, in Hindi in English letters
    assert len(emulator.sent[user]) == limit + 1  # the last message was stored, not answered
    assert set(emulator.delivered_to.values()) == set(replicas.urls)


@with_limits()
async def test_the_replicas_share_telegrams_message_limit(replicas: Replicas) -> None:
    await all_at_once(replicas.emulator, range(6001, 6091), ["namaste"])
    assert set(replicas.emulator.delivered_to.values()) == set(replicas.urls)
    # Each replica alone keeps under 30 a second; two would send 60 without sharing the pace.
    assert replicas.emulator.limited == []


@with_limits()
async def test_the_replicas_share_each_chats_budget(replicas: Replicas) -> None:
    # A phone flushing its queue, the updates pushed to both replicas in turn: each replica
    # alone would let Telegram's per-chat burst of 3 through, 6 together, and 429s follow.
    user, emulator = 6201, replicas.emulator
    for _ in range(8):
        emulator.user_sends(user, "namaste")
    await emulator.wait_messages(user, 8, timeout=60)
    await emulator.settled()
    assert set(emulator.delivered_to.values()) == set(replicas.urls)
    assert emulator.limited == []


async def test_a_chat_lease_waits_for_its_holder_is_renewed_and_outlives_a_dead_one(
    settings: Settings, postgres_url: str
) -> None:
    engine = create_engine(settings, async_url(postgres_url))
    await migrate.run_on(engine, "upgrade")
    events: list[str] = []

    async def hold(cluster: Cluster, name: str, seconds: float) -> None:
        async with cluster.chat(1) as taken_over:
            assert not taken_over  # every holder here gives the chat back
            events.append(f"{name} in")
            await asyncio.sleep(seconds)
            events.append(f"{name} out")

    try:
        cluster = Cluster(engine, lease_seconds=10)
        await asyncio.gather(hold(cluster, "a", 0.3), hold(cluster, "b", 0))
        assert events in (["a in", "a out", "b in", "b out"], ["b in", "b out", "a in", "a out"])
        # A holder slower than its lease keeps the chat: the lease is renewed while it works.
        events.clear()
        short = Cluster(engine, lease_seconds=0.6)
        first = asyncio.create_task(hold(short, "slow", 2.0))
        await until(lambda: events == ["slow in"], what="the slow holder in")
        await hold(short, "next", 0)
        await first
        assert events == ["slow in", "slow out", "next in", "next out"]
        # A replica that died holding the chat: it is free once the lease has run out.
        async with engine.begin() as conn:
            await conn.execute(
                insert(ChatLease).values(
                    chat_id=1, holder="dead", expires_at=utcnow() + dt.timedelta(seconds=0.5)
                )
            )
        started = time.monotonic()
        async with cluster.chat(1) as taken_over:
            waited = time.monotonic() - started
        assert 0.3 < waited < 3 and taken_over  # the handlers then check the log first
    finally:
        await engine.dispose()
