"""A GraphQL client as a persona's program would use it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any

import httpx


class GraphQLErrors(AssertionError):
    def __init__(self, errors: list[dict]) -> None:
        super().__init__(errors)
        self.errors = errors

    @property
    def code(self) -> str:
        return self.errors[0]["extensions"]["code"]

    @property
    def field(self) -> str | None:
        return self.errors[0]["extensions"].get("field")


@dataclass
class Api:
    client: httpx.AsyncClient

    async def post(
        self, query: str, variables: dict | None = None, token: str | None = None
    ) -> dict[str, Any]:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        response = await self.client.post(
            "/graphql", json={"query": query, "variables": variables or {}}, headers=headers
        )
        return response.json()

    async def ok(self, query: str, variables: dict | None = None, token: str | None = None) -> dict:
        """The data of a request that must succeed."""
        body = await self.post(query, variables, token)
        if body.get("errors"):
            raise GraphQLErrors(body["errors"])
        return body["data"]

    async def fails(
        self, query: str, variables: dict | None = None, token: str | None = None
    ) -> GraphQLErrors:
        """The errors of a request that must fail."""
        body = await self.post(query, variables, token)
        assert body.get("errors"), f"expected an error, got {body}"
        return GraphQLErrors(body["errors"])


@asynccontextmanager
async def api_at(app, host: str) -> AsyncIterator[Api]:
    """A client whose requests come from `host`, the address uvicorn would report."""
    transport = httpx.ASGITransport(app=app, client=(host, 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client:
        yield Api(client)


# The console's way in: the session token in its cookie, with the CSRF header and the server's
# own Origin (the test client's base URL), as a page of the console sends them.
CONSOLE_ORIGIN = "http://parkmatch.test"
SESSION_COOKIE = "parkmatch-session"


def console_headers(
    session: str | None, *, csrf: bool = True, origin: str | None = CONSOLE_ORIGIN
) -> dict[str, str]:
    headers = {"X-ParkMatch-CSRF": "1"} if csrf else {}
    if origin is not None:
        headers["Origin"] = origin
    if session is not None:
        headers["Cookie"] = f"{SESSION_COOKIE}={session}"
    return headers


async def console_post(
    api: Api, query: str, variables: dict | None = None, session: str | None = None, **way
) -> httpx.Response:
    return await api.client.post(
        "/graphql",
        json={"query": query, "variables": variables or {}},
        headers=console_headers(session, **way),
    )
