"""The monthly report (月总结): GET /reports/{parkId}/{YYYY-MM}.xlsx, an officer's workbook whose
figures are parkStats's for the month, with the proposals confirmed or completed in it and the
service clocks overdue at its end."""

from __future__ import annotations

import io
import zipfile
from calendar import monthrange
from decimal import Decimal

import openpyxl

from schema.ids import from_global
from server.models import FinancingNeed, Proposal
from tests.api import operations as ops
from tests.api.world import park_time, park_today

PUBLISH = """
mutation($park: ID!) {
  proposeMatches(parkId: $park, kind: FINANCING) {
    proposals(first: 100) {
      edges { node { id amount company { id name } product { name bank { id } } } }
    }
  }
}
"""


def _month() -> tuple[str, str, str]:
    today = park_today()
    last = monthrange(today.year, today.month)[1]
    return f"{today:%Y-%m}", f"{today:%Y-%m}-01", f"{today:%Y-%m}-{last:02d}"


async def _confirm_and_disburse(world) -> dict:
    """A published round whose best proposal is confirmed and its loan paid out in part."""
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    published = await world.as_("officer1", PUBLISH, {"park": world.ids["park1"]})
    proposal = published["proposeMatches"]["proposals"]["edges"][0]["node"]
    await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
    company = "companyA" if proposal["company"]["id"] == world.ids["companyA"] else "companyB"
    await world.as_(company, ops.CONSENT, {"id": proposal["id"]})
    manager = "manager1" if proposal["product"]["bank"]["id"] == world.ids["bank1"] else "manager2"
    paid = Decimal(proposal["amount"]) / 2
    await world.as_(manager, ops.LOAN_OUTCOME, {"id": proposal["id"], "d": True, "a": str(paid)})
    return proposal | {"paid": paid}


async def _report(world, who: str | None, park: str = "park1", month: str | None = None):
    headers = {"Authorization": f"Bearer {world.tokens[who]}"} if who else {}
    return await world.api.client.get(
        f"/reports/{world.ids[park]}/{month or _month()[0]}.xlsx", headers=headers
    )


def _rows(book, sheet: str) -> list[tuple]:
    return [row for row in book[sheet].iter_rows(values_only=True) if any(row)]


def _wan(value) -> float:
    return round(float(Decimal(value)) / 10_000, 2)


async def test_the_monthly_report_holds_the_months_figures_and_decided_proposals(world):
    proposal = await _confirm_and_disburse(world)
    month, since, until = _month()
    figures = (
        await world.as_(
            "officer1", ops.PARK_STATS, {"park": world.ids["park1"], "since": since, "until": until}
        )
    )["parkStats"]

    response = await _report(world, "officer1")

    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in response.headers["content-disposition"]
    book = openpyxl.load_workbook(io.BytesIO(response.content))
    assert book.sheetnames == ["月度概况", "按企业划型", "按行业", "确认与完成", "逾期事项"]
    title, period, headers, overall = _rows(book, "月度概况")
    assert "光谷生物城" in title[0] and month.replace("-", " 年 ") in title[0]
    assert since in period[0] and until in period[0]
    row = dict(zip(headers, overall, strict=True))
    assert row["发布需求"] == figures["needsPosted"]
    assert row["曾获确认"] == figures["needsMatched"] == 1
    assert row["已解决"] == figures["needsFulfilled"] == 1
    assert row["融资申请（万元）"] == _wan(figures["financingRequested"])
    assert row["融资确认（万元）"] == _wan(figures["financingConfirmed"])
    assert row["融资放款（万元）"] == _wan(figures["financingDisbursed"]) == _wan(proposal["paid"])
    assert row["招聘人数"] == figures["headcountRequested"]

    # The size-class sheet adds up to the month's total.
    size_headers, *sizes = _rows(book, "按企业划型")[2:]
    column = size_headers.index("发布需求")
    assert sum(size[column] for size in sizes) == figures["needsPosted"]

    decided_headers, *decided = _rows(book, "确认与完成")[2:]
    assert len(decided) == 1
    decided_row = dict(zip(decided_headers, decided[0], strict=True))
    assert decided_row["企业名称"] == proposal["company"]["name"]
    assert decided_row["产品 / 招聘会"] == proposal["product"]["name"]
    assert decided_row["状态"] == "已完成"
    assert decided_row["确认人"] == "officer1"
    assert decided_row["放款金额（万元）"] == _wan(proposal["paid"])

    with zipfile.ZipFile(io.BytesIO(response.content)) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
    assert len(charts) == 2


async def test_the_report_is_for_the_parks_officers_and_admins_only(world):
    assert (await _report(world, "admin")).status_code == 200
    for who in ("officer2", "manager1", "companyA"):
        assert (await _report(world, who)).status_code == 403, who
    assert (await _report(world, None)).status_code == 401


async def test_a_month_that_is_not_one_or_is_yet_to_come_is_refused(world):
    today = park_today()
    next_month = f"{today.year + today.month // 12}-{today.month % 12 + 1:02d}"
    for month in ("2026-13", "2026-1", "november", next_month):
        refused = await _report(world, "officer1", month=month)
        assert refused.status_code == 400, month
        (error,) = refused.json()["errors"]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "month"}


async def test_the_report_lists_what_was_overdue_at_the_months_end_and_whose_turn_it_was(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    published = await world.as_("officer1", PUBLISH, {"park": world.ids["park1"]})
    (loan,) = published["proposeMatches"]["proposals"]["edges"]
    await world.as_("officer1", ops.CONFIRM, {"id": loan["node"]["id"]})
    # Set by hand to November 2026 (default due times: 5, 3 and 20 working days): A's loan,
    # confirmed on the 2nd, was due by the end of the 30th, and A's consent to it by the end of
    # the 5th; B's need, posted on the 16th, by the end of the 23rd, and it was never proposed.
    # As November ended, all three were late.
    a_need = from_global("FinancingNeed", world.ids["companyA.financing"], "id")
    await FinancingNeed.filter(id=a_need).update(
        created_at=park_time("2026-11-02 08:00"), first_proposed_at=park_time("2026-11-02 09:00")
    )
    await Proposal.filter(id=from_global("Proposal", loan["node"]["id"], "id")).update(
        decided_at=park_time("2026-11-02 10:00")
    )
    b_need = from_global("FinancingNeed", world.ids["companyB.financing"], "id")
    await FinancingNeed.filter(id=b_need).update(created_at=park_time("2026-11-16 10:00"))

    report = await _report(world, "officer1", month="2026-11")
    _, note, headers, *rows = _rows(openpyxl.load_workbook(io.BytesIO(report.content)), "逾期事项")
    assert "2026-11-30" in note[0]
    late = [dict(zip(headers, row, strict=True)) for row in rows]
    # Most overdue first; late by the working days up to 1 December, when November had ended.
    assert [
        (r["事项"], r["责任方"], r["企业名称"], r["到期日"], r["逾期工作日"]) for r in late
    ] == [
        ("企业授权", "企业", "武汉芯测科技有限公司", "2026-11-05", 18),
        ("首次推荐", "园区工作人员", "光谷精密制造有限公司", "2026-11-23", 6),
        ("结果登记", "银行客户经理", "武汉芯测科技有限公司", "2026-11-30", 1),
    ]
    assert late[2]["产品 / 招聘会"] == "科创信用贷" and late[2]["银行"] == "湖北银行"
    assert late[1]["需求"] == "研发设备采购" and late[1]["产品 / 招聘会"] is None
