"""`parkmatch worker`: takes rounds off the job queue and runs them, on any host that reaches the
deployment's PostgreSQL (and Redis, when set). Web processes then never solve."""

from __future__ import annotations

import logging
import socket
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from server import collector
from server.config import Settings, SettingsError
from server.db import database
from server.services import jobs
from server.services.events import EventBus, event_bus
from server.services.solver import SolverPool


@dataclass(frozen=True, slots=True)
class WorkerResources:
    """What the round task needs, handed to it through the job context."""

    solver: SolverPool
    events: EventBus
    zone: ZoneInfo


async def run_worker(settings: Settings, concurrency: int) -> None:
    """Runs until SIGINT or SIGTERM; a round under way then gets a grace period to finish."""
    if settings.is_sqlite:
        raise SettingsError(
            "parkmatch worker needs PostgreSQL (DATABASE_URL=postgres://…); on SQLite the "
            "server runs rounds itself"
        )
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    async with database(settings.database_url):
        await serve_rounds(settings, concurrency)


async def serve_rounds(
    settings: Settings,
    concurrency: int,
    *,
    events: EventBus | None = None,
    install_signal_handlers: bool = True,
) -> None:
    """The worker proper, on a database this process has opened already (and on this event
    bus, when the process has one)."""
    events = events or event_bus(settings)
    solver = SolverPool(concurrency)
    queue = jobs.job_queue(settings.database_url, pool_size=concurrency + 2)
    try:
        await solver.start()
        async with queue.open_async(), jobs.sweeping(events):
            collector.freeze_what_is_alive()
            await queue.run_worker_async(
                queues=[jobs.QUEUE],
                name=f"parkmatch@{socket.gethostname()}",
                concurrency=concurrency,
                additional_context={"rounds": WorkerResources(solver, events, settings.zone)},
                delete_jobs="successful",
                shutdown_graceful_timeout=jobs.SHUTDOWN_GRACE_SECONDS,
                install_signal_handlers=install_signal_handlers,
            )
    finally:
        await solver.close()
        await events.close()
