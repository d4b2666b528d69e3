"""An HTTP request that meets an unreachable database before GraphQL runs (signing in reads the
token) is answered like one that met it in a resolver: SERVICE_UNAVAILABLE, not a 500."""

from __future__ import annotations

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import ServiceUnavailable
from server.services.health import database_unreachable


class AnswerWhileDatabaseDown:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def tracked_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, receive, tracked_send)
        except Exception as error:
            if started or not database_unreachable(error):
                raise
            # 200, as for any GraphQL error: the body carries the code clients act on.
            refusal = ServiceUnavailable()
            error_body = {"message": refusal.message, "extensions": {"code": refusal.code}}
            body = {"data": None, "errors": [error_body]}
            await JSONResponse(body)(scope, receive, send)
