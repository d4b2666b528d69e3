"""Excel workbooks (.xlsx, Chinese headers) the park office's monthly summary starts from: a
round's proposals and unmatched needs, and the park's figures for a period. Every read goes
through the same policy as the API's queries."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from server.locale import Locale
from server.locale.reasons import reason_text, verdict_text
from server.models import Proposal
from server.services import lookups, policy, rounds, stats, trends
from server.services.viewer import Viewer
from server.services.workbooks import Book
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


def wan(fen: int | None) -> float | None:
    return None if fen is None else round(fen / WAN, 2)


@dataclass(frozen=True, slots=True)
class Related:
    """What a sheet of proposals names beside each one, loaded in one query per table."""

    companies: dict
    needs: dict
    hiring: dict
    products: dict
    banks: dict
    drives: dict
    users: dict

    @classmethod
    async def of(
        cls, proposals: Sequence[Proposal], unmatched: Sequence[rounds.UnmatchedEntry] = ()
    ) -> Related:
        products = await _by_id("CreditProduct", [p.product_id for p in proposals])
        return cls(
            companies=await _by_id(
                "Company", [p.company_id for p in proposals] + [u.company_id for u in unmatched]
            ),
            needs=await _by_id(
                "FinancingNeed",
                [p.financing_need_id for p in proposals] + [u.need_id for u in unmatched],
            ),
            hiring=await _by_id("HiringNeed", [h for p in proposals for h in p.hiring_need_ids]),
            products=products,
            banks=await _by_id("Bank", [p.bank_id for p in products.values()]),
            drives=await _by_id("RecruitmentDrive", [p.drive_id for p in proposals]),
            users=await _by_id("User", [p.decided_by_id for p in proposals]),
        )

    def need_and_target(self, p: Proposal) -> tuple[str, str, str]:
        """The need's purpose (or jobs), the product (or drive) and the bank."""
        if p.kind == MatchKind.FINANCING:
            product = self.products[p.product_id]
            return (
                self.needs[p.financing_need_id].purpose,
                product.name,
                self.banks[product.bank_id].name,
            )
        jobs = "、".join(self.hiring[h].title for h in p.hiring_need_ids if h in self.hiring)
        return jobs, self.drives[p.drive_id].title, ""

    def decider(self, p: Proposal) -> str:
        user = self.users.get(p.decided_by_id)
        return user.username if user else ""


def local(moment: datetime | None, zone: ZoneInfo) -> datetime | str:
    return moment.astimezone(zone) if moment else ""


async def round_workbook(viewer: Viewer | None, round_id: int, zone: ZoneInfo) -> tuple[str, bytes]:
    """The round's proposals, best score first, and its unmatched needs."""
    found = await rounds.get_round(viewer, round_id)
    proposals = await Proposal.filter(policy.proposal_scope(viewer), round_id=found.id).order_by(
        "-score", "id"
    )
    unmatched = await rounds.unmatched_of(found.id, found.kind)
    related = await Related.of(proposals, unmatched)

    def proposal_row(p: Proposal) -> list:
        company = related.companies[p.company_id]
        need, target, bank = related.need_and_target(p)
        return [
            company.name,
            company.uscc,
            company.size_class.label,
            need,
            wan(p.amount_fen),
            target,
            bank,
            round(p.score, 4),
            ProposalStatus(p.status).label,
            "；".join(reason_text(r, ZH) for r in p.reasons),
            related.decider(p),
            local(p.decided_at, zone),
            p.decision_note or "",
        ]

    def unmatched_row(entry: rounds.UnmatchedEntry) -> list:
        company = related.companies[entry.company_id]
        financing_need = related.needs.get(entry.need_id)
        return [
            company.name,
            company.uscc,
            financing_need.purpose if financing_need else "用工需求",
            verdict_text(entry.reason, entry.blocking_rules, ZH),
        ]

    name = f"匹配轮次-{MatchKind(found.kind).label}-{found.created_at:%Y%m%d}-{found.id}.xlsx"
    book = Book()
    book.table("匹配建议", PROPOSAL_HEADERS, map(proposal_row, proposals))
    book.table("未匹配", UNMATCHED_HEADERS, map(unmatched_row, unmatched))
    return name, book.content()


async def _by_id(type_name: str, ids: Iterable[int | None]) -> dict:
    wanted = sorted({pk for pk in ids if pk is not None})
    return {row.id: row for row in await lookups.by_ids(type_name, wanted) if row is not None}


def figure_row(label: str, figures: stats.ParkStats) -> list:
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
        wan(figures.financing_requested_fen),
        wan(figures.financing_confirmed_fen),
        wan(figures.financing_disbursed_fen),
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
    name = f"园区数据-{span.since:%Y%m%d}-{span.until:%Y%m%d}.xlsx"
    book = Book()
    book.table("总体", FIGURE_HEADERS, [figure_row(f"{span.since} 至 {span.until}", overall)])
    book.table("按月", FIGURE_HEADERS, [figure_row(g.key, g.figures) for g in months])
    book.table("按企业划型", FIGURE_HEADERS, size_class_rows(sizes))
    book.table("按行业", FIGURE_HEADERS, industry_rows(industries))
    return name, book.content()


def size_class_rows(groups: Iterable[trends.Group]) -> list[list]:
    labels = {size.value: size.label for size in SizeClass}
    return [figure_row(labels[g.key], g.figures) for g in groups]


def industry_rows(groups: Iterable[trends.Group]) -> list[list]:
    return [figure_row(f"{g.key} {INDUSTRY_SECTIONS[g.key]}", g.figures) for g in groups]
