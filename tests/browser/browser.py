"""Debian's Chromium driven by Playwright (never a browser of Playwright's own), and a page that
records what a browser test must never see: an error in the page's console, an uncaught
exception, or a request to any host but the server's own."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking flags Chromium reaches for Google's hosts at start.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
CONSOLE_BUILD = Path(__file__).resolve().parents[2] / "console" / "dist" / "index.html"
SCREENSHOTS = Path(__file__).resolve().parent / "screenshots"


def missing_requirement() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists() and shutil.which("chromium") is None:
        return "Chromium is not installed (Debian: apt-get install chromium)"
    if not CONSOLE_BUILD.is_file():
        return "the console is not built (cd console && npm ci && npm run build)"
    return None


@dataclass
class Watched:
    """What went wrong in the page, as sentences."""

    origin: str
    problems: list[str] = field(default_factory=list)

    def console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text} at {message.location}")

    def page_error(self, error) -> None:
        self.problems.append(f"uncaught: {error}")

    def request(self, request) -> None:
        url = urlsplit(request.url)
        if url.scheme in ("data", "blob", "about"):
            return
        if f"{url.scheme.replace('ws', 'http')}://{url.netloc}" != self.origin:
            self.problems.append(f"request to another host: {request.url}")


@contextmanager
def chromium(playwright) -> Iterator:
    browser = playwright.chromium.launch(
        executable_path=str(CHROMIUM if CHROMIUM.exists() else shutil.which("chromium")),
        args=CHROMIUM_ARGS,
        headless=True,
    )
    try:
        yield browser
    finally:
        browser.close()


@contextmanager
def watched_page(browser, origin: str, **context_options) -> Iterator[tuple]:
    context = browser.new_context(
        base_url=origin, locale="zh-CN", timezone_id="Asia/Shanghai", **context_options
    )
    watched = Watched(origin)
    # Nothing may leave the machine: a request to another host is recorded, then refused.
    context.route(
        "**/*",
        lambda route: (
            route.continue_()
            if route.request.url.startswith(origin)
            else (watched.request(route.request), route.abort())
        ),
    )
    page = context.new_page()
    page.on("console", watched.console)
    page.on("pageerror", watched.page_error)
    page.on("websocket", lambda socket: watched.request(_Request(socket.url)))
    try:
        yield page, watched
    finally:
        context.close()


@dataclass
class _Request:
    url: str


def screenshot(page, name: str) -> Path:
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def in_ci() -> bool:
    return os.environ.get("CI") == "true"
