"""The park officer's work in the console, each result checked again through the API."""

from __future__ import annotations

import io
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import openpyxl

from tests.browser.browser import screenshot
from tests.browser.console import TIMEOUT_MS, sign_in

COMPANY = """query($id: ID!) { company(id: $id) { verified } }"""
PARK = "{ me { park { id } } }"
PUBLISH = """mutation($p: ID!) { proposeMatches(parkId: $p, kind: FINANCING) {
  figures { matched } } }"""
ON_TIME = """query($p: ID!, $since: Date, $until: Date) { parkStats(parkId: $p, since: $since,
  until: $until) { onTimeRates { clock rate stopped onTime } } }"""
DISPATCH = """query($p: ID!, $d: Date) { dispatchList(parkId: $p, date: $d) {
  need { company { name } } proposal { company { name } } } }"""
UNVERIFIED = """{ companies(filter: { verified: false }) { edges { node { id name } } } }"""
ROUND_PROPOSALS = """
{ proposals(first: 100, filter: { kind: FINANCING }) {
    edges { node { id status decisionNote company { name } product { name bank { name } } } } } }
"""
POST_NEED = """
mutation($i: FinancingNeedInput!) { postFinancingNeed(input: $i) { id purpose } }
"""


def test_the_officer_verifies_a_company(page, server):
    officer = server.login("gh.officer")
    (waiting,) = server.api(UNVERIFIED, token=officer)["companies"]["edges"]
    sign_in(page, "gh.officer")
    page.goto("/officer/companies")
    queue = page.locator("[data-test=verification-queue]")
    queue.get_by_text(waiting["node"]["name"]).wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "officer-companies")
    queue.get_by_role("button", name=f"认证 {waiting['node']['name']}").click()
    page.get_by_text(f"已认证：{waiting['node']['name']}").wait_for(timeout=TIMEOUT_MS)
    assert server.api(COMPANY, {"id": waiting["node"]["id"]}, officer)["company"]["verified"]


def _row(page, text: str):
    return page.locator("[data-test=proposals] .el-table__body tr", has_text=text).first


def test_the_officer_previews_publishes_confirms_two_and_rejects_one(page, server):
    sign_in(page, "gh.officer")
    page.get_by_role("menuitem", name="匹配").click()
    page.get_by_role("button", name="试算（不保存）").click()
    page.get_by_text("试算结果（未保存").wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "officer-matching-preview")
    officer = server.login("gh.officer")
    assert server.api(ROUND_PROPOSALS, token=officer)["proposals"]["edges"] == [], "stored"

    page.get_by_role("button", name="发布").click()
    page.get_by_text("已发布的匹配轮次").wait_for(timeout=TIMEOUT_MS)
    proposals = [
        e["node"] for e in server.api(ROUND_PROPOSALS, token=officer)["proposals"]["edges"]
    ]
    assert len(proposals) >= 3 and {p["status"] for p in proposals} == {"PROPOSED"}
    first, second, third = (
        f"{p['company']['name']} → {p['product']['bank']['name']} · {p['product']['name']}"
        for p in proposals[:3]
    )
    for chosen in (first, second):
        _row(page, chosen).locator(".el-checkbox").click()
    page.get_by_role("button", name="确认所选（2）").click()
    page.get_by_text("已确认 2 条匹配建议").wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("button", name=f"驳回 {third}").click()
    page.get_by_label("驳回理由").fill("企业近期已获同类贷款")
    page.get_by_role("dialog").get_by_role("button", name="驳回").click()
    page.get_by_text("已驳回", exact=True).first.wait_for(timeout=TIMEOUT_MS)
    for name, status in ((first, "CONFIRMED"), (second, "CONFIRMED"), (third, "REJECTED")):
        _row(page, name).locator(f"[data-status={status}]").wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "officer-matching-decided")

    after = {
        p["id"]: p
        for p in (
            e["node"] for e in server.api(ROUND_PROPOSALS, token=officer)["proposals"]["edges"]
        )
    }
    decided = [after[p["id"]] for p in proposals[:3]]
    assert [p["status"] for p in decided] == ["CONFIRMED", "CONFIRMED", "REJECTED"]
    assert decided[2]["decisionNote"] == "企业近期已获同类贷款"


def test_an_open_officer_page_shows_a_need_posted_meanwhile(page, server):
    sign_in(page, "gh.officer")
    page.get_by_role("menuitem", name="需求").click()
    page.locator("[data-test=needs] .el-table__body tr").first.wait_for(timeout=TIMEOUT_MS)
    company = server.login("ruikang")
    need = {
        "amount": "1800000.00",
        "termMonths": 12,
        "purpose": "实时推送测试：冷链设备",
        "collateral": ["CREDIT"],
        "maxAnnualRate": "5.00",
        "neededBy": "2030-06-30",
    }
    posted = server.api(POST_NEED, {"i": need}, company)["postFinancingNeed"]
    page.locator("[data-test=needs]").get_by_text(posted["purpose"]).wait_for(timeout=TIMEOUT_MS)
    page.get_by_text("新需求").first.wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "officer-needs-live")
    officer = server.login("gh.officer")
    found = server.api(
        "query($id: ID!) { financingNeed(id: $id) { purpose status } }",
        {"id": posted["id"]},
        officer,
    )
    assert found["financingNeed"] == {"purpose": posted["purpose"], "status": "OPEN"}


def test_every_officer_page_opens_and_the_dashboard_draws_its_charts(page, server):
    sign_in(page, "gh.officer")
    page.locator("[data-charts-ready=yes]").wait_for(timeout=TIMEOUT_MS)
    page.locator("[data-test=figures]").get_by_text("发布需求").wait_for()
    screenshot(page, "officer-dashboard")
    for menu, marker, name in (
        ("需求", "[data-test=needs] .el-table__body tr", "officer-needs"),
        ("招聘会", "[data-test=drives] .el-table__body tr", "officer-drives"),
        ("操作记录", "[data-test=audit] .el-table__body tr", "officer-audit"),
        ("导出", "[data-test=export-figures]", "officer-exports"),
    ):
        page.get_by_role("menuitem", name=menu).click()
        page.locator(marker).first.wait_for(timeout=TIMEOUT_MS)
        screenshot(page, name)


def test_signing_in_and_out_from_the_keyboard(page, server):
    page.goto("/login")
    page.get_by_label("用户名").focus()
    page.keyboard.type("gh.officer")
    page.keyboard.press("Tab")
    page.keyboard.type("parkmatch-demo-2026")
    page.keyboard.press("Enter")
    page.wait_for_url("**/officer/dashboard", timeout=TIMEOUT_MS)
    page.get_by_role("button", name="退出登录").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/login", timeout=TIMEOUT_MS)
    page.goto("/officer/needs")
    page.wait_for_url("**/login?redirect=/officer/needs", timeout=TIMEOUT_MS)


def test_a_revoked_session_leads_back_to_sign_in(page, server):
    sign_in(page, "gh.officer")
    page.locator("[data-charts-ready=yes]").wait_for(timeout=TIMEOUT_MS)
    (cookie,) = [c for c in page.context.cookies() if c["name"] == "parkmatch-session"]
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    server.api("mutation { logout }", token=cookie["value"])  # the session ends elsewhere
    page.get_by_role("menuitem", name="企业").click()
    page.get_by_text("登录已过期或已退出，请重新登录").wait_for(timeout=TIMEOUT_MS)
    assert "/login" in page.url
    screenshot(page, "sign-in-expired")


def test_other_roles_land_on_their_own_home(page, server):
    sign_in(page, "ruikang")
    page.wait_for_url("**/company/profile", timeout=TIMEOUT_MS)
    page.get_by_text("企业 · ruikang").wait_for(timeout=TIMEOUT_MS)
    page.goto("/officer/dashboard")
    page.wait_for_url("**/company/profile", timeout=TIMEOUT_MS)


def test_the_officer_downloads_the_months_report_with_the_session_cookie(page, server):
    sign_in(page, "gh.officer")
    page.get_by_role("menuitem", name="导出").click()
    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.locator("[data-test=export-report]").click()
    assert download.value.suggested_filename.startswith("月报-WH-GHBIO-")
    book = openpyxl.load_workbook(io.BytesIO(Path(download.value.path()).read_bytes()))
    (title,) = next(book["月度概况"].iter_rows(max_row=1, max_col=1, values_only=True))
    assert title.startswith("光湖生物科技园") and "服务月报" in title


def _shanghai_today() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


def test_the_dashboard_shows_the_on_time_rates_and_the_dispatch_list_of_a_chosen_day(page, server):
    officer = server.login("gh.officer")
    park = server.api(PARK, token=officer)["me"]["park"]["id"]
    # A published round stops the FIRST_PROPOSAL clocks of the needs it proposed for.
    assert server.api(PUBLISH, {"p": park}, officer)["proposeMatches"]["figures"]["matched"] > 0
    today = _shanghai_today()
    # The dashboard's default period: from the first of the month eleven months back to today.
    year, month = divmod(today.year * 12 + today.month - 1 - 11, 12)
    period = {"p": park, "since": date(year, month + 1, 1).isoformat(), "until": today.isoformat()}
    stats = server.api(ON_TIME, period, officer)["parkStats"]
    rates = {rate["clock"]: rate for rate in stats["onTimeRates"]}
    first = rates["FIRST_PROPOSAL"]
    assert first["stopped"] > 0
    # Two months ahead, the clocks of the needs no round proposed for yet fall due.
    ahead = (today + timedelta(days=60)).isoformat()
    due = server.api(DISPATCH, {"p": park, "d": ahead}, officer)["dispatchList"]
    assert due, "the demo's unproposed needs fall due within two months"

    sign_in(page, "gh.officer")
    card = page.locator("[data-test=figures] [data-clock=FIRST_PROPOSAL]")
    card.get_by_text(f"{first['rate'] * 100:.1f}%").wait_for(timeout=TIMEOUT_MS)
    card.get_by_text(f"按时率·首次推荐（{first['onTime']}/{first['stopped']}）").wait_for()
    page.get_by_label("截至").fill(ahead)
    page.get_by_label("截至").press("Enter")
    rows = page.locator("[data-test=dispatch] .el-table__body tr")
    rows.nth(len(due) - 1).wait_for(timeout=TIMEOUT_MS)
    assert rows.count() == len(due)
    names = {(item["need"] or item["proposal"])["company"]["name"] for item in due}
    for name in names:
        assert page.locator("[data-test=dispatch]").get_by_text(name).count() > 0
    screenshot(page, "officer-dispatch")

    # 月总结: this month's report downloads from the dashboard.
    with page.expect_download(timeout=TIMEOUT_MS) as download:
        page.locator("[data-test=month-report]").click()
    months = {f"月报-WH-GHBIO-{day:%Y-%m}.xlsx" for day in (today, _shanghai_today())}
    assert download.value.suggested_filename in months
