"""create_app(settings): the one place that wires routes, middleware and the lifespan."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route, WebSocketRoute

from schema.root import build_schema
from schema.view import ParkMatchGraphQL
from server import auth
from server.config import Settings
from server.db import database
from server.limits import RequestLimits
from server.services.accounts import purge_periodically
from server.services.events import event_bus
from server.services.health import database_ready
from server.services.solver import SolverPool


async def healthz(_: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(_: Request) -> JSONResponse:
    if await database_ready():
        return JSONResponse({"status": "ready"})
    return JSONResponse({"status": "database unreachable"}, status_code=503)


def create_app(settings: Settings) -> Starlette:
    auth.configure_hashing(
        settings.limits.password_hash_threads, settings.limits.password_hash_queue
    )
    solver = SolverPool()
    events = event_bus(settings.redis_url)
    graphql = ParkMatchGraphQL(
        build_schema(production=settings.production), settings, solver, events
    )

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            async with database(settings.database_url):
                purging = asyncio.create_task(purge_periodically(settings.purge_interval_seconds))
                try:
                    yield
                finally:
                    purging.cancel()
                    with suppress(asyncio.CancelledError):
                        await purging
        finally:
            solver.close()
            await events.close()

    return Starlette(
        routes=[
            Route("/graphql", graphql, methods=["GET", "POST"]),
            WebSocketRoute("/graphql", graphql),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
        ],
        middleware=[Middleware(RequestLimits)],
        lifespan=lifespan,
    )


def app_from_env() -> Starlette:
    """The factory uvicorn workers call: settings from the environment."""
    from server.config import load_settings

    return create_app(load_settings())
