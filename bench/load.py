"""Load and fault bench: concurrent clients of mixed reads and writes against a real server on
PostgreSQL, optionally restarting the database mid-run; afterwards every acknowledged write is
looked for in the database.

    python -m bench.load --database-url postgres://postgres@127.0.0.1:5544/parkmatch_load \\
        [--clients 100] [--duration 60] [--restart-at 20 --restart-command "..."]

Loopback only: the server listens on 127.0.0.1 and the database URL must name a loopback host.
The database of the URL is dropped and created anew. Every loop is bounded by --duration, each
request by REQUEST_TIMEOUT_S. Prints requests and req/s, latency p50/p95/max, HTTP statuses,
error codes, requests that ended without an answer, acknowledged writes and how many of them the
database lacks; with a restart, how long the database was down, what was answered meanwhile and
how fast, /readyz meanwhile, and how long after the database's return the service answered again.
"""

from __future__ import annotations

import argparse
import asyncio
import ipaddress
import os
import random
import shlex
import subprocess
import time
from collections import Counter
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit
from zoneinfo import ZoneInfo

import asyncpg
import httpx

from bench.live_server import SERVE, ZONE, percentile, server
from server.services.clock import local_today
from server.standards import uscc_check_character

PASSWORD = "load-bench-password"  # noqa: S105 - the bench's own throwaway accounts
COMPANIES = 10
REQUEST_TIMEOUT_S = 10
WRITE_SHARE = 0.3
READS = (
    "{ me { id company { id name } } }",
    "{ financingNeeds(first: 20) { totalCount edges { node { id amount company { name } } } } }",
    "{ creditProducts(first: 20) { edges { node { id name bank { name } parks { code } } } } }",
    "{ hiringNeeds(first: 10) { totalCount edges { node { id title } } } }",
)
POST_NEED = "mutation($i: FinancingNeedInput!) { postFinancingNeed(input: $i) { id purpose } }"
CLI = SERVE[:-1]
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"


def loopback(host: str | None) -> bool:
    if host == "localhost":
        return True
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


async def fresh_database(url: str) -> None:
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = await asyncpg.connect(urlunsplit(parts._replace(path="/postgres")))
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()


def prepare(url: str) -> None:
    env = {**os.environ, "DATABASE_URL": url, "PARKMATCH_ADMIN_PASSWORD": PASSWORD}
    for step in (["migrate"], ["create-admin", "load.admin"]):
        subprocess.run(  # noqa: S603 - our own CLI
            [*CLI, *step],
            env=env,
            check=True,
            stdin=subprocess.DEVNULL,
        )


async def ok(client: httpx.AsyncClient, query: str, token: str | None = None, **variables):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body = response.json()
    if response.status_code != 200 or body.get("errors"):
        raise RuntimeError(f"seeding failed: {response.status_code} {body}")
    return body["data"]


def product(park: str, today: date) -> dict:
    return {
        "name": "压测信用贷",
        "minAmount": "10000.00",
        "maxAmount": "50000000.00",
        "minTermMonths": 1,
        "maxTermMonths": 120,
        "minAnnualRate": "3.00",
        "maxAnnualRate": "6.00",
        "collateral": ["CREDIT"],
        "parkIds": [park],
        "quotaCount": 1000,
        "quotaAmount": "1000000000.00",
        "validUntil": (today + timedelta(days=300)).isoformat(),
    }


def company(n: int, park: str) -> dict:
    body = f"91420100{n:09d}"
    return {
        "name": f"压测企业{n}",
        "uscc": body + uscc_check_character(body),
        "parkId": park,
        "industry": "I",
        "sizeClass": "SMALL",
        "foundedOn": "2015-01-01",
        "employees": 50,
        "annualRevenue": "10000000.00",
    }


async def seed(base: str, today: date) -> list[str]:
    """A park, a bank with a product, COMPANIES verified companies: their tokens."""
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        admin = (await ok(client, LOGIN, u="load.admin", p=PASSWORD))["login"]["token"]
        park_input = {"name": "压测园区", "code": "LOAD", "region": "湖北"}
        park = (
            await ok(
                client,
                "mutation($i: ParkInput!) { createPark(input: $i) { id } }",
                admin,
                i=park_input,
            )
        )["createPark"]["id"]
        bank = (
            await ok(
                client,
                "mutation($i: BankInput!) { createBank(input: $i) { id } }",
                admin,
                i={"name": "压测银行", "code": "LB"},
            )
        )["createBank"]["id"]
        create_user = "mutation($i: CreateUserInput!) { createUser(input: $i) { id } }"
        for username, role, scope in (
            ("load.officer", "OFFICER", {"parkId": park}),
            ("load.manager", "BANK_MANAGER", {"bankId": bank}),
        ):
            user = {"username": username, "password": PASSWORD, "role": role, **scope}
            await ok(client, create_user, admin, i=user)
        officer = (await ok(client, LOGIN, u="load.officer", p=PASSWORD))["login"]["token"]
        manager = (await ok(client, LOGIN, u="load.manager", p=PASSWORD))["login"]["token"]
        await ok(
            client,
            "mutation($i: CreditProductInput!) { listCreditProduct(input: $i) { id } }",
            manager,
            i=product(park, today),
        )
        tokens = []
        register = (
            "mutation($i: RegisterCompanyInput!) {"
            " registerCompany(input: $i) { token user { company { id } } } }"
        )
        for n in range(COMPANIES):
            account = {"username": f"load.company{n}", "password": PASSWORD}
            registered = (await ok(client, register, i={**account, "company": company(n, park)}))[
                "registerCompany"
            ]
            company_id = registered["user"]["company"]["id"]
            await ok(
                client,
                "mutation($id: ID!) { verifyCompany(id: $id) { id } }",
                officer,
                id=company_id,
            )
            tokens.append(registered["token"])
        return tokens


@dataclass
class Outage:
    """When the database stopped and started answering, as a direct probe saw it."""

    down_at: float | None = None
    back_at: float | None = None

    def covers(self, moment: float) -> bool:
        return (
            self.down_at is not None
            and moment >= self.down_at
            and (self.back_at is None or moment < self.back_at)
        )


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    statuses: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)
    unanswered: Counter = field(default_factory=Counter)  # transport errors by kind
    acknowledged: set[str] = field(default_factory=set)  # purposes of acknowledged writes
    writes_sent: int = 0
    # (sent at, seconds to the answer, error codes) of requests sent while the database was down
    in_outage: list[tuple[float, float, tuple[str, ...]]] = field(default_factory=list)
    answered_fine: list[float] = field(default_factory=list)  # when requests succeeded
    readyz: list[tuple[float, int]] = field(default_factory=list)


async def client_loop(
    index: int, base: str, token: str, today: date, until: float, tally: Tally, outage: Outage
) -> None:
    rng = random.Random(index)
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        sequence = 0
        while time.monotonic() < until:
            write = rng.random() < WRITE_SHARE
            purpose = f"load-{index}-{sequence}"
            sequence += 1
            if write:
                tally.writes_sent += 1
                need = {
                    "amount": f"{rng.randint(10, 500) * 10000}.00",
                    "termMonths": rng.randint(6, 60),
                    "purpose": purpose,
                    "collateral": ["CREDIT"],
                    "maxAnnualRate": "5.50",
                    "neededBy": (today + timedelta(days=90)).isoformat(),
                }
                payload = {"query": POST_NEED, "variables": {"i": need}}
            else:
                payload = {"query": rng.choice(READS)}
            sent = time.monotonic()
            try:
                response = await client.post(
                    "/graphql", json=payload, headers={"Authorization": f"Bearer {token}"}
                )
            except httpx.HTTPError as error:
                tally.unanswered[type(error).__name__] += 1
                continue
            took = time.monotonic() - sent
            tally.latencies.append(took)
            tally.statuses[response.status_code] += 1
            codes: tuple[str, ...] = ()
            if response.status_code < 500:
                body = response.json()
                codes = tuple(
                    e.get("extensions", {}).get("code", "?") for e in body.get("errors") or ()
                )
                if not codes:
                    tally.answered_fine.append(time.monotonic())
                    if write and body["data"]["postFinancingNeed"]["purpose"] == purpose:
                        tally.acknowledged.add(purpose)
            tally.codes.update(codes)
            if outage.covers(sent):
                tally.in_outage.append((sent, took, codes))


async def watch_readyz(base: str, until: float, tally: Tally) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        while time.monotonic() < until:
            with suppress(httpx.HTTPError):
                tally.readyz.append((time.monotonic(), (await client.get("/readyz")).status_code))
            await asyncio.sleep(0.25)


async def database_answers(url: str) -> bool:
    try:
        connection = await asyncpg.connect(url, timeout=1)
    except (OSError, asyncpg.PostgresError, TimeoutError):
        return False
    await connection.close()
    return True


async def restart(url: str, command: list[str], at: float, until: float, outage: Outage) -> None:
    """Runs the restart command at `at`; a direct probe sees the database go and come back."""
    await asyncio.sleep(max(0.0, at - time.monotonic()))
    started = time.monotonic()
    process = await asyncio.create_subprocess_exec(*command)
    while time.monotonic() < until:
        answers = await database_answers(url)
        if not answers and outage.down_at is None:
            outage.down_at = time.monotonic()
        elif answers and outage.down_at is not None:
            outage.back_at = time.monotonic()
            break
        await asyncio.sleep(0.1)
    await process.wait()
    if outage.down_at is None:  # the restart was quicker than the probe: count from its start
        outage.down_at, outage.back_at = started, time.monotonic()


async def lost_writes(url: str, acknowledged: set[str]) -> tuple[int, int]:
    """(acknowledged writes the database lacks, writes it holds)."""
    connection = await asyncpg.connect(url)
    try:
        rows = await connection.fetch(
            "SELECT purpose FROM financing_need WHERE purpose LIKE 'load-%'"
        )
    finally:
        await connection.close()
    stored = {row["purpose"] for row in rows}
    return len(acknowledged - stored), len(stored)


def report(tally: Tally, outage: Outage, seconds: float, lost: int, stored: int) -> None:
    ms = [1000 * v for v in tally.latencies]
    total = len(ms) + sum(tally.unanswered.values())
    print(f"requests {total} in {seconds:.0f} s: {len(ms) / seconds:.0f} req/s answered")
    if ms:
        p50, p95 = percentile(ms, 50), percentile(ms, 95)
        print(f"latency ms: p50 {p50:.0f}  p95 {p95:.0f}  max {max(ms):.0f}")
    print(f"HTTP statuses: {dict(sorted(tally.statuses.items()))}")
    print(f"5xx: {sum(n for s, n in tally.statuses.items() if s >= 500)}")
    print(f"error codes: {dict(tally.codes.most_common())}")
    print(f"ended without an answer: {sum(tally.unanswered.values())} {dict(tally.unanswered)}")
    print(
        f"writes: {tally.writes_sent} sent, {len(tally.acknowledged)} acknowledged, {stored} stored"
    )
    print(f"acknowledged writes missing from the database (lost): {lost}")
    if outage.down_at is None:
        return
    back = outage.back_at
    down_s = (back or time.monotonic()) - outage.down_at
    print(f"database down for {down_s:.1f} s")
    took = [1000 * seconds for _, seconds, _ in tally.in_outage]
    codes = Counter(code for _, _, found in tally.in_outage for code in found)
    if took:
        print(
            f"while down: {len(took)} requests answered in ms p50 {percentile(took, 50):.0f} "
            f"p95 {percentile(took, 95):.0f} max {max(took):.0f}, codes {dict(codes)}"
        )
    statuses = Counter(status for moment, status in tally.readyz if outage.covers(moment))
    print(f"/readyz while down: {dict(statuses)}")
    if back is not None:
        fine_after = [t for t in tally.answered_fine if t >= back]
        ready_after = [t for t, status in tally.readyz if t >= back and status == 200]
        if fine_after:
            print(
                f"service answered again {fine_after[0] - back:.2f} s after the database's return"
            )
        if ready_after:
            print(f"/readyz 200 again {ready_after[0] - back:.2f} s after the database's return")


async def run(args) -> None:
    await fresh_database(args.database_url)
    prepare(args.database_url)
    today = local_today(ZoneInfo(ZONE))
    command = [*SERVE, "--workers", str(args.workers)]
    log = Path(args.server_log) if args.server_log else None
    with server(args.database_url, command, log_path=log) as base:
        tokens = await seed(base, today)
        tally, outage = Tally(), Outage()
        start = time.monotonic()
        until = start + args.duration
        tasks = [
            client_loop(n, base, tokens[n % len(tokens)], today, until, tally, outage)
            for n in range(args.clients)
        ]
        tasks.append(watch_readyz(base, until, tally))
        if args.restart_at is not None:
            command = shlex.split(args.restart_command)
            tasks.append(
                restart(args.database_url, command, start + args.restart_at, until, outage)
            )
        await asyncio.gather(*tasks)
        elapsed = time.monotonic() - start
    lost, stored = await lost_writes(args.database_url, tally.acknowledged)
    report(tally, outage, elapsed, lost, stored)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url", default="postgres://postgres@127.0.0.1:5544/parkmatch_load"
    )
    parser.add_argument("--clients", type=int, default=100)
    parser.add_argument("--duration", type=float, default=60)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--server-log", help="keep the server's output in this file")
    parser.add_argument("--restart-at", type=float, help="seconds into the run")
    parser.add_argument(
        "--restart-command",
        help='restarts the database of --database-url, e.g. "su postgres -c '
        "'pg_ctl -D /tmp/pm-pg/data -l /tmp/pm-pg/log -m fast -w restart'\"",
    )
    args = parser.parse_args()
    if not loopback(urlsplit(args.database_url).hostname):
        parser.error("--database-url must name a loopback host")
    if args.restart_at is not None and not args.restart_command:
        parser.error("--restart-at needs --restart-command")
    if not 1 <= args.clients <= 1000 or not 0 < args.duration <= 600:
        parser.error("--clients 1-1000 and --duration up to 600 s")
    asyncio.run(run(args))


if __name__ == "__main__":
    main()
