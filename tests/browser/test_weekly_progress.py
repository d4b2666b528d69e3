"""周推进 on the officer's 工作台: this week's figures and the week before's, as the API gives
them; and the console's dates in the service's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from tests.browser.browser import screenshot, watched_page
from tests.browser.console import TIMEOUT_MS, sign_in
from tests.browser.server import live_server

PARK = "{ me { park { id } } }"
SERVICE_TIME = "{ serviceTime { zone today } }"
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


def _zone_whose_date_differs_from_shanghais() -> str:
    # UTC+14 is a day ahead of Shanghai from 10:00 to 16:00 UTC, UTC-11 a day behind otherwise.
    return "Pacific/Kiritimati" if 10 <= datetime.now(UTC).hour < 16 else "Pacific/Pago_Pago"


def test_the_console_shows_dates_in_the_services_zone_not_shanghais(browser, demo):
    zone = _zone_whose_date_differs_from_shanghais()
    with live_server(demo, timezone=zone) as served, watched_page(browser, served.url) as watched:
        page, problems = watched
        today = date.fromisoformat(served.api(SERVICE_TIME)["serviceTime"]["today"])
        assert today == datetime.now(ZoneInfo(zone)).date()
        assert today != datetime.now(ZoneInfo("Asia/Shanghai")).date()

        sign_in(page, "gh.officer")
        page.locator("[data-dispatch-ready=yes]").wait_for(timeout=TIMEOUT_MS)
        assert page.locator("#dispatch-day").input_value() == today.isoformat()
        monday = today - timedelta(days=today.weekday())
        page.locator(f"[data-weekly-ready=yes][data-week-start='{monday}']").wait_for()
        assert not problems.problems, "\n".join(problems.problems)
