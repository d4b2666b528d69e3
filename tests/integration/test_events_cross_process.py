"""Two real server processes over one database and the real Redis: a need posted through
process A reaches a needPosted subscriber connected to process B.

Runs when PARKMATCH_TEST_REDIS_URL is set (CI sets it). The database is a fresh SQLite file, or,
when PARKMATCH_TEST_DATABASE_URL is set, a separate PostgreSQL database `parkmatch_events` on the
same server, dropped afterwards (the main suite owns the test database itself)."""

from __future__ import annotations

import asyncio
import json
import os
import tempfile
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack
from pathlib import Path

import httpx
import pytest
import websockets
from redis import asyncio as aioredis

from server.services.events import NEEDS
from tests.api import operations as ops
from tests.api.world import USCC, company_input, financing_need_input
from tests.integration.processes import Server, graphql, private_postgres, run_cli

REDIS_URL = os.environ.get("PARKMATCH_TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(
    not REDIS_URL,
    reason="set PARKMATCH_TEST_REDIS_URL (e.g. redis://127.0.0.1:6379/0) to run two server "
    "processes against a real Redis",
)

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
    """A fresh SQLite file, or a fresh PostgreSQL database beside the suite's."""
    base = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
    if not base:
        yield f"sqlite://{folder / 'events.sqlite3'}"
        return
    async with private_postgres(base, EVENTS_DATABASE) as url:
        yield url


@pytest.fixture
def folder() -> Iterator[Path]:
    with tempfile.TemporaryDirectory(prefix="parkmatch-events-") as name:
        yield Path(name)


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


async def test_a_need_posted_through_one_process_reaches_a_subscriber_of_another(
    folder, database_url
):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "PARKMATCH_SECRET": SECRET,
        "PARKMATCH_ADMIN_PASSWORD": ADMIN_PASSWORD,
        "PARKMATCH_ENV": "development",
    }
    run_cli(["migrate"], env)
    run_cli(["create-admin", "admin"], env)
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
                before = await _subscribers(redis)
                async with asyncio.timeout(EVENT_SECONDS):
                    ws = await _listen(b.port, officer, park)
                try:
                    await _until_subscribed(redis, before)
                    need = {"i": financing_need_input()}
                    posted = await graphql(client, ops.POST_FINANCING_NEED, need, company)
                    message = json.loads(await asyncio.wait_for(ws.recv(), EVENT_SECONDS))
                finally:
                    await ws.close()
            assert message["type"] == "next", message
            assert message["payload"]["data"]["needPosted"]["need"] == {
                "__typename": "FinancingNeed",
                "id": posted["postFinancingNeed"]["id"],
            }
        except BaseException:
            print(f"--- server A ---\n{a.output()}\n--- server B ---\n{b.output()}")
            raise
        finally:
            await redis.aclose()
