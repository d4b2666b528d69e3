"""A park's figures over a period: the numbers park reports quote.

The period selects needs by when they were posted (`since`/`until`, inclusive local dates of the
park's zone); every figure is about those needs, financing and hiring together, as they stand now.
Counts and sums come from SQL aggregates; only the median and the membership of hiring needs in
recruitment proposals (a JSON list) are worked out here.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from tortoise.expressions import F, Q, Subquery
from tortoise.functions import Count, Sum

from server.errors import BadInput, NotFound
from server.models import Company, FinancingNeed, HiringNeed, Park, Proposal
from server.services import policy
from server.services.viewer import Viewer
from server.standards import MatchKind, NeedStatus, ProposalStatus

SECONDS_PER_HOUR = 3600

EVER_CONFIRMED = Q(first_confirmed_at__isnull=False)
FULFILLED = Q(status=NeedStatus.FULFILLED)
WITHDRAWN = Q(status=NeedStatus.WITHDRAWN)
# Withdrawal is final and confirmation needs an OPEN need, so a withdrawn need that was never
# confirmed was withdrawn before any confirmation.
# A completed loan paid out below the amount confirmed (the bank disbursed part of it).
PARTLY_DISBURSED = Q(outcome_amount_fen__lt=F("amount_fen"))
WITHDRAWN_UNCONFIRMED = Q(status=NeedStatus.WITHDRAWN, first_confirmed_at__isnull=True)


@dataclass(frozen=True, slots=True)
class Selection:
    """Which needs a park's figures are about: those of its companies (narrowed by
    `companies`) posted between `since` and `until`."""

    park_id: int
    since: date | None
    until: date | None
    zone: ZoneInfo
    companies: Q


@dataclass(frozen=True, slots=True)
class ParkStats:
    needs_posted: int
    needs_matched: int
    needs_fulfilled: int
    needs_withdrawn: int
    resolution_rate: float | None
    median_hours_to_confirm: float | None
    financing_requested_fen: int
    financing_confirmed_fen: int
    financing_disbursed_fen: int
    loans_partly_disbursed: int
    financing_undisbursed_fen: int
    headcount_requested: int
    hires_recorded: int
    proposals_by_status: list[tuple[ProposalStatus, int]]
    selection: Selection


def bounds(
    since: date | None, until: date | None, zone: ZoneInfo, field: str = "since"
) -> tuple[datetime | None, datetime | None]:
    """Inclusive local dates as UTC instants: [start of `since`, start of the day after `until`)."""
    if since is not None and until is not None and since > until:
        raise BadInput(f"{field} must not be after until", field=field)

    def start_of(day: date) -> datetime:
        return datetime.combine(day, time.min, tzinfo=zone).astimezone(UTC)

    return (
        None if since is None else start_of(since),
        None if until is None else start_of(until + timedelta(days=1)),
    )


def posted_in(low: datetime | None, high: datetime | None) -> Q:
    """Rows created in [low, high); a bound left None is open."""
    window = Q()
    if low is not None:
        window &= Q(created_at__gte=low)
    if high is not None:
        window &= Q(created_at__lt=high)
    return window


def _int(value) -> int:
    return 0 if value is None else int(value)


def in_park(park_id: int, companies: Q) -> Q:
    # A subquery, not a join: with a join, tortoise groups an aggregate by every column.
    return Q(company_id__in=Subquery(Company.filter(companies, park_id=park_id).values("id")))


async def _need_figures(model, of_park: Q, window: Q, extra: dict) -> dict:
    rows = (
        await model.filter(window, of_park)
        .annotate(
            posted=Count("id"),
            matched=Count("id", _filter=EVER_CONFIRMED),
            fulfilled=Count("id", _filter=FULFILLED),
            withdrawn=Count("id", _filter=WITHDRAWN),
            withdrawn_unconfirmed=Count("id", _filter=WITHDRAWN_UNCONFIRMED),
            **extra,
        )
        .values("posted", "matched", "fulfilled", "withdrawn", "withdrawn_unconfirmed", *extra)
    )
    return {key: _int(value) for key, value in rows[0].items()} if rows else {}


async def _hours_to_confirm(model, of_park: Q, window: Q) -> list[float]:
    pairs = await model.filter(window, EVER_CONFIRMED, of_park).values_list(
        "created_at", "first_confirmed_at"
    )
    return [(confirmed - posted).total_seconds() / SECONDS_PER_HOUR for posted, confirmed in pairs]


async def park_stats(
    viewer: Viewer | None,
    park_id: int,
    since: date | None,
    until: date | None,
    zone: ZoneInfo,
    companies: Q | None = None,
) -> ParkStats:
    """`companies` narrows the figures to some of the park's companies (a size class, say)."""
    viewer = policy.signed_in(viewer)
    if not await Park.filter(id=park_id).exists():
        raise NotFound("No such park")
    policy.require_park_figures_viewer(viewer, park_id)
    low, high = bounds(since, until, zone)
    needs_window = posted_in(low, high)
    companies = companies or Q()
    of_park = in_park(park_id, companies)

    financing = await _need_figures(
        FinancingNeed,
        of_park,
        needs_window,
        {
            "requested": Sum("amount_fen"),
            "confirmed": Sum("amount_fen", _filter=EVER_CONFIRMED),
        },
    )
    hiring = await _need_figures(HiringNeed, of_park, needs_window, {"headcount": Sum("headcount")})
    hours = await _hours_to_confirm(FinancingNeed, of_park, needs_window)
    hours += await _hours_to_confirm(HiringNeed, of_park, needs_window)

    by_status = dict.fromkeys(ProposalStatus, 0)
    disbursed = confirmed_on_completed = partly = 0
    financing_rows = (
        await Proposal.filter(
            # A subquery, not a join: the join would make amount_fen ambiguous.
            financing_need_id__in=Subquery(
                FinancingNeed.filter(needs_window, of_park).values("id")
            ),
            park_id=park_id,
            kind=MatchKind.FINANCING,
        )
        .annotate(
            count=Count("id"),
            disbursed=Sum("outcome_amount_fen"),
            confirmed=Sum("amount_fen"),
            partly=Count("id", _filter=PARTLY_DISBURSED),
        )
        .group_by("status")
        .values("status", "count", "disbursed", "confirmed", "partly")
    )
    for row in financing_rows:
        status = ProposalStatus(row["status"])
        by_status[status] += _int(row["count"])
        if status == ProposalStatus.COMPLETED:
            disbursed += _int(row["disbursed"])
            confirmed_on_completed += _int(row["confirmed"])
            partly += _int(row["partly"])

    # A recruitment proposal carries its company's hiring needs as a JSON list: it counts once
    # if any of them was posted in the period. None of them predates the proposal, so proposals
    # made before the period starts cannot qualify.
    hiring_ids = set(await HiringNeed.filter(needs_window, of_park).values_list("id", flat=True))
    hires = 0
    if hiring_ids:
        recruitment = await Proposal.filter(
            posted_in(low, None), park_id=park_id, kind=MatchKind.RECRUITMENT
        ).values_list("status", "hires", "hiring_need_ids")
        for status, proposal_hires, need_ids in recruitment:
            if hiring_ids.isdisjoint(need_ids):
                continue
            status = ProposalStatus(status)
            by_status[status] += 1
            if status == ProposalStatus.COMPLETED:
                hires += proposal_hires or 0

    posted = financing.get("posted", 0) + hiring.get("posted", 0)
    matched = financing.get("matched", 0) + hiring.get("matched", 0)
    judged = (
        posted - financing.get("withdrawn_unconfirmed", 0) - hiring.get("withdrawn_unconfirmed", 0)
    )
    return ParkStats(
        needs_posted=posted,
        needs_matched=matched,
        needs_fulfilled=financing.get("fulfilled", 0) + hiring.get("fulfilled", 0),
        needs_withdrawn=financing.get("withdrawn", 0) + hiring.get("withdrawn", 0),
        resolution_rate=matched / judged if judged else None,
        median_hours_to_confirm=statistics.median(hours) if hours else None,
        financing_requested_fen=financing.get("requested", 0),
        financing_confirmed_fen=financing.get("confirmed", 0),
        financing_disbursed_fen=disbursed,
        loans_partly_disbursed=partly,
        financing_undisbursed_fen=confirmed_on_completed - disbursed,
        headcount_requested=hiring.get("headcount", 0),
        hires_recorded=hires,
        proposals_by_status=list(by_status.items()),
        selection=Selection(park_id, since, until, zone, companies),
    )
