"""Fixtures of the browser tests: a served demo, Debian's Chromium and a watched page. Outside
CI they skip, with the reason, where Chromium or the console's build is missing; under CI=true
that is a failure."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.browser.browser import chromium, in_ci, missing_requirement, watched_page
from tests.browser.server import LiveServer, demo_database, live_server


# Module-scoped: sync Playwright keeps an event loop running while it is open, which the async
# tests of the other folders must not find.
@pytest.fixture(scope="module")
def browser() -> Iterator:
    missing = missing_requirement()
    if missing is not None:
        if in_ci():
            pytest.fail(f"browser tests cannot run under CI: {missing}")
        pytest.skip(f"browser tests need a browser and the console: {missing}")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright, chromium(playwright) as launched:
        yield launched


@pytest.fixture(scope="session")
def demo() -> Iterator[str]:
    """The demo, loaded once; each test's server runs on a copy of it."""
    with demo_database() as database_url:
        yield database_url


@pytest.fixture
def server(browser, demo) -> Iterator[LiveServer]:
    with live_server(demo) as served:
        yield served


@pytest.fixture
def page(browser, server):
    """A page of the served console; the test fails if it logged an error, threw, or asked
    another host for anything."""
    with watched_page(browser, server.url) as (opened, watched):
        yield opened
        assert not watched.problems, "\n".join(watched.problems)
