"""The GraphQL endpoint: resolves the bearer token into the request's viewer."""

from __future__ import annotations

import json
import re
import uuid

from starlette.requests import Request
from starlette.responses import Response
from starlette.websockets import WebSocket
from strawberry.asgi import GraphQL

from schema.context import Context
from server.config import Settings
from server.errors import Unauthenticated
from server.services import accounts
from server.services.events import EventBus
from server.services.solver import SolverPool

BEARER = "bearer "
SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")


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
            settings=self.settings, request_id=request_id, solver=self.solver, events=self.events
        )
        token = bearer_token(request.headers.get("authorization"))
        if token is not None:
            # A bad token leaves the request anonymous: whatever needs a viewer is refused
            # as UNAUTHENTICATED, while sign-in itself still works.
            try:
                context.viewer = await accounts.authenticate(token, self.settings)
                context.token = token
            except Unauthenticated:
                pass
        return context
