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
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from contextlib import suppress
from pathlib import Path

import httpx

from server.demo import DEMO_PASSWORD

CLI = [sys.executable, "-c", "from server.cli import main; main()"]
ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schema.graphql"
# Who the run signs in as (demo logins); None is anonymous.
PERSONAS = (None, "ruikang", "ctrcb.manager", "gh.officer", "demo.admin")
# logout would revoke the very token the run signs in with.
EXCLUDED = ("Mutation.logout",)
MASKED = re.compile(r"request \w+ failed|Exception in ASGI application")
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def token_of(base: str, username: str) -> str:
    response = httpx.post(
        f"{base}/graphql",
        json={"query": LOGIN, "variables": {"u": username, "p": DEMO_PASSWORD}},
        timeout=30,
    )
    return response.json()["data"]["login"]["token"]


def fuzz(base: str, token: str | None, args) -> int:
    command = [
        shutil.which("schemathesis") or "schemathesis",
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
    port = free_port()
    log_path = folder / "server.log"
    with open(log_path, "wb") as log:
        server = subprocess.Popen(  # noqa: S603 - our own server
            [*CLI, "serve", "--host", "127.0.0.1", "--port", str(port)],
            env=env,
            stdout=log,
            stderr=log,
            start_new_session=True,
        )
    base = f"http://127.0.0.1:{port}"
    failed = False
    try:
        for _ in range(300):
            with suppress(httpx.TransportError):
                if httpx.get(f"{base}/readyz", timeout=1).status_code == 200:
                    break
            time.sleep(0.1)
        for persona in PERSONAS:
            print(f"== schemathesis as {persona or 'anonymous'}", flush=True)
            token = token_of(base, persona) if persona else None
            failed |= fuzz(base, token, args) != 0
    finally:
        with suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
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
