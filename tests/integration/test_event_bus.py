"""The shared event bus on a real broker, as two server processes would hold it (two buses, each
with its own connections): a batch of events longer than one PostgreSQL notification arrives
whole and in order, before what was published after it; an event too long for a notification (on
either broker: both carry the same payloads) is dropped and counted, and the rest of its batch
still arrives.

Runs on PostgreSQL when PARKMATCH_TEST_DATABASE_URL is set (LISTEN/NOTIFY needs no table: the
server's test database itself) and on Redis when PARKMATCH_TEST_REDIS_URL is set; every test
has channels of its own."""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import AsyncIterator
from contextlib import aclosing, asynccontextmanager

import pytest
from prometheus_client import REGISTRY

from server.config import Settings
from server.services.events import EventBus, Message, event_bus
from tests.integration.processes import until

BASE = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("PARKMATCH_TEST_REDIS_URL")
ON_POSTGRES = pytest.param(
    Settings(database_url=BASE or ""),
    id="postgres",
    marks=pytest.mark.skipif(not BASE, reason="set PARKMATCH_TEST_DATABASE_URL"),
)
ON_REDIS = pytest.param(
    Settings(redis_url=REDIS_URL),
    id="redis",
    marks=pytest.mark.skipif(not REDIS_URL, reason="set PARKMATCH_TEST_REDIS_URL"),
)
SECONDS = 10.0


@asynccontextmanager
async def _buses(settings: Settings) -> AsyncIterator[tuple[EventBus, EventBus]]:
    """A publishing process's bus and a subscribing one's."""
    publisher, subscriber = event_bus(settings), event_bus(settings)
    try:
        yield publisher, subscriber
    finally:
        await publisher.close()
        await subscriber.close()


async def _take(bus: EventBus, channel: str, count: int) -> asyncio.Task:
    """A task that gathers the next `count` messages of `channel`, returned once `bus` hears
    the channel."""

    async def gather() -> list[Message]:
        got = []
        async with aclosing(bus.subscribe(channel)) as stream:
            async for message in stream:
                got.append(message)
                if len(got) == count:
                    return got
        return got

    task = asyncio.create_task(gather())

    async def hearing() -> bool:
        return bus.subscribers(channel) == 1

    await until(hearing, "the subscriber never listened")
    return task


@pytest.mark.parametrize("settings", [ON_POSTGRES, ON_REDIS])
async def test_a_long_batch_arrives_whole_and_in_order_before_what_follows(settings):
    channel = f"parkmatch:test-{uuid.uuid4().hex}"
    # About 100 KB of events: a dozen notifications' worth.
    batch = [{"n": n, "park_id": 1, "proposal_id": 10_000 + n} for n in range(2000)]
    async with _buses(settings) as (publisher, subscriber):
        taking = await _take(subscriber, channel, len(batch) + 1)
        await publisher.publish_many(channel, batch)
        await publisher.publish(channel, {"n": len(batch)})
        got = await asyncio.wait_for(taking, SECONDS)
    assert [message["n"] for message in got] == list(range(len(batch) + 1))
    assert got[:-1] == batch


def _dropped(channel: str) -> float:
    return REGISTRY.get_sample_value("parkmatch_events_dropped_total", {"channel": channel}) or 0


@pytest.mark.parametrize("settings", [ON_POSTGRES, ON_REDIS])
async def test_an_event_too_long_for_a_notification_is_dropped_and_counted(settings):
    channel = f"parkmatch:test-{uuid.uuid4().hex}"
    async with _buses(settings) as (publisher, subscriber):
        taking = await _take(subscriber, channel, 2)
        await publisher.publish_many(channel, [{"n": 0}, {"n": 1, "note": "长" * 2000}, {"n": 2}])
        got = await asyncio.wait_for(taking, SECONDS)
    assert got == [{"n": 0}, {"n": 2}]
    assert _dropped(channel) == 1
