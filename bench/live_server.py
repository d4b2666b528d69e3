"""A real server process on loopback for the benches, and the small HTTP helpers they share."""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

import httpx

from server.config import Settings

ZONE = Settings().timezone
UVICORN = [sys.executable, "-m", "uvicorn", "server.app:app_from_env", "--factory"]
UVICORN += ["--log-level", "warning"]
# `parkmatch serve`, as the README starts it.
SERVE = [sys.executable, "-c", "from server.cli import main; main()", "serve"]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def server(
    database_url: str,
    command: Sequence[str] = UVICORN,
    env: dict[str, str] | None = None,
    ready_path: str = "/readyz",
    log_path: Path | None = None,
) -> Iterator[str]:
    """A process listening on a free loopback port (uvicorn serving the app on this database,
    unless `command` says otherwise; it takes --host and --port); yields its base URL and kills
    it on the way out. Its output goes to `log_path`, if given."""
    port = free_port()
    environ = {**os.environ, "DATABASE_URL": database_url, "PARKMATCH_TIMEZONE": ZONE}
    environ.pop("REDIS_URL", None)
    environ.pop("PARKMATCH_ENV", None)
    environ.update(env or {})
    argv = [*command, "--host", "127.0.0.1", "--port", str(port)]
    with open(log_path, "w+b") if log_path else tempfile.TemporaryFile() as log:
        # Its own process group: the solver's forkserver and worker outlive a terminated server
        # (seen on 3.11), so the whole group is killed at the end.
        process = subprocess.Popen(  # noqa: S603
            argv, env=environ, stdout=log, stderr=log, start_new_session=True
        )
        try:
            base = f"http://127.0.0.1:{port}"
            wait_ready(f"{base}{ready_path}", process, log)
            yield base
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
            with suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)


def wait_ready(url: str, process: subprocess.Popen, log) -> None:
    for _ in range(300):
        if process.poll() is not None:
            log.seek(0)
            raise RuntimeError(f"the server exited:\n{log.read().decode(errors='replace')}")
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server was not ready within 30 s")


async def graphql(client: httpx.AsyncClient, query: str, token: str | None = None, **variables):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = await client.post(
        "/graphql", json={"query": query, "variables": variables}, headers=headers
    )
    body = response.json()
    if body.get("errors"):
        raise RuntimeError(f"GraphQL errors: {body['errors']}")
    return body["data"]


def percentile(values: list[float], share: int) -> float:
    if len(values) < 2:
        return values[0] if values else 0.0
    return statistics.quantiles(values, n=100, method="inclusive")[share - 1]
