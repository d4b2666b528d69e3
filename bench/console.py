"""The console in Debian's headless Chromium against a real `parkmatch serve` with the demo:
bytes transferred by the first load (cold cache, the sign-in page), and the time from pressing
"登录" to the officer's dashboard with every chart drawn, and to the whole dashboard (the on-time
rates, 周推进 and the dispatch list, asked once the charts are drawn). Medians over --repeat runs,
each in a fresh browser context (empty cache). Targets (QUALITY.md): ≤ 1.5 MB and charts ≤ 2 s.

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


def one_run(browser, url: str) -> tuple[int, int, float, float]:
    """(first-load bytes, bytes up to the whole dashboard, seconds from sign-in to the charts
    drawn and to the whole dashboard)."""
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
    charts = time.perf_counter() - started
    page.locator("[data-dispatch-ready=yes]").wait_for(timeout=TIMEOUT_MS)
    page.locator("[data-weekly-ready=yes]").wait_for(timeout=TIMEOUT_MS)
    page.locator("[data-clock]").first.wait_for(timeout=TIMEOUT_MS)
    whole = time.perf_counter() - started
    page.wait_for_load_state("networkidle")
    total = transferred["bytes"]
    context.close()
    return first_load, total, charts, whole


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
    first, total, charts, whole = (statistics.median(column) for column in zip(*runs, strict=True))
    print(f"runs: {args.repeat} (fresh context and empty cache each)")
    print(f"first load (sign-in page): {first / 1e6:.3f} MB transferred  (target <= 1.5 MB)")
    print(f"through the whole dashboard: {total / 1e6:.3f} MB transferred")
    print(
        f"sign-in -> dashboard charts drawn: median {charts:.2f} s,"
        f" worst {max(run[2] for run in runs):.2f} s  (target <= 2 s)"
    )
    print(
        f"sign-in -> whole dashboard (rates, 周推进, dispatch list): median {whole:.2f} s,"
        f" worst {max(run[3] for run in runs):.2f} s"
    )


if __name__ == "__main__":
    main()
