"""Who runs a started round: this process (the embedded SQLite default, one process), or
`parkmatch worker` processes on any host through the job queue (PostgreSQL).

The queue is procrastinate: jobs live in PostgreSQL beside the rounds, so it needs nothing the
deployment does not have already; workers hear of a new job at once through LISTEN/NOTIFY, and a
worker's own heartbeat tells procrastinate which jobs were left behind. A job carries only the
round's id; the round's row is the truth about it (see round_runs.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from zoneinfo import ZoneInfo

import procrastinate
from procrastinate.job_context import JobContext

from server.config import Settings
from server.db import libpq_url
from server.services import round_end, round_progress, round_runs
from server.services.events import EventBus, crosses_processes
from server.services.solver import SolverPool

QUEUE = "rounds"
RUN_ROUND = "parkmatch.run_round"
# A stopping worker lets a running round finish for this long, then ends it (FAILED, visibly).
SHUTDOWN_GRACE_SECONDS = 20.0


def poll_seconds(settings: Settings) -> float:
    if crosses_processes(settings):
        return round_progress.POLL_SECONDS_SHARED_BUS
    return round_progress.POLL_SECONDS


class LocalRunner:
    """Runs rounds as tasks of this process, the solves in its solver pool."""

    def __init__(self, solver: SolverPool, events: EventBus, zone: ZoneInfo, poll: float) -> None:
        self.solver = solver
        self.events = events
        self.zone = zone
        self.poll_seconds = poll
        self._tasks: dict[int, asyncio.Task] = {}

    async def submit(self, round_id: int) -> None:
        task = asyncio.get_running_loop().create_task(
            round_runs.run_round(round_id, self.solver, self.events, self.zone)
        )
        self._tasks[round_id] = task
        task.add_done_callback(lambda _: self._tasks.pop(round_id, None))

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[None]:
        """Starts the solver ahead of the first round; at the end, ends the rounds under way
        (FAILED: the server stopped), storing nothing."""
        await self.solver.start()
        try:
            yield
        finally:
            tasks = list(self._tasks.values())
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await self.solver.close()


class QueueRunner:
    """Hands rounds to the job queue; this process never solves."""

    def __init__(self, queue: procrastinate.App, poll: float) -> None:
        self.queue = queue
        self.poll_seconds = poll

    async def submit(self, round_id: int) -> None:
        await self.queue.configure_task(RUN_ROUND, queue=QUEUE).defer_async(round_id=round_id)

    @asynccontextmanager
    async def serving(self) -> AsyncIterator[None]:
        async with self.queue.open_async():
            yield


async def _run_round_job(context: JobContext, round_id: int) -> None:
    worker = context.additional_context["rounds"]
    await round_runs.run_round(round_id, worker.solver, worker.events, worker.zone)


def job_queue(database_url: str, *, pool_size: int = 2) -> procrastinate.App:
    """The procrastinate app on the deployment's PostgreSQL, with the round task. Its pool opens
    connections as they are needed, so that a server starts (and answers SERVICE_UNAVAILABLE)
    while the database is down."""
    connector = procrastinate.PsycopgConnector(
        conninfo=libpq_url(database_url), min_size=0, max_size=pool_size
    )
    queue = procrastinate.App(connector=connector)
    queue.task(name=RUN_ROUND, queue=QUEUE, pass_context=True)(_run_round_job)
    return queue


async def install_queue_schema(database_url: str) -> bool:
    """Creates the job queue's tables once (True when it did)."""
    queue = job_queue(database_url, pool_size=1)
    async with queue.open_async():
        present = await queue.connector.execute_query_one_async(
            "SELECT to_regclass('procrastinate_jobs') IS NOT NULL AS present"
        )
        if present["present"]:
            return False
        await queue.schema_manager.apply_schema_async()
        return True


# The sweeper's task name: what it sends is nobody's request.
SWEEPER_TASK = "round-sweeper"


@asynccontextmanager
async def sweeping(events: EventBus) -> AsyncIterator[None]:
    """The round sweeper (round_end.py) for as long as the block runs."""
    task = asyncio.get_running_loop().create_task(
        round_end.keep_sweeping(events, round_runs.running_here), name=SWEEPER_TASK
    )
    try:
        yield
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
