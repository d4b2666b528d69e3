"""Rounds on the job queue: real server processes and a real `parkmatch worker` process over one
PostgreSQL — their events carried by PostgreSQL's LISTEN/NOTIFY, and by Redis when
PARKMATCH_TEST_REDIS_URL is set — as a deployment on several hosts would run them.

The server never solves: the worker takes each round off the queue. To catch a round mid-way the
worker's solver processes are paused (SIGSTOP): its round then waits in BUILD."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import tempfile
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, ExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import websockets
from redis import asyncio as aioredis

from server.services.events import PROPOSALS
from server.services.round_progress import ROUNDS
from tests.api import operations as ops
from tests.api.world import USCC, company_input, financing_need_input, product_input
from tests.integration.processes import (
    PostgresWatch,
    RedisWatch,
    Server,
    Worker,
    environment,
    graphql,
    paused,
    private_postgres,
    run_cli,
    solver_processes,
    solver_with_spare,
)

BASE = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
REDIS_URL = os.environ.get("PARKMATCH_TEST_REDIS_URL")
pytestmark = pytest.mark.skipif(
    not BASE, reason="set PARKMATCH_TEST_DATABASE_URL: the job queue lives in PostgreSQL"
)

ADMIN_PASSWORD = "round workers admin password"
PASSWORD = "correct horse battery"
DATABASE = f"parkmatch_workers_{os.getpid()}"
SECONDS = 60.0
START = """
mutation($park: ID!) { startRound(parkId: $park, kind: FINANCING) { id state stage } }
"""
ROUND = """
query($id: ID!) {
  matchRound(id: $id) {
    state stage failure figures { matched } proposals { totalCount }
  }
}
"""
PROGRESS = """
subscription($id: ID!) { roundProgress(roundId: $id) { state stage percent figures { matched } } }
"""
PROPOSAL_EVENTS = "subscription { proposalEvents { event proposal { id round { id } } } }"
STAGES = ["QUEUED", "LOAD", "BUILD", "SOLVE", "STORE"]
FINAL = {"PUBLISHED", "FAILED", "TIMED_OUT", "CANCELLED"}


@dataclass
class Deployment:
    """The server that clients talk to, another one beside it, and a worker."""

    server: Server
    other: Server
    watch: RedisWatch | PostgresWatch
    worker: Worker
    env: dict[str, str]
    folder: Path
    client: httpx.AsyncClient
    park: str
    officer: str

    async def ask(self, query: str, variables: dict) -> dict:
        return await graphql(self.client, query, variables, self.officer)

    async def start(self) -> dict:
        return (await self.ask(START, {"park": self.park}))["startRound"]

    async def round(self, round_id: str) -> dict:
        return (await self.ask(ROUND, {"id": round_id}))["matchRound"]

    async def until(self, round_id: str, predicate, seconds: float = SECONDS) -> dict:
        for _ in range(int(seconds / 0.1)):
            found = await self.round(round_id)
            if predicate(found):
                return found
            await asyncio.sleep(0.1)
        raise AssertionError(f"round {round_id} never got there: {found}")

    def solver_processes(self) -> list[int]:
        return solver_processes(self.worker.process.pid)

    @asynccontextmanager
    async def paused_solver(self) -> AsyncIterator[None]:
        with paused(await solver_with_spare(self.worker.process.pid)):
            yield

    def restart_worker(self) -> None:
        self.worker = Worker("worker-again", self.env, self.folder)


async def _seed(client: httpx.AsyncClient) -> tuple[str, str]:
    """A park with its officer, two verified companies with a financing need each, and a bank's
    product offered there: (park id, officer's token)."""
    admin = (await graphql(client, ops.LOGIN, {"u": "admin", "p": ADMIN_PASSWORD}))["login"]
    token = admin["token"]
    park_input = {"name": "光谷生物城", "code": "WH-BIO", "region": "湖北"}
    park = (await graphql(client, ops.CREATE_PARK, {"i": park_input}, token))["createPark"]["id"]
    bank = await graphql(client, ops.CREATE_BANK, {"i": {"name": "湖北银行", "code": "HBB"}}, token)
    for user in (
        {"username": "officer1", "role": "OFFICER", "parkId": park},
        {"username": "manager1", "role": "BANK_MANAGER", "bankId": bank["createBank"]["id"]},
    ):
        await graphql(client, ops.CREATE_USER, {"i": {**user, "password": PASSWORD}}, token)
    officer = (await graphql(client, ops.LOGIN, {"u": "officer1", "p": PASSWORD}))["login"]
    manager = (await graphql(client, ops.LOGIN, {"u": "manager1", "p": PASSWORD}))["login"]
    await graphql(client, ops.LIST_PRODUCT, {"i": product_input([park])}, manager["token"])
    for n, (name, uscc) in enumerate((("武汉芯测科技", USCC[0]), ("光谷精密制造", USCC[1]))):
        company = {
            "username": f"company{n}",
            "password": PASSWORD,
            "company": company_input(name, uscc, park),
        }
        registered = (await graphql(client, ops.REGISTER_COMPANY, {"i": company}))[
            "registerCompany"
        ]
        need = {"i": financing_need_input()}
        await graphql(client, ops.POST_FINANCING_NEED, need, registered["token"])
        company_id = registered["user"]["company"]["id"]
        await graphql(client, ops.VERIFY_COMPANY, {"id": company_id}, officer["token"])
    return park, officer["token"]


BUSES = ["postgres only", *(["redis"] if REDIS_URL else [])]


@pytest.fixture(scope="module", params=BUSES)
async def deployment(request) -> AsyncIterator[Deployment]:
    with tempfile.TemporaryDirectory(prefix="parkmatch-workers-") as name:
        folder = Path(name)
        async with private_postgres(BASE, DATABASE) as url, AsyncExitStack() as closing:
            extra = {"PARKMATCH_ADMIN_PASSWORD": ADMIN_PASSWORD}
            if request.param == "redis":
                extra["REDIS_URL"] = REDIS_URL
                redis = aioredis.from_url(REDIS_URL, decode_responses=True)
                closing.push_async_callback(redis.aclose)
                watch = RedisWatch(redis)
            else:
                watch = PostgresWatch(url)
            env = environment(url, **extra)
            run_cli(["migrate"], env)
            run_cli(["create-admin", "admin"], env)
            with ExitStack() as stack:
                server = Server("server", env, folder)
                stack.callback(server.stop)
                other = Server("other", env, folder)
                stack.callback(other.stop)
                worker = Worker("worker", env, folder)
                await server.ready()
                await other.ready()
                async with httpx.AsyncClient(base_url=server.url, timeout=30.0) as client:
                    park, officer = await _seed(client)
                    deployed = Deployment(
                        server, other, watch, worker, env, folder, client, park, officer
                    )
                    stack.callback(lambda: deployed.worker.stop())
                    try:
                        yield deployed
                    except BaseException:
                        print(f"--- server ---\n{server.output()}")
                        print(f"--- other server ---\n{other.output()}")
                        print(f"--- worker ---\n{deployed.worker.output()}")
                        raise


async def _signed_in(server: Server, token: str):
    ws = await websockets.connect(
        f"ws://127.0.0.1:{server.port}/graphql",
        subprotocols=[websockets.Subprotocol("graphql-transport-ws")],
        open_timeout=SECONDS,
    )
    init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
    await ws.send(json.dumps(init))
    assert json.loads(await ws.recv())["type"] == "connection_ack"
    return ws


async def _subscribe(ws, name: str, query: str, variables: dict) -> None:
    payload = {"query": query, "variables": variables}
    await ws.send(json.dumps({"id": name, "type": "subscribe", "payload": payload}))


async def _progress(deployment: Deployment, round_id: str) -> list[dict]:
    """Every roundProgress event of the round, from the server, until it ends."""
    ws = await _signed_in(deployment.server, deployment.officer)
    try:
        await _subscribe(ws, "1", PROGRESS, {"id": round_id})
        events = []
        async with asyncio.timeout(SECONDS):
            while True:
                message = json.loads(await ws.recv())
                if message["type"] == "complete":
                    return events
                assert message["type"] == "next", message
                events.append(message["payload"]["data"]["roundProgress"])
    finally:
        await ws.close()


def _position(event: dict) -> int:
    return len(STAGES) if event["state"] in FINAL else STAGES.index(event["stage"])


async def test_a_round_runs_on_the_worker_and_its_progress_reaches_the_server_in_order(
    deployment,
):
    async with deployment.paused_solver():
        started = await deployment.start()
        assert started["state"] == "RUNNING"
        await deployment.until(started["id"], lambda r: r["stage"] == "BUILD")
        listening = asyncio.ensure_future(_progress(deployment, started["id"]))
        await asyncio.sleep(1.0)
    events = await listening
    assert events[0]["stage"] == "BUILD", events
    positions = [_position(event) for event in events]
    assert positions == sorted(positions), events
    assert events[-1] == {
        "state": "PUBLISHED",
        "stage": None,
        "percent": None,
        "figures": {"matched": 2},
    }
    done = await deployment.round(started["id"])
    assert done["proposals"]["totalCount"] == 2
    assert "run_round" in deployment.worker.output(), "the worker ran it"


async def test_a_round_started_on_one_server_and_run_by_the_worker_reaches_another_server(
    deployment,
):
    """Its progress and its proposal events reach a subscriber connected to a web process that
    neither started nor ran the round."""
    ws = await _signed_in(deployment.other, deployment.officer)
    try:
        async with deployment.paused_solver():
            started = await deployment.start()
            await deployment.until(started["id"], lambda r: r["stage"] == "BUILD")
            async with deployment.watch.hearing(deployment.other, PROPOSALS):
                await _subscribe(ws, "proposals", PROPOSAL_EVENTS, {})
            async with deployment.watch.hearing(deployment.other, ROUNDS):
                await _subscribe(ws, "progress", PROGRESS, {"id": started["id"]})
        progress, proposed = [], []
        async with asyncio.timeout(SECONDS):
            while not (progress and progress[-1]["state"] in FINAL and len(proposed) == 2):
                message = json.loads(await ws.recv())
                if message["type"] != "next":
                    continue
                data = message["payload"]["data"]
                if message["id"] == "progress":
                    progress.append(data["roundProgress"])
                elif data["proposalEvents"]["event"] == "PROPOSED":
                    proposed.append(data["proposalEvents"]["proposal"])
    finally:
        await ws.close()
    positions = [_position(event) for event in progress]
    assert positions == sorted(positions), progress
    assert progress[-1]["state"] == "PUBLISHED", progress
    assert {p["round"]["id"] for p in proposed} == {started["id"]}


async def test_a_second_round_is_conflict_and_a_cancelled_one_stores_nothing(deployment):
    async with deployment.paused_solver():
        running = await deployment.start()
        await deployment.until(running["id"], lambda r: r["stage"] == "BUILD")
        body = (
            await deployment.client.post(
                "/graphql",
                json={"query": START, "variables": {"park": deployment.park}},
                headers={"Authorization": f"Bearer {deployment.officer}"},
            )
        ).json()
        assert body["errors"][0]["extensions"]["code"] == "CONFLICT"
        cancel = "mutation($id: ID!) { cancelRound(id: $id) { state } }"
        cancelled = await deployment.ask(cancel, {"id": running["id"]})
        assert cancelled["cancelRound"]["state"] == "CANCELLED"
    gone = await deployment.round(running["id"])
    assert gone["proposals"]["totalCount"] == 0 and gone["figures"] is None
    after = await deployment.start()
    done = await deployment.until(after["id"], lambda r: r["state"] != "RUNNING")
    assert done["state"] == "PUBLISHED"
    assert (await deployment.round(running["id"]))["state"] == "CANCELLED"


async def test_the_time_limit_ends_a_round_on_the_worker_timed_out(deployment):
    limit = """
    mutation($park: ID!, $s: Int) {
      updateParkSettings(parkId: $park, input: { roundTimeLimitSeconds: $s }) {
        roundTimeLimitSeconds
      }
    }"""
    await deployment.ask(limit, {"park": deployment.park, "s": 10})
    try:
        async with deployment.paused_solver():
            running = await deployment.start()
            ended = await deployment.until(running["id"], lambda r: r["state"] != "RUNNING")
        assert ended["state"] == "TIMED_OUT", ended
        assert ended["proposals"]["totalCount"] == 0 and ended["figures"] is None
    finally:
        await deployment.ask(limit, {"park": deployment.park, "s": 600})


async def test_a_worker_killed_mid_round_leaves_it_failed_with_nothing_stored(deployment):
    async with deployment.paused_solver():
        running = await deployment.start()
        await deployment.until(running["id"], lambda r: r["stage"] == "BUILD")
        orphans = deployment.solver_processes()
        deployment.worker.kill()
        for pid in orphans:
            os.kill(pid, signal.SIGKILL)
    ended = await deployment.until(running["id"], lambda r: r["state"] != "RUNNING")
    assert ended["state"] == "FAILED", ended
    assert "stopped" in ended["failure"]
    assert ended["proposals"]["totalCount"] == 0 and ended["figures"] is None
    # The park and kind are free at once; a new worker takes the next round.
    deployment.restart_worker()
    after = await deployment.start()
    done = await deployment.until(after["id"], lambda r: r["state"] != "RUNNING")
    assert done["state"] == "PUBLISHED"
