"""One event loop for the app, the ORM and the tests; a fresh database per test session,
emptied between tests. SQLite by default; PostgreSQL when PARKMATCH_TEST_DATABASE_URL is set."""

from __future__ import annotations

import os
import tempfile
from collections.abc import AsyncIterator
from pathlib import Path

import asyncpg
import httpx
import pytest
from argon2 import PasswordHasher
from asgi_lifespan import LifespanManager
from tortoise import Tortoise, connections

from server import auth
from server.app import create_app
from server.config import Settings
from server.db import migrate
from tests.api.client import Api

TEST_SECRET = "test-secret-of-at-least-thirty-two-bytes!!"


def _database_url() -> str:
    url = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
    if url:
        return url
    folder = Path(tempfile.mkdtemp(prefix="parkmatch-test-"))
    return f"sqlite://{folder / 'test.sqlite3'}"


async def _reset_postgres(url: str) -> None:
    connection = await asyncpg.connect(url)
    try:
        await connection.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    finally:
        await connection.close()


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> None:
    """argon2id with minimal costs: every persona signs in many times per test."""
    auth.use_hasher(PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1))


@pytest.fixture(scope="session")
def database_url() -> str:
    return _database_url()


@pytest.fixture(scope="session")
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, secret=TEST_SECRET, timezone="Asia/Shanghai")


@pytest.fixture(scope="session")
async def app(settings: Settings) -> AsyncIterator:
    if not settings.is_sqlite:
        await _reset_postgres(settings.database_url)
    await migrate(settings.database_url)
    application = create_app(settings)
    async with LifespanManager(application) as manager:
        yield manager.app


async def _empty_tables() -> None:
    conn = connections.get("default")
    tables = [
        model._meta.db_table
        for model in Tortoise.apps["models"].values()
        if model._meta.db_table != "aerich"
    ] + ["credit_product_park"]
    if conn.capabilities.dialect == "postgres":
        await conn.execute_script(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE;")
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys = OFF;"
            + "".join(f'DELETE FROM "{table}";' for table in tables)
            + "PRAGMA foreign_keys = ON;"
        )


@pytest.fixture
async def api(app) -> AsyncIterator[Api]:
    await _empty_tables()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client:
        yield Api(client)


@pytest.fixture
async def world(api: Api):
    from tests.api.world import build_world

    return await build_world(api)
