"""What a person does in the console, step by step, shared by the browser tests."""

from __future__ import annotations

from tests.browser.server import DEMO_PASSWORD

TIMEOUT_MS = 20_000


def sign_in(page, username: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/login")
    page.get_by_label("用户名").fill(username)
    page.get_by_label("密码").fill(password)
    page.get_by_role("button", name="登录").click()
    page.wait_for_url(lambda url: "/login" not in url, timeout=TIMEOUT_MS)
