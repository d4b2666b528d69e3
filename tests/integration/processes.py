"""Real ParkMatch processes for the integration tests: the CLI, uvicorn servers and workers on
free loopback ports, each with its output in a file, and a private PostgreSQL database."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60.0
# `parkmatch ARGS`, with this interpreter.
PARKMATCH = [sys.executable, "-c", "import sys; from server.cli import main; main(sys.argv[1:])"]


def children(parent: int) -> list[int]:
    """The processes whose parent is `parent` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry.name))
    return found


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


async def on_postgres(base: str, statement: str) -> None:
    connection = await asyncpg.connect(base)
    try:
        await connection.execute(statement)
    finally:
        await connection.close()


@asynccontextmanager
async def private_postgres(base: str, name: str) -> AsyncIterator[str]:
    """A fresh database `name` on the server `base` names, dropped afterwards."""
    await on_postgres(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    await on_postgres(base, f"CREATE DATABASE {name}")
    try:
        yield urlunsplit(urlsplit(base)._replace(path=f"/{name}"))
    finally:
        await on_postgres(base, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def run_cli(args: list[str], env: dict[str, str]) -> None:
    done = subprocess.run(  # noqa: S603 - our own CLI
        PARKMATCH + args,
        env=env,
        cwd=ROOT,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, f"parkmatch {' '.join(args)} failed:\n{done.stdout}{done.stderr}"


class Process:
    """A child process with its output in `folder/name.log`."""

    def __init__(self, name: str, command: list[str], env: dict[str, str], folder: Path) -> None:
        self.log = folder / f"{name}.log"
        with self.log.open("wb") as out:
            self.process = subprocess.Popen(  # noqa: S603 - our own programs, fixed arguments
                command,
                env=env,
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
            )

    def output(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]

    def stop(self) -> None:
        if self.process.poll() is not None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)

    def kill(self) -> None:
        """SIGKILL: no chance to clean up, as when a host dies."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=10)


class Server(Process):
    """`uvicorn server.app:app_from_env --factory` on a free loopback port."""

    def __init__(self, name: str, env: dict[str, str], folder: Path) -> None:
        self.port = free_port()
        command = [sys.executable, "-m", "uvicorn", "server.app:app_from_env", "--factory"]
        command += ["--host", "127.0.0.1", "--port", str(self.port), "--ws", "websockets"]
        super().__init__(name, command, env, folder)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    async def ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        async with httpx.AsyncClient(timeout=2.0) as client:
            while time.monotonic() < deadline:
                if self.process.poll() is not None:
                    raise AssertionError(f"server exited early:\n{self.output()}")
                try:
                    if (await client.get(f"{self.url}/readyz")).status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                await asyncio.sleep(0.1)
        raise AssertionError(f"server not ready in {STARTUP_SECONDS}s:\n{self.output()}")


class Worker(Process):
    """`parkmatch worker`."""

    def __init__(self, name: str, env: dict[str, str], folder: Path) -> None:
        super().__init__(name, [*PARKMATCH, "worker"], env, folder)


async def graphql(client: httpx.AsyncClient, query: str, variables: dict, token=None) -> dict:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body = response.json()
    assert not body.get("errors"), body
    return body["data"]


def environment(database_url: str, **extra: str) -> dict[str, str]:
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "PARKMATCH_ENV": "development",
        **extra,
    }
