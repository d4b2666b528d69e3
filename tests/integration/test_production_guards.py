"""What the command line refuses, as an operator would meet it: the demo's public logins in
production, and development defaults served beyond this machine."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest

from server.config import Settings, SettingsError, load_settings

ALL_INTERFACES = "0.0.0.0"  # noqa: S104 - only ever refused or checked, never bound here
PRODUCTION = {"PARKMATCH_ENV": "production", "PARKMATCH_SECRET": "s" * 32}


def _parkmatch(tmp_path, *args: str, env: dict[str, str], timeout: float = 60):
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PARKMATCH_")}
    environ.update({"DATABASE_URL": f"sqlite://{tmp_path / 'guard.sqlite3'}", **env})
    return subprocess.run(  # noqa: S603 - our own CLI, fixed arguments
        [sys.executable, "-c", "from server.cli import main; main()", *args],
        env=environ,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def test_the_demo_is_refused_in_production(tmp_path):
    done = _parkmatch(tmp_path, "demo", env=PRODUCTION)
    assert done.returncode != 0
    assert "production" in done.stderr and "demo" in done.stderr
    assert not (tmp_path / "guard.sqlite3").exists(), "nothing was written"


@pytest.mark.parametrize("host", [ALL_INTERFACES, "::", "192.0.2.10", "parkmatch.example"])
def test_development_defaults_are_not_served_beyond_loopback(tmp_path, host):
    done = _parkmatch(tmp_path, "serve", "--host", host, "--port", "9", env={})
    assert done.returncode != 0
    assert "PARKMATCH_ENV=production" in done.stderr and "PARKMATCH_SECRET" in done.stderr
    assert not (tmp_path / "guard.sqlite3").exists(), "it stopped before touching the database"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_development_mode_serves_on_loopback(tmp_path):
    port = _free_port()
    environ = {k: v for k, v in os.environ.items() if not k.startswith("PARKMATCH_")}
    environ["DATABASE_URL"] = f"sqlite://{tmp_path / 'guard.sqlite3'}"
    server = subprocess.Popen(  # noqa: S603 - our own CLI, fixed arguments
        [sys.executable, "-c", "from server.cli import main; main()", "serve", "--port", str(port)],
        env=environ,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(300):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.TransportError:
                assert server.poll() is None, "the server exited"
                time.sleep(0.1)
        else:
            raise AssertionError("the server did not answer")
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.mark.parametrize(
    ("environ", "host", "allowed"),
    [
        ({}, "127.0.0.1", True),
        ({}, "::1", True),
        ({}, "localhost", True),
        ({}, ALL_INTERFACES, False),
        (PRODUCTION, ALL_INTERFACES, True),
        # Asked for by name (say, inside a container), development mode binds where told.
        ({"PARKMATCH_ENV": "development"}, ALL_INTERFACES, True),
    ],
)
def test_which_settings_may_bind_where(environ, host, allowed):
    settings: Settings = load_settings(environ)
    if allowed:
        settings.check_bind(host)
    else:
        with pytest.raises(SettingsError, match="PARKMATCH_ENV=production"):
            settings.check_bind(host)


def test_every_limit_is_a_setting():
    settings = load_settings(
        {
            "PARKMATCH_LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS": "7",
            "PARKMATCH_REGISTRATIONS_PER_ADDRESS": "500",
            "PARKMATCH_PASSWORD_HASH_THREADS": "4",
            "PARKMATCH_PURGE_INTERVAL": "60",
        }
    )
    assert settings.limits.login_failures_per_account_and_address == 7
    assert settings.limits.registrations_per_address == 500
    assert settings.limits.password_hash_threads == 4
    assert settings.purge_interval_seconds == 60
    for bad in ("0", "-3", "many"):
        with pytest.raises(SettingsError, match="PARKMATCH_LOGIN_WINDOW"):
            load_settings({"PARKMATCH_LOGIN_WINDOW": bad})
