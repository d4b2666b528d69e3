"""周推进 on the officer's 工作台: this week's figures and the week before's, as the API gives
them."""

from __future__ import annotations

from datetime import date, timedelta

from tests.browser.browser import screenshot
from tests.browser.console import TIMEOUT_MS, sign_in

PARK = "{ me { park { id } } }"
WEEK = """query($p: ID!, $w: Date) { weeklyProgress(parkId: $p, weekOf: $w) {
  weekStart weekEnd opened moved closed stuck } }"""


def _shows(page, week: dict) -> None:
    card = page.locator(f"[data-weekly-ready=yes][data-week-start='{week['weekStart']}']")
    card.wait_for(timeout=TIMEOUT_MS)
    card.get_by_text(f"{week['weekStart']}（周一）至 {week['weekEnd']}（周日）").wait_for()
    for name in ("opened", "moved", "closed", "stuck"):
        assert card.locator(f"[data-weekly={name}] .value").inner_text() == str(week[name])


def test_the_dashboard_shows_this_weeks_progress_and_the_week_before(page, server):
    officer = server.login("gh.officer")
    park = server.api(PARK, token=officer)["me"]["park"]["id"]
    this_week = server.api(WEEK, {"p": park}, officer)["weeklyProgress"]
    before = date.fromisoformat(this_week["weekStart"]) - timedelta(days=7)
    last_week = server.api(WEEK, {"p": park, "w": before.isoformat()}, officer)["weeklyProgress"]

    sign_in(page, "gh.officer")
    _shows(page, this_week)
    assert page.get_by_role("button", name="下一周").is_disabled()
    screenshot(page, "officer-weekly")
    page.get_by_role("button", name="上一周").click()
    _shows(page, last_week)
    assert page.get_by_role("button", name="下一周").is_enabled()
