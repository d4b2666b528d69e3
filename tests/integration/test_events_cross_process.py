"""Two real server processes over one database and the real Redis: a need posted through
process A reaches a needPosted subscriber connected to process B; a logout through A closes the
socket signed in with that token on B; each process listens through one Redis connection, and
gets it back when Redis drops it.

Runs when PARKMATCH_TEST_REDIS_URL is set (CI sets it). The database is a fresh SQLite file, or,
when PARKMATCH_TEST_DATABASE_URL is set, a separate PostgreSQL database `parkmatch_events` on the
same server, dropped afterwards (the main suite owns the test database itself)."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
import websockets
from redis import asyncio as aioredis

from server.services.events import NEEDS
from tests.api import operations as ops
from tests.api.world import USCC, company_input, financing_need_input

REDIS_URL = os.environ.get("PARKMATCH_TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(
    not REDIS_URL,
    reason="set PARKMATCH_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0) to run two server "
    "processes against a real Redis",
)

ROOT = Path(__file__).resolve().parents[2]
SECRET = "cross-process-test-secret-of-32-bytes-or-more"
ADMIN_PASSWORD = "cross process admin password"
PASSWORD = "correct horse battery"
# One per test process, so that concurrent runs on one PostgreSQL server do not collide.
EVENTS_DATABASE = f"parkmatch_events_{os.getpid()}"
STARTUP_SECONDS = 60.0
EVENT_SECONDS = 10.0
NEED_POSTED = """
subscription($park: ID!) { needPosted(parkId: $park) { need { __typename id } } }
"""
# `parkmatch ARGS`, with this interpreter.
PARKMATCH = [sys.executable, "-c", "import sys; from server.cli import main; main(sys.argv[1:])"]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def _on_postgres(base: str, statement: str) -> None:
    connection = await asyncpg.connect(base)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@pytest.fixture
async def database_url(folder: Path) -> AsyncIterator[str]:
    """A fresh SQLite file, or a fresh PostgreSQL database beside the suite's."""
    base = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
    if not base:
        yield f"sqlite://{folder / 'events.sqlite3'}"
        return
    await _on_postgres(base, f"DROP DATABASE IF EXISTS {EVENTS_DATABASE} WITH (FORCE)")
    await _on_postgres(base, f"CREATE DATABASE {EVENTS_DATABASE}")
    try:
        yield urlunsplit(urlsplit(base)._replace(path=f"/{EVENTS_DATABASE}"))
    finally:
        await _on_postgres(base, f"DROP DATABASE IF EXISTS {EVENTS_DATABASE} WITH (FORCE)")


def _run(args: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(  # noqa: S603 - our own CLI
        PARKMATCH + args,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"parkmatch {' '.join(args)} failed:\n{done.stdout}{done.stderr}"


class Server:
    """`uvicorn server.app:app_from_env --factory` on a free loopback port, output to a file."""

    def __init__(self, name: str, env: dict[str, str], folder: Path) -> None:
        self.port = _free_port()
        self.log = folder / f"{name}.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(  # noqa: S603 - uvicorn with fixed arguments
                [
                    sys.executable,
                    "-m",
                    "uvicorn",
                    "server.app:app_from_env",
                    "--factory",
                    "--host",
                    "127.0.0.1",
                    "--port",
                    str(self.port),
                    "--ws",
                    "websockets",
                ],
                env=env,
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    async def ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        async with httpx.AsyncClient(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise AssertionError(f"server exited early:\n{self.output()}")
                try:
                    if (await client.get(f"{self.url}/readyz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError(f"server not ready in {STARTUP_SECONDS}s:\n{self.output()}")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="parkmatch-events-") as name:
        yield Path(name)


async def _graphql(client: httpx.AsyncClient, query: str, variables: dict, token=None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body = response.json()
    assert not body.get("errors"), body
    return body["data"]


async def _subscribers(redis) -> int:
    [(_, count)] = await redis.pubsub_numsub(NEEDS)
    return count


async def _until_subscribed(redis, before: int) -> None:
    """Process B listens on Redis once the subscription has started; the protocol does not
    acknowledge a subscribe, so watch Redis for it."""
    for _ in range(int(EVENT_SECONDS / 0.05)):
        if await _subscribers(redis) > before:
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the subscription never reached Redis")


async def _seed(client: httpx.AsyncClient) -> tuple[str, str, str]:
    """A park, its officer and a company, through the API: (park id, officer's and company's
    tokens)."""
    login = {"u": "admin", "p": ADMIN_PASSWORD}
    admin = (await _graphql(client, ops.LOGIN, login))["login"]["token"]
    park_input = {"name": "光谷生物城", "code": "WH-BIO", "region": "湖北"}
    park = (await _graphql(client, ops.CREATE_PARK, {"i": park_input}, admin))["createPark"]["id"]
    officer = {"username": "officer1", "password": PASSWORD, "role": "OFFICER", "parkId": park}
    await _graphql(client, ops.CREATE_USER, {"i": officer}, admin)
    login = {"u": "officer1", "p": PASSWORD}
    officer_token = (await _graphql(client, ops.LOGIN, login))["login"]["token"]
    company = {
        "username": "companyA",
        "password": PASSWORD,
        "company": company_input("武汉芯测科技有限公司", USCC[0], park),
    }
    registered = await _graphql(client, ops.REGISTER_COMPANY, {"i": company})
    return park, officer_token, registered["registerCompany"]["token"]


async def _listen(port: int, token: str, park: str):
    """A signed-in socket to the server on `port` with needPosted(park) subscribed."""
    ws = await websockets.connect(
        f"ws://127.0.0.1:{port}/graphql",
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        open_timeout=EVENT_SECONDS,
    )
    init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
    await ws.send(json.dumps(init))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    payload = {"query": NEED_POSTED, "variables": {"park": park}}
    await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
    return ws


@dataclass
class Deployment:
    """Two server processes over one database and Redis, seeded with a park, its officer and a
    company; `client` talks to A."""

    a: Server
    b: Server
    redis: Any
    client: httpx.AsyncClient
    park: str
    officer: str
    company: str


@pytest.fixture
async def deployment(folder, database_url) -> AsyncIterator[Deployment]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "PARKMATCH_SECRET": SECRET,
        "PARKMATCH_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "PARKMATCH_ENV": "development",
    }
    _run(["migrate"], env)
    _run(["create-admin", "admin"], env)
    redis = aioredis.from_url(REDIS_URL, decode_responses=True)
    with ExitStack() as stack:
        a = Server("a", env, folder)
        stack.callback(a.stop)
        b = Server("b", env, folder)
        stack.callback(b.stop)
        try:
            await a.ready()
            await b.ready()
            async with httpx.AsyncClient(base_url=a.url, timeout=30.0) as client:
                park, officer, company = await _seed(client)
                yield Deployment(a, b, redis, client, park, officer, company)
        except BaseException:
            print(f"--- server A ---\n{a.output()}\n--- server B ---\n{b.output()}")
            raise
        finally:
            await redis.aclose()


async def _post_need(deployment: Deployment) -> str:
    need = {"i": financing_need_input()}
    posted = await _graphql(deployment.client, ops.POST_FINANCING_NEED, need, deployment.company)
    return posted["postFinancingNeed"]["id"]


async def _next_need(ws) -> dict:
    message = json.loads(await asyncio.wait_for(ws.recv(), EVENT_SECONDS))
    assert message["type"] == "next", message
    return message["payload"]["data"]["needPosted"]["need"]


async def test_a_need_posted_through_one_process_reaches_a_subscriber_of_another(deployment):
    before = await _subscribers(deployment.redis)
    async with asyncio.timeout(EVENT_SECONDS):
        ws = await _listen(deployment.b.port, deployment.officer, deployment.park)
    try:
        await _until_subscribed(deployment.redis, before)
        need_id = await _post_need(deployment)
        assert await _next_need(ws) == {"__typename": "FinancingNeed", "id": need_id}
    finally:
        await ws.close()


async def test_a_logout_through_one_process_closes_the_socket_on_another(deployment):
    before = await _subscribers(deployment.redis)
    ws = await _listen(deployment.b.port, deployment.officer, deployment.park)
    try:
        await _until_subscribed(deployment.redis, before)
        started = time.monotonic()
        await _graphql(deployment.client, "mutation { logout }", {}, deployment.officer)
        with pytest.raises(websockets.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), EVENT_SECONDS)
        closed_after = time.monotonic() - started
        assert ws.close_code == 4403
        assert closed_after < 1.0, f"closed {closed_after:.3f} s after the logout"
    finally:
        await ws.close()


async def _pubsub_connections(redis, server: Server) -> list[dict]:
    name = f"parkmatch-events-{server.process.pid}"
    return [c for c in await redis.client_list(_type="pubsub") if c.get("name") == name]


async def test_a_process_shares_one_redis_connection_among_its_subscriptions(deployment):
    before = await _subscribers(deployment.redis)
    sockets = [
        await _listen(deployment.b.port, deployment.officer, deployment.park) for _ in range(3)
    ]
    try:
        await _until_subscribed(deployment.redis, before)
        # Three subscriptions of process B, one Redis subscriber of the channel, one connection.
        assert await _subscribers(deployment.redis) == before + 1
        assert len(await _pubsub_connections(deployment.redis, deployment.b)) == 1
        need_id = await _post_need(deployment)
        for ws in sockets:
            assert (await _next_need(ws))["id"] == need_id
    finally:
        for ws in sockets:
            await ws.close()


async def test_the_shared_connection_comes_back_after_redis_drops_it(deployment):
    before = await _subscribers(deployment.redis)
    ws = await _listen(deployment.b.port, deployment.officer, deployment.park)
    try:
        await _until_subscribed(deployment.redis, before)
        [connection] = await _pubsub_connections(deployment.redis, deployment.b)
        await deployment.redis.client_kill_filter(_id=connection["id"])
        # B reconnects (after a pause of 0.1 s) and subscribes again.
        for _ in range(int(EVENT_SECONDS / 0.05)):
            again = await _pubsub_connections(deployment.redis, deployment.b)
            if again and again[0]["id"] != connection["id"] and int(again[0]["sub"]) >= 2:
                break
            await asyncio.sleep(0.05)
        else:
            raise AssertionError("process B did not reconnect to Redis")
        need_id = await _post_need(deployment)
        assert (await _next_need(ws))["id"] == need_id
    finally:
        await ws.close()
