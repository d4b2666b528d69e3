"""Round end to end (QUALITY.md): proposeMatches on a 10,000-need park, SQLite and PostgreSQL.

    python -m bench.round                              # both databases, median of 3 repeats
    python -m bench.round --db sqlite --repeat 1 --needs 2000 --products 100 \\
        --companies 2000 --drives 40                   # a smaller scale

Seeds a financing park and a recruitment park from bench/synthetic.py's instances (bulk inserts),
then per kind and repeat: the matching core alone on the input round_state builds from the
database, and a published round timed by its stages (load, solve in the worker process, store).
Prints medians and the ratio (load + solve + store) / core alone (target ≤ 1.5). Then it starts a
real server, runs the financing round over HTTP and prints the p50/p95/max latency of
`{ me { id } }` sent meanwhile (target p95 ≤ 100 ms), beside the same query's p95 when idle.
The PostgreSQL database named by --postgres-url is dropped and re-created.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import httpx

import matching
from bench import synthetic
from bench.live_server import ZONE, graphql, percentile, server
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
from server.services import accounts, rounds
from server.services.clock import local_today
from server.services.events import event_bus
from server.services.ids import to_global
from server.services.solver import SolverPool
from server.standards import DriveStatus, Education, MatchKind, Role, RoleCategory

BATCH = 1000
PASSWORD = "bench-officer-password"  # noqa: S105 - a throwaway account in a throwaway database
MAX_PROBES = 5000  # per HTTP round: bounds the probe loop whatever the round's length
PROBE_GAP = 0.02  # seconds between probes
IDLE_PROBES = 100
ROUND_TIMEOUT = 1800.0
ME = "{ me { id } }"
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
PROPOSE = "mutation($park: ID!) { proposeMatches(parkId: $park, kind: FINANCING) { id } }"


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
    recruitment = synthetic.recruitment(args.companies, args.drives, args.seed)
    return [await seed_financing(financing, shift), await seed_recruitment(recruitment, shift)]


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
    weights = rounds.check_weights(park.kind, None)
    inp = await rounds.load_state(park.kind, park.park_id, today, weights)
    started = time.perf_counter()
    rounds.solve(inp)
    return time.perf_counter() - started


async def timed_round(park: SeededPark, today: date, solver: SolverPool) -> dict[str, float]:
    """A published round's stages in seconds, from the moments on_stage announces them."""
    marks: dict[str, float] = {}

    def mark(stage: str) -> None:
        marks[stage] = time.perf_counter()

    await rounds.propose_matches(
        accounts.viewer_of(park.officer),
        today,
        park.park_id,
        park.kind,
        dry_run=False,
        weights=None,
        solver=solver,
        events=event_bus(None),
        on_stage=mark,
    )
    done = time.perf_counter()
    return {
        "load": marks["solving"] - marks["loading"],
        "solve": marks["storing"] - marks["solving"],
        "store": done - marks["storing"],
    }


def worker_ready(_: object) -> bool:
    """Runs in the solver's worker, whose first task imports this module and with it the server
    and matching — as unpickling the first round's solve would."""
    return True


async def start_worker(solver: SolverPool) -> float:
    """Seconds to start the pool's worker process, a cost a server pays once, not per round."""
    started = time.perf_counter()
    await solver.run(worker_ready, None)
    return time.perf_counter() - started


async def repeat_rounds(park: SeededPark, today: date, repeat: int) -> dict[str, float]:
    """Medians over the repeats; the worker is started before them, as in a running server."""
    runs = []
    solver = SolverPool()
    try:
        worker = await start_worker(solver)
        for _ in range(repeat):
            await clear_rounds(park.park_id)
            core = await core_alone(park, today)
            stages = await timed_round(park, today, solver)
            runs.append({**stages, "total": sum(stages.values()), "core": core})
    finally:
        solver.close()
    return {"worker": worker} | {
        key: statistics.median(run[key] for run in runs) for key in runs[0]
    }


# --- a small query's latency while a real server runs a round --------------------------------


async def probe(client: httpx.AsyncClient, token: str) -> float:
    started = time.perf_counter()
    await graphql(client, ME, token)
    return time.perf_counter() - started


async def latency_during_round(base: str, park: SeededPark) -> tuple[list[float], list[float]]:
    """Seconds per `me` query when idle, then while the park's round runs over HTTP."""
    async with httpx.AsyncClient(base_url=base, timeout=ROUND_TIMEOUT) as client:
        signed_in = await graphql(client, LOGIN, u=park.officer.username, p=PASSWORD)
        token = signed_in["login"]["token"]
        idle = [await probe(client, token) for _ in range(IDLE_PROBES)]
        park_gid = to_global("Park", park.park_id)
        round_task = asyncio.create_task(graphql(client, PROPOSE, token, park=park_gid))
        during = []
        for _ in range(MAX_PROBES):
            if round_task.done():
                break
            during.append(await probe(client, token))
            await asyncio.sleep(PROBE_GAP)
        await round_task
    return idle, during


# --- one database, end to end ----------------------------------------------------------------


async def run_database(name: str, url: str, args: argparse.Namespace) -> None:
    await migrate(url)
    today = local_today(Settings(timezone=ZONE).zone)
    async with database(url):
        started = time.perf_counter()
        parks = await seed(args, today)
        print(f"{name}: seeded both parks in {time.perf_counter() - started:.1f} s", flush=True)
        for park in parks:
            report_round(name, park, await repeat_rounds(park, today, args.repeat))
        financing = parks[0]
        await clear_rounds(financing.park_id)
        with server(url) as base:
            idle, during = await latency_during_round(base, financing)
        report_latency(name, financing, idle, during)


def report_round(name: str, park: SeededPark, med: dict[str, float]) -> None:
    print(
        f"{name:<8} {park.kind.value:<11} needs={park.needs} targets={park.targets}  "
        f"load {med['load']:.2f} s  solve {med['solve']:.2f} s  store {med['store']:.2f} s  "
        f"= {med['total']:.2f} s  core alone {med['core']:.2f} s  "
        f"ratio {med['total'] / med['core']:.2f} (target ≤ 1.5)  "
        f"[worker start {med['worker']:.2f} s, before the rounds]",
        flush=True,
    )


def report_latency(name: str, park: SeededPark, idle: list[float], during: list[float]) -> None:
    ms = [value * 1000 for value in during]
    print(
        f"{name:<8} `{ME}` during an HTTP {park.kind.value} round ({park.needs} needs): "
        f"n={len(ms)}  p50 {statistics.median(ms):.1f} ms  p95 {percentile(ms, 95):.1f} ms  "
        f"max {max(ms):.1f} ms (target p95 ≤ 100 ms); idle p95 "
        f"{percentile([value * 1000 for value in idle], 95):.1f} ms",
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
