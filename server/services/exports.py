"""Excel workbooks (.xlsx, Chinese headers) the park office's monthly summary starts from: a
round's proposals and unmatched needs, and the park's figures for a period. Every read goes
through the same policy as the API's queries."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from datetime import date
from zoneinfo import ZoneInfo

import xlsxwriter

from server.locale import Locale
from server.locale.reasons import reason_text, verdict_text
from server.models import Proposal
from server.services import lookups, policy, rounds, stats, trends
from server.services.viewer import Viewer
from server.standards import INDUSTRY_SECTIONS, MatchKind, ProposalStatus, SizeClass

ZH = Locale.ZH
WAN = 10_000 * 100  # fen in 万元

PROPOSAL_HEADERS = (
    "企业名称", "统一社会信用代码", "企业划型", "需求", "金额（万元）", "产品 / 招聘会", "银行",
    "得分", "状态", "匹配理由", "决定人", "决定时间", "决定说明",
)  # fmt: skip
UNMATCHED_HEADERS = ("企业名称", "统一社会信用代码", "需求", "未匹配原因")
FIGURE_HEADERS = (
    "分组", "发布需求", "曾获确认", "已解决", "已撤回", "解决率", "确认中位时长（小时）",
    "融资申请（万元）", "融资确认（万元）", "融资放款（万元）", "招聘人数", "录用人数",
)  # fmt: skip


def _workbook(sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence]]]) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, {"in_memory": True, "remove_timezone": True})
    bold = book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1})
    for name, headers, rows in sheets:
        sheet = book.add_worksheet(name)
        sheet.write_row(0, 0, headers, bold)
        sheet.freeze_panes(1, 0)
        for index, values in enumerate(rows, start=1):
            sheet.write_row(index, 0, values)
        sheet.set_column(0, len(headers) - 1, 16)
    book.close()
    return buffer.getvalue()


def _wan(fen: int | None) -> float | None:
    return None if fen is None else round(fen / WAN, 2)


async def round_workbook(viewer: Viewer | None, round_id: int) -> tuple[str, bytes]:
    """The round's proposals, best score first, and its unmatched needs."""
    found = await rounds.get_round(viewer, round_id)
    proposals = await Proposal.filter(policy.proposal_scope(viewer), round_id=found.id).order_by(
        "-score", "id"
    )
    unmatched = await rounds.unmatched_of(found.id, found.kind)
    company_ids = [p.company_id for p in proposals] + [u.company_id for u in unmatched]
    companies = dict(zip(company_ids, await lookups.by_ids("Company", company_ids), strict=True))
    needs = await _by_id("FinancingNeed", [p.financing_need_id for p in proposals])
    needs |= await _by_id("FinancingNeed", [u.need_id for u in unmatched])
    hiring = await _by_id("HiringNeed", [h for p in proposals for h in p.hiring_need_ids])
    products = await _by_id("CreditProduct", [p.product_id for p in proposals])
    banks = await _by_id("Bank", [p.bank_id for p in products.values()])
    drives = await _by_id("RecruitmentDrive", [p.drive_id for p in proposals])
    users = await _by_id("User", [p.decided_by_id for p in proposals])

    def proposal_row(p: Proposal) -> list:
        company = companies[p.company_id]
        if p.kind == MatchKind.FINANCING:
            product = products[p.product_id]
            need, target, bank = (
                needs[p.financing_need_id].purpose,
                product.name,
                banks[product.bank_id].name,
            )
        else:
            need = "、".join(hiring[h].title for h in p.hiring_need_ids if h in hiring)
            target, bank = drives[p.drive_id].title, ""
        decider = users.get(p.decided_by_id)
        return [
            company.name,
            company.uscc,
            company.size_class.label,
            need,
            _wan(p.amount_fen),
            target,
            bank,
            round(p.score, 4),
            ProposalStatus(p.status).label,
            "；".join(reason_text(r, ZH) for r in p.reasons),
            decider.username if decider else "",
            p.decided_at.astimezone(ZoneInfo("Asia/Shanghai")) if p.decided_at else "",
            p.decision_note or "",
        ]

    def unmatched_row(entry: rounds.UnmatchedEntry) -> list:
        company = companies[entry.company_id]
        need = needs[entry.need_id].purpose if entry.need_id in needs else "用工需求"
        return [
            company.name,
            company.uscc,
            need,
            verdict_text(entry.reason, entry.blocking_rules, ZH),
        ]

    name = f"匹配轮次-{MatchKind(found.kind).label}-{found.created_at:%Y%m%d}-{found.id}.xlsx"
    return name, _workbook(
        [
            ("匹配建议", PROPOSAL_HEADERS, map(proposal_row, proposals)),
            ("未匹配", UNMATCHED_HEADERS, map(unmatched_row, unmatched)),
        ]
    )


async def _by_id(type_name: str, ids: Iterable[int | None]) -> dict:
    wanted = sorted({pk for pk in ids if pk is not None})
    return {row.id: row for row in await lookups.by_ids(type_name, wanted) if row is not None}


def _figure_row(label: str, figures: stats.ParkStats) -> list:
    rate = figures.resolution_rate
    hours = figures.median_hours_to_confirm
    return [
        label,
        figures.needs_posted,
        figures.needs_matched,
        figures.needs_fulfilled,
        figures.needs_withdrawn,
        "" if rate is None else f"{rate:.1%}",
        "" if hours is None else round(hours, 1),
        _wan(figures.financing_requested_fen),
        _wan(figures.financing_confirmed_fen),
        _wan(figures.financing_disbursed_fen),
        figures.headcount_requested,
        figures.hires_recorded,
    ]


async def figures_workbook(
    viewer: Viewer | None,
    park_id: int,
    since: date | None,
    until: date | None,
    today: date,
    zone: ZoneInfo,
) -> tuple[str, bytes]:
    """The park's figures for the period, overall and by month, size class and industry."""
    span = await trends.period(viewer, park_id, since, until, today, zone)
    overall = await stats.park_stats(viewer, park_id, span.since, span.until, zone)
    months = await trends.by_month(viewer, span)
    sizes = await trends.by_size_class(viewer, span)
    industries = await trends.by_industry(viewer, span)
    size_labels = {size.value: size.label for size in SizeClass}
    name = f"园区数据-{span.since:%Y%m%d}-{span.until:%Y%m%d}.xlsx"
    return name, _workbook(
        [
            ("总体", FIGURE_HEADERS, [_figure_row(f"{span.since} 至 {span.until}", overall)]),
            ("按月", FIGURE_HEADERS, [_figure_row(g.key, g.figures) for g in months]),
            (
                "按企业划型",
                FIGURE_HEADERS,
                [_figure_row(size_labels[g.key], g.figures) for g in sizes],
            ),
            (
                "按行业",
                FIGURE_HEADERS,
                [_figure_row(f"{g.key} {INDUSTRY_SECTIONS[g.key]}", g.figures) for g in industries],
            ),
        ]
    )
