"""A GraphQL client as a persona's program would use it."""

from __future__ import annotations

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
