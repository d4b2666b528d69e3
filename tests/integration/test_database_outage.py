"""A real server whose database goes away: every request is answered at once with
SERVICE_UNAVAILABLE (never a 500, never a hang), /readyz says 503, and once the database is
back the same server process serves again.

The outage is real network failure, made without touching the shared PostgreSQL: the server
reaches its database through a TCP relay on loopback (processes.Relay) that the test cuts and
restores. Without PostgreSQL, a server pointed at a port where nothing listens shows the outage
half."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress

import httpx
import pytest

from tests.api.world import PARK_TIMEZONE
from tests.integration.processes import Relay, free_port

CLI = [sys.executable, "-c", "from server.cli import main; main()"]
PARKS = {"query": "{ parks { id } }"}
ANSWER_WITHIN_S = 5
BACK_WITHIN_S = 10


@asynccontextmanager
async def serving(database_url: str) -> AsyncIterator[httpx.AsyncClient]:
    port = free_port()
    env = {**os.environ, "DATABASE_URL": database_url, "PARKMATCH_TIMEZONE": PARK_TIMEZONE}
    env.pop("REDIS_URL", None)
    command = [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)]
    with tempfile.TemporaryFile() as log:
        process = await asyncio.create_subprocess_exec(
            *command, env=env, stdout=log, stderr=log, start_new_session=True
        )
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                for _ in range(200):
                    with suppress(httpx.TransportError):
                        await client.get("/healthz")
                        break
                    assert process.returncode is None, "the server exited"
                    await asyncio.sleep(0.1)
                yield client
            log.seek(0)
            assert b"Exception in ASGI application" not in log.read()
        finally:
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGTERM)
            await asyncio.wait_for(process.wait(), 20)


async def answered_unavailable(client: httpx.AsyncClient) -> None:
    """Every kind of request gets an answer, quickly, with a code a client can act on."""
    for headers in ({}, {"Authorization": "Bearer some-token"}):
        started = time.monotonic()
        response = await client.post("/graphql", json=PARKS, headers=headers)
        assert time.monotonic() - started < ANSWER_WITHIN_S
        assert response.status_code == 200, response.text
        codes = [error["extensions"]["code"] for error in response.json()["errors"]]
        assert codes == ["SERVICE_UNAVAILABLE"], response.text
    started = time.monotonic()
    assert (await client.get("/readyz")).status_code == 503
    assert time.monotonic() - started < ANSWER_WITHIN_S
    assert (await client.get("/healthz")).status_code == 200


async def test_a_database_nobody_answers_is_service_unavailable_not_a_crash():
    async with serving(f"postgres://postgres@127.0.0.1:{free_port()}/nothing") as client:
        await answered_unavailable(client)


async def test_the_server_comes_back_by_itself_when_the_database_returns(database_url):
    if database_url.startswith("sqlite"):
        pytest.skip("needs PostgreSQL (PARKMATCH_TEST_DATABASE_URL): SQLite cannot go away")
    # In a process of its own: migrating here would re-initialise this session's ORM.
    env = {**os.environ, "DATABASE_URL": database_url}
    migrating = await asyncio.create_subprocess_exec(
        *CLI, "migrate", env=env, stdout=asyncio.subprocess.DEVNULL
    )
    assert await migrating.wait() == 0
    relay = Relay(database_url)
    await relay.open()
    try:
        async with serving(relay.url) as client:
            assert "errors" not in (await client.post("/graphql", json=PARKS)).json()
            await relay.cut()
            await answered_unavailable(client)
            await relay.open()
            back = time.monotonic() + BACK_WITHIN_S
            while True:
                body = (await client.post("/graphql", json=PARKS)).json()
                if not body.get("errors"):
                    break
                assert time.monotonic() < back, f"still refused after {BACK_WITHIN_S} s: {body}"
                await asyncio.sleep(0.2)
            assert isinstance(body["data"]["parks"], list)
            assert (await client.get("/readyz")).status_code == 200
    finally:
        await relay.cut()
