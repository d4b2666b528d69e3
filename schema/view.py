"""The GraphQL endpoint: resolves the bearer token into the request's viewer."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta

from cross_web import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.http import GraphQLRequestData
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from schema import strict_json
from schema.context import Context
from schema.sockets import GuardedSocket, OpenSockets
from server.config import Settings
from server.errors import Unauthenticated
from server.limits import refusal
from server.locale import from_accept_language
from server.services import accounts
from server.services.events import EventBus
from server.services.rounds import RoundRunner
from server.web.console import Console
from server.web.sessions import WebSession

BEARER = "bearer "
# Operations one WebSocket connection may run at once; more are refused with an error message.
MAX_SUBSCRIPTIONS_PER_CONNECTION = 10
# A socket that has not sent connection_init by then is closed (4408).
CONNECTION_INIT_TIMEOUT = timedelta(seconds=10)


def bearer_token(header: str | None) -> str | None:
    if header and header[: len(BEARER)].lower() == BEARER:
        return header[len(BEARER) :].strip() or None
    return None


class ParkMatchGraphQL(GraphQL):
    graphql_transport_ws_handler_class = GuardedSocket

    def __init__(
        self, schema, settings: Settings, runner: RoundRunner, events: EventBus, console: Console
    ) -> None:
        super().__init__(
            schema,
            graphql_ide=None if settings.production else "graphiql",
            allow_queries_via_get=False,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=CONNECTION_INIT_TIMEOUT,
            max_subscriptions_per_connection=MAX_SUBSCRIPTIONS_PER_CONNECTION,
        )
        self.settings = settings
        self.runner = runner
        self.events = events
        self.sockets = OpenSockets(settings, events)
        self.console = console

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await super().__call__(scope, receive, send)
            return
        try:
            response = await self.run(Request(scope, receive))
        except HTTPException as refused:
            # strawberry answers these in plain text; clients read GraphQL errors.
            response = refusal(refused.reason, refused.status_code)
        await response(scope, receive, send)

    async def render_graphql_ide(self, request: Request) -> Response:
        return self.console.graphiql()  # from local assets: strawberry's page loads a CDN

    def decode_json(self, data: str | bytes) -> object:
        return strict_json.loads(data)

    def parse_json(self, data: str | bytes) -> dict:
        try:
            decoded = self.decode_json(data)
        except json.JSONDecodeError as exc:
            raise HTTPException(
                400, f"Unable to parse the request body as JSON: {exc.msg}"
            ) from None
        if not isinstance(decoded, dict):
            raise HTTPException(
                400, "The request body must be a JSON object (one operation; no batches)"
            )
        return decoded

    async def parse_http_body(self, request) -> GraphQLRequestData:
        data = await super().parse_http_body(request)
        if not isinstance(data.operation_name, str | None):
            raise HTTPException(
                400,
                "The GraphQL operation's `operationName` must be a string or null, if provided.",
            )
        return data

    async def process_result(self, request: Request, result) -> dict:
        response = await super().process_result(request, result)
        # Syntax errors (including the token and nesting caps of the parser) come back without
        # passing ErrorCodes; they too are the request's fault and carry a code.
        for error in response.get("errors") or ():
            extensions = error.get("extensions") or {}
            extensions.setdefault("code", "BAD_USER_INPUT")
            error["extensions"] = extensions
        return response

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        record = request.scope.get("state", {}).get("record")
        context = Context(
            settings=self.settings,
            request_id=record.request_id if record else uuid.uuid4().hex,
            runner=self.runner,
            events=self.events,
            record=record,
            client_address=request.client.host if request.client else "unknown",
        )
        context.locale = from_accept_language(request.headers.get("accept-language"))
        web_response = response if isinstance(response, Response) else None
        context.web = WebSession(request, web_response, self.settings)
        if isinstance(request, WebSocket):
            return context  # signed in by the connection_init payload: see on_ws_connect
        token = bearer_token(request.headers.get("authorization")) or context.web.token()
        if token is not None:
            # A bad token leaves the request anonymous: whatever needs a viewer is refused
            # as UNAUTHENTICATED, while sign-in itself still works.
            try:
                context.viewer = await accounts.authenticate(token, self.settings)
                context.token = token
            except Unauthenticated:
                context.token_rejected = True
        return context

    async def on_ws_connect(self, context: Context) -> None:
        """connection_init must carry {"Authorization": "Bearer <token>"}; a missing or bad
        token closes the socket (4403) before any operation runs."""
        params = context.connection_params or {}
        header = params.get("Authorization", params.get("authorization"))
        token = bearer_token(header) if isinstance(header, str) else None
        if header is None and context.web is not None:
            token = context.web.token()  # the console's cookie, from this server's own pages
        if token is None:
            raise ConnectionRejectionError
        try:
            context.viewer = await accounts.authenticate(token, self.settings)
        except Unauthenticated:
            raise ConnectionRejectionError from None
        context.token = token
