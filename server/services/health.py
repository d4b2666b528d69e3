"""Whether the database answers, and whether an error means it does not."""

from __future__ import annotations

import asyncio

import asyncpg
from tortoise import connections
from tortoise.exceptions import DBConnectionError

READY_TIMEOUT_S = 2
# What a driver raises while the database is down, restarting or out of reach: the connection
# refused or lost, the server shutting down or not yet accepting connections, a timeout.
_UNREACHABLE = (
    OSError,  # ConnectionRefusedError, ConnectionResetError, socket errors
    TimeoutError,  # asyncio.TimeoutError too
    DBConnectionError,
    asyncpg.exceptions.PostgresConnectionError,
    asyncpg.exceptions.InterfaceError,  # the connection closed under a query
    asyncpg.exceptions.OperatorInterventionError,  # admin shutdown, cannot connect now
    asyncpg.exceptions.InsufficientResourcesError,  # too many connections
    # Returning a connection the server dropped mid-statement to the pool: "cannot switch to
    # state 15; another operation is in progress" (seen while PostgreSQL restarts).
    asyncpg.exceptions.InternalClientError,
)


def database_unreachable(error: BaseException | None) -> bool:
    """True when `error`, or an error it was raised from, says the database is out of reach."""
    seen = 0
    while error is not None and seen < 10:
        if isinstance(error, _UNREACHABLE):
            return True
        error = error.__cause__ or error.__context__
        seen += 1
    return False


async def database_ready() -> bool:
    try:
        async with asyncio.timeout(READY_TIMEOUT_S):
            await connections.get("default").execute_query("SELECT 1")
    except Exception:
        return False
    return True
