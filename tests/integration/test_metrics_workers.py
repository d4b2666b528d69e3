"""`parkmatch serve --workers 2`: requests answered by either worker are all counted in the
metrics any one worker serves (prometheus-client's multiprocess mode), and the log is JSON lines,
one per request."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
from prometheus_client.parser import text_string_to_metric_families

ROOT = Path(__file__).resolve().parents[2]
REQUESTS = 24
PARKS = "{ parks { id } }"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _parks_counted(text: str) -> float:
    return sum(
        sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
        if sample.name == "parkmatch_requests_total"
        and sample.labels == {"transport": "http", "operation": "parks", "code": "OK"}
    )


def _serve(folder: Path, port: int) -> subprocess.Popen:
    """`parkmatch serve --workers 2` on a fresh SQLite file, its output in folder/serve.log."""
    env = {k: v for k, v in os.environ.items() if k != "PROMETHEUS_MULTIPROC_DIR"}
    env.update(DATABASE_URL=f"sqlite://{folder / 'w.sqlite3'}", PARKMATCH_ENV="development")
    command = [sys.executable, "-c", "import sys; from server.cli import main; main()"]
    command += ["serve", "--port", str(port), "--workers", "2"]
    with (folder / "serve.log").open("wb") as out:
        return subprocess.Popen(  # noqa: S603 - our own CLI
            command, env=env, cwd=ROOT, stdin=subprocess.DEVNULL, stdout=out, stderr=out
        )


def _log_lines(folder: Path) -> list[str]:
    return (folder / "serve.log").read_text().splitlines()


async def _until_ready(client: httpx.AsyncClient, server: subprocess.Popen, folder: Path) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError("server exited:\n" + "\n".join(_log_lines(folder)[-30:]))
        try:
            if (await client.get("/readyz")).status_code == 200:
                return
        except httpx.TransportError:
            pass
        await asyncio.sleep(0.2)
    raise AssertionError("server not ready:\n" + "\n".join(_log_lines(folder)[-30:]))


async def test_two_workers_report_every_request_at_each_scrape():
    with tempfile.TemporaryDirectory(prefix="parkmatch-workers-") as name:
        folder = Path(name)
        port = _free_port()
        server = _serve(folder, port)
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=30) as client:
                await _until_ready(client, server, folder)
                for _ in range(REQUESTS):
                    # A new connection each time, so that both workers get some.
                    async with httpx.AsyncClient(base_url=client.base_url) as once:
                        body = (await once.post("/graphql", json={"query": PARKS})).json()
                        assert body == {"data": {"parks": []}}
                for _ in range(4):
                    async with httpx.AsyncClient(base_url=client.base_url) as once:
                        scraped = await once.get("/metrics")
                    assert _parks_counted(scraped.text) == REQUESTS
        finally:
            server.terminate()
            server.wait(timeout=20)
        lines = [json.loads(line) for line in _log_lines(folder) if line.startswith("{")]
        answered = [
            line
            for line in lines
            if line.get("logger") == "parkmatch.request" and line.get("fields") == ["parks"]
        ]
        assert len(answered) == REQUESTS
        assert len({line["request_id"] for line in answered}) == REQUESTS
