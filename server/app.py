"""create_app(settings): the one place that wires routes, middleware and the lifespan."""

from __future__ import annotations

import asyncio
import hmac
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from prometheus_client import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Mount, Route, WebSocketRoute

from schema.exports import Exports
from schema.root import build_schema
from schema.view import ParkMatchGraphQL
from server import auth, collector, logs, metrics
from server.access_log import AccessLog
from server.config import Settings
from server.db import database
from server.limits import RequestLimits
from server.services import clocks, jobs
from server.services.accounts import purge_periodically
from server.services.events import EventBus, event_bus
from server.services.health import database_ready
from server.services.solver import SolverPool
from server.unavailable import AnswerWhileDatabaseDown
from server.web.console import BUILD_DIR, Console
from server.web.security import SecurityHeaders


async def healthz(_: Request) -> JSONResponse:
    return JSONResponse({"status": "ok"})


async def readyz(_: Request) -> JSONResponse:
    if await database_ready():
        return JSONResponse({"status": "ready"})
    return JSONResponse({"status": "database unreachable"}, status_code=503)


def metrics_endpoint(token: str | None):
    """GET /metrics; with a token, only for requests that carry it as a bearer token."""
    expected = f"Bearer {token}".encode() if token else None

    async def serve_metrics(request: Request) -> Response:
        sent = request.headers.get("authorization", "").encode()
        if expected is not None and not hmac.compare_digest(sent, expected):
            return PlainTextResponse("A metrics token is required", status_code=401)
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    return serve_metrics


def round_runner(settings: Settings, events: EventBus):
    """On SQLite this process runs its rounds; on PostgreSQL they go to the job queue, for
    `parkmatch worker` processes."""
    poll = jobs.poll_seconds(settings)
    if settings.is_sqlite:
        return jobs.LocalRunner(SolverPool(), events, settings.zone, poll)
    return jobs.QueueRunner(jobs.job_queue(settings.database_url), poll)


def create_app(settings: Settings, console_dir: Path = BUILD_DIR) -> Starlette:
    auth.configure_hashing(
        settings.limits.password_hash_threads, settings.limits.password_hash_queue
    )
    events = event_bus(settings)
    runner = round_runner(settings, events)
    console = Console(console_dir)
    graphql = ParkMatchGraphQL(
        build_schema(production=settings.production), settings, runner, events, console
    )
    exports = Exports(graphql)

    @asynccontextmanager
    async def lifespan(_: Starlette) -> AsyncIterator[None]:
        try:
            async with (
                database(settings.database_url),
                graphql.sockets.following_notices(),
                runner.serving(),
                jobs.sweeping(events),
            ):
                tasks = [asyncio.create_task(purge_periodically(settings.purge_interval_seconds))]
                if settings.clock_announce_seconds:
                    tasks.append(
                        asyncio.create_task(
                            clocks.keep_announcing(
                                events, settings.zone, settings.clock_announce_seconds
                            )
                        )
                    )
                collector.freeze_what_is_alive()
                try:
                    yield
                finally:
                    for task in tasks:
                        task.cancel()
                    await asyncio.gather(*tasks, return_exceptions=True)
        finally:
            await events.close()

    routes = [
        Route("/graphql", graphql, methods=["GET", "POST"]),
        WebSocketRoute("/graphql", graphql),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/exports/rounds/{round_id}.xlsx", exports.round),
        Route("/exports/parks/{park_id}/figures.xlsx", exports.figures),
        Route("/reports/{park_id}/{month}.xlsx", exports.monthly_report),
    ]
    if settings.metrics_enabled:
        routes.append(Route("/metrics", metrics_endpoint(settings.metrics_token)))
    routes.append(Mount("/", console))  # last: the console's pages answer every other path
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(AccessLog),
            Middleware(SecurityHeaders, production=settings.production),
            Middleware(RequestLimits, max_message_bytes=settings.ws_max_message_bytes),
            Middleware(AnswerWhileDatabaseDown),
        ],
        lifespan=lifespan,
    )
    app.state.events = events
    return app


def app_from_env() -> Starlette:
    """The factory uvicorn workers call: settings from the environment."""
    from server.config import load_settings

    logs.configure()
    return create_app(load_settings())
