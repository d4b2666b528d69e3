"""Live events: in-process fan-out, or Redis pub/sub so that every server process hears them.

Each subscription reads from an inbox of bounded length: a subscriber that falls that far behind
is dropped (`SubscriberTooSlow`) instead of growing the process's memory. Publishing never
raises: it runs after the change has committed, and a lost notification must not make a client
believe (and retry) a change that is already stored; a lost one is logged and counted."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import suppress
from typing import Any, Protocol

from server import metrics
from server.config import DEFAULT_WS_BACKLOG

PROPOSALS = "parkmatch:proposals"
NEEDS = "parkmatch:needs"
CLOCKS = "parkmatch:clocks"

Message = dict[str, Any]
Filter = Callable[[Message], bool]

log = logging.getLogger("parkmatch.events")


def proposal_event(name: str, proposal_id: int, park_id: int) -> Message:
    return {"event": name, "proposal_id": proposal_id, "park_id": park_id}


class SubscriberTooSlow(Exception):
    """The subscription fell further behind than its backlog allows."""


class EventBus(Protocol):
    async def publish(self, channel: str, message: Message) -> None: ...

    async def publish_many(self, channel: str, messages: list[Message]) -> None: ...

    def subscribe(self, channel: str, wanted: Filter | None = None) -> AsyncIterator[Message]:
        """The channel's messages from now on (those `wanted` accepts, if given)."""
        ...

    async def close(self) -> None: ...


class _Inbox:
    def __init__(self, backlog: int, wanted: Filter | None) -> None:
        self._backlog = backlog
        self._wanted = wanted
        self._messages: deque[Message] = deque()
        self._arrived = asyncio.Event()
        self._overflowed = False

    def offer(self, message: Message) -> None:
        if self._overflowed or (self._wanted is not None and not self._wanted(message)):
            return
        if len(self._messages) >= self._backlog:
            self._overflowed = True
            self._messages.clear()
        else:
            self._messages.append(message)
        self._arrived.set()

    async def take(self) -> Message:
        while not self._messages:
            if self._overflowed:
                raise SubscriberTooSlow
            self._arrived.clear()
            await self._arrived.wait()
        return self._messages.popleft()


class Fanout:
    """This process's subscriptions, by channel; the message objects are shared, not copied."""

    def __init__(self, backlog: int) -> None:
        self._backlog = backlog
        self._inboxes: dict[str, set[_Inbox]] = {}

    def deliver(self, channel: str, message: Message) -> None:
        for inbox in self._inboxes.get(channel, ()):
            inbox.offer(message)

    def channels(self) -> set[str]:
        return set(self._inboxes)

    def subscribers(self, channel: str) -> int:
        return len(self._inboxes.get(channel, ()))

    async def stream(
        self,
        channel: str,
        wanted: Filter | None,
        on_join: Callable[[str], Awaitable[None]] | None = None,
    ) -> AsyncIterator[Message]:
        """Messages of `channel` from the moment it is joined, then `on_join(channel)` runs."""
        inbox = _Inbox(self._backlog, wanted)
        self._inboxes.setdefault(channel, set()).add(inbox)
        try:
            if on_join is not None:
                await on_join(channel)
            while True:
                yield await inbox.take()
        finally:
            inboxes = self._inboxes.get(channel, set())
            inboxes.discard(inbox)
            if not inboxes:
                self._inboxes.pop(channel, None)

    def clear(self) -> None:
        self._inboxes.clear()


class LocalBus:
    """Delivers to subscribers of this process only."""

    def __init__(self, backlog: int = DEFAULT_WS_BACKLOG) -> None:
        self._fanout = Fanout(backlog)

    async def publish(self, channel: str, message: Message) -> None:
        self._fanout.deliver(channel, message)

    async def publish_many(self, channel: str, messages: list[Message]) -> None:
        for message in messages:
            self._fanout.deliver(channel, message)

    def subscribe(self, channel: str, wanted: Filter | None = None) -> AsyncIterator[Message]:
        return self._fanout.stream(channel, wanted)

    def subscribers(self, channel: str) -> int:
        """How many subscriptions listen on `channel` now (tests wait for it)."""
        return self._fanout.subscribers(channel)

    async def close(self) -> None:
        self._fanout.clear()


# A publish waits at most this long for Redis; then its events are dropped (and counted).
PUBLISH_SECONDS = 2.0
# The shared subscription connection waits this long for a message before it looks at what its
# local subscribers want; Redis is pinged through it every HEALTH_CHECK_SECONDS. After a failure
# it reconnects after a pause that doubles up to RECONNECT_MAX_SECONDS.
LISTEN_SECONDS = 1.0
HEALTH_CHECK_SECONDS = 15
RECONNECT_FIRST_SECONDS = 0.1
RECONNECT_MAX_SECONDS = 5.0


def subscriber_name() -> str:
    return f"parkmatch-events-{os.getpid()}"


class RedisBus:
    """Publishes through Redis. All subscriptions of the process share one pub/sub connection,
    owned by one listener task that hands each message to the local subscribers of its channel
    and reconnects, with back-off, when Redis goes away. Events published while the listener is
    away are lost to it (pub/sub keeps nothing)."""

    def __init__(self, url: str, backlog: int = DEFAULT_WS_BACKLOG) -> None:
        from redis import asyncio as aioredis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff
        from redis.exceptions import RedisError

        self._failures = (RedisError, OSError, TimeoutError)
        options = {
            "decode_responses": True,
            "socket_connect_timeout": PUBLISH_SECONDS,
            "socket_timeout": PUBLISH_SECONDS,
        }
        # One quick retry covers a pooled connection that Redis closed meanwhile.
        self._redis = aioredis.from_url(url, retry=Retry(NoBackoff(), 1), **options)
        # No retries of its own: the listener reconnects, so that it alone touches the socket.
        # Named after the process, so that `CLIENT LIST` tells whose connection it is.
        self._subscriber = aioredis.from_url(
            url,
            retry=Retry(NoBackoff(), 0),
            health_check_interval=HEALTH_CHECK_SECONDS,
            client_name=subscriber_name(),
            **options,
        )
        self._pubsub = self._subscriber.pubsub()
        self._lock = asyncio.Lock()
        self._fanout = Fanout(backlog)
        self._listener: asyncio.Task | None = None
        self._wanted = asyncio.Event()

    async def publish(self, channel: str, message: Message) -> None:
        await self.publish_many(channel, [message])

    async def publish_many(self, channel: str, messages: list[Message]) -> None:
        if not messages:
            return
        try:
            async with asyncio.timeout(PUBLISH_SECONDS), self._redis.pipeline(False) as pipe:
                for message in messages:
                    pipe.publish(channel, json.dumps(message))
                await pipe.execute()
        except self._failures as exc:
            metrics.EVENTS_DROPPED.labels(channel=channel).inc(len(messages))
            log.warning(
                "events not published",
                extra={"channel": channel, "dropped": len(messages), "error": repr(exc)},
            )

    def subscribe(self, channel: str, wanted: Filter | None = None) -> AsyncIterator[Message]:
        return self._fanout.stream(channel, wanted, on_join=self._listen_to)

    async def _listen_to(self, channel: str) -> None:
        # Subscribed here at once when connected, so that events published right after this
        # returns are heard; otherwise the listener subscribes it when it (re)connects.
        async with self._lock:
            if self._pubsub.connection is not None and channel not in self._pubsub.channels:
                with suppress(*self._failures):
                    await self._pubsub.subscribe(channel)
        if self._listener is None:
            self._listener = asyncio.create_task(self._listen())
        self._wanted.set()

    async def _listen(self) -> None:
        pause = RECONNECT_FIRST_SECONDS
        while True:
            try:
                await self._follow_subscribers()
                raw = await self._pubsub.get_message(timeout=LISTEN_SECONDS)
            except self._failures as exc:
                metrics.EVENTS_RECONNECTS.inc()
                log.warning(
                    "event listener lost Redis; reconnecting",
                    extra={"retry_in_seconds": pause, "error": repr(exc)},
                )
                await self._renew()
                await asyncio.sleep(pause)
                pause = min(pause * 2, RECONNECT_MAX_SECONDS)
                continue
            pause = RECONNECT_FIRST_SECONDS
            if raw is not None and raw.get("type") == "message":
                self._deliver(raw["channel"], raw["data"])

    async def _follow_subscribers(self) -> None:
        """Listens on the channels local subscribers want and leaves the others; connects
        first if need be, and waits while nothing is wanted."""
        while not self._fanout.channels() and not self._pubsub.channels:
            self._wanted.clear()
            await self._wanted.wait()
        wanted = self._fanout.channels()
        async with self._lock:
            if missing := wanted - set(self._pubsub.channels):
                await self._pubsub.subscribe(*missing)
            if unwanted := set(self._pubsub.channels) - wanted:
                await self._pubsub.unsubscribe(*unwanted)

    async def _renew(self) -> None:
        """A fresh pub/sub connection, subscribed anew by the next _follow_subscribers."""
        async with self._lock:
            with suppress(*self._failures):
                await self._pubsub.aclose()
            self._pubsub = self._subscriber.pubsub()

    def _deliver(self, channel: str, data: str) -> None:
        try:
            message = json.loads(data)
        except ValueError:
            log.warning("undecodable event ignored", extra={"channel": channel})
            return
        if isinstance(message, dict):
            self._fanout.deliver(channel, message)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.gather(self._listener, return_exceptions=True)
        self._fanout.clear()
        with suppress(*self._failures):
            await self._pubsub.aclose()
        await self._subscriber.aclose()
        await self._redis.aclose()


def event_bus(redis_url: str | None, backlog: int = DEFAULT_WS_BACKLOG) -> EventBus:
    return RedisBus(redis_url, backlog) if redis_url else LocalBus(backlog)
