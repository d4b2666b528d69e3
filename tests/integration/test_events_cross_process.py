"""Two real server processes over one database, their events carried by the real Redis or, without
Redis, by PostgreSQL's LISTEN/NOTIFY: a need posted through process A reaches a needPosted
subscriber connected to process B; a logout through A closes the socket signed in with that token
on B; each process listens through one connection, and gets it back when it is dropped (Redis:
CLIENT KILL; PostgreSQL: an outage of B's database, cut and restored through a relay).

The Redis variant runs when PARKMATCH_TEST_REDIS_URL is set (CI sets it), on a fresh SQLite file
or, when PARKMATCH_TEST_DATABASE_URL is set, on PostgreSQL; the PostgreSQL variant runs when
PARKMATCH_TEST_DATABASE_URL is set. A PostgreSQL database is a separate one on the same server,
`parkmatch_events_<pid>`, dropped afterwards (the main suite owns its own)."""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
import time
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import websockets
from redis import asyncio as aioredis

from server.services.events import NEEDS
from tests.api import operations as ops
from tests.api.world import USCC, company_input, financing_need_input
from tests.integration.processes import (
    PostgresWatch,
    RedisWatch,
    Relay,
    Server,
    graphql,
    private_postgres,
    run_cli,
)

REDIS_URL = os.environ.get("PARKMATCH_TEST_REDIS_URL")
BASE = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
BUSES = [
    pytest.param(
        "redis",
        marks=pytest.mark.skipif(
            not REDIS_URL,
            reason="set PARKMATCH_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0) to run two "
            "server processes against a real Redis",
        ),
    ),
    pytest.param(
        "postgres",
        marks=pytest.mark.skipif(
            not BASE,
            reason="set PARKMATCH_TEST_DATABASE_URL to run two server processes whose events "
            "cross through PostgreSQL",
        ),
    ),
]

SECRET = "cross-process-test-secret-of-32-bytes-or-more"
ADMIN_PASSWORD = "cross process admin password"
PASSWORD = "correct horse battery"
# One per test process, so that concurrent runs on one PostgreSQL server do not collide.
EVENTS_DATABASE = f"parkmatch_events_{os.getpid()}"
EVENT_SECONDS = 10.0
NEED_POSTED = """
subscription($park: ID!) { needPosted(parkId: $park) { need { __typename id } } }
"""


@pytest.fixture
async def database_url(folder: Path) -> AsyncIterator[str]:
    """A fresh SQLite file (without PostgreSQL), or a fresh PostgreSQL database beside the
    suite's."""
    if not BASE:
        yield f"sqlite://{folder / 'events.sqlite3'}"
        return
    async with private_postgres(BASE, EVENTS_DATABASE) as url:
        yield url


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="parkmatch-events-") as name:
        yield Path(name)


async def _seed(client: httpx.AsyncClient) -> tuple[str, str, str]:
    """A park, its officer and a company, through the API: (park id, officer's and company's
    tokens)."""
    login = {"u": "admin", "p": ADMIN_PASSWORD}
    admin = (await graphql(client, ops.LOGIN, login))["login"]["token"]
    park_input = {"name": "光谷生物城", "code": "WH-BIO", "region": "湖北"}
    park = (await graphql(client, ops.CREATE_PARK, {"i": park_input}, admin))["createPark"]["id"]
    officer = {"username": "officer1", "password": PASSWORD, "role": "OFFICER", "parkId": park}
    await graphql(client, ops.CREATE_USER, {"i": officer}, admin)
    login = {"u": "officer1", "p": PASSWORD}
    officer_token = (await graphql(client, ops.LOGIN, login))["login"]["token"]
    company = {
        "username": "companyA",
        "password": PASSWORD,
        "company": company_input("武汉芯测科技有限公司", USCC[0], park),
    }
    registered = await graphql(client, ops.REGISTER_COMPANY, {"i": company})
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
    """Two server processes over one database and a broker, seeded with a park, its officer and
    a company; `client` talks to A. On PostgreSQL alone, B reaches the database through a relay
    (`watch.drop` cuts it)."""

    a: Server
    b: Server
    watch: RedisWatch | PostgresWatch
    client: httpx.AsyncClient
    park: str
    officer: str
    company: str


@pytest.fixture(params=BUSES)
async def deployment(request, folder, database_url) -> AsyncIterator[Deployment]:
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PARKMATCH_SECRET": SECRET,
        "PARKMATCH_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "PARKMATCH_ENV": "development",
    }
    env.pop("REDIS_URL", None)
    run_cli(["migrate"], env)
    run_cli(["create-admin", "admin"], env)
    redis = relay = None
    if request.param == "redis":
        env["REDIS_URL"] = REDIS_URL
        redis = aioredis.from_url(REDIS_URL, decode_responses=True)
        watch = RedisWatch(redis)
        env_b = env
    else:
        relay = Relay(database_url)
        await relay.open()
        watch = PostgresWatch(database_url, relay)
        env_b = {**env, "DATABASE_URL": relay.url}
    try:
        with ExitStack() as stack:
            a = Server("a", env, folder)
            stack.callback(a.stop)
            b = Server("b", env_b, folder)
            stack.callback(b.stop)
            try:
                await a.ready()
                await b.ready()
                async with httpx.AsyncClient(base_url=a.url, timeout=30.0) as client:
                    park, officer, company = await _seed(client)
                    yield Deployment(a, b, watch, client, park, officer, company)
            except BaseException:
                print(f"--- server A ---\n{a.output()}\n--- server B ---\n{b.output()}")
                raise
    finally:
        if redis is not None:
            await redis.aclose()
        if relay is not None:
            await relay.cut()


async def _post_need(deployment: Deployment) -> str:
    need = {"i": financing_need_input()}
    posted = await graphql(deployment.client, ops.POST_FINANCING_NEED, need, deployment.company)
    return posted["postFinancingNeed"]["id"]


async def _next_need(ws) -> dict:
    message = json.loads(await asyncio.wait_for(ws.recv(), EVENT_SECONDS))
    assert message["type"] == "next", message
    return message["payload"]["data"]["needPosted"]["need"]


async def _listening(deployment: Deployment, count: int = 1) -> list:
    """`count` sockets on B with needPosted subscribed, once B listens to the channel."""
    async with deployment.watch.hearing(deployment.b, NEEDS), asyncio.timeout(EVENT_SECONDS):
        return [
            await _listen(deployment.b.port, deployment.officer, deployment.park)
            for _ in range(count)
        ]


async def test_a_need_posted_through_one_process_reaches_a_subscriber_of_another(deployment):
    [ws] = await _listening(deployment)
    try:
        need_id = await _post_need(deployment)
        assert await _next_need(ws) == {"__typename": "FinancingNeed", "id": need_id}
    finally:
        await ws.close()


async def test_a_logout_through_one_process_closes_the_socket_on_another(deployment):
    [ws] = await _listening(deployment)
    try:
        started = time.monotonic()
        await graphql(deployment.client, "mutation { logout }", {}, deployment.officer)
        with pytest.raises(websockets.ConnectionClosed):
            await asyncio.wait_for(ws.recv(), EVENT_SECONDS)
        closed_after = time.monotonic() - started
        assert ws.close_code == 4403
        assert closed_after < 1.0, f"closed {closed_after:.3f} s after the logout"
    finally:
        await ws.close()


async def test_a_process_shares_one_connection_among_its_subscriptions(deployment):
    sockets = await _listening(deployment, 3)
    try:
        # Three subscriptions of process B, one listening connection.
        assert len(await deployment.watch.connections(deployment.b)) == 1
        need_id = await _post_need(deployment)
        for ws in sockets:
            assert (await _next_need(ws))["id"] == need_id
    finally:
        for ws in sockets:
            await ws.close()


async def test_the_shared_connection_comes_back_after_it_is_dropped(deployment):
    [ws] = await _listening(deployment)
    try:
        await deployment.watch.drop(deployment.b)
        need_id = await _post_need(deployment)
        assert (await _next_need(ws))["id"] == need_id
    finally:
        await ws.close()
