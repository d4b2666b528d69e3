"""Real ParkMatch processes for the integration tests: the CLI, uvicorn servers and workers on
free loopback ports, each with its output in a file; a private PostgreSQL database, a relay that
can cut it off, and what the event brokers (Redis, PostgreSQL) show of a server's listening."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Callable, Iterator
from contextlib import asynccontextmanager, contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx

ROOT = Path(__file__).resolve().parents[2]
STARTUP_SECONDS = 60.0
# `parkmatch ARGS`, with this interpreter.
PARKMATCH = [sys.executable, "-c", "import sys; from server.cli import main; main(sys.argv[1:])"]


def solver_processes(host: int) -> list[int]:
    """The solver forkserver that process `host` started and the processes forked from it (the
    spare waiting for the next round's input among them)."""
    servers = [
        pid for pid in children(host) if b"forkserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
    ]
    return servers + [child for server in servers for child in children(server)]


async def solver_with_spare(host: int) -> list[int]:
    """`solver_processes(host)` once the spare is there too (it starts after the forkserver)."""
    deadline = time.monotonic() + STARTUP_SECONDS
    found = solver_processes(host)
    while len(found) < 2 and time.monotonic() < deadline:
        await asyncio.sleep(0.1)
        found = solver_processes(host)
    return found


@contextmanager
def paused(pids: list[int]) -> Iterator[Callable[[], None]]:
    """The processes stopped (SIGSTOP); yields a function that resumes them (so does the end): a
    round started meanwhile runs, and waits in BUILD handing its input over."""
    assert len(pids) >= 2, "no solver with its spare to pause"
    for pid in pids:
        os.kill(pid, signal.SIGSTOP)

    def resume() -> None:
        for pid in pids:
            with suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)

    try:
        yield resume
    finally:
        resume()


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


class Relay:
    """A TCP relay to a database that can be cut (every open connection dropped, new ones
    refused) and restored: a real outage, without touching the shared PostgreSQL."""

    def __init__(self, database_url: str) -> None:
        parts = urlsplit(database_url)
        self.target = (parts.hostname or "127.0.0.1", parts.port or 5432)
        self.port = free_port()
        self.url = urlunsplit(parts._replace(netloc=f"{parts.username}@127.0.0.1:{self.port}"))
        self.server: asyncio.Server | None = None
        self.links: set[asyncio.StreamWriter] = set()

    async def open(self) -> None:
        self.server = await asyncio.start_server(self._link, "127.0.0.1", self.port)

    async def cut(self) -> None:
        assert self.server is not None
        self.server.close()
        await self.server.wait_closed()
        for writer in list(self.links):
            writer.transport.abort()
        self.links.clear()

    async def _link(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        upstream_reader, upstream_writer = await asyncio.open_connection(*self.target)
        self.links |= {writer, upstream_writer}

        async def pipe(source: asyncio.StreamReader, sink: asyncio.StreamWriter) -> None:
            with suppress(ConnectionError, OSError):
                while chunk := await source.read(65536):
                    sink.write(chunk)
                    await sink.drain()
            sink.transport.abort()

        await asyncio.gather(pipe(reader, upstream_writer), pipe(upstream_reader, writer))


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


def listener_name(server: Process) -> str:
    """What a server process calls its listening connection (server/services/events.py)."""
    return f"parkmatch-events-{server.process.pid}"


async def until(condition, what: str, seconds: float = 10.0):
    """The first true answer of `condition()`, asked every 50 ms."""
    for _ in range(int(seconds / 0.05)):
        if found := await condition():
            return found
        await asyncio.sleep(0.05)
    raise AssertionError(what)


class RedisWatch:
    """What Redis shows of a server's listening: its pub/sub connection and channels."""

    def __init__(self, redis) -> None:
        self.redis = redis

    async def connections(self, server: Process) -> list[dict]:
        found = await self.redis.client_list(_type="pubsub")
        return [c for c in found if c.get("name") == listener_name(server)]

    async def _subscribers(self, channel: str) -> int:
        [(_, count)] = await self.redis.pubsub_numsub(channel)
        return count

    @asynccontextmanager
    async def hearing(self, server: Process, channel: str) -> AsyncIterator[None]:
        """After the block (which subscribes), waits until `server` listens to `channel`: the
        protocol does not acknowledge a subscribe, so watch the broker for it."""
        before = await self._subscribers(channel)
        yield

        async def more() -> bool:
            return await self._subscribers(channel) > before

        await until(more, "the subscription never reached Redis")

    async def drop(self, server: Process) -> None:
        """Kills the server's connection; returns once it has subscribed again (0.1 s later)."""
        [connection] = await self.connections(server)
        await self.redis.client_kill_filter(_id=connection["id"])

        async def again() -> bool:
            found = await self.connections(server)
            return bool(found) and found[0]["id"] != connection["id"] and int(found[0]["sub"]) >= 2

        await until(again, "the server did not reconnect to Redis")


class PostgresWatch:
    """What PostgreSQL shows of a server's listening: its connection in pg_stat_activity and the
    last statement it ran. `drop` needs the server to reach its database through `relay`."""

    def __init__(self, database_url: str, relay: Relay | None = None) -> None:
        self.database_url = database_url
        self.relay = relay

    async def connections(self, server: Process) -> list[dict]:
        connection = await asyncpg.connect(self.database_url)
        try:
            found = await connection.fetch(
                "SELECT pid AS id, state, query FROM pg_stat_activity"
                " WHERE application_name = $1 AND datname = current_database()",
                listener_name(server),
            )
        finally:
            await connection.close()
        return [dict(row) for row in found]

    async def _ran(self, server: Process, statement: str, besides: int | None = None) -> bool:
        found = await self.connections(server)
        return any(
            c["id"] != besides and c["state"] == "idle" and c["query"] == statement for c in found
        )

    @asynccontextmanager
    async def hearing(self, server: Process, channel: str) -> AsyncIterator[None]:
        """After the block (which subscribes), waits until `server` has run the LISTEN."""
        yield

        async def listened() -> bool:
            return await self._ran(server, f'LISTEN "{channel}"')

        await until(listened, "the subscription never reached PostgreSQL")

    async def drop(self, server: Process) -> None:
        """An outage of the server's database: every connection cut and new ones refused until
        the listening one has gone; returns once a new one has listened again (all its
        channels in one transaction)."""
        assert self.relay is not None
        [connection] = await self.connections(server)
        await self.relay.cut()

        async def gone() -> bool:
            return not await self.connections(server)

        await until(gone, "the listening connection outlived the outage")
        await self.relay.open()

        async def again() -> bool:
            return await self._ran(server, "COMMIT;", besides=connection["id"])

        await until(again, "the server did not reconnect to PostgreSQL")
