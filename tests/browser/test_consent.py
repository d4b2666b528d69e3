"""Consent before disclosure in the console: the bank's lead stays anonymous until the company
consents on its own page, then shows the company, live; each step checked again through the API."""

from __future__ import annotations

from server.demo import COMPANIES
from tests.browser.browser import screenshot, watched_page
from tests.browser.console import TIMEOUT_MS, sign_in
from tests.browser.test_parties import CONFIRM, _bank_leads

USERNAME_OF = {company.name: company.username for company in COMPANIES}
AS_BANK = "query($id: ID!) { proposal(id: $id) { company { name } consent { status } } }"


def test_the_company_consents_and_the_bank_sees_who_it_is(page, server, browser):
    lead, *_ = _bank_leads(server, "CTRCB")
    name = lead["company"]["name"]
    server.api(CONFIRM, {"id": lead["id"]}, server.login("gh.officer"))

    sign_in(page, "ctrcb.manager")
    page.wait_for_url("**/bank/leads", timeout=TIMEOUT_MS)
    rows = page.locator("[data-test=leads] .el-table__body tr")
    anonymous = rows.filter(has=page.locator("[data-consent=PENDING]")).first
    anonymous.wait_for(timeout=TIMEOUT_MS)
    anonymous.get_by_text("待企业授权").first.wait_for()
    assert name not in page.locator("[data-test=leads]").inner_text()
    assert anonymous.get_by_role("button", name="登记结果").count() == 0
    screenshot(page, "bank-anonymous-lead")

    with watched_page(browser, server.url) as (company_page, watched):
        sign_in(company_page, USERNAME_OF[name])
        company_page.get_by_role("menuitem", name="银行对接授权").click()
        consents = company_page.locator("[data-test=consents] .el-table__body tr")
        pending = consents.filter(has=company_page.locator("[data-consent=PENDING]")).first
        pending.wait_for(timeout=TIMEOUT_MS)
        screenshot(company_page, "company-consents")
        pending.get_by_role("button", name="同意披露").click()
        company_page.locator(".el-popconfirm").get_by_role("button", name="确定").click()
        company_page.locator("[data-test=consents] [data-consent=GIVEN]").wait_for(
            timeout=TIMEOUT_MS
        )
        assert not watched.problems, "\n".join(watched.problems)

    # The bank's page shows the company at once, and lets it record the outcome.
    disclosed = rows.filter(has_text=name).first
    disclosed.wait_for(timeout=TIMEOUT_MS)
    disclosed.locator("[data-consent=GIVEN]").wait_for(timeout=TIMEOUT_MS)
    page.get_by_role("button", name=f"登记结果 {name}").wait_for(timeout=TIMEOUT_MS)
    manager = server.login("ctrcb.manager")
    assert server.api(AS_BANK, {"id": lead["id"]}, manager)["proposal"] == {
        "company": {"name": name},
        "consent": {"status": "GIVEN"},
    }
