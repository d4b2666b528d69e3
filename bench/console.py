"""The console in Debian's headless Chromium against a real `parkmatch serve` with the demo:
bytes transferred by the first load (cold cache, the sign-in page), and the time from pressing
"登录" to the officer's dashboard with every chart drawn. Medians over --repeat runs, each in a
fresh browser context (empty cache). Targets (QUALITY.md): ≤ 1.5 MB and ≤ 2 s.

    .venv/bin/python -m bench.console [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from playwright.sync_api import sync_playwright

from tests.browser.browser import chromium, missing_requirement
from tests.browser.server import DEMO_PASSWORD, live_server

TIMEOUT_MS = 30_000


def one_run(browser, url: str) -> tuple[int, int, float]:
    """(first-load bytes, bytes up to the drawn dashboard, seconds from sign-in to charts)."""
    context = browser.new_context(base_url=url, locale="zh-CN")
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
    transferred = {"bytes": 0}
    # encodedDataLength: what crossed the wire for the response, headers included.
    cdp.on(
        "Network.loadingFinished",
        lambda event: transferred.__setitem__(
            "bytes", transferred["bytes"] + event["encodedDataLength"]
        ),
    )
    page.goto("/login", wait_until="networkidle")
    first_load = transferred["bytes"]
    page.get_by_label("用户名").fill("gh.officer")
    page.get_by_label("密码").fill(DEMO_PASSWORD)
    started = time.perf_counter()
    page.get_by_role("button", name="登录").click()
    page.locator("[data-charts-ready=yes]").wait_for(timeout=TIMEOUT_MS)
    seconds = time.perf_counter() - started
    page.wait_for_load_state("networkidle")
    total = transferred["bytes"]
    context.close()
    return first_load, total, seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    missing = missing_requirement()
    if missing:
        raise SystemExit(f"bench.console: {missing}")
    with live_server() as server, sync_playwright() as playwright, chromium(playwright) as browser:
        one_run(browser, server.url)  # warm the server (SQLite pages, Python imports)
        runs = [one_run(browser, server.url) for _ in range(args.repeat)]
    first, total, seconds = (statistics.median(column) for column in zip(*runs, strict=True))
    worst = max(run[2] for run in runs)
    print(f"runs: {args.repeat} (fresh context and empty cache each)")
    print(f"first load (sign-in page): {first / 1e6:.3f} MB transferred  (target <= 1.5 MB)")
    print(f"through the drawn dashboard: {total / 1e6:.3f} MB transferred")
    print(
        f"sign-in -> dashboard charts drawn: median {seconds:.2f} s, worst {worst:.2f} s"
        "  (target <= 2 s)"
    )


if __name__ == "__main__":
    main()
