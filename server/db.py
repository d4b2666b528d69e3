"""The Tortoise config and lifespan, shared by the app, the CLI, migrations and tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from tortoise import Tortoise

MIGRATIONS_ROOT = Path(__file__).parent / "migrations"


def tortoise_config(database_url: str) -> dict:
    return {
        "connections": {"default": database_url},
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
