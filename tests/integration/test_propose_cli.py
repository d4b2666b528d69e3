"""The demo park runs through a round from the command line, as an operator would."""

import os
import re
import subprocess
import sys

PUBLISHED = re.compile(r"round (\d+) published")


def _parkmatch(tmp_path, *args: str) -> str:
    env = {**os.environ, "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}"}
    done = subprocess.run(  # noqa: S603 - our own CLI, fixed arguments
        [sys.executable, "-c", "from server.cli import main; main()", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    return done.stdout


def test_the_demo_park_goes_through_a_preview_and_a_published_round(tmp_path):
    _parkmatch(tmp_path, "demo")
    preview = _parkmatch(tmp_path, "propose", "WH-GHBIO", "FINANCING", "--dry-run")
    assert "preview (not stored)" in preview
    # The progress display follows the round's stages, in order.
    stages = ["loading", "handing the park to the solver", "solving", "storing"]
    positions = [preview.index(stage) for stage in stages]
    assert positions == sorted(positions), preview
    published = _parkmatch(tmp_path, "propose", "WH-GHBIO", "FINANCING")
    first = PUBLISHED.search(published)
    assert first, published
    assert "→" in published
    again = PUBLISHED.search(_parkmatch(tmp_path, "propose", "WH-GHBIO", "RECRUITMENT"))
    assert again and int(again.group(1)) > int(first.group(1))
