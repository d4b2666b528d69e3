"""A real `parkmatch serve` process for the browser tests and the console bench: its own
database (a temporary SQLite file, or a private PostgreSQL database when
PARKMATCH_TEST_DATABASE_URL is set, with a `parkmatch worker` for its rounds) holding the demo, on
a free loopback port."""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack, closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

from tests.integration.processes import paused, solver_processes

DEMO_PASSWORD = "parkmatch-demo-2026"
PARKMATCH = Path(sys.executable).with_name("parkmatch")
READY_SECONDS = 60
SHANGHAI = "Asia/Shanghai"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _admin(statement: str) -> None:
    """One statement on the PostgreSQL server PARKMATCH_TEST_DATABASE_URL names, in a thread of
    its own: sync Playwright keeps an event loop running in this one."""

    async def run() -> None:
        connection = await asyncpg.connect(os.environ["PARKMATCH_TEST_DATABASE_URL"])
        try:
            await connection.execute(statement)
        finally:
            await connection.close()

    with ThreadPoolExecutor(max_workers=1) as worker:
        worker.submit(asyncio.run, run()).result()


@contextmanager
def _database(template: str | None = None) -> Iterator[str]:
    """A database of its own: empty, or a copy of `template` (a database URL)."""
    server_url = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
    if not server_url:
        folder = Path(tempfile.mkdtemp(prefix="parkmatch-browser-"))
        path = folder / "console.sqlite3"
        if template is not None:
            with (
                closing(sqlite3.connect(template.removeprefix("sqlite://"))) as source,
                closing(sqlite3.connect(path)) as copy,
            ):
                source.backup(copy)
        yield f"sqlite://{path}"
        return
    name = f"parkmatch_browser_{uuid.uuid4().hex[:12]}"
    copied = f' TEMPLATE "{urlsplit(template).path.lstrip("/")}"' if template else ""
    _admin(f'CREATE DATABASE "{name}"{copied}')
    try:
        yield urlunsplit(urlsplit(server_url)._replace(path=f"/{name}"))
    finally:
        _admin(f'DROP DATABASE "{name}" WITH (FORCE)')


def _environment(database_url: str, timezone: str = SHANGHAI) -> dict[str, str]:
    environ = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PARKMATCH_ENV": "development",
        "PARKMATCH_TIMEZONE": timezone,
    }
    environ.pop("REDIS_URL", None)
    return environ


@contextmanager
def demo_database() -> Iterator[str]:
    """A database with the demo loaded, which live_server copies: loading the demo hashes every
    login's password, some seconds that each test would spend again."""
    with _database() as database_url:
        subprocess.run(  # noqa: S603 - our own entry point
            [str(PARKMATCH), "demo"],
            env=_environment(database_url),
            check=True,
            capture_output=True,
            timeout=300,
        )
        yield database_url


@dataclass
class LiveServer:
    url: str
    environ: dict[str, str]
    # The process that solves the rounds: the server itself, or its worker.
    solver_host: subprocess.Popen

    def api(self, query: str, variables: dict | None = None, token: str | None = None) -> dict:
        """The data of a GraphQL request that must succeed, sent as an API client would."""
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        body = httpx.post(
            f"{self.url}/graphql",
            json={"query": query, "variables": variables or {}},
            headers=headers,
            timeout=60,
        ).json()
        assert not body.get("errors"), body["errors"]
        return body["data"]

    def login(self, username: str, password: str = DEMO_PASSWORD) -> str:
        query = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
        return self.api(query, {"u": username, "p": password})["login"]["token"]

    @contextmanager
    def solver_paused(self) -> Iterator[Callable[[], None]]:
        """The rounds' solver and its spare paused; yields a function that resumes them."""
        deadline = time.monotonic() + READY_SECONDS
        while len(solver_processes(self.solver_host.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.1)
        with paused(solver_processes(self.solver_host.pid)) as resume:
            yield resume


def _started(*args: str, environ: dict[str, str]) -> subprocess.Popen:
    return subprocess.Popen(  # noqa: S603 - our own entry point
        [str(PARKMATCH), *args],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _stop(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def live_server(demo: str | None = None, timezone: str = SHANGHAI) -> Iterator[LiveServer]:
    """A server on a copy of `demo` (from demo_database), or on a database of its own with the
    demo loaded, judging dates in `timezone`. On SQLite the server runs its rounds itself; on
    PostgreSQL it queues them for a `parkmatch worker`, started beside it."""
    with ExitStack() as stack:
        if demo is None:
            demo = stack.enter_context(demo_database())
        database_url = stack.enter_context(_database(demo))
        port = free_port()
        environ = _environment(database_url, timezone)
        process = _started("serve", "--port", str(port), environ=environ)
        worker = None if database_url.startswith("sqlite") else _started("worker", environ=environ)
        url = f"http://127.0.0.1:{port}"
        try:
            _wait_until_ready(url, process)
            yield LiveServer(url, environ, worker or process)
        finally:
            for started in (process, worker):
                if started is not None:
                    _stop(started)


def _wait_until_ready(url: str, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + READY_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"parkmatch serve exited with {process.returncode}")
        try:
            if httpx.get(f"{url}/readyz", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise RuntimeError("parkmatch serve did not become ready")
