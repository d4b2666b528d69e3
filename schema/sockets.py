"""WebSocket connections (graphql-transport-ws) and what keeps them honest.

- Every operation sent over a socket (query, mutation or subscription) checks its token again
  before it runs.
- A socket whose sign-in ends is closed with 4403: at its token's expiry by its own timer; at a
  logout or deactivation, in whichever server process it happened, by the notice every process
  hears (server/services/signins.py); and in any case by a re-check every RECHECK_SECONDS.
- A user holds at most `ws_connections_per_user` sockets in one server process (4429 beyond).
- A subscription that falls further behind than the event backlog closes its socket with 1013
  (try again later): the client reconnects and reads afresh.
- A message that is not of the protocol's shape closes the socket with 4400.
"""

from __future__ import annotations

import asyncio
import logging
from collections import defaultdict
from collections.abc import AsyncIterator, Callable
from contextlib import aclosing, asynccontextmanager, suppress
from datetime import datetime
from typing import Any, TypeVar

from starlette.websockets import WebSocketDisconnect
from strawberry.http.exceptions import WebSocketDisconnected
from strawberry.subscriptions.protocols.graphql_transport_ws.handlers import (
    BaseGraphQLTransportWSHandler,
)

from schema.context import Context
from server import metrics
from server.config import Settings
from server.errors import Unauthenticated
from server.services import accounts, signins
from server.services.clock import now
from server.services.events import EventBus, SubscriberTooSlow

SIGNED_OUT = 4403
TOO_MANY_CONNECTIONS = 4429
FELL_BEHIND = 1013
BAD_MESSAGE = 4400
# The safety net behind the notices (a notice lost while Redis was away, a user deactivated
# without one): every socket checks its token this often.
RECHECK_SECONDS = 30.0
MAX_OPERATION_ID = 128

log = logging.getLogger("parkmatch.sockets")
T = TypeVar("T")


def _object_or_null(value: object) -> bool:
    return value is None or isinstance(value, dict)


def shape_problem(message: object) -> str | None:
    """Why a client message is not of the protocol's shape, or None: strawberry reads these
    fields without checking their types."""
    if not isinstance(message, dict) or not isinstance(message.get("type"), str):
        return "A message must be a JSON object with a string 'type'"
    if message["type"] not in ("subscribe", "complete"):
        return None
    op_id = message.get("id")
    if not isinstance(op_id, str) or not 0 < len(op_id) <= MAX_OPERATION_ID:
        return f"'id' must be a string of 1 to {MAX_OPERATION_ID} characters"
    if message["type"] == "complete":
        return None
    payload = message.get("payload")
    if not isinstance(payload, dict) or not isinstance(payload.get("query"), str):
        return "'payload' must be an object with a string 'query'"
    if not all(_object_or_null(payload.get(key)) for key in ("variables", "extensions")):
        return "'variables' and 'extensions' must be objects or null"
    if not isinstance(payload.get("operationName"), str | None):
        return "'operationName' must be a string or null"
    return None


class OpenSockets:
    """This process's signed-in sockets, by user: the per-user cap, and the listener that checks
    the sockets a sign-in notice concerns."""

    def __init__(self, settings: Settings, events: EventBus) -> None:
        self.settings = settings
        self._events = events
        self._by_user: dict[int, set[GuardedSocket]] = defaultdict(set)

    def admit(self, socket: GuardedSocket) -> bool:
        held = self._by_user[socket.user_id]
        if len(held) >= self.settings.ws_connections_per_user:
            return False
        held.add(socket)
        metrics.WEBSOCKETS.inc()
        return True

    def forget(self, socket: GuardedSocket) -> None:
        held = self._by_user.get(socket.user_id)
        if held is None or socket not in held:
            return
        held.discard(socket)
        metrics.WEBSOCKETS.dec()
        if not held:
            del self._by_user[socket.user_id]

    def of_user(self, user_id: int) -> int:
        return len(self._by_user.get(user_id, ()))

    async def _check_concerned(self, notice: signins.Ended) -> None:
        concerned = [
            socket
            for held in self._by_user.values()
            for socket in held
            if notice.concerns(socket.token_hash, socket.user_id)
        ]
        await asyncio.gather(*(socket.recheck() for socket in concerned))

    async def _follow_notices(self) -> None:
        while True:
            try:
                async with aclosing(signins.ended_notices(self._events)) as notices:
                    async for notice in notices:
                        await self._check_concerned(notice)
            except SubscriberTooSlow:
                log.warning("sign-in notices fell behind; listening again")

    @asynccontextmanager
    async def following_notices(self) -> AsyncIterator[None]:
        """For the app's lifetime: sign-in notices close the sockets they concern."""
        task = asyncio.create_task(self._follow_notices())
        try:
            yield
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)


class GuardedSocket(BaseGraphQLTransportWSHandler):
    """strawberry's graphql-transport-ws handler, with the checks of this module."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.sockets: OpenSockets = self.view.sockets
        self.context.socket = self
        self.user_id = 0
        self.token_hash = ""
        self._closing = False
        self._watcher: asyncio.Task | None = None
        self._closer: asyncio.Task | None = None

    @property
    def _settings(self) -> Settings:
        return self.sockets.settings

    async def handle_message(self, message: Any) -> None:
        if self._closing:
            return
        if problem := shape_problem(message):
            await self.handle_invalid_message(problem)
            return
        await super().handle_message(message)

    async def handle_subscribe(self, message: Any) -> None:
        if self.connection_acknowledged and not await self.recheck():
            return
        if not self._closing:
            await super().handle_subscribe(message)

    async def send_message(self, message: Any) -> None:
        if self._closing:
            return
        # Admission happens as the acknowledgement is about to go out: on_ws_connect has
        # signed the viewer in, and the client has not yet been told it may subscribe.
        if message.get("type") == "connection_ack" and not await self._admit():
            return
        await super().send_message(message)

    async def _admit(self) -> bool:
        token = self.context.token
        expires_at = await signins.expires_at(token, self._settings)
        if expires_at is None:  # revoked and purged since on_ws_connect
            self.close(SIGNED_OUT, "Signed out", reason_label="signed_out")
            return False
        self.user_id = self.context.viewer.user_id
        self.token_hash = signins.token_hash(token, self._settings)
        if not self.sockets.admit(self):
            self.close(TOO_MANY_CONNECTIONS, "Too many connections", reason_label="too_many")
            return False
        self._watcher = asyncio.create_task(self._watch(expires_at))
        return True

    async def recheck(self) -> bool:
        """Whether the socket's sign-in still holds; if not, the socket is being closed."""
        if self._closing:
            return False
        try:
            self.context.viewer = await accounts.authenticate(self.context.token, self._settings)
        except Unauthenticated:
            self.close(SIGNED_OUT, "Signed out", reason_label="signed_out")
            return False
        return True

    async def _watch(self, expires_at: datetime) -> None:
        while True:
            left = (expires_at - now()).total_seconds()
            await asyncio.sleep(max(0.0, min(RECHECK_SECONDS, left)))
            if not await self.recheck():
                return

    def close(self, code: int, reason: str, *, reason_label: str) -> None:
        """Closes the socket from any task (an operation's own included): its operations are
        cancelled and nothing more is sent."""
        if self._closing:
            return
        self._closing = True
        metrics.WEBSOCKETS_CLOSED.labels(reason=reason_label).inc()
        self._closer = asyncio.create_task(self._close(code, reason))

    async def _close(self, code: int, reason: str) -> None:
        for operation_id in list(self.operations):
            await self.cleanup_operation(operation_id)
        # The client may have gone already.
        with suppress(RuntimeError, OSError, WebSocketDisconnect, WebSocketDisconnected):
            await self.websocket.close(code=code, reason=reason)

    async def shutdown(self) -> None:
        self.sockets.forget(self)
        if self._watcher is not None:
            self._watcher.cancel()
        await super().shutdown()
        await asyncio.gather(*filter(None, (self._watcher, self._closer)), return_exceptions=True)


async def events_of_socket(
    context: Context, stream: AsyncIterator[T], present: Callable[[T], Any]
) -> AsyncIterator[Any]:
    """A subscription's events as `present` shapes them, each read with fresh loaders (the
    socket's context outlives any one event); a subscriber that fell behind closes its socket."""
    async with aclosing(stream) as events:
        try:
            async for item in events:
                context.renew_loaders()
                yield present(item)
        except SubscriberTooSlow:
            context.socket.close(FELL_BEHIND, "Fell behind; reconnect", reason_label="behind")
