"""The park's monthly summary (月总结) as an Excel workbook with Chinese headers: the month's
figures overall, by size class and by industry, each with its chart, the proposals confirmed
or completed in the month, and the service clocks overdue at its end with whose turn it is. The
figures are parkStats's for the needs posted in the month."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date
from zoneinfo import ZoneInfo

from tortoise.expressions import Q

from server.errors import BadInput
from server.models import FinancingNeed, Park, Proposal
from server.services import clocks, lookups, policy, stats, trends
from server.services.exports import (
    FIGURE_HEADERS,
    Related,
    figure_row,
    industry_rows,
    local,
    size_class_rows,
    wan,
)
from server.services.viewer import Viewer
from server.services.workbooks import Book
from server.standards import INDUSTRY_SECTIONS, MatchKind, ProposalStatus

MONTH = re.compile(r"(\d{4})-(0[1-9]|1[0-2])")
DECIDED = (ProposalStatus.CONFIRMED, ProposalStatus.COMPLETED, ProposalStatus.DECLINED)
PROPOSAL_HEADERS = (
    "企业名称", "统一社会信用代码", "企业划型", "行业", "类型", "需求", "产品 / 招聘会",
    "银行", "确认金额（万元）", "确认人", "确认时间", "状态", "放款金额（万元）", "录用人数",
    "结果登记时间",
)  # fmt: skip
OVERDUE_HEADERS = (
    "事项", "责任方", "企业名称", "需求", "产品 / 招聘会", "银行", "起算日期", "到期日",
    "逾期工作日",
)  # fmt: skip
# Columns of FIGURE_HEADERS the charts draw: financing requested / confirmed / disbursed, and
# needs posted / resolved.
FINANCING_COLUMNS = (7, 8, 9)
NEEDS_COLUMNS = (1, 3)


def month_of(text: str, field: str = "month") -> date:
    """`YYYY-MM` as the month's first day."""
    found = MONTH.fullmatch(text)
    if found is None:
        raise BadInput(f"{field} must be a month (YYYY-MM)", field=field)
    return date(int(found[1]), int(found[2]), 1)


def _last_day(month: date) -> date:
    return month.replace(day=monthrange(month.year, month.month)[1])


async def monthly_workbook(
    viewer: Viewer | None, park_id: int, month: date, today: date, zone: ZoneInfo
) -> tuple[str, bytes]:
    if month > today:
        raise BadInput("month must not be after the current month", field="month")
    until = _last_day(month)
    span = await trends.period(viewer, park_id, month, until, today, zone)
    park = await Park.get(id=park_id)
    overall = await stats.park_stats(viewer, park_id, month, until, zone)
    sizes = await trends.by_size_class(viewer, span)
    industries = await trends.by_industry(viewer, span)
    low, high = stats.bounds(month, until, zone)
    decided = await Proposal.filter(
        policy.proposal_scope(viewer),
        Q(decided_at__gte=low, decided_at__lt=high) | Q(outcome_at__gte=low, outcome_at__lt=high),
        park_id=park_id,
        status__in=DECIDED,
    ).order_by("decided_at", "id")
    related = await Related.of(decided)

    def proposal_row(p: Proposal) -> list:
        company = related.companies[p.company_id]
        need, target, bank = related.need_and_target(p)
        return [
            company.name,
            company.uscc,
            company.size_class.label,
            f"{company.industry} {INDUSTRY_SECTIONS[company.industry]}",
            MatchKind(p.kind).label,
            need,
            target,
            bank,
            wan(p.amount_fen),
            related.decider(p),
            local(p.decided_at, zone),
            ProposalStatus(p.status).label,
            wan(p.outcome_amount_fen),
            p.hires if p.hires is not None else "",
            local(p.outcome_at, zone),
        ]

    overdue = await clocks.overdue_at_end_of(park_id, until, zone)
    late_proposals = [listed.item.proposal for listed in overdue if listed.item.proposal]
    late_related = await Related.of(late_proposals)
    late_companies = {
        company.id: company
        for company in await lookups.by_ids(
            "Company",
            sorted({listed.item.need.company_id for listed in overdue if listed.item.need}),
        )
    }

    def overdue_row(listed: clocks.Listed) -> list:
        item = listed.item
        if item.proposal is not None:
            company = late_related.companies[item.proposal.company_id]
            need, target, bank = late_related.need_and_target(item.proposal)
        else:
            company = late_companies[item.need.company_id]
            need = item.need.purpose if isinstance(item.need, FinancingNeed) else item.need.title
            target = bank = ""
        return [
            item.clock.label,
            item.owner.label,
            company.name,
            need,
            target,
            bank,
            item.started_on.isoformat(),
            item.due_on.isoformat(),
            listed.working_days_overdue,
        ]

    title = (
        f"{park.name} {month:%Y 年 %m 月}服务月报",
        f"统计区间：{month} 至 {until}（按需求发布日期）",
    )
    book = Book()
    book.table("月度概况", FIGURE_HEADERS, [figure_row(f"{month:%Y-%m}", overall)], title)
    by_size = book.table("按企业划型", FIGURE_HEADERS, size_class_rows(sizes), title)
    book.column_chart(by_size, "融资金额（万元）", FINANCING_COLUMNS, FIGURE_HEADERS)
    by_industry = book.table("按行业", FIGURE_HEADERS, industry_rows(industries), title)
    book.column_chart(by_industry, "需求与解决", NEEDS_COLUMNS, FIGURE_HEADERS)
    book.table("确认与完成", PROPOSAL_HEADERS, map(proposal_row, decided), title)
    late_title = (*title[:1], f"截至 {until} 日终仍逾期的服务事项")
    book.table("逾期事项", OVERDUE_HEADERS, map(overdue_row, overdue), late_title)
    return f"月报-{park.code}-{month:%Y-%m}.xlsx", book.content()
