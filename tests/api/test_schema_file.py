"""The committed schema.graphql is the running schema's SDL (API.md: clients are written
against it, so it may not drift)."""

from __future__ import annotations

import difflib
from pathlib import Path

from schema.root import build_schema

SCHEMA_FILE = Path(__file__).resolve().parents[2] / "schema.graphql"


def test_committed_schema_matches_the_running_schema():
    assert SCHEMA_FILE.exists(), "schema.graphql is missing: run `parkmatch export-schema`"
    running = build_schema().as_str() + "\n"
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    if committed != running:
        diff = "".join(
            difflib.unified_diff(
                committed.splitlines(keepends=True),
                running.splitlines(keepends=True),
                "schema.graphql (committed)",
                "running schema",
                n=1,
            )
        )
        raise AssertionError(
            "schema.graphql differs from the running schema: run `parkmatch export-schema` "
            f"and commit the result.\n{diff[:4000]}"
        )


def test_production_schema_has_the_same_operations():
    # Production only turns things off (introspection, suggestions); the contract is one SDL.
    assert build_schema(production=True).as_str() == build_schema().as_str()
