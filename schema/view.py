"""The GraphQL endpoint: resolves the bearer token into the request's viewer."""

from __future__ import annotations

import json
import re
import uuid
from datetime import timedelta

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL
from strawberry.exceptions import ConnectionRejectionError
from strawberry.subscriptions import GRAPHQL_TRANSPORT_WS_PROTOCOL

from schema.context import Context
from server.config import Settings
from server.errors import Unauthenticated
from server.services import accounts
from server.services.events import EventBus
from server.services.solver import SolverPool

BEARER = "bearer "
SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")
# Operations one WebSocket connection may run at once; more are refused with an error message.
MAX_SUBSCRIPTIONS_PER_CONNECTION = 10
# A socket that has not sent connection_init by then is closed (4408).
CONNECTION_INIT_TIMEOUT = timedelta(seconds=10)


def bearer_token(header: str | None) -> str | None:
    if header and header[: len(BEARER)].lower() == BEARER:
        return header[len(BEARER) :].strip() or None
    return None


class ParkMatchGraphQL(GraphQL):
    def __init__(self, schema, settings: Settings, solver: SolverPool, events: EventBus) -> None:
        super().__init__(
            schema,
            graphql_ide=None if settings.production else "graphiql",
            allow_queries_via_get=False,
            subscription_protocols=(GRAPHQL_TRANSPORT_WS_PROTOCOL,),
            connection_init_wait_timeout=CONNECTION_INIT_TIMEOUT,
            max_subscriptions_per_connection=MAX_SUBSCRIPTIONS_PER_CONNECTION,
        )
        self.settings = settings
        self.solver = solver
        self.events = events

    def decode_json(self, data: str | bytes) -> object:
        try:
            return super().decode_json(data)
        except RecursionError:
            # JSON nested deeper than the parser's stack (e.g. 100,000 "["): refused like any
            # malformed body (400) rather than escaping as a server error.
            raise json.JSONDecodeError("JSON nested too deeply", "", 0) from None

    async def process_result(self, request: Request, result) -> dict:
        response = await super().process_result(request, result)
        # Syntax errors (including the token and nesting caps of the parser) come back without
        # passing ErrorCodes; they too are the request's fault and carry a code.
        for error in response.get("errors") or ():
            extensions = error.get("extensions") or {}
            extensions.setdefault("code", "BAD_USER_INPUT")
            error["extensions"] = extensions
            if self.settings.production:
                # disable_field_suggestions covers fields only; arguments and input fields
                # still got "Did you mean ...?", which maps the schema for a prober.
                error["message"] = SUGGESTION.sub("", error["message"])
        return response

    async def get_context(
        self, request: Request | WebSocket, response: Response | WebSocket
    ) -> Context:
        request_id = request.scope.get("state", {}).get("request_id") or uuid.uuid4().hex
        context = Context(
            settings=self.settings,
            request_id=request_id,
            solver=self.solver,
            events=self.events,
            client_address=request.client.host if request.client else "unknown",
        )
        if isinstance(request, WebSocket):
            return context  # signed in by the connection_init payload: see on_ws_connect
        token = bearer_token(request.headers.get("authorization"))
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
        if token is None:
            raise ConnectionRejectionError
        try:
            context.viewer = await accounts.authenticate(token, self.settings)
        except Unauthenticated:
            raise ConnectionRejectionError from None
        context.token = token
