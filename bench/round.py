"""Round end to end (QUALITY.md): a round on a 10,000-need park, SQLite and PostgreSQL.

    python -m bench.round                              # both databases, median of 3 repeats
    python -m bench.round --db sqlite --repeat 1 --needs 2000 --products 100 \\
        --companies 2000 --drives 40                   # a smaller scale
    python -m bench.round --repeat 1 --needs 50000 --products 2000 --skip-recruitment

Seeds a financing park and a recruitment park from bench/synthetic.py's instances (bulk inserts),
then per kind and repeat: the matching core alone on the input round_state builds from the
database, and a published round run as a job in this process, timed by its progress events
(load, handover to the solver process, solve, store). Prints medians and the ratio of the whole
round to the core alone (target ≤ 1.5). Then it starts a real server — on SQLite the server runs
the round in its own solver pool; on PostgreSQL a `parkmatch worker` process beside it takes the
round off the job queue — sends `startRound` over HTTP, follows `roundProgress` over WebSocket,
and prints the time to the mutation's answer, to the first progress event and to PUBLISHED,
with the p50/p95/max latency of `{ me { id } }` sent to the server meanwhile (target p95 ≤ 100
ms), beside the same query's p95 when idle. The PostgreSQL database named by --postgres-url is
dropped and re-created.
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
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import httpx
import websockets

import matching
from bench import synthetic
from bench.live_server import ZONE, graphql, percentile, server
from schema.ids import to_global
from server import auth
from server.config import Settings
from server.db import database, migrate
from server.models import (
    AuditEvent,
    Bank,
    Company,
    CreditProduct,
    FinancingNeed,
    HiringNeed,
    MatchRound,
    Park,
    Proposal,
    RecruitmentDrive,
    RoundVerdict,
    User,
)
from server.services import accounts, jobs, rounds
from server.services.clock import local_today
from server.services.commands.rounds import StartRound
from server.services.events import LocalBus
from server.services.round_progress import follow
from server.services.solver import SolverPool, solve
from server.standards import DriveStatus, Education, MatchKind, Role, RoleCategory, RoundStage

BATCH = 1000
PASSWORD = "bench-officer-password"  # noqa: S105 - a throwaway account in a throwaway database
MAX_PROBES = 5000  # per HTTP round: bounds the probe loop whatever the round's length
PROBE_GAP = 0.02  # seconds between probes
IDLE_PROBES = 100
ROUND_TIMEOUT = 1800.0
ME = "{ me { id } }"
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
START = "mutation($park: ID!) { startRound(parkId: $park, kind: FINANCING) { id state } }"
PROGRESS = "subscription($id: ID!) { roundProgress(roundId: $id) { state stage } }"
WORKER = [sys.executable, "-c", "import sys; from server.cli import main; main(sys.argv[1:])"]


@dataclass(frozen=True, slots=True)
class SeededPark:
    kind: MatchKind
    park_id: int
    officer: User
    needs: int
    targets: int


# --- seeding: synthetic instances become rows, in batches ------------------------------------


def fen(yuan: float) -> int:
    return round(yuan * 100)


def listed(values: frozenset) -> list:
    return sorted(values)


async def seed_park(code: str) -> Park:
    return await Park.create(name=code, code=code, region="bench")


async def seed_officer(park: Park) -> User:
    return await User.create(
        username=f"officer.{park.code.lower()}",
        password_hash=auth.hash_password(PASSWORD),
        role=Role.OFFICER,
        park_id=park.id,
    )


async def seed_banks(inp: matching.FinancingInput) -> dict[str, int]:
    """Every bank a product or a preference names; returns synthetic id → row id."""
    codes = {product.bank_id for product in inp.products}
    codes |= {bank for need in inp.needs for bank in need.preferred_bank_ids}
    await Bank.bulk_create([Bank(name=code, code=code) for code in sorted(codes)])
    return dict(await Bank.filter(code__in=codes).values_list("code", "id"))


async def seed_companies(park: Park, firms, shift: timedelta) -> dict[str, int]:
    """The companies, all verified; returns synthetic id → row id (the name carries it)."""
    await Company.bulk_create(
        [
            Company(
                name=firm.id,
                uscc=f"{park.id:04d}{firm.id}"[:18],
                park_id=park.id,
                industry=firm.industry,
                size_class=firm.size_class,
                founded_on=firm.founded_on + shift,
                employees=50,
                annual_revenue_fen=fen(2e7),
                tech_designations=listed(firm.tech_designations),
                verified=True,
            )
            for firm in firms
        ],
        batch_size=BATCH,
    )
    return dict(await Company.filter(park_id=park.id).values_list("name", "id"))


async def seed_financing(inp: matching.FinancingInput, shift: timedelta) -> SeededPark:
    park = await seed_park("BENCH-FIN")
    firms = await seed_companies(park, inp.companies, shift)
    banks = await seed_banks(inp)
    await FinancingNeed.bulk_create(
        [
            FinancingNeed(
                company_id=firms[need.company_id],
                amount_fen=fen(need.amount),
                term_months=need.term_months,
                purpose=need.id,
                collateral=listed(need.collateral),
                max_rate_bp=fen(need.max_rate),
                needed_by=need.needed_by + shift,
                preferred_bank_ids=sorted(banks[bank] for bank in need.preferred_bank_ids),
            )
            for need in inp.needs
        ],
        batch_size=BATCH,
    )
    await CreditProduct.bulk_create(
        [
            CreditProduct(
                bank_id=banks[product.bank_id],
                name=product.id,
                min_amount_fen=fen(product.min_amount),
                max_amount_fen=fen(product.max_amount),
                min_term_months=product.min_term_months,
                max_term_months=product.max_term_months,
                min_rate_bp=fen(product.min_rate),
                max_rate_bp=fen(product.max_rate),
                collateral=listed(product.collateral),
                industries=listed(product.industries),
                size_classes=listed(product.size_classes),
                requires_tech_designation=product.requires_tech,
                min_company_age_years=product.min_company_age_years,
                quota_count=product.remaining_count,
                quota_amount_fen=fen(product.remaining_amount),
                valid_until=product.valid_until + shift,
                active=product.active,
            )
            for product in inp.products
        ],
        batch_size=BATCH,
    )
    # The synthetic products are all offered in the one park: one insert into the M2M table.
    await park.products.add(*await CreditProduct.all())
    officer = await seed_officer(park)
    return SeededPark(MatchKind.FINANCING, park.id, officer, len(inp.needs), len(inp.products))


async def seed_recruitment(inp: matching.RecruitmentInput, shift: timedelta) -> SeededPark:
    park = await seed_park("BENCH-REC")
    firms = await seed_companies(park, inp.companies, shift)
    await HiringNeed.bulk_create(
        [
            HiringNeed(
                company_id=firms[need.company_id],
                title=need.id,
                role_category=RoleCategory(need.role_category),
                headcount=need.headcount,
                skills=listed(need.skills),
                min_education=Education.NONE,
                salary_min_fen=fen(5000),
                salary_max_fen=fen(9000),
                needed_by=need.needed_by + shift,
            )
            for need in inp.needs
        ],
        batch_size=BATCH,
    )
    await RecruitmentDrive.bulk_create(
        [
            RecruitmentDrive(
                park_id=park.id,
                title=drive.id,
                date=drive.date + shift,
                venue="bench hall",
                booth_capacity=drive.remaining_booths,
                role_categories=listed(drive.role_categories),
                skills=listed(drive.skills),
                industries=listed(drive.industries),
                status=DriveStatus.OPEN if drive.open else DriveStatus.CLOSED,
            )
            for drive in inp.drives
        ],
        batch_size=BATCH,
    )
    officer = await seed_officer(park)
    return SeededPark(MatchKind.RECRUITMENT, park.id, officer, len(inp.needs), len(inp.drives))


async def seed(args: argparse.Namespace, today: date) -> list[SeededPark]:
    # The synthetic dates are relative to synthetic.ROUND; the server's round date is today.
    shift = today - synthetic.ROUND
    financing = synthetic.financing(args.needs, args.products, args.seed)
    parks = [await seed_financing(financing, shift)]
    if not args.skip_recruitment:
        recruitment = synthetic.recruitment(args.companies, args.drives, args.seed)
        parks.append(await seed_recruitment(recruitment, shift))
    return parks


# --- timing a round in this process ----------------------------------------------------------


async def clear_rounds(park_id: int) -> None:
    """Back to a park no round has run on, so every repeat publishes the same first round."""
    round_ids = await MatchRound.filter(park_id=park_id).values_list("id", flat=True)
    await RoundVerdict.filter(round_id__in=round_ids).delete()
    await Proposal.filter(park_id=park_id).delete()
    await AuditEvent.filter(object_type="MatchRound", park_id=park_id).delete()
    await MatchRound.filter(park_id=park_id).delete()


async def core_alone(park: SeededPark, today: date) -> float:
    """Seconds the matching core takes in-process on the exact input a round would load."""
    weights = rounds.check_weights(park.kind, ())
    inp = await rounds.load_state(park.kind, park.park_id, today, weights)
    started = time.perf_counter()
    solve(inp)
    return time.perf_counter() - started


STAGE_NAMES = {
    RoundStage.LOAD: "load",
    RoundStage.BUILD: "handover",
    RoundStage.SOLVE: "solve",
    RoundStage.STORE: "store",
}


async def timed_round(park: SeededPark, runner: jobs.LocalRunner) -> dict[str, float]:
    """A published round run as a job in this process: seconds per stage, from the moments its
    progress events announce them."""
    row = await rounds.start_round(
        accounts.viewer_of(park.officer), StartRound(park.park_id, park.kind), runner=runner
    )
    seconds: dict[str, float] = dict.fromkeys(STAGE_NAMES.values(), 0.0)
    stage, since = None, time.perf_counter()
    async for progress in follow(row.id, runner.events, runner.poll_seconds):
        if progress.stage != stage:
            if stage in STAGE_NAMES:
                seconds[STAGE_NAMES[stage]] += time.perf_counter() - since
            stage, since = progress.stage, time.perf_counter()
    if progress.state.value != "PUBLISHED":
        raise RuntimeError(f"the round ended {progress.state.value}")
    return seconds


async def repeat_rounds(park: SeededPark, today: date, repeat: int) -> dict[str, float]:
    """Medians over the repeats; the solver's forkserver is started before them, as in a
    running server."""
    runs = []
    solver = SolverPool()
    events = LocalBus()
    runner = jobs.LocalRunner(solver, events, Settings(timezone=ZONE).zone, poll=1.0)
    started = time.perf_counter()
    async with runner.serving():
        worker = time.perf_counter() - started
        for _ in range(repeat):
            await clear_rounds(park.park_id)
            core = await core_alone(park, today)
            stages = await timed_round(park, runner)
            runs.append({**stages, "total": sum(stages.values()), "core": core})
    return {"worker": worker} | {
        key: statistics.median(run[key] for run in runs) for key in runs[0]
    }


# --- a small query's latency while a real server runs a round --------------------------------


async def probe(client: httpx.AsyncClient, token: str) -> float:
    started = time.perf_counter()
    await graphql(client, ME, token)
    return time.perf_counter() - started


@dataclass
class HttpRound:
    idle: list[float]
    during: list[float]
    answered: float  # seconds from sending startRound to its answer
    first_event: float  # … to the first roundProgress event
    published: float  # … to the PUBLISHED event


async def follow_over_ws(base: str, token: str, round_id: str, started: float) -> list[float]:
    """Seconds from `started` to each roundProgress event of the round, until it ends."""
    url = base.replace("http://", "ws://") + "/graphql"
    async with websockets.connect(
        url, subprotocols=[websockets.Subprotocol("graphql-transport-ws")], max_size=None
    ) as ws:
        init = {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
        await ws.send(json.dumps(init))
        json.loads(await ws.recv())
        payload = {"query": PROGRESS, "variables": {"id": round_id}}
        await ws.send(json.dumps({"id": "1", "type": "subscribe", "payload": payload}))
        arrivals = []
        while True:
            message = json.loads(await ws.recv())
            if message["type"] != "next":
                return arrivals
            arrivals.append(time.perf_counter() - started)
            event = message["payload"]["data"]["roundProgress"]
            if event["state"] != "RUNNING":
                if event["state"] != "PUBLISHED":
                    raise RuntimeError(f"the round ended {event['state']}")
                return arrivals


async def round_over_http(base: str, park: SeededPark) -> HttpRound:
    """startRound over HTTP and its progress over WebSocket, with `me` probes meanwhile."""
    async with httpx.AsyncClient(base_url=base, timeout=ROUND_TIMEOUT) as client:
        signed_in = await graphql(client, LOGIN, u=park.officer.username, p=PASSWORD)
        token = signed_in["login"]["token"]
        idle = [await probe(client, token) for _ in range(IDLE_PROBES)]
        park_gid = to_global("Park", park.park_id)
        started = time.perf_counter()
        round_id = (await graphql(client, START, token, park=park_gid))["startRound"]["id"]
        answered = time.perf_counter() - started
        following = asyncio.create_task(follow_over_ws(base, token, round_id, started))
        during = []
        for _ in range(MAX_PROBES):
            if following.done():
                break
            during.append(await probe(client, token))
            await asyncio.sleep(PROBE_GAP)
        arrivals = await following
    return HttpRound(idle, during, answered, arrivals[0], arrivals[-1])


@contextmanager
def round_worker(url: str):
    """On PostgreSQL: a `parkmatch worker` process beside the server, killed on the way out."""
    if url.startswith("sqlite"):
        yield
        return
    env = {**os.environ, "DATABASE_URL": url, "PARKMATCH_TIMEZONE": ZONE}
    env.pop("REDIS_URL", None)
    with tempfile.TemporaryFile() as log:
        process = subprocess.Popen(  # noqa: S603 - our own CLI
            [*WORKER, "worker"], env=env, stdout=log, stderr=log, start_new_session=True
        )
        try:
            yield
        finally:
            process.terminate()
            process.wait(timeout=60)


# --- one database, end to end ----------------------------------------------------------------


async def run_database(name: str, url: str, args: argparse.Namespace) -> None:
    await migrate(url)
    today = local_today(Settings(timezone=ZONE).zone)
    async with database(url):
        started = time.perf_counter()
        parks = await seed(args, today)
        print(f"{name}: seeded the parks in {time.perf_counter() - started:.1f} s", flush=True)
        for park in parks:
            report_round(name, park, await repeat_rounds(park, today, args.repeat))
        financing = parks[0]
        await clear_rounds(financing.park_id)
        measured = []
        with server(url) as base, round_worker(url):
            for _ in range(args.http_repeat):
                await clear_rounds(financing.park_id)
                measured.append(await round_over_http(base, financing))
        report_http(name, financing, measured)


def report_round(name: str, park: SeededPark, med: dict[str, float]) -> None:
    print(
        f"{name:<8} {park.kind.value:<11} needs={park.needs} targets={park.targets}  "
        f"load {med['load']:.2f} s  handover {med['handover']:.2f} s  "
        f"solve {med['solve']:.2f} s  store {med['store']:.2f} s  "
        f"= {med['total']:.2f} s  core alone {med['core']:.2f} s  "
        f"ratio {med['total'] / med['core']:.2f} (target ≤ 1.5)  "
        f"[solver forkserver start {med['worker']:.2f} s, before the rounds]",
        flush=True,
    )


def report_http(name: str, park: SeededPark, runs: list[HttpRound]) -> None:
    """Medians over the runs; the probe latencies of all runs pooled."""
    where = "the server's solver pool" if name == "sqlite" else "a separate worker process"
    answered = statistics.median(run.answered for run in runs) * 1000
    first = statistics.median(run.first_event for run in runs) * 1000
    published = statistics.median(run.published for run in runs)
    print(
        f"{name:<8} HTTP startRound {park.kind.value} ({park.needs} needs, run in {where}, "
        f"median of {len(runs)}): answered in {answered:.0f} ms, first progress event at "
        f"{first:.0f} ms, PUBLISHED at {published:.2f} s",
        flush=True,
    )
    ms = [value * 1000 for run in runs for value in run.during]
    idle = [value * 1000 for run in runs for value in run.idle]
    print(
        f"{name:<8} `{ME}` meanwhile: n={len(ms)}  p50 {statistics.median(ms):.1f} ms  "
        f"p95 {percentile(ms, 95):.1f} ms  max {max(ms):.1f} ms (target p95 ≤ 100 ms); idle p95 "
        f"{percentile(idle, 95):.1f} ms",
        flush=True,
    )


async def fresh_postgres(url: str) -> None:
    """Drop and re-create the database the URL names (connecting to the server's `postgres`)."""
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = await asyncpg.connect(parts._replace(path="/postgres").geturl())
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        await admin.execute(f'CREATE DATABASE "{name}"')
    finally:
        await admin.close()


def run_sqlite(args: argparse.Namespace) -> None:
    with tempfile.TemporaryDirectory(prefix="parkmatch-bench-") as folder:
        asyncio.run(run_database("sqlite", f"sqlite://{Path(folder) / 'bench.sqlite3'}", args))


def run_postgres(args: argparse.Namespace) -> None:
    asyncio.run(fresh_postgres(args.postgres_url))
    asyncio.run(run_database("postgres", args.postgres_url, args))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--needs", type=int, default=10_000, help="financing needs")
    parser.add_argument("--products", type=int, default=500)
    parser.add_argument("--companies", type=int, default=10_000, help="recruitment companies")
    parser.add_argument("--drives", type=int, default=200)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--skip-recruitment", action="store_true", help="seed and time the financing park only"
    )
    parser.add_argument("--http-repeat", type=int, default=1, help="rounds over HTTP")
    parser.add_argument(
        "--postgres-url", default="postgres://postgres@127.0.0.1:5432/parkmatch_bench"
    )
    args = parser.parse_args()
    started = time.perf_counter()
    if args.db == "both":
        # One process per database: the ORM keeps per-dialect query state on the model
        # classes, so a second database in the same process inherits the first one's SQL.
        for name in ("sqlite", "postgres"):
            subprocess.run(  # noqa: S603 - this very script, with the caller's own arguments
                [sys.executable, "-m", "bench.round", *_argv_with_db(name)], check=True
            )
    elif args.db == "sqlite":
        run_sqlite(args)
    else:
        run_postgres(args)
    print(f"bench.round ({args.db}) took {time.perf_counter() - started:.0f} s")


def _argv_with_db(name: str) -> list[str]:
    argv = sys.argv[1:]
    if "--db" in argv:
        at = argv.index("--db")
        return [*argv[:at], "--db", name, *argv[at + 2 :]]
    return [*argv, "--db", name]


if __name__ == "__main__":
    main()
