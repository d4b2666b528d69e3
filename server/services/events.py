"""Live events: in-process fan-out, or Redis pub/sub so that every server process hears them."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from contextlib import suppress
from typing import Any, Protocol

PROPOSALS = "parkmatch:proposals"
NEEDS = "parkmatch:needs"


def proposal_event(name: str, proposal_id: int, park_id: int) -> dict[str, Any]:
    return {"event": name, "proposal_id": proposal_id, "park_id": park_id}


class EventBus(Protocol):
    async def publish(self, channel: str, message: dict[str, Any]) -> None: ...

    async def publish_many(self, channel: str, messages: list[dict[str, Any]]) -> None: ...

    def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]: ...

    async def close(self) -> None: ...


class LocalBus:
    """Delivers to subscribers of this process only."""

    def __init__(self) -> None:
        self._queues: dict[str, set[asyncio.Queue]] = {}

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        for queue in self._queues.get(channel, ()):
            queue.put_nowait(message)

    async def publish_many(self, channel: str, messages: list[dict[str, Any]]) -> None:
        for message in messages:
            await self.publish(channel, message)

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        queue: asyncio.Queue = asyncio.Queue()
        self._queues.setdefault(channel, set()).add(queue)
        try:
            while True:
                yield await queue.get()
        finally:
            self._queues[channel].discard(queue)

    def subscribers(self, channel: str) -> int:
        """How many subscriptions listen on `channel` now (tests wait for it)."""
        return len(self._queues.get(channel, ()))

    async def close(self) -> None:
        self._queues.clear()


class RedisBus:
    """Publishes through Redis; each subscription listens on its own pub/sub connection."""

    def __init__(self, url: str) -> None:
        from redis import asyncio as aioredis

        self._redis = aioredis.from_url(url, decode_responses=True)

    async def publish(self, channel: str, message: dict[str, Any]) -> None:
        await self._redis.publish(channel, json.dumps(message))

    async def publish_many(self, channel: str, messages: list[dict[str, Any]]) -> None:
        async with self._redis.pipeline(transaction=False) as pipe:
            for message in messages:
                pipe.publish(channel, json.dumps(message))
            await pipe.execute()

    async def subscribe(self, channel: str) -> AsyncIterator[dict[str, Any]]:
        pubsub = self._redis.pubsub()
        await pubsub.subscribe(channel)
        try:
            async for raw in pubsub.listen():
                if raw.get("type") == "message":
                    yield json.loads(raw["data"])
        finally:
            with suppress(Exception):
                await pubsub.unsubscribe(channel)
            await pubsub.aclose()

    async def close(self) -> None:
        await self._redis.aclose()


def event_bus(redis_url: str | None) -> EventBus:
    return RedisBus(redis_url) if redis_url else LocalBus()
