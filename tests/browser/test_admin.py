"""The admin's work in the console: accounts, parks and banks, the LPR and the holiday list, each
result checked through the API."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import httpx

from tests.browser.browser import screenshot
from tests.browser.console import TIMEOUT_MS, sign_in

NEW_OFFICER = "kcg.officer"
NEW_PASSWORD = "kcg-officer-password-1"
PARK_ZONE = ZoneInfo("Asia/Shanghai")
USER = """query($s: String) { users(filter: { search: $s }) {
  edges { node { username role active park { name } } } } }"""


def _user_row(page, username: str):
    return page.locator("[data-test=users] .el-table__body tr", has_text=username).first


def _find(page, username: str) -> None:
    page.get_by_label("用户名").fill(username)
    page.get_by_role("button", name="查询").click()
    _user_row(page, username).wait_for(timeout=TIMEOUT_MS)


def test_the_admin_creates_an_officer_who_then_signs_in_to_the_officer_home(page, server):
    sign_in(page, "demo.admin")
    page.wait_for_url("**/admin/users", timeout=TIMEOUT_MS)
    _user_row(page, "gh.officer").wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "admin-users")
    page.get_by_role("button", name="新建用户").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("用户名").fill(NEW_OFFICER)
    dialog.get_by_label("初始密码").fill("short")
    dialog.get_by_role("button", name="创建").click()
    # The API's errors show beside the field they name; nothing is created.
    dialog.get_by_text("园区工作人员须指定园区").wait_for(timeout=TIMEOUT_MS)
    # From the keyboard: Enter opens the list.
    dialog.get_by_role("combobox", name="园区").focus()
    page.keyboard.press("Enter")
    page.get_by_role("option", name="光湖生物科技园（WH-GHBIO）").click()
    dialog.get_by_role("button", name="创建").click()
    dialog.get_by_text("密码须为 10–256 个字符").wait_for(timeout=TIMEOUT_MS)
    dialog.get_by_label("初始密码").fill(NEW_PASSWORD)
    dialog.get_by_role("button", name="创建").click()
    page.get_by_text(f"已创建用户：{NEW_OFFICER}（园区工作人员）").wait_for(timeout=TIMEOUT_MS)
    _user_row(page, NEW_OFFICER).get_by_text("光湖生物科技园").wait_for(timeout=TIMEOUT_MS)

    admin = server.login("demo.admin")
    (made,) = server.api(USER, {"s": NEW_OFFICER}, admin)["users"]["edges"]
    assert made["node"] == {
        "username": NEW_OFFICER,
        "role": "OFFICER",
        "active": True,
        "park": {"name": "光湖生物科技园"},
    }

    page.get_by_role("button", name="退出登录").click()
    page.wait_for_url("**/login", timeout=TIMEOUT_MS)
    sign_in(page, NEW_OFFICER, NEW_PASSWORD)
    page.wait_for_url("**/officer/dashboard", timeout=TIMEOUT_MS)
    page.get_by_text(f"园区工作人员 · {NEW_OFFICER}").wait_for(timeout=TIMEOUT_MS)
    page.get_by_text("光湖生物科技园").first.wait_for()


def test_the_admin_deactivates_a_user_whose_sessions_end_and_reactivates_it(page, server):
    token = server.login("cjstb.manager")
    sign_in(page, "demo.admin")
    _find(page, "cjstb.manager")
    row = _user_row(page, "cjstb.manager")
    row.get_by_role("button", name="停用 cjstb.manager").click()
    page.get_by_role("tooltip").get_by_role("button", name="停用").click()
    page.get_by_text("已停用：cjstb.manager，其登录已全部失效").wait_for(timeout=TIMEOUT_MS)
    row.locator("[data-active=false]").wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "admin-user-deactivated")

    me = httpx.post(
        f"{server.url}/graphql",
        json={"query": "{ me { username } }"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    ).json()
    assert me["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"
    admin = server.login("demo.admin")
    (closed,) = server.api(USER, {"s": "cjstb.manager"}, admin)["users"]["edges"]
    assert closed["node"]["active"] is False

    row.get_by_role("button", name="启用 cjstb.manager").click()
    row.locator("[data-active=true]").wait_for(timeout=TIMEOUT_MS)
    assert server.login("cjstb.manager")


def test_the_admin_creates_a_park_and_a_bank(page, server):
    sign_in(page, "demo.admin")
    page.get_by_role("menuitem", name="园区").click()
    parks = page.locator("[data-test=parks]")
    parks.get_by_text("600 秒").first.wait_for(timeout=TIMEOUT_MS)
    page.get_by_label("名称").fill("西岸科创谷")
    page.get_by_label("代码").fill("xa-kcg")
    page.get_by_label("地区").fill("陕西省西咸新区")
    page.get_by_role("button", name="创建").click()
    parks.get_by_text("XA-KCG").wait_for(timeout=TIMEOUT_MS)
    # The new park starts with the default round time limit.
    parks.locator("tr", has_text="XA-KCG").get_by_text("600 秒").wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "admin-parks")

    page.get_by_role("menuitem", name="银行").click()
    page.locator("[data-test=banks]").get_by_text("CJSTB").wait_for(timeout=TIMEOUT_MS)
    page.get_by_label("名称").fill("秦川银行")
    page.get_by_label("代码").fill("CJSTB")
    page.get_by_role("button", name="创建").click()
    page.get_by_text("该代码已被使用").wait_for(timeout=TIMEOUT_MS)
    page.get_by_label("代码").fill("QCB")
    page.get_by_role("button", name="创建").click()
    page.locator("[data-test=banks]").get_by_text("秦川银行").wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "admin-banks")

    admin = server.login("demo.admin")
    found = server.api("{ parks { code region } banks { code name } }", token=admin)
    assert {"code": "XA-KCG", "region": "陕西省西咸新区"} in found["parks"]
    assert {"code": "QCB", "name": "秦川银行"} in found["banks"]


def _pick_day(page, label: str, day: str) -> None:
    page.get_by_label(label, exact=True).fill(day)
    page.get_by_label(label, exact=True).press("Enter")


def test_the_admin_records_the_lpr_and_edits_the_holiday_list(page, server):
    today = datetime.now(PARK_ZONE).date()
    sign_in(page, "demo.admin")
    page.get_by_role("menuitem", name="贷款市场报价利率 LPR").click()
    history = page.locator("[data-test=lpr-history] .el-table__body tr")
    # The demo's LPR of 20 May 2025, in force from the next day.
    history.first.get_by_text("2025-05-21", exact=True).wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("button", name="录入").click()
    page.get_by_text("请填写 1 年期 LPR").wait_for(timeout=TIMEOUT_MS)
    page.get_by_label("1 年期", exact=True).fill("2.95")
    page.get_by_label("5 年期以上", exact=True).fill("3.45")
    _pick_day(page, "公布日期", (today + timedelta(days=7)).isoformat())
    page.get_by_role("button", name="录入").click()
    # The API refuses a date to come, beside the field; nothing is recorded.
    published = page.locator(".el-form-item", has=page.get_by_label("公布日期", exact=True))
    published.get_by_text("公布日期不能晚于今天").wait_for(timeout=TIMEOUT_MS)
    _pick_day(page, "公布日期", today.isoformat())
    page.get_by_role("button", name="录入").click()
    page.get_by_text(f"已录入 {today.isoformat()} 的 LPR").wait_for(timeout=TIMEOUT_MS)
    newest = history.first
    newest.get_by_text(today.isoformat(), exact=True).wait_for(timeout=TIMEOUT_MS)
    newest.get_by_text("2.95%").wait_for(timeout=TIMEOUT_MS)
    newest.get_by_text((today + timedelta(days=1)).isoformat(), exact=True).wait_for(
        timeout=TIMEOUT_MS
    )
    assert history.count() == 2
    screenshot(page, "admin-lpr")
    # One record per day: a second one for today is refused above the form.
    page.get_by_label("1 年期", exact=True).fill("2.90")
    page.get_by_label("5 年期以上", exact=True).fill("3.40")
    page.get_by_role("button", name="录入").click()
    page.get_by_role("alert").get_by_text("该公布日期的 LPR 已录入").wait_for(timeout=TIMEOUT_MS)

    admin = server.login("demo.admin")
    found = server.api(
        "{ lprHistory { totalCount edges { node { publishedOn oneYear fiveYear inForceFrom } } } }",
        token=admin,
    )["lprHistory"]
    assert found["totalCount"] == 2
    assert found["edges"][0]["node"] == {
        "publishedOn": today.isoformat(),
        "oneYear": "2.95",
        "fiveYear": "3.45",
        "inForceFrom": (today + timedelta(days=1)).isoformat(),
    }

    page.get_by_role("menuitem", name="节假日").click()
    holidays = page.locator("[data-test=holidays]")
    holidays.get_by_text("该年尚无节假日安排").wait_for(timeout=TIMEOUT_MS)
    national_day, make_up = f"{today.year}-10-01", f"{today.year}-10-10"
    _pick_day(page, "日期", national_day)
    page.get_by_label("名称").fill("国庆节")
    page.get_by_role("button", name="保存").click()
    page.get_by_text(f"已设为放假：{national_day} 国庆节").wait_for(timeout=TIMEOUT_MS)
    _pick_day(page, "日期", make_up)
    page.get_by_label("名称").fill("国庆节调休")
    page.locator(".el-switch", has=page.get_by_role("switch", name="调休上班日")).click()
    page.get_by_role("button", name="保存").click()
    holidays.locator("tr", has_text=make_up).get_by_text("调休上班", exact=True).wait_for(
        timeout=TIMEOUT_MS
    )
    holidays.locator("tr", has_text=national_day).get_by_text("放假", exact=True).wait_for(
        timeout=TIMEOUT_MS
    )
    screenshot(page, "admin-holidays")
    year = "query($y: Int!) { holidays(year: $y) { date name working } }"
    assert server.api(year, {"y": today.year}, admin)["holidays"] == [
        {"date": national_day, "name": "国庆节", "working": False},
        {"date": make_up, "name": "国庆节调休", "working": True},
    ]

    holidays.get_by_role("button", name=f"删除 {national_day}").click()
    page.get_by_role("tooltip").get_by_role("button", name="删除").click()
    page.get_by_text(f"已删除：{national_day} 国庆节").wait_for(timeout=TIMEOUT_MS)
    holidays.locator("tr", has_text=national_day).wait_for(state="detached", timeout=TIMEOUT_MS)
    assert server.api(year, {"y": today.year}, admin)["holidays"] == [
        {"date": make_up, "name": "国庆节调休", "working": True},
    ]
