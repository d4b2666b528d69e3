"""The committed migrations build exactly the tables and columns the models declare."""

import json
import subprocess
import sys

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
