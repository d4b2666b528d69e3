"""The Tortoise config and lifespan, shared by the app, the CLI, migrations and tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from tortoise import Tortoise
from tortoise.backends.base.config_generator import expand_db_url

MIGRATIONS_ROOT = Path(__file__).parent / "migrations"


# PostgreSQL connections: a new one that gets no answer gives up after CONNECT_TIMEOUT_S, so that
# a request meets an unreachable database with SERVICE_UNAVAILABLE quickly instead of hanging;
# a statement gives up after COMMAND_TIMEOUT_S. A URL's own query parameters win.
CONNECT_TIMEOUT_S = 3
COMMAND_TIMEOUT_S = 60
POOL_MAX_SIZE = 10


def connection_config(database_url: str) -> str | dict:
    if dialect(database_url) == "sqlite":
        return database_url
    config = expand_db_url(database_url)
    credentials = config["credentials"]
    credentials.setdefault("timeout", CONNECT_TIMEOUT_S)
    credentials.setdefault("command_timeout", COMMAND_TIMEOUT_S)
    credentials.setdefault("maxsize", POOL_MAX_SIZE)
    return config


def tortoise_config(database_url: str) -> dict:
    return {
        "connections": {"default": connection_config(database_url)},
        "apps": {
            "models": {
                "models": ["server.models", "aerich.models"],
                "default_connection": "default",
            }
        },
        "use_tz": True,
        "timezone": "UTC",
    }


def dialect(database_url: str) -> str:
    """Migrations are written per SQL dialect: 'sqlite' or 'postgres'."""
    return "sqlite" if database_url.startswith("sqlite") else "postgres"


def libpq_url(database_url: str) -> str:
    """The Tortoise URL as libpq (and asyncpg's own connect) takes it, Tortoise's options
    dropped."""
    parts = urlsplit(database_url)
    return urlunsplit(parts._replace(scheme="postgresql", query=""))


def migrations_location(database_url: str) -> str:
    return str(MIGRATIONS_ROOT / dialect(database_url))


@asynccontextmanager
async def database(database_url: str) -> AsyncIterator[None]:
    # The global fallback lets request tasks, which do not inherit the lifespan task's context,
    # reach the same connections.
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)
    try:
        yield
    finally:
        await Tortoise.close_connections()


async def migrate(database_url: str) -> list[str]:
    """Apply pending migrations; returns the names applied."""
    from aerich import Command

    command = Command(
        tortoise_config=tortoise_config(database_url),
        app="models",
        location=migrations_location(database_url),
    )
    async with command:
        applied = await command.upgrade(run_in_transaction=True)
    if dialect(database_url) == "postgres":
        # The job queue's own tables (procrastinate), beside the models'.
        from server.services.jobs import install_queue_schema

        if await install_queue_schema(database_url):
            applied.append("procrastinate job queue schema")
    return applied
