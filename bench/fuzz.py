"""Schemathesis in GraphQL mode against a live server with the demo park: anonymous and as each
persona, positive and negative inputs. Passes when no response is a 5xx or an INTERNAL error
(the no_server_error check of bench/fuzz_hooks.py) and the server logged no masked error and no
exception escaping the app.

    python -m bench.fuzz [--examples 3] [--seed 1]     # CI's short form (.ci/run)
    python -m bench.fuzz --examples 100                # the long run, by hand

Loopback only; the server runs on a temporary SQLite file that the run may change at will.
Needs the fuzz extra: pip install -e ".[test,fuzz]".
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

from bench.live_server import SERVE, server
from server.demo import DEMO_PASSWORD

CLI = SERVE[:-1]
ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema.graphql"
# Who the run signs in as (demo logins); None is anonymous.
PERSONAS = (None, "ruikang", "ctrcb.manager", "gh.officer", "demo.admin")
# logout would revoke the very token the run signs in with.
EXCLUDED = ("Mutation.logout",)
MASKED = re.compile(r"request \w+ failed|Exception in ASGI application")
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"


def token_of(base: str, username: str) -> str:
    response = httpx.post(
        f"{base}/graphql",
        json={"query": LOGIN, "variables": {"u": username, "p": DEMO_PASSWORD}},
        timeout=30,
    )
    return response.json()["data"]["login"]["token"]


def fuzz(base: str, token: str | None, args) -> int:
    command = [
        str(Path(sys.executable).parent / "schemathesis"),
        "run",
        str(SCHEMA),
        "--url",
        f"{base}/graphql",
        "--mode",
        "all",
        "--checks",
        "no_server_error",
        "--max-examples",
        str(args.examples),
        "--seed",
        str(args.seed),
        "--request-timeout",
        "30",
        "--no-color",
    ]
    for name in EXCLUDED:
        command += ["--exclude-name", name]
    if token:
        command += ["--header", f"Authorization: Bearer {token}"]
    env = {**os.environ, "SCHEMATHESIS_HOOKS": "bench.fuzz_hooks", "PYTHONPATH": str(ROOT)}
    return subprocess.run(command, check=False, env=env).returncode  # noqa: S603 - our own tool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=3, help="cases per operation and persona")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="parkmatch-fuzz-"))
    env = {**os.environ, "DATABASE_URL": f"sqlite://{folder / 'fuzz.sqlite3'}"}
    for name in ("REDIS_URL", "PARKMATCH_ENV"):
        env.pop(name, None)
    subprocess.run([*CLI, "demo"], env=env, check=True, stdout=subprocess.DEVNULL)  # noqa: S603
    log_path = folder / "server.log"
    failed = False
    with server(env["DATABASE_URL"], SERVE, log_path=log_path) as base:
        for persona in PERSONAS:
            print(f"== schemathesis as {persona or 'anonymous'}", flush=True)
            token = token_of(base, persona) if persona else None
            failed |= fuzz(base, token, args) != 0
    masked = [
        line for line in log_path.read_text(errors="replace").splitlines() if MASKED.search(line)
    ]
    print(f"server errors logged (INTERNAL or escaping the app): {len(masked)}")
    for line in masked[:20]:
        print(f"  {line}")
    print(f"server log: {log_path}")
    if failed or masked:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
