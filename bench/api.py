"""API speed (QUALITY.md): the real `financingNeeds(first: 50)` against a bare strawberry schema.

    python -m bench.api                          # SQLite and PostgreSQL, 5 rounds of 10 s each
    python -m bench.api --db sqlite --rounds 3 --seconds 5
    python -m bench.api --db sqlite --profile    # where the real endpoint's time goes (cProfile)

Loads the demo into a fresh database, posts needs until the officer's park holds more than a
page, and fetches the page once from the real endpoint. Then, one uvicorn worker each, it serves
the real app and the bare schema (bench/bare_api.py, the same objects from memory with the same
parser and validation caches) and loads them in turns with wrk (16 connections, loopback): real,
bare, real, bare, … so that both see the same machine. Prints req/s per turn, the medians and
their ratio real / bare (target ≥ 0.5). Needs `wrk` (Debian package `wrk`).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import uuid
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import asyncpg
import httpx

from bench.live_server import UVICORN, ZONE, graphql, server
from server.services.clock import local_today

DEMO_PASSWORD = "parkmatch-demo-2026"  # noqa: S105 - the demo's published password
PAGE = 50
QUERY = (
    f"query {{ financingNeeds(first: {PAGE}) {{ totalCount edges {{ cursor node {{ id amount "
    "termMonths purpose status neededBy maxAnnualRate company { id name park { id name } } } } } }"
)
POST_NEED = """
mutation($i: FinancingNeedInput!) { postFinancingNeed(input: $i) { id } }
"""
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
WRK = shutil.which("wrk")
BARE = [sys.executable, "-m", "uvicorn", "bench.bare_api:app_from_env", "--factory"]
WRK_SCRIPT = """
wrk.method = "POST"
wrk.body = [[%s]]
wrk.headers["Content-Type"] = "application/json"
%s
"""
REQUESTS_PER_SECOND = re.compile(r"Requests/sec:\s+([\d.]+)")
FAILED = re.compile(r"Non-2xx or 3xx responses:\s+(\d+)|Socket errors:.*")


def load_demo(database_url: str) -> None:
    environ = {**os.environ, "DATABASE_URL": database_url, "PARKMATCH_TIMEZONE": ZONE}
    environ.pop("PARKMATCH_ENV", None)
    subprocess.run(  # noqa: S603 - the project's own CLI
        [str(Path(sys.executable).parent / "parkmatch"), "demo"],
        env=environ,
        check=True,
        stdout=subprocess.DEVNULL,
    )


async def fill_page(base: str) -> tuple[str, dict]:
    """Posts needs as a demo company until the officer's park holds more than a page; returns
    the officer's token and the page as the real endpoint answers it."""
    today = local_today(ZoneInfo(ZONE))
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        company = (await graphql(client, LOGIN, u="ruikang", p=DEMO_PASSWORD))["login"]["token"]
        for n in range(PAGE + 10):
            need = {
                "amount": f"{1_000_000 + 10_000 * n}.00",
                "termMonths": 12 + n % 48,
                "purpose": f"流动资金周转 第{n + 1}笔",
                "collateral": ["CREDIT"],
                "maxAnnualRate": "5.50",
                "neededBy": (today + timedelta(days=30 + n)).isoformat(),
            }
            await graphql(client, POST_NEED, company, i=need)
        officer = (await graphql(client, LOGIN, u="gh.officer", p=DEMO_PASSWORD))["login"]["token"]
        page = (await graphql(client, QUERY, officer))["financingNeeds"]
    assert len(page["edges"]) == PAGE, "the officer's page is not full"
    return officer, page


def wrk(base: str, script: Path, seconds: int) -> float:
    done = subprocess.run(  # noqa: S603 - wrk on loopback with our own script
        [WRK, "-t2", "-c16", f"-d{seconds}s", "-s", str(script), f"{base}/graphql"],
        capture_output=True,
        text=True,
        check=True,
    )
    failed = FAILED.search(done.stdout)
    if failed:
        raise RuntimeError(f"wrk saw failed requests:\n{done.stdout}")
    return float(REQUESTS_PER_SECOND.search(done.stdout).group(1))


def wrk_script(folder: Path, name: str, token: str | None) -> Path:
    body = json.dumps({"query": QUERY})
    auth = f'wrk.headers["Authorization"] = "Bearer {token}"' if token else ""
    path = folder / f"{name}.lua"
    path.write_text(WRK_SCRIPT % (body, auth), encoding="utf-8")
    return path


def check_same_answer(base: str, token: str | None, page: dict) -> None:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    body = httpx.post(f"{base}/graphql", json={"query": QUERY}, headers=headers, timeout=30).json()
    assert body == {"data": {"financingNeeds": page}}, "the two endpoints answer differently"


def run_database(name: str, database_url: str, args: argparse.Namespace, folder: Path) -> None:
    load_demo(database_url)
    with server(database_url) as base:
        token, page = asyncio.run(fill_page(base))
    data = folder / "page.json"
    data.write_text(json.dumps(page), encoding="utf-8")
    if args.profile:
        profile(name, database_url, token, args, folder)
        return
    real_script = wrk_script(folder, "real", token)
    bare_script = wrk_script(folder, "bare", None)
    real, bare = [], []
    with (
        server(database_url) as real_base,
        server(database_url, BARE, {"BENCH_BARE_DATA": str(data)}) as bare_base,
    ):
        check_same_answer(real_base, token, page)
        check_same_answer(bare_base, None, page)
        wrk(real_base, real_script, 2)  # warm both: caches, the ORM's prepared statements
        wrk(bare_base, bare_script, 2)
        for turn in range(args.rounds):
            real.append(wrk(real_base, real_script, args.seconds))
            bare.append(wrk(bare_base, bare_script, args.seconds))
            print(f"{name:<8} turn {turn + 1}: real {real[-1]:7.1f} req/s  bare {bare[-1]:7.1f}")
    ratio = statistics.median(real) / statistics.median(bare)
    print(
        f"{name:<8} financingNeeds(first: {PAGE}) with company and park, one worker, 16 "
        f"connections: real {statistics.median(real):.1f} req/s, bare strawberry "
        f"{statistics.median(bare):.1f} req/s (medians of {args.rounds}), "
        f"ratio {ratio:.2f} (target ≥ 0.5)",
        flush=True,
    )


def profile(name: str, database_url: str, token: str, args, folder: Path) -> None:
    """The real server under cProfile for one wrk turn; prints the heaviest functions."""
    stats = folder / "real.prof"
    command = [sys.executable, "-m", "bench.profiled_server", str(stats), *UVICORN[3:]]
    with server(database_url, command) as base:
        wrk(base, wrk_script(folder, "real", token), args.seconds)
    print(f"{name}: the real endpoint under cProfile, {args.seconds} s of wrk")
    report = pstats.Stats(str(stats))
    report.sort_stats("tottime").print_stats(30)
    report.sort_stats("cumulative").print_stats(40)


@contextmanager
def private_postgres(server_url: str):
    """A database of this run's own on that server, dropped at the end."""
    name = f"parkmatch_bench_api_{uuid.uuid4().hex[:8]}"

    async def execute(sql: str) -> None:
        admin = await asyncpg.connect(server_url)
        try:
            await admin.execute(sql)
        finally:
            await admin.close()

    asyncio.run(execute(f'CREATE DATABASE "{name}"'))
    try:
        yield urlsplit(server_url)._replace(path=f"/{name}").geturl()
    finally:
        asyncio.run(execute(f'DROP DATABASE "{name}" WITH (FORCE)'))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="both")
    parser.add_argument("--rounds", type=int, default=5, help="turns of each endpoint")
    parser.add_argument("--seconds", type=int, default=10, help="length of one wrk turn")
    parser.add_argument("--profile", action="store_true", help="profile the real endpoint")
    parser.add_argument("--postgres-url", default="postgres://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    if WRK is None:
        sys.exit("bench.api needs wrk: apt-get install wrk")
    with tempfile.TemporaryDirectory(prefix="parkmatch-bench-api-") as name:
        folder = Path(name)
        if args.db in ("sqlite", "both"):
            run_database("sqlite", f"sqlite://{folder / 'bench.sqlite3'}", args, folder)
        if args.db in ("postgres", "both"):
            with private_postgres(args.postgres_url) as url:
                run_database("postgres", url, args, folder)


if __name__ == "__main__":
    main()
