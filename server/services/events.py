"""Live events: in-process fan-out, or a broker every server process hears them through — Redis
pub/sub when REDIS_URL is set, else PostgreSQL's LISTEN/NOTIFY when the database is PostgreSQL.

Each subscription reads from an inbox of bounded length: a subscriber that falls that far behind
is dropped (`SubscriberTooSlow`) instead of growing the process's memory. Publishing never
raises: it runs after the change has committed, and a lost notification must not make a client
believe (and retry) a change that is already stored; a lost one is logged and counted."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import time
from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import nullcontext, suppress
from typing import Any, Protocol

from server import metrics
from server.config import DEFAULT_WS_BACKLOG, Settings
from server.db import libpq_url

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


# A publish waits at most this long for the broker; then its events are dropped (and counted).
PUBLISH_SECONDS = 2.0
# The listening connection waits this long for a message before it looks at what its local
# subscribers want; the broker is pinged through it every HEALTH_CHECK_SECONDS. After a failure
# it reconnects after a pause that doubles up to RECONNECT_MAX_SECONDS.
LISTEN_SECONDS = 1.0
HEALTH_CHECK_SECONDS = 15
RECONNECT_FIRST_SECONDS = 0.1
RECONNECT_MAX_SECONDS = 5.0


def subscriber_name() -> str:
    return f"parkmatch-events-{os.getpid()}"


def _dropped(channel: str, count: int, why: str) -> None:
    metrics.EVENTS_DROPPED.labels(channel=channel).inc(count)
    log.warning("events not published", extra={"channel": channel, "dropped": count, "error": why})


# Messages travel packed in payloads of at most this many bytes: PostgreSQL refuses a NOTIFY
# payload of 8000 bytes or more (with the default page size); Redis gets the same payloads.
PAYLOAD_BYTES = 7999


def _pack(encoded: list[str]) -> list[str]:
    """Encoded messages as JSON arrays of at most PAYLOAD_BYTES each, in order: a round's
    thousands of proposal events make a few dozen payloads."""
    payloads: list[str] = []
    batch: list[str] = []
    size = 2
    for message in encoded:
        if batch and size + 1 + len(message) > PAYLOAD_BYTES:
            payloads.append(f"[{','.join(batch)}]")
            batch, size = [], 2
        size += len(message) + (1 if batch else 0)
        batch.append(message)
    if batch:
        payloads.append(f"[{','.join(batch)}]")
    return payloads


class Broker(Protocol):
    """What a SharedBus needs of a broker: publishing, and one listening connection, which only
    the bus's listener task reads from and which it subscribes under the bus's lock."""

    failures: tuple[type[BaseException], ...]
    name: str

    async def send(self, channel: str, payloads: list[str]) -> None:
        """Publishes the payloads on `channel`, in order."""
        ...

    def connected(self) -> bool: ...

    def listening(self) -> set[str]: ...

    async def listen(self, channels: set[str]) -> None:
        """Connects first if need be."""
        ...

    async def unlisten(self, channels: set[str]) -> None: ...

    async def receive(self, seconds: float) -> tuple[str, str] | None:
        """(channel, data) of the next message, or None after `seconds` without one."""
        ...

    async def renew(self) -> None:
        """Drops the listening connection (never raises); the next `listen` opens another."""
        ...

    async def close(self) -> None: ...


class SharedBus:
    """Publishes through a broker. All subscriptions of the process share the broker's one
    listening connection, owned by one listener task that hands each message to the local
    subscribers of its channel and reconnects, with back-off, when the broker goes away. Events
    published while the listener is away are lost to it (neither broker keeps them for it).

    Order: the messages of one publish_many, and those of publishes one after the other, reach
    every subscriber in the order published; those of publishers that run at the same time, in
    the order the broker took them."""

    def __init__(self, broker: Broker, backlog: int = DEFAULT_WS_BACKLOG) -> None:
        self._broker = broker
        self._lock = asyncio.Lock()
        self._fanout = Fanout(backlog)
        self._listener: asyncio.Task | None = None
        self._wanted = asyncio.Event()

    async def publish(self, channel: str, message: Message) -> None:
        await self.publish_many(channel, [message])

    async def publish_many(self, channel: str, messages: list[Message]) -> None:
        # Messages are references (ids, states) that receivers load, a few hundred bytes at
        # most: one too long for a payload is a bug, dropped loudly rather than cut.
        encoded = [json.dumps(message) for message in messages]  # ASCII: a byte a character
        fitting = [message for message in encoded if len(message) + 2 <= PAYLOAD_BYTES]
        if len(fitting) < len(encoded):
            _dropped(channel, len(encoded) - len(fitting), "over the payload limit")
        if not fitting:
            return
        try:
            async with asyncio.timeout(PUBLISH_SECONDS):
                await self._broker.send(channel, _pack(fitting))
        except self._broker.failures as exc:
            _dropped(channel, len(fitting), repr(exc))

    def subscribe(self, channel: str, wanted: Filter | None = None) -> AsyncIterator[Message]:
        return self._fanout.stream(channel, wanted, on_join=self._listen_to)

    def subscribers(self, channel: str) -> int:
        """How many subscriptions of this process hear `channel` now (tests wait for it)."""
        return self._fanout.subscribers(channel) if channel in self._broker.listening() else 0

    async def _listen_to(self, channel: str) -> None:
        # Listened to here at once, so that events published right after this returns are
        # heard: connecting first for the process's first subscription (a command-line round
        # may end moments later). While the broker is away the listener listens to it when it
        # reconnects, and no subscription waits for it.
        async with self._lock:
            first = self._listener is None
            if (first or self._broker.connected()) and channel not in self._broker.listening():
                with suppress(*self._broker.failures):
                    await self._broker.listen({channel})
        if self._listener is None:
            self._listener = asyncio.create_task(self._listen())
        self._wanted.set()

    async def _listen(self) -> None:
        pause = RECONNECT_FIRST_SECONDS
        while True:
            try:
                await self._follow_subscribers()
                received = await self._broker.receive(LISTEN_SECONDS)
            except self._broker.failures as exc:
                metrics.EVENTS_RECONNECTS.inc()
                log.warning(
                    f"event listener lost {self._broker.name}; reconnecting",
                    extra={"retry_in_seconds": pause, "error": repr(exc)},
                )
                async with self._lock:
                    await self._broker.renew()
                await asyncio.sleep(pause)
                pause = min(pause * 2, RECONNECT_MAX_SECONDS)
                continue
            pause = RECONNECT_FIRST_SECONDS
            if received is not None:
                self._deliver(*received)

    async def _follow_subscribers(self) -> None:
        """Listens to the channels local subscribers want and leaves the others; connects
        first if need be, and waits while nothing is wanted."""
        while not self._fanout.channels() and not self._broker.listening():
            self._wanted.clear()
            await self._wanted.wait()
        wanted = self._fanout.channels()
        async with self._lock:
            listening = self._broker.listening()
            if missing := wanted - listening:
                await self._broker.listen(missing)
            if unwanted := listening - wanted:
                await self._broker.unlisten(unwanted)

    def _deliver(self, channel: str, data: str) -> None:
        """A payload of _pack's."""
        try:
            decoded = json.loads(data)
        except ValueError:
            decoded = None
        if not isinstance(decoded, list):
            log.warning("undecodable event ignored", extra={"channel": channel})
            return
        for message in decoded:
            if isinstance(message, dict):
                self._fanout.deliver(channel, message)

    async def close(self) -> None:
        if self._listener is not None:
            self._listener.cancel()
            await asyncio.gather(self._listener, return_exceptions=True)
        self._fanout.clear()
        await self._broker.close()


class RedisBroker:
    """Redis pub/sub: publishes through a pool, listens through one pub/sub connection."""

    name = "Redis"

    def __init__(self, url: str) -> None:
        from redis import asyncio as aioredis
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff
        from redis.exceptions import RedisError

        self.failures = (RedisError, OSError, TimeoutError)
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

    async def send(self, channel: str, payloads: list[str]) -> None:
        async with self._redis.pipeline(False) as pipe:
            for payload in payloads:
                pipe.publish(channel, payload)
            await pipe.execute()

    def connected(self) -> bool:
        return self._pubsub.connection is not None

    def listening(self) -> set[str]:
        return set(self._pubsub.channels)

    async def listen(self, channels: set[str]) -> None:
        await self._pubsub.subscribe(*channels)

    async def unlisten(self, channels: set[str]) -> None:
        await self._pubsub.unsubscribe(*channels)

    async def receive(self, seconds: float) -> tuple[str, str] | None:
        raw = await self._pubsub.get_message(timeout=seconds)
        if raw is not None and raw.get("type") == "message":
            return raw["channel"], raw["data"]
        return None

    async def renew(self) -> None:
        with suppress(*self.failures):
            await self._pubsub.aclose()
        self._pubsub = self._subscriber.pubsub()

    async def close(self) -> None:
        with suppress(*self.failures):
            await self._pubsub.aclose()
        await self._subscriber.aclose()
        await self._redis.aclose()


class PostgresBroker:
    """LISTEN/NOTIFY on the deployment's PostgreSQL, through asyncpg (Tortoise's driver), on two
    connections of the bus's own: one that publishes, opened at the first publish, and the
    listening one. Neither is the ORM's: a publish from inside a transaction (a round reporting
    its progress while it stores) must not wait for that transaction's commit.

    NOTIFY delivers the notifications of one transaction in order and those of different
    transactions in commit order; a publish_many is one transaction, and a process publishes
    over one connection, one publish after the other."""

    name = "PostgreSQL"

    def __init__(self, database_url: str) -> None:
        import asyncpg

        self._asyncpg = asyncpg
        self.failures = (asyncpg.PostgresError, asyncpg.InterfaceError, OSError, TimeoutError)
        self._dsn = libpq_url(database_url)
        self._sending = asyncio.Lock()
        self._sender = None
        # The listening connection; its statements one at a time (a LISTEN, the health check).
        self._using = asyncio.Lock()
        self._listener = None
        self._channels: set[str] = set()
        self._heard: asyncio.Queue[tuple[str, str] | None] = asyncio.Queue()
        self._heard_at = 0.0

    async def _connect(self, **settings: str):
        return await self._asyncpg.connect(
            self._dsn, timeout=PUBLISH_SECONDS, server_settings=settings or None
        )

    async def send(self, channel: str, payloads: list[str]) -> None:
        async with self._sending:
            if self._sender is None or self._sender.is_closed():
                self._sender = await self._connect()
            try:
                await self._sender.executemany(
                    "SELECT pg_notify($1, $2)", [(channel, payload) for payload in payloads]
                )
            except BaseException:
                # A statement that failed or was cut short leaves the connection in doubt.
                self._sender.terminate()
                self._sender = None
                raise

    def connected(self) -> bool:
        return self._listener is not None and not self._listener.is_closed()

    def listening(self) -> set[str]:
        return set(self._channels)

    def _heard_notification(self, _connection, _pid: int, channel: str, payload: str) -> None:
        self._heard.put_nowait((channel, payload))

    async def listen(self, channels: set[str]) -> None:
        if self._listener is None:
            # Named after the process, so that pg_stat_activity tells whose connection it is.
            self._listener = await self._connect(application_name=subscriber_name())
            heard = self._heard = asyncio.Queue()
            self._listener.add_termination_listener(lambda _: heard.put_nowait(None))
            self._heard_at = time.monotonic()
        try:
            # Several (a reconnection) in one transaction, so that all are heard from one moment.
            together = self._listener.transaction() if len(channels) > 1 else nullcontext()
            async with self._using, asyncio.timeout(PUBLISH_SECONDS), together:
                for channel in sorted(channels):
                    await self._listener.add_listener(channel, self._heard_notification)
        except BaseException:
            # asyncpg counts a channel as listened to once asked, committed or not: start afresh.
            await self.renew()
            raise
        self._channels |= channels

    async def unlisten(self, channels: set[str]) -> None:
        async with self._using, asyncio.timeout(PUBLISH_SECONDS):
            for channel in channels:
                await self._listener.remove_listener(channel, self._heard_notification)
                self._channels.discard(channel)

    async def receive(self, seconds: float) -> tuple[str, str] | None:
        try:
            heard = await asyncio.wait_for(self._heard.get(), seconds)
        except TimeoutError:
            if time.monotonic() - self._heard_at >= HEALTH_CHECK_SECONDS:
                async with self._using, asyncio.timeout(PUBLISH_SECONDS):
                    await self._listener.execute("SELECT 1")
                self._heard_at = time.monotonic()
            return None
        if heard is None:
            raise ConnectionError("PostgreSQL closed the listening connection")
        self._heard_at = time.monotonic()
        return heard

    async def renew(self) -> None:
        if self._listener is not None:
            self._listener.terminate()
        self._listener = None
        self._channels = set()

    async def close(self) -> None:
        for connection in (self._listener, self._sender):
            if connection is not None:
                with suppress(*self.failures):
                    await connection.close(timeout=PUBLISH_SECONDS)
                if not connection.is_closed():
                    connection.terminate()
        self._listener = self._sender = None
        self._channels = set()


def crosses_processes(settings: Settings) -> bool:
    """Whether events reach the subscribers of every process (through Redis or PostgreSQL)."""
    return bool(settings.redis_url) or not settings.is_sqlite


def event_bus(settings: Settings) -> EventBus:
    """Redis when REDIS_URL is set; else PostgreSQL's LISTEN/NOTIFY on a PostgreSQL database;
    else (SQLite, one process) this process only."""
    if settings.redis_url:
        return SharedBus(RedisBroker(settings.redis_url), settings.ws_backlog)
    if not settings.is_sqlite:
        return SharedBus(PostgresBroker(settings.database_url), settings.ws_backlog)
    return LocalBus(settings.ws_backlog)
