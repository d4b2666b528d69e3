"""The yardstick of bench.api: a bare strawberry schema of the same shape as `financingNeeds`
with each need's company and park, served from memory with the same parser and validation caches
as the real schema — no auth, no database, no loaders.

    BENCH_BARE_DATA=page.json python -m uvicorn bench.bare_api:app_from_env --factory

`page.json` is the `financingNeeds` connection as the real endpoint answered it, so both serve
the same objects.
"""

from __future__ import annotations

import json
import os
from datetime import date
from decimal import Decimal
from enum import Enum

import strawberry
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route
from strawberry.asgi import GraphQL
from strawberry.extensions import ParserCache, ValidationCache


@strawberry.enum
class NeedStatus(Enum):
    OPEN = "OPEN"
    MATCHED = "MATCHED"
    FULFILLED = "FULFILLED"
    WITHDRAWN = "WITHDRAWN"


@strawberry.type
class Park:
    id: strawberry.ID
    name: str


@strawberry.type
class Company:
    id: strawberry.ID
    name: str
    park: Park


@strawberry.type
class FinancingNeed:
    id: strawberry.ID
    amount: Decimal
    term_months: int
    purpose: str
    status: NeedStatus
    needed_by: date
    max_annual_rate: Decimal
    company: Company


@strawberry.type
class Edge:
    cursor: str
    node: FinancingNeed


@strawberry.type
class Connection:
    total_count: int
    edges: list[Edge]


def need_of(node: dict) -> FinancingNeed:
    company = node["company"]
    return FinancingNeed(
        id=node["id"],
        amount=Decimal(node["amount"]),
        term_months=node["termMonths"],
        purpose=node["purpose"],
        status=NeedStatus(node["status"]),
        needed_by=date.fromisoformat(node["neededBy"]),
        max_annual_rate=Decimal(node["maxAnnualRate"]),
        company=Company(id=company["id"], name=company["name"], park=Park(**company["park"])),
    )


def build_schema(page: dict) -> strawberry.Schema:
    connection = Connection(
        total_count=page["totalCount"],
        edges=[Edge(cursor=edge["cursor"], node=need_of(edge["node"])) for edge in page["edges"]],
    )

    @strawberry.type
    class Query:
        @strawberry.field
        def financing_needs(self, first: int = 20, after: str | None = None) -> Connection:
            return Connection(total_count=connection.total_count, edges=connection.edges[:first])

    return strawberry.Schema(
        query=Query,
        extensions=[lambda: ParserCache(maxsize=256), lambda: ValidationCache(maxsize=256)],
    )


async def readyz(_: Request) -> JSONResponse:
    return JSONResponse({"status": "ready"})


def app_from_env() -> Starlette:
    with open(os.environ["BENCH_BARE_DATA"], encoding="utf-8") as data:
        page = json.load(data)
    graphql = GraphQL(build_schema(page), graphql_ide=None, allow_queries_via_get=False)
    routes = [Route("/graphql", graphql, methods=["POST"]), Route("/readyz", readyz)]
    return Starlette(routes=routes)
