"""A login storm against a real server (QUALITY.md): `/healthz` p95 while 50 logins a second
arrive for 20 s stays within 2x its p95 when idle — password hashing runs off the event loop.

    python -m bench.logins                    # 3 runs, SQLite, the production argon2 parameters
    python -m bench.logins --rate 50 --seconds 20 --repeat 5

Starts a server on loopback (a temporary SQLite database, accounts hashed with argon2-cffi's
default parameters, as in production), then per run: `/healthz` probed every 20 ms while idle,
then again while a separate process sends logins at a fixed rate (open loop: one every
1/rate s whatever the answers) from several loopback addresses (127.0.0.2, ...), as many users
signing in at once would. Prints per run the idle p95, the p95 under the storm, their ratio, and
the logins answered — signed in, refused as busy (RATE_LIMITED: more than the hashing pool and
its queue hold), other — with the signed-in ones' median latency and the machine's load average
(the storm's figures mean little on a machine that others keep busy); then the median ratio.
Each run also sends a control storm, the same requests at the same rate with a username no
account can have (refused before any password work): storm/control is what the password work
adds to `/healthz`, beside what serving 50 GraphQL requests a second costs by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import statistics
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

from bench.live_server import percentile, server
from server.auth import PRODUCTION_HASHER
from server.db import database, migrate
from server.models import User
from server.standards import Role

PASSWORD = "bench-login-password"  # noqa: S105 - throwaway accounts in a throwaway database
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
PROBE_GAP = 0.02  # seconds between /healthz probes
ADDRESSES = 20  # loopback source addresses the storm comes from
ACCOUNTS = 40
DRAIN_TIMEOUT = 120.0  # seconds the storm waits for its last answers
# The control storm's username, which no account can have: refused before the database or the
# hasher, so that it costs the server what a login costs minus the password work.
NO_SUCH_NAME = "no such user!"


async def seed(url: str) -> None:
    await migrate(url)
    async with database(url):
        password_hash = PRODUCTION_HASHER.hash(PASSWORD)
        await User.bulk_create(
            [
                User(username=f"bench.user{n}", password_hash=password_hash, role=Role.ADMIN)
                for n in range(ACCOUNTS)
            ]
        )


async def probe_for(base: str, seconds: float) -> list[float]:
    """Milliseconds per `/healthz`, one probe at a time every PROBE_GAP, for `seconds`."""
    latencies: list[float] = []
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        deadline = time.perf_counter() + seconds
        while time.perf_counter() < deadline:
            started = time.perf_counter()
            response = await client.get("/healthz")
            response.raise_for_status()
            latencies.append((time.perf_counter() - started) * 1000)
            await asyncio.sleep(PROBE_GAP)
    return latencies


def _outcome(response: httpx.Response) -> str:
    body = response.json()
    if not body.get("errors"):
        return "signed in"
    code = body["errors"][0]["extensions"]["code"]
    return "busy" if code == "RATE_LIMITED" else code


async def _storm(
    base: str, rate: float, seconds: float, control: bool
) -> tuple[Counter, list[float]]:
    limits = httpx.Limits(max_connections=None, max_keepalive_connections=None)
    clients = [
        httpx.AsyncClient(
            base_url=base,
            timeout=DRAIN_TIMEOUT,
            limits=limits,
            transport=httpx.AsyncHTTPTransport(local_address=f"127.0.0.{n + 2}", limits=limits),
        )
        for n in range(ADDRESSES)
    ]
    outcomes: Counter = Counter()
    signed_in_ms: list[float] = []

    async def login(n: int) -> None:
        started = time.perf_counter()
        username = NO_SUCH_NAME if control else f"bench.user{n % ACCOUNTS}"
        variables = {"u": username, "p": PASSWORD}
        try:
            response = await clients[n % ADDRESSES].post(
                "/graphql", json={"query": LOGIN, "variables": variables}
            )
            outcome = _outcome(response)
        except httpx.HTTPError as exc:
            outcome = type(exc).__name__
        outcomes[outcome] += 1
        if outcome == "signed in":
            signed_in_ms.append((time.perf_counter() - started) * 1000)

    tasks = []
    begun = time.perf_counter()
    for n in range(int(rate * seconds)):
        await asyncio.sleep(max(0.0, begun + n / rate - time.perf_counter()))
        tasks.append(asyncio.create_task(login(n)))
    await asyncio.gather(*tasks)
    for client in clients:
        await client.aclose()
    return outcomes, signed_in_ms


def storm(base: str, rate: float, seconds: float, control: bool, results) -> None:
    """Runs in a process of its own, so that sending logins never delays the probes."""
    results.put(asyncio.run(_storm(base, rate, seconds, control)))


async def probed_storm(
    base: str, args: argparse.Namespace, control: bool
) -> tuple[list[float], Counter, list[float]]:
    """`/healthz` latencies while a storm runs, and the storm's outcomes."""
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    sender = context.Process(target=storm, args=(base, args.rate, args.seconds, control, results))
    sender.start()
    await asyncio.sleep(1.0)  # the sender's interpreter starting is not part of the storm
    during = await probe_for(base, args.seconds - 1.0)
    outcomes, signed_in_ms = await asyncio.to_thread(results.get, True, DRAIN_TIMEOUT)
    sender.join()
    return during, outcomes, signed_in_ms


async def one_run(base: str, args: argparse.Namespace) -> float:
    load_before = os.getloadavg()[0]
    idle = await probe_for(base, args.idle_seconds)
    during, outcomes, signed_in_ms = await probed_storm(base, args, control=False)
    control, _, _ = await probed_storm(base, args, control=True)
    idle_p95, storm_p95 = percentile(idle, 95), percentile(during, 95)
    control_p95 = percentile(control, 95)
    ratio = storm_p95 / idle_p95
    answered = sum(outcomes.values())
    median_ms = statistics.median(signed_in_ms) if signed_in_ms else float("nan")
    print(
        f"/healthz p95 idle {idle_p95:.2f} ms (n={len(idle)})  under the storm "
        f"{storm_p95:.2f} ms (n={len(during)})  ratio {ratio:.2f} (target ≤ 2); "
        f"under the control storm {control_p95:.2f} ms, storm/control "
        f"{storm_p95 / control_p95:.2f}  |  "
        f"logins sent {int(args.rate * args.seconds)}, answered {answered}: "
        + ", ".join(f"{name} {count}" for name, count in sorted(outcomes.items()))
        + f"; signed-in median {median_ms:.0f} ms  [machine load {load_before:.1f} -> "
        f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores]",
        flush=True,
    )
    return ratio


async def main_async(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="parkmatch-bench-") as folder:
        url = f"sqlite://{Path(folder) / 'logins.sqlite3'}"
        await seed(url)
        with server(url) as base:
            ratios = [await one_run(base, args) for _ in range(args.repeat)]
    print(
        f"bench.logins: {args.rate:g} logins/s for {args.seconds:g} s, median ratio "
        f"{statistics.median(ratios):.2f}, worst {max(ratios):.2f} over {args.repeat} runs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rate", type=float, default=50.0, help="logins per second")
    parser.add_argument("--seconds", type=float, default=20.0, help="length of the storm")
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--repeat", type=int, default=3)
    asyncio.run(main_async(parser.parse_args()))


if __name__ == "__main__":
    main()
