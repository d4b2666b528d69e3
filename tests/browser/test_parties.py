"""The bank manager's and the company's work in the console, each result checked again through
the API."""

from __future__ import annotations

import re

from server.demo import COMPANIES
from server.standards import uscc_check_character
from tests.browser.browser import screenshot
from tests.browser.console import TIMEOUT_MS, sign_in

PARK = "{ me { park { id } } }"
PUBLISH = """
mutation($park: ID!) { proposeMatches(parkId: $park, kind: FINANCING) {
  proposals(first: 100) { edges { node { id company { name } product { bank { code } } } } } } }
"""
CONFIRM = "mutation($id: ID!) { confirmProposal(id: $id) { id } }"
CONSENT = "mutation($id: ID!) { consentToProposal(id: $id) { id } }"
USERNAME_OF = {company.name: company.username for company in COMPANIES}
PROPOSAL = "query($id: ID!) { proposal(id: $id) { status outcomeAmount outcomeNote } }"
PRODUCTS = (
    "{ creditProducts(first: 100) { edges { node { name minAmount maxAmount parks { name } } } } }"
)
LPR_PRODUCTS = """{ creditProducts(first: 100) { edges { node {
  name rateBasis spreadBp floorRate ceilingRate rateInForce } } } }"""
REGISTERED = "{ me { company { name uscc verified sizeClass annualRevenue park { name } } } }"
VALID_USCC = "91420100MA4K00001" + uscc_check_character("91420100MA4K00001")
NEEDS = """{ financingNeeds(first: 100) { edges { node { id purpose amount status } } } }"""


def _bank_leads(server, bank_code: str) -> list[dict]:
    """The officer publishes a financing round in the demo park: its proposals for the bank."""
    officer = server.login("gh.officer")
    park = server.api(PARK, token=officer)["me"]["park"]["id"]
    edges = server.api(PUBLISH, {"park": park}, officer)["proposeMatches"]["proposals"]["edges"]
    return [e["node"] for e in edges if e["node"]["product"]["bank"]["code"] == bank_code]


def _confirmed_and_consented(server, officer: str, lead: dict) -> None:
    """The officer confirms the lead and its company lets the bank know who it is."""
    server.api(CONFIRM, {"id": lead["id"]}, officer)
    company = server.login(USERNAME_OF[lead["company"]["name"]])
    server.api(CONSENT, {"id": lead["id"]}, company)


def _lead(page, company: str):
    return page.locator("[data-test=leads] .el-table__body tr", has_text=company).first


def test_the_bank_manager_hears_of_a_new_lead_and_records_its_loan_and_a_decline(page, server):
    first, second, *_ = _bank_leads(server, "CTRCB")
    officer = server.login("gh.officer")
    _confirmed_and_consented(server, officer, first)
    sign_in(page, "ctrcb.manager")
    page.wait_for_url("**/bank/leads", timeout=TIMEOUT_MS)
    _lead(page, first["company"]["name"]).locator("[data-status=CONFIRMED]").wait_for(
        timeout=TIMEOUT_MS
    )

    _confirmed_and_consented(server, officer, second)  # meanwhile
    page.get_by_text("新线索").first.wait_for(timeout=TIMEOUT_MS)
    _lead(page, second["company"]["name"]).wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "bank-leads")

    page.get_by_role("button", name=f"登记结果 {first['company']['name']}").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("放款金额").fill("80")
    dialog.get_by_role("button", name="登记").click()
    done = _lead(page, first["company"]["name"]).locator("[data-status=COMPLETED]")
    done.wait_for(timeout=TIMEOUT_MS)
    assert done.inner_text() == "已放款"
    _lead(page, first["company"]["name"]).get_by_text("放款 80 万元").wait_for()

    page.get_by_role("button", name=f"登记结果 {second['company']['name']}").click()
    dialog.get_by_text("未放款", exact=True).click()
    dialog.get_by_role("button", name="登记").click()
    dialog.get_by_text("请填写未放款的原因").wait_for(timeout=TIMEOUT_MS)
    dialog.get_by_label("未放款原因").fill("抵押物评估不足")
    dialog.get_by_role("button", name="登记").click()
    _lead(page, second["company"]["name"]).locator("[data-status=DECLINED]").wait_for(
        timeout=TIMEOUT_MS
    )

    manager = server.login("ctrcb.manager")
    assert server.api(PROPOSAL, {"id": first["id"]}, manager)["proposal"] == {
        "status": "COMPLETED",
        "outcomeAmount": "800000.00",
        "outcomeNote": None,
    }
    assert server.api(PROPOSAL, {"id": second["id"]}, manager)["proposal"] == {
        "status": "DECLINED",
        "outcomeAmount": None,
        "outcomeNote": "抵押物评估不足",
    }


def _choose(page, field: str, option: str) -> None:
    """Picks an option of a multiple select, then closes its list by clicking the form's title."""
    dialog = page.get_by_role("dialog")
    dialog.get_by_label(field).click(force=True)  # the placeholder lies over the input
    page.get_by_role("option", name=option, exact=True).click()
    dialog.locator(".el-dialog__header").click()


def test_the_bank_manager_lists_a_product_and_finds_it_in_the_list(page, server):
    sign_in(page, "cjstb.manager")
    page.get_by_role("menuitem", name="信贷产品").click()
    products = page.locator("[data-test=products]")
    products.locator(".el-table__body tr").first.wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "bank-products")
    page.get_by_role("button", name="新建产品").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("产品名称").fill("光谷科创积分贷")
    dialog.get_by_label("最低额度").fill("50")
    dialog.get_by_label("最高额度").fill("20")
    dialog.get_by_label("最低年利率").fill("3.45")
    dialog.get_by_label("最高年利率").fill("4.8")
    _choose(page, "担保方式", "信用")
    _choose(page, "适用园区", "光湖生物科技园")
    dialog.get_by_label("额度总金额").fill("5000")
    dialog.get_by_role("button", name="保存").click()
    # The API words the range's error in Chinese, beside the field it names.
    dialog.locator(".el-form-item", has=page.get_by_label("最低额度")).get_by_text(
        "最小值大于最大值"
    ).wait_for(timeout=TIMEOUT_MS)
    dialog.get_by_label("最高额度").fill("500")
    dialog.get_by_role("button", name="保存").click()
    row = products.locator(".el-table__body tr", has_text="光谷科创积分贷").first
    row.wait_for(timeout=TIMEOUT_MS)
    row.get_by_text("50 万元–500 万元").wait_for()
    row.get_by_text("剩余 10 / 10").wait_for()

    manager = server.login("cjstb.manager")
    listed = [
        e["node"]
        for e in server.api(PRODUCTS, token=manager)["creditProducts"]["edges"]
        if e["node"]["name"] == "光谷科创积分贷"
    ]
    assert listed == [
        {
            "name": "光谷科创积分贷",
            "minAmount": "500000.00",
            "maxAmount": "5000000.00",
            "parks": [{"name": "光湖生物科技园"}],
        }
    ]


def test_the_bank_manager_lists_an_lpr_linked_product_and_sees_its_rate_in_force(page, server):
    sign_in(page, "cjstb.manager")
    page.get_by_role("menuitem", name="信贷产品").click()
    page.locator("[data-test=products] .el-table__body tr").first.wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("button", name="新建产品").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("产品名称").fill("光谷 LPR 科创贷")
    dialog.get_by_label("最低额度").fill("50")
    dialog.get_by_label("最高额度").fill("500")
    dialog.get_by_text("LPR（1年期）加点").click()
    assert dialog.get_by_label("最低年利率").count() == 0
    _choose(page, "担保方式", "信用")
    _choose(page, "适用园区", "光湖生物科技园")
    dialog.get_by_label("额度总金额").fill("5000")
    dialog.get_by_role("button", name="保存").click()
    # A spread is what an LPR-linked rate needs.
    dialog.get_by_text("请填写加点（基点）").wait_for(timeout=TIMEOUT_MS)
    dialog.get_by_label("加点（基点）").fill("50")
    dialog.get_by_label("利率下限").fill("3.2")
    dialog.get_by_role("button", name="保存").click()
    row = page.locator("[data-test=products] .el-table__body tr", has_text="光谷 LPR 科创贷").first
    row.wait_for(timeout=TIMEOUT_MS)

    manager = server.login("cjstb.manager")
    (listed,) = [
        e["node"]
        for e in server.api(LPR_PRODUCTS, token=manager)["creditProducts"]["edges"]
        if e["node"]["name"] == "光谷 LPR 科创贷"
    ]
    assert listed["rateBasis"] == "LPR_1Y" and listed["spreadBp"] == 50
    assert listed["floorRate"] is not None and listed["ceilingRate"] is None
    row.get_by_text(f"LPR 1年期 +50 基点（现行 {listed['rateInForce']}%）").wait_for()
    screenshot(page, "bank-lpr-product")


def _need(page, text: str):
    return page.locator("[data-test=needs] .el-table__body tr", has_text=text).first


def test_a_company_posts_a_financing_need_after_a_chinese_error_on_its_amount(page, server):
    sign_in(page, "ruikang")
    page.wait_for_url("**/company/profile", timeout=TIMEOUT_MS)
    page.locator("[data-test=verification]").get_by_text("认证状态：已认证").wait_for(
        timeout=TIMEOUT_MS
    )
    screenshot(page, "company-profile")
    page.get_by_role("menuitem", name="融资需求").click()
    page.get_by_role("button", name="发布融资需求").click()
    dialog = page.get_by_role("dialog")
    dialog.get_by_label("申请金额").fill("0")
    dialog.get_by_label("资金用途").fill("GMP 车间改造")
    _choose(page, "担保方式", "知识产权质押")
    dialog.get_by_label("可接受最高年利率").fill("5.5")
    dialog.get_by_role("button", name="发布").click()
    amount = dialog.locator(".el-form-item", has=page.get_by_label("申请金额"))
    amount.get_by_text("金额须大于 0").wait_for(timeout=TIMEOUT_MS)
    company = server.login("ruikang")
    assert "GMP 车间改造" not in str(server.api(NEEDS, token=company))

    dialog.get_by_label("申请金额").fill("350")
    dialog.get_by_role("button", name="发布").click()
    row = _need(page, "GMP 车间改造")
    row.locator("[data-status=OPEN]").wait_for(timeout=TIMEOUT_MS)
    assert row.locator("[data-status=OPEN]").inner_text() == "待匹配"
    row.get_by_text("350 万元").wait_for()
    screenshot(page, "company-financing")
    (posted,) = [
        e["node"]
        for e in server.api(NEEDS, token=company)["financingNeeds"]["edges"]
        if e["node"]["purpose"] == "GMP 车间改造"
    ]
    assert (posted["amount"], posted["status"]) == ("3500000.00", "OPEN")


def test_a_company_withdraws_an_open_need(page, server):
    company = server.login("ruikang")
    needs = [e["node"] for e in server.api(NEEDS, token=company)["financingNeeds"]["edges"]]
    need = next(n for n in needs if n["status"] == "OPEN")
    sign_in(page, "ruikang")
    page.get_by_role("menuitem", name="融资需求").click()
    page.get_by_role("button", name=f"撤回 {need['purpose']}").click()
    page.get_by_role("tooltip").get_by_role("button", name="确定").click()
    page.get_by_text(f"已撤回：{need['purpose']}").wait_for(timeout=TIMEOUT_MS)
    _need(page, need["purpose"]).locator("[data-status=WITHDRAWN]").wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("menuitem", name="招聘需求").click()
    page.locator("[data-test=needs] .el-table__body tr").first.wait_for(timeout=TIMEOUT_MS)
    screenshot(page, "company-hiring")
    after = {
        n["id"]: n
        for n in (e["node"] for e in server.api(NEEDS, token=company)["financingNeeds"]["edges"])
    }
    assert after[need["id"]]["status"] == "WITHDRAWN"


def _pick(page, field: str, option) -> None:
    """Picks an option of a single select and waits for its list to close: a click on the next
    field while this list is still closing opened nothing (seen under load)."""
    page.get_by_label(field).click(force=True)  # the placeholder lies over the input
    choice = page.get_by_role("option", name=option).first
    choice.click()
    choice.wait_for(state="hidden", timeout=TIMEOUT_MS)


def test_a_company_registers_after_a_chinese_error_on_its_credit_code_and_lands_signed_in(
    page, server
):
    page.goto("/login")
    page.get_by_role("link", name="企业注册").click()
    page.wait_for_url("**/register", timeout=TIMEOUT_MS)
    page.get_by_label("用户名").fill("xinrui")
    page.get_by_label("密码").fill("xinrui-password-2026")
    page.get_by_label("企业名称").fill("武汉新锐检测技术有限公司")
    page.get_by_label("统一社会信用代码").fill("91420100MA4K00001X")
    _pick(page, "所在园区", "光湖生物科技园")
    page.get_by_label("成立日期").fill("2019-05-01")
    page.get_by_label("成立日期").press("Enter")
    _pick(page, "行业", re.compile("^M "))
    _pick(page, "划型", "小型")
    page.get_by_label("营业收入（年）").fill("2000")
    page.get_by_role("button", name="注册并登录").click()
    code = page.locator(".el-form-item", has=page.get_by_label("统一社会信用代码"))
    code.get_by_text("统一社会信用代码无效").wait_for(timeout=TIMEOUT_MS)
    assert "/register" in page.url

    page.get_by_label("统一社会信用代码").fill(VALID_USCC)
    page.get_by_role("button", name="注册并登录").click()
    page.wait_for_url("**/company/profile", timeout=TIMEOUT_MS)
    page.locator("[data-test=verification]").get_by_text("待认证").first.wait_for(
        timeout=TIMEOUT_MS
    )
    screenshot(page, "company-registered")
    me = server.api(REGISTERED, token=server.login("xinrui", "xinrui-password-2026"))["me"]
    assert me["company"] == {
        "name": "武汉新锐检测技术有限公司",
        "uscc": VALID_USCC,
        "verified": False,
        "sizeClass": "SMALL",
        "annualRevenue": "20000000.00",
        "park": {"name": "光湖生物科技园"},
    }
