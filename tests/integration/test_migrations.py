"""The committed migrations build exactly the tables and columns the models declare."""

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from schema.ids import from_global, to_global
from tests.conftest import _private_postgres

# Runs in its own process: it initialises the ORM twice, apart from the test session's app.
SCRIPT = """
import asyncio, json, sqlite3, sys, tempfile
from tortoise import Tortoise
from server.db import migrate, tortoise_config

def columns(path):
    db = sqlite3.connect(path)
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    return {
        t: sorted((c[1], c[2], c[3]) for c in db.execute(f'PRAGMA table_info("{t}")'))
        for t in tables
        if t not in ("aerich", "sqlite_sequence")
    }

async def main():
    folder = tempfile.mkdtemp()
    migrated, generated = f"{folder}/migrated.sqlite3", f"{folder}/generated.sqlite3"
    await migrate(f"sqlite://{migrated}")
    await Tortoise.init(config=tortoise_config(f"sqlite://{generated}"))
    await Tortoise.generate_schemas()
    await Tortoise.close_connections()
    print(json.dumps({"migrated": columns(migrated), "generated": columns(generated)}))

asyncio.run(main())
"""


def test_migrations_match_the_models():
    done = subprocess.run(  # noqa: S603 - a fixed script of ours
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120, check=True
    )
    schemas = json.loads(done.stdout.strip().splitlines()[-1])
    assert schemas["migrated"] == schemas["generated"], (
        "models and migrations differ: write a migration for both dialects under server/migrations"
    )


# Migration 9: the audit trail names its object by type and primary key instead of a global id.
BEFORE_AUDIT_KEYS = """
import asyncio, json, shutil, sys, tempfile
from pathlib import Path
from aerich import Command
from tortoise import connections
from server.db import migrations_location, tortoise_config

async def main(url):
    location = Path(tempfile.mkdtemp())
    shutil.copytree(Path(migrations_location(url)) / "models", location / "models",
                    ignore=lambda folder, names: [n for n in names if n.startswith("9_")])
    async with Command(tortoise_config(url), app="models", location=str(location)) as command:
        await command.upgrade(run_in_transaction=True)
        for action, object_type, object_id in json.loads(sys.argv[2]):
            await connections.get("default").execute_script(
                'INSERT INTO "audit_event" ("action", "object_type", "object_id", "summary",'
                f' "created_at") VALUES (\\'{action}\\', \\'{object_type}\\', \\'{object_id}\\','
                " '{}', '2026-11-30 10:00:00+00:00')"
            )

asyncio.run(main(sys.argv[1]))
"""
AFTER_AUDIT_KEYS = """
import asyncio, json, sys
from tortoise import Tortoise
from server.db import migrate, tortoise_config
from server.models import AuditEvent

async def main(url):
    await migrate(url)
    await Tortoise.init(config=tortoise_config(url))
    rows = await AuditEvent.all().order_by("id").values_list("action", "object_type", "object_pk")
    await Tortoise.close_connections()
    print(json.dumps(rows))

asyncio.run(main(sys.argv[1]))
"""


def _run(script: str, *args: str) -> str:
    done = subprocess.run(  # noqa: S603 - a fixed script of ours
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


@asynccontextmanager
async def _fresh_database(dialect: str) -> AsyncIterator[str]:
    if dialect == "sqlite":
        yield f"sqlite://{tempfile.mkdtemp()}/audit.sqlite3"
        return
    server_url = os.environ.get("PARKMATCH_TEST_DATABASE_URL")
    if not server_url:
        pytest.skip("PostgreSQL: set PARKMATCH_TEST_DATABASE_URL")
    async with _private_postgres(server_url) as url:
        yield url


@pytest.mark.parametrize("dialect", ["sqlite", "postgres"])
async def test_an_event_written_before_migration_9_is_found_by_its_object_after_it(dialect):
    written = [
        ("PROPOSAL_CONFIRMED", "Proposal", to_global("Proposal", 7)),
        ("COMPANY_VERIFIED", "Company", to_global("Company", 7)),
        ("PROPOSAL_CONFIRMED", "Proposal", to_global("Proposal", 1234567)),
    ]
    async with _fresh_database(dialect) as url:
        _run(BEFORE_AUDIT_KEYS, url, json.dumps(written))
        rows = json.loads(_run(AFTER_AUDIT_KEYS, url).strip().splitlines()[-1])
    assert rows == [
        [action, object_type, from_global(object_type, object_id, "id")]
        for action, object_type, object_id in written
    ]
