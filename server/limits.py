"""Transport-level guards: the request body cap and the WebSocket message cap."""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_BODY_BYTES = 1024 * 1024
MESSAGE_TOO_BIG = 1009


class BodyTooLarge(Exception):
    pass


def refusal(
    message: str, status_code: int, code: str = "BAD_USER_INPUT", **extensions: str
) -> JSONResponse:
    """A request refused before GraphQL could answer it, answered as a GraphQL error."""
    return JSONResponse(
        {"errors": [{"message": message, "extensions": {"code": code, **extensions}}]},
        status_code=status_code,
    )


def _longer_than(message: Message, limit: int) -> bool:
    if (data := message.get("bytes")) is not None:
        return len(data) > limit
    text = message.get("text") or ""
    # A character takes 1 to 4 bytes in UTF-8: encode only when the length leaves it open.
    return len(text) > limit or (len(text) * 4 > limit and len(text.encode()) > limit)


class RequestLimits:
    """Refuses HTTP bodies over MAX_BODY_BYTES with 413; closes
    a WebSocket that sends a message over `max_message_bytes` (1009, message too big)."""

    def __init__(
        self, app: ASGIApp, max_message_bytes: int, max_body_bytes: int = MAX_BODY_BYTES
    ) -> None:
        self.app = app
        self.max_message_bytes = max_message_bytes
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "websocket":
            await self._websocket(scope, receive, send)
            return
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_body_bytes):
            await self._refuse(scope, receive, send)
            return
        received = 0

        async def counted_receive() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_body_bytes:
                raise BodyTooLarge
            return message

        try:
            await self.app(scope, counted_receive, send)
        except BodyTooLarge:
            await self._refuse(scope, receive, send)

    async def _websocket(self, scope: Scope, receive: Receive, send: Send) -> None:
        closed = False

        async def capped_receive() -> Message:
            nonlocal closed
            message = await receive()
            if message["type"] == "websocket.receive" and _longer_than(
                message, self.max_message_bytes
            ):
                closed = True
                reason = f"Messages are limited to {self.max_message_bytes} bytes"
                await send({"type": "websocket.close", "code": MESSAGE_TOO_BIG, "reason": reason})
                return {"type": "websocket.disconnect", "code": MESSAGE_TOO_BIG}
            return message

        async def quiet_send(message: Message) -> None:
            # Once closed here, the application may still try to send or close: nothing goes.
            if not closed:
                await send(message)

        await self.app(scope, capped_receive, quiet_send)

    @staticmethod
    async def _refuse(scope: Scope, receive: Receive, send: Send) -> None:
        await refusal("Request body too large", 413)(scope, receive, send)
