"""The demo park from the command line, as an operator would run it: a round, then the month's
report."""

import os
import re
import subprocess
import sys

import openpyxl

from server.config import load_settings
from server.services.clock import local_today

PUBLISHED = re.compile(r"round (\d+) published")


def _run(tmp_path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own CLI, fixed arguments
        [sys.executable, "-c", "from server.cli import main; main()", *args],
        env={**os.environ, "DATABASE_URL": f"sqlite://{tmp_path / 'cli.sqlite3'}", **env},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _parkmatch(tmp_path, *args: str) -> str:
    done = _run(tmp_path, *args)
    assert done.returncode == 0, done.stderr
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


def test_the_monthly_report_is_written_for_a_park_by_its_code(tmp_path):
    _parkmatch(tmp_path, "demo")
    month = f"{local_today(load_settings().zone):%Y-%m}"  # the park's month, as the CLI's
    output = tmp_path / "report.xlsx"
    printed = _parkmatch(tmp_path, "report", "wh-ghbio", "--month", month, "--output", str(output))
    assert f"report written to {output}" in printed
    book = openpyxl.load_workbook(output)
    (title,) = next(book["月度概况"].iter_rows(max_row=1, max_col=1, values_only=True))
    assert title.startswith("光湖生物科技园") and "服务月报" in title
    # The demo's needs are posted as it loads: this month's figures count them.
    headers, figures = book["月度概况"].iter_rows(min_row=4, max_row=5, values_only=True)
    assert dict(zip(headers, figures, strict=True))["发布需求"] > 0


def test_create_admin_names_its_own_arguments_when_it_refuses(tmp_path):
    _parkmatch(tmp_path, "migrate")
    refused = _run(tmp_path, "create-admin", "root.admin", PARKMATCH_ADMIN_PASSWORD="short")
    assert refused.returncode != 0
    assert refused.stderr.strip().startswith("password "), refused.stderr
    assert "account." not in refused.stderr
