"""A park's figures over a period, broken down by month, by size class (inclusive finance) and
by industry: parkStats's figures for each group, plus its needs by their status now."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from zoneinfo import ZoneInfo

from tortoise.expressions import Q, Subquery
from tortoise.functions import Count

from server.errors import BadInput, NotFound
from server.models import Company, FinancingNeed, HiringNeed, Park
from server.services import policy, stats
from server.services.viewer import Viewer
from server.standards import NeedStatus, SizeClass

MAX_MONTHS = 36
DEFAULT_MONTHS = 12


@dataclass(frozen=True, slots=True)
class Group:
    key: str  # "2026-11", a size class or an industry section
    figures: stats.ParkStats
    needs_by_status: list[tuple[NeedStatus, int]]


@dataclass(frozen=True, slots=True)
class Period:
    park_id: int
    since: date
    until: date
    zone: ZoneInfo


def _month_start(day: date, back: int = 0) -> date:
    months = day.year * 12 + day.month - 1 - back
    return date(months // 12, months % 12 + 1, 1)


async def period(
    viewer: Viewer | None,
    park_id: int,
    since: date | None,
    until: date | None,
    today: date,
    zone: ZoneInfo,
) -> Period:
    """The period asked for, checked; by default the twelve months up to today."""
    viewer = policy.signed_in(viewer)
    if not await Park.filter(id=park_id).exists():
        raise NotFound("No such park")
    policy.require_park_figures_viewer(viewer, park_id)
    until = until or today
    since = since or _month_start(until, DEFAULT_MONTHS - 1)
    stats.bounds(since, until, zone)
    if len(_months(since, until)) > MAX_MONTHS:
        raise BadInput(f"since: a trend spans at most {MAX_MONTHS} months", field="since")
    return Period(park_id, since, until, zone)


def _months(since: date, until: date) -> list[tuple[date, date]]:
    """Each calendar month touching the period, clipped to it."""
    spans = []
    start = since
    while start <= until:
        following = _month_start(start, -1)
        spans.append((start, min(until, following - timedelta(days=1))))
        start = following
    return spans


async def _group(viewer, key: str, span: Period, since: date, until: date, companies: Q) -> Group:
    figures = await stats.park_stats(
        viewer, span.park_id, since, until, span.zone, companies=companies
    )
    low, high = stats.bounds(since, until, span.zone)
    of_park = Q(
        company_id__in=Subquery(Company.filter(companies, park_id=span.park_id).values("id"))
    )
    counts = dict.fromkeys(NeedStatus, 0)
    for model in (FinancingNeed, HiringNeed):
        rows = (
            await model.filter(of_park, created_at__gte=low, created_at__lt=high)
            .annotate(count=Count("id"))
            .group_by("status")
            .values("status", "count")
        )
        for row in rows:
            counts[NeedStatus(row["status"])] += row["count"]
    return Group(key, figures, list(counts.items()))


async def by_month(viewer: Viewer | None, span: Period) -> list[Group]:
    return [
        await _group(viewer, f"{start:%Y-%m}", span, start, end, Q())
        for start, end in _months(span.since, span.until)
    ]


async def by_size_class(viewer: Viewer | None, span: Period) -> list[Group]:
    return [
        await _group(viewer, size.value, span, span.since, span.until, Q(size_class=size))
        for size in SizeClass
    ]


async def by_industry(viewer: Viewer | None, span: Period) -> list[Group]:
    """The industries of the park's companies, in section order."""
    sections = sorted(
        set(await Company.filter(park_id=span.park_id).values_list("industry", flat=True))
    )
    return [
        await _group(viewer, section, span, span.since, span.until, Q(industry=section))
        for section in sections
    ]
