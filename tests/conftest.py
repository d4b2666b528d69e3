"""One event loop for the app, the ORM and the tests; a fresh database per test session,
emptied between tests. SQLite by default; PostgreSQL when PARKMATCH_TEST_DATABASE_URL is set."""

from __future__ import annotations

import asyncio
import os
import tempfile
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
from argon2 import PasswordHasher
from asgi_lifespan import LifespanManager
from tortoise import Tortoise, connections

from server import auth
from server.app import create_app
from server.config import Limits, Settings
from server.db import migrate, tortoise_config
from server.services import clock, round_runs
from server.worker import serve_rounds
from tests.api.client import Api
from tests.api.world import PARK_TIMEZONE

TEST_SECRET = "test-secret-of-at-least-thirty-two-bytes!!"


def _sqlite_url() -> str:
    folder = Path(tempfile.mkdtemp(prefix="parkmatch-test-"))
    return f"sqlite://{folder / 'test.sqlite3'}"


@asynccontextmanager
async def _private_postgres(server_url: str) -> AsyncIterator[str]:
    """A database of this session's own on the server PARKMATCH_TEST_DATABASE_URL names, so that
    concurrent runs never empty each other's tables; dropped at the end."""
    name = f"parkmatch_test_{uuid.uuid4().hex[:12]}"
    admin = await asyncpg.connect(server_url)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
        finally:
            await admin.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    finally:
        await admin.close()


def cheap_hasher() -> PasswordHasher:
    """argon2id with minimal costs: every persona signs in many times per test."""
    return PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> None:
    auth.use_hasher(cheap_hasher())


@pytest.fixture(scope="session")
async def database_url() -> AsyncIterator[str]:
    server_url = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
    if not server_url:
        yield _sqlite_url()
        return
    async with _private_postgres(server_url) as url:
        yield url


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    # The worlds register more companies from one address (the tests') than a park's office
    # would allow; tests of that throttle build an app with the default (see
    # tests/api/test_throttles.py). Every other limit is the default.
    return Settings(
        database_url=database_url,
        secret=TEST_SECRET,
        timezone=PARK_TIMEZONE,
        limits=Limits(registrations_per_address=10_000),
        # The tests announce clocks that fell due themselves (tests/api/test_clocks.py).
        clock_announce_seconds=0,
    )


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator:
    await migrate(settings.database_url)
    application = create_app(settings)
    async with LifespanManager(application) as manager, _round_worker(settings, application):
        yield manager.app


@asynccontextmanager
async def _round_worker(settings: Settings, application) -> AsyncIterator[None]:
    """On PostgreSQL the app queues its rounds: a `parkmatch worker` takes them, here in the
    tests' own process, loop and event bus (separate processes: tests/integration/
    test_round_workers.py)."""
    if settings.is_sqlite:
        yield
        return
    worker = asyncio.get_running_loop().create_task(
        serve_rounds(
            settings,
            concurrency=1,
            events=application.state.events,
            install_signal_handlers=False,
        )
    )
    try:
        yield
    finally:
        worker.cancel()
        await asyncio.gather(worker, return_exceptions=True)


# How long the rounds a test started may take to end once it has finished.
ROUNDS_SETTLE_SECONDS = 60


async def _rounds_settled(conn) -> None:
    """Waits for the rounds the last test started (queued or running in this process) to end,
    so that none is still writing while the tables are emptied for the next test."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + ROUNDS_SETTLE_SECONDS
    while busy := await _rounds_under_way(conn):
        if loop.time() > deadline:
            raise AssertionError(f"rounds still running after their test: {busy}")
        await asyncio.sleep(0.05)


async def _rounds_under_way(conn) -> set:
    busy = set(round_runs.running_here) | {
        task.get_name() for task in asyncio.all_tasks() if _runs_a_round(task)
    }
    if not busy and conn.capabilities.dialect == "postgres":
        _, rows = await conn.execute_query(
            "SELECT id FROM procrastinate_jobs WHERE status IN ('todo', 'doing')"
        )
        busy = {f"job {row['id']}" for row in rows}
    return busy


def _runs_a_round(task: asyncio.Task) -> bool:
    return getattr(task.get_coro(), "__qualname__", "") == round_runs.run_round.__qualname__


async def _empty_tables() -> None:
    conn = connections.get("default")
    await _rounds_settled(conn)
    tables = [
        model._meta.db_table
        for model in Tortoise.apps["models"].values()
        if model._meta.db_table != "aerich"
    ] + ["credit_product_park"]
    if conn.capabilities.dialect == "postgres":
        # The job queue's jobs too: round ids start again from 1.
        tables.append("procrastinate_jobs")
        await conn.execute_script(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE;")
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys = OFF;"
            + "".join(f'DELETE FROM "{table}";' for table in tables)
            + "PRAGMA foreign_keys = ON;"
        )


@asynccontextmanager
async def app_with(settings: Settings) -> AsyncIterator:
    """An app of its own on the suite's database (other settings, its own lifespan); the ORM's
    shared connections, which its lifespan closes, are opened again afterwards."""
    application = create_app(settings)
    try:
        async with LifespanManager(application) as manager:
            yield manager.app
    finally:
        await Tortoise.init(
            config=tortoise_config(settings.database_url), _enable_global_fallback=True
        )


@pytest.fixture
async def api(app) -> AsyncIterator[Api]:
    await _empty_tables()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client:
        yield Api(client)


@pytest.fixture
def pin_clock(monkeypatch):
    """Sets the service's clock to an instant: the park's today follows it."""

    def pin(instant: datetime) -> None:
        monkeypatch.setattr(clock, "now", lambda: instant)

    return pin


@pytest.fixture
async def world(api: Api):
    from tests.api.world import build_world

    return await build_world(api)


@pytest.fixture(scope="module")
async def shared(app):
    """One world shared by a module's tests, each of whose requests must change nothing: it
    stays as built (each test checks that it did)."""
    from tests.api.world import build_world

    await _empty_tables()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client:
        yield await build_world(Api(client))
