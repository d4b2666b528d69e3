"""Time from a logout over HTTP to the close (4403) of a WebSocket signed in with that token:
on the same server process (no Redis), on another process over Redis, and, with --postgres, on
another process over PostgreSQL's LISTEN/NOTIFY (no Redis; in a database of its own on that
server, dropped afterwards). Prints the median and the worst of --runs logouts for each; the
target (QUALITY.md, security) is under 1 s.

    .venv/bin/python -m bench.socket_close [--runs 20] [--redis redis://127.0.0.1:6379/0]
        [--postgres postgres://postgres@127.0.0.1:5432/postgres]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import websockets

from bench.live_server import server

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "bench admin password"  # noqa: S105 - a throw-away database
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
ME = "subscription { proposalEvents { event } }"


async def one_logout(login_at: str, socket_at: str) -> float:
    async with httpx.AsyncClient(base_url=login_at) as client:
        answer = await client.post(
            "/graphql", json={"query": LOGIN, "variables": {"u": "admin", "p": PASSWORD}}
        )
        token = answer.json()["data"]["login"]["token"]
        async with websockets.connect(
            socket_at.replace("http://", "ws://", 1) + "/graphql",
            subprotocols=["graphql-transport-ws"],
        ) as ws:
            init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
            await ws.send(json.dumps(init))
            assert json.loads(await ws.recv())["type"] == "connection_ack"
            await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": {"query": ME}}))
            await asyncio.sleep(0.2)  # the subscription reaches the broker
            started = time.perf_counter()
            await client.post(
                "/graphql",
                json={"query": "mutation { logout }"},
                headers={"authorization": f"Bearer {token}"},
            )
            with suppress(websockets.ConnectionClosed):
                await asyncio.wait_for(ws.recv(), 10)
            elapsed = time.perf_counter() - started
            assert ws.close_code == 4403, ws.close_code
            return elapsed


def prepare(env: dict[str, str]) -> None:
    """The database and its admin, through the CLI."""
    cli = [sys.executable, "-c", "import sys; from server.cli import main; main(sys.argv[1:])"]
    for command in (["migrate"], ["create-admin", "admin"]):
        subprocess.run(cli + command, env=env, cwd=ROOT, check=True, capture_output=True)  # noqa: S603


def report(label: str, times: list[float]) -> None:
    print(
        f"{label:<34} median {statistics.median(times) * 1000:7.1f} ms"
        f"   worst {max(times) * 1000:7.1f} ms   ({len(times)} logouts)"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--redis", default=os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--postgres", help="a PostgreSQL server's URL")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="parkmatch-bench-"))
    database_url = f"sqlite://{folder / 'bench.sqlite3'}"
    env = {
        "PARKMATCH_SECRET": "bench-secret-of-at-least-thirty-two-bytes",
        "PARKMATCH_ADMIN_PASSWORD": PASSWORD,
    }
    prepare({**os.environ, "DATABASE_URL": database_url, **env})
    with ExitStack() as stack:
        local = stack.enter_context(server(database_url, env=env))
        redis_env = {**env, "REDIS_URL": args.redis}
        a = stack.enter_context(server(database_url, env=redis_env))
        b = stack.enter_context(server(database_url, env=redis_env))
        same = [await one_logout(local, local) for _ in range(args.runs)]
        report("same process (in-process bus)", same)
        other = [await one_logout(a, b) for _ in range(args.runs)]
        report("another process (Redis)", other)
    if args.postgres:
        await over_postgres(args.postgres, env, args.runs)


async def over_postgres(server_url: str, env: dict[str, str], runs: int) -> None:
    name = f"parkmatch_bench_socket_{os.getpid()}"
    admin = await asyncpg.connect(server_url)
    await admin.execute(f"CREATE DATABASE {name}")
    try:
        database_url = urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
        prepare({**os.environ, "DATABASE_URL": database_url, **env})
        with ExitStack() as stack:
            a = stack.enter_context(server(database_url, env=env))
            b = stack.enter_context(server(database_url, env=env))
            other = [await one_logout(a, b) for _ in range(runs)]
            report("another process (PostgreSQL)", other)
    finally:
        await admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        await admin.close()


if __name__ == "__main__":
    asyncio.run(main())
