"""Service clocks and the cadence built on them (日调度, 周推进, 月总结).

A clock starts with a step of the lifecycle and stops with the next one; it is due at the end of
a number of working days (park settings) after the day it started, in the park's zone:

- FIRST_PROPOSAL: a need, from its posting to the first proposal about it in a published round;
  the officers' turn. Withdrawing the need before then cancels it (it neither runs nor counts).
- CONSENT: a confirmed financing proposal, from its confirmation to the company's consent or
  decline (the need's withdrawal included); the company's turn. Not run where the park
  pre-authorised disclosure.
- BANK_RESPONSE: a financing proposal disclosed to the bank, from the consent (or, pre-authorised,
  the confirmation) to the loan's outcome; the bank's turn.
- OUTCOME: a confirmed proposal, from its confirmation to its outcome (COMPLETED or DECLINED,
  the company's withdrawal included); the bank's turn for a loan, the officers' for a drive,
  whose clock starts on the drive's date (hires are recorded from that day on).

Clocks are worked out from the needs' and proposals' own timestamps, never stored; only their
announcements are (ClockAnnouncement), so that each is announced once.
"""

from __future__ import annotations

import asyncio
import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q, Subquery

from server.errors import NotFound
from server.models import (
    ClockAnnouncement,
    FinancingNeed,
    HiringNeed,
    Park,
    Proposal,
    RecruitmentDrive,
)
from server.services import clock, holidays, park_settings, policy, stats
from server.services.events import CLOCKS, EventBus
from server.services.pagination import Page, check_page_size
from server.services.viewer import Viewer
from server.services.workdays import Calendar, end_of, local_date, week_of
from server.standards import ConsentStatus, MatchKind, ProposalStatus, Role, ServiceClock

log = logging.getLogger("parkmatch.clocks")

# Proposals whose OUTCOME clock ran: confirmed, and maybe closed since.
OUTCOME_STATUSES = (ProposalStatus.CONFIRMED, ProposalStatus.COMPLETED, ProposalStatus.DECLINED)
CLOSED_STATUSES = (ProposalStatus.COMPLETED, ProposalStatus.DECLINED)
# Proposals whose CONSENT clock ran: consent was asked (not pre-authorised).
ASKED_CONSENTS = (ConsentStatus.PENDING, ConsentStatus.GIVEN, ConsentStatus.DECLINED)
NEED_MODELS = {"FinancingNeed": FinancingNeed, "HiringNeed": HiringNeed}
CLOCK_ORDER = {clock: order for order, clock in enumerate(ServiceClock)}


@dataclass(frozen=True, slots=True)
class ClockItem:
    """One clock of one need or proposal. `need` is the need it concerns (null for a
    recruitment proposal, which carries its needs itself), `proposal` the proposal's."""

    clock: ServiceClock
    owner: Role
    started_on: date
    due_on: date
    due_at: datetime
    stopped_at: datetime | None
    need_kind: str | None
    need: FinancingNeed | HiringNeed | None
    proposal: Proposal | None

    @property
    def key(self) -> str:
        """Names the clock for good: its kind and its subject."""
        if self.proposal is not None:
            return f"{self.clock.value}:Proposal:{self.proposal.id}"
        return f"{self.clock.value}:{self.need_kind}:{self.need.id}"

    def overdue_at(self, at: datetime) -> bool:
        return self.due_at <= at and (self.stopped_at is None or self.stopped_at > at)

    @property
    def on_time(self) -> bool:
        return self.stopped_at is not None and self.stopped_at < self.due_at


@dataclass(frozen=True, slots=True)
class Dues:
    """Due times of one park: its calendar, its settings and its zone."""

    calendar: Calendar
    days: dict[ServiceClock, int]
    zone: ZoneInfo
    # Due days by (clock, start day): a park's clocks share few start days.
    known: dict[tuple[ServiceClock, date], date] = field(default_factory=dict)

    def due_on(self, clock: ServiceClock, started_on: date) -> date:
        key = (clock, started_on)
        if key not in self.known:
            self.known[key] = self.calendar.nth_working_day_after(started_on, self.days[clock])
        return self.known[key]

    def listed(self, items: list[ClockItem], at: datetime) -> list[Listed]:
        """The items as a list shows them at `at`, most overdue first."""
        today = local_date(at, self.zone)
        return [
            Listed(item, self.calendar.working_days_between(item.due_on, today))
            for item in _sorted(items)
        ]


@dataclass(frozen=True, slots=True)
class Listed:
    """A clock in a list, with the working days it is late by (0: due today or later)."""

    item: ClockItem
    working_days_overdue: int


@dataclass(frozen=True, slots=True)
class WeeklyProgress:
    week_start: date
    week_end: date
    opened: int
    moved: int
    closed: int
    stuck: int


@dataclass(frozen=True, slots=True)
class OnTimeRate:
    clock: ServiceClock
    stopped: int
    on_time: int

    @property
    def rate(self) -> float | None:
        return self.on_time / self.stopped if self.stopped else None


async def dues_of(park_id: int, zone: ZoneInfo) -> Dues:
    return Dues(await holidays.calendar(), await park_settings.due_days(park_id), zone)


async def _checked_park(viewer: Viewer | None, park_id: int) -> Viewer:
    """The park's cadence is its figures' business: its officers and admins."""
    viewer = policy.signed_in(viewer)
    if not await Park.filter(id=park_id).exists():
        raise NotFound("No such park")
    return policy.require_park_figures_viewer(viewer, park_id)


def _item(dues: Dues, clock: ServiceClock, owner: Role, started: date, **rest) -> ClockItem:
    due_on = dues.due_on(clock, started)
    return ClockItem(
        clock=clock,
        owner=owner,
        started_on=started,
        due_on=due_on,
        due_at=end_of(due_on, dues.zone),
        **rest,
    )


async def _first_proposal_clocks(
    park_id: int, dues: Dues, selected: Q, kinds: tuple[str, ...] = tuple(NEED_MODELS)
) -> list[ClockItem]:
    items = []
    for kind in kinds:
        model = NEED_MODELS[kind]
        for need in await model.filter(selected, stats.in_park(park_id, Q())):
            items.append(
                _item(
                    dues,
                    ServiceClock.FIRST_PROPOSAL,
                    Role.OFFICER,
                    local_date(need.created_at, dues.zone),
                    stopped_at=need.first_proposed_at,
                    need_kind=kind,
                    need=need,
                    proposal=None,
                )
            )
    return items


async def _financing_needs(rows: list[Proposal]) -> dict[int, FinancingNeed]:
    need_ids = {p.financing_need_id for p in rows if p.financing_need_id is not None}
    return {n.id: n for n in await FinancingNeed.filter(id__in=need_ids)} if need_ids else {}


async def _outcome_clocks(park_id: int, dues: Dues, selected: Q) -> list[ClockItem]:
    rows = await Proposal.filter(
        selected, park_id=park_id, status__in=OUTCOME_STATUSES, decided_at__isnull=False
    )
    drive_ids = {p.drive_id for p in rows if p.drive_id is not None}
    drive_dates = (
        dict(await RecruitmentDrive.filter(id__in=drive_ids).values_list("id", "date"))
        if drive_ids
        else {}
    )
    needs = await _financing_needs(rows)
    items = []
    for proposal in rows:
        started = local_date(proposal.decided_at, dues.zone)
        financing = proposal.kind == MatchKind.FINANCING
        if not financing:
            started = max(started, drive_dates[proposal.drive_id])
        items.append(
            _item(
                dues,
                ServiceClock.OUTCOME,
                Role.BANK_MANAGER if financing else Role.OFFICER,
                started,
                stopped_at=proposal.outcome_at,
                need_kind="FinancingNeed" if financing else None,
                need=needs.get(proposal.financing_need_id),
                proposal=proposal,
            )
        )
    return items


async def _loan_clocks(
    dues: Dues, rows: list[Proposal], clock: ServiceClock, owner: Role, started, stopped
) -> list[ClockItem]:
    """One clock of each financing proposal, between two of its moments (`started`, `stopped`:
    functions of the proposal)."""
    needs = await _financing_needs(rows)
    return [
        _item(
            dues,
            clock,
            owner,
            local_date(started(proposal), dues.zone),
            stopped_at=stopped(proposal),
            need_kind="FinancingNeed",
            need=needs.get(proposal.financing_need_id),
            proposal=proposal,
        )
        for proposal in rows
    ]


async def _consent_clocks(park_id: int, dues: Dues, selected: Q) -> list[ClockItem]:
    rows = await Proposal.filter(
        selected, park_id=park_id, consent_status__in=ASKED_CONSENTS, decided_at__isnull=False
    )
    # Closed before the company answered (its need withdrawn): the clock stops there.
    return await _loan_clocks(
        dues,
        rows,
        ServiceClock.CONSENT,
        Role.COMPANY,
        lambda p: p.decided_at,
        lambda p: p.consent_at or p.outcome_at,
    )


async def _bank_response_clocks(park_id: int, dues: Dues, selected: Q) -> list[ClockItem]:
    rows = await Proposal.filter(
        selected,
        park_id=park_id,
        consent_status__in=policy.DISCLOSING_CONSENTS,
        consent_at__isnull=False,
    )
    return await _loan_clocks(
        dues,
        rows,
        ServiceClock.BANK_RESPONSE,
        Role.BANK_MANAGER,
        lambda p: p.consent_at,
        lambda p: p.outcome_at,
    )


PROPOSAL_CLOCKS = {
    ServiceClock.CONSENT: _consent_clocks,
    ServiceClock.BANK_RESPONSE: _bank_response_clocks,
    ServiceClock.OUTCOME: _outcome_clocks,
}


def _sorted(items: list[ClockItem]) -> list[ClockItem]:
    """Most overdue first: the earliest due, then in clock order, then the oldest subject."""
    return sorted(
        items,
        key=lambda item: (
            item.due_at,
            CLOCK_ORDER[item.clock],
            (item.proposal or item.need).id,
            item.need_kind or "",
        ),
    )


async def running_at(park_id: int, dues: Dues, at: datetime) -> list[ClockItem]:
    """The clocks of the park running at the instant `at`."""
    need_running = (
        Q(created_at__lt=at)
        & (Q(first_proposed_at__isnull=True) | Q(first_proposed_at__gt=at))
        & (Q(withdrawn_at__isnull=True) | Q(withdrawn_at__gt=at))
    )
    open_at = Q(outcome_at__isnull=True) | Q(outcome_at__gt=at)
    unanswered_at = Q(consent_at__isnull=True) | Q(consent_at__gt=at)
    return (
        await _first_proposal_clocks(park_id, dues, need_running)
        + await _consent_clocks(park_id, dues, Q(decided_at__lt=at) & open_at & unanswered_at)
        + await _bank_response_clocks(park_id, dues, Q(consent_at__lt=at) & open_at)
        + await _outcome_clocks(park_id, dues, Q(decided_at__lt=at) & open_at)
    )


async def overdue_at(park_id: int, dues: Dues, at: datetime) -> list[ClockItem]:
    """The clocks of the park past due at the instant `at`."""
    return [item for item in await running_at(park_id, dues, at) if item.overdue_at(at)]


async def overdue_at_end_of(park_id: int, day: date, zone: ZoneInfo) -> list[Listed]:
    """What was overdue as `day` ended in the park (as things stand now, if it has not)."""
    dues = await dues_of(park_id, zone)
    at = min(end_of(day, zone), clock.now())
    return dues.listed(await overdue_at(park_id, dues, at), at)


async def overdue_items(
    viewer: Viewer | None, park_id: int, first: int | None, after: int | None, zone: ZoneInfo
) -> Page:
    """What is late now (Listed), most overdue first, keyed on the position in that order
    (1 for the first), which `after` resumes after."""
    await _checked_park(viewer, park_id)
    size = check_page_size(first)
    start = after or 0
    dues = await dues_of(park_id, zone)
    at = clock.now()
    items = dues.listed(await overdue_at(park_id, dues, at), at)
    window = items[start : start + size]
    page = Page(
        items=window,
        keys=list(range(start + 1, start + len(window) + 1)),
        has_next_page=len(items) > start + size,
        total_count=len(items),
    )
    return page


async def dispatch_list(
    viewer: Viewer | None, park_id: int, day: date | None, zone: ZoneInfo
) -> list[Listed]:
    """日调度: the clocks running now that are due by the end of `day` (default today):
    overdue ones first, then those due that day."""
    await _checked_park(viewer, park_id)
    at = clock.now()
    day = day or local_date(at, zone)
    dues = await dues_of(park_id, zone)
    running = await running_at(park_id, dues, at)
    return dues.listed([item for item in running if item.due_on <= day], at)


def _in(column: str, low: datetime, high: datetime) -> Q:
    return Q(**{f"{column}__gte": low, f"{column}__lt": high})


async def weekly_progress(
    viewer: Viewer | None, park_id: int, week_of_day: date | None, zone: ZoneInfo
) -> WeeklyProgress:
    """周推进 for the Monday–Sunday week of `week_of_day` (default this week): needs opened,
    needs moved (a proposal about them decided, answered by the company or closed), needs closed
    (fulfilled or withdrawn), and clocks overdue at the week's end (or now, in this week)."""
    await _checked_park(viewer, park_id)
    monday, sunday = week_of(week_of_day or local_date(clock.now(), zone))
    low, high = stats.bounds(monday, sunday, zone)
    of_park = stats.in_park(park_id, Q())
    opened = closed = 0
    for model in NEED_MODELS.values():
        opened += await model.filter(of_park, _in("created_at", low, high)).count()
        closed += await model.filter(
            of_park, _in("fulfilled_at", low, high) | _in("withdrawn_at", low, high)
        ).count()
    moved_rows = await Proposal.filter(
        _in("decided_at", low, high) | _in("consent_at", low, high) | _in("outcome_at", low, high),
        park_id=park_id,
    ).values_list("kind", "financing_need_id", "hiring_need_ids")
    moved = {
        (kind, need)
        for kind, financing_need, hiring_needs in moved_rows
        for need in ([financing_need] if kind == MatchKind.FINANCING else hiring_needs)
    }
    dues = await dues_of(park_id, zone)
    stuck = await overdue_at(park_id, dues, min(high, clock.now()))
    return WeeklyProgress(monday, sunday, opened, len(moved), closed, len(stuck))


async def on_time_rates(viewer: Viewer | None, selection: stats.Selection) -> list[OnTimeRate]:
    """Per clock, among the clocks of the selection's needs that stopped, how many stopped by
    their due time (onTimeRates = onTime ÷ stopped)."""
    policy.require_park_figures_viewer(viewer, selection.park_id)
    low, high = stats.bounds(selection.since, selection.until, selection.zone)
    posted = stats.posted_in(low, high)
    of_park = stats.in_park(selection.park_id, selection.companies)
    dues = await dues_of(selection.park_id, selection.zone)
    stopped = await _first_proposal_clocks(
        selection.park_id, dues, posted & of_park & Q(first_proposed_at__isnull=False)
    )
    financing_needs = Subquery(FinancingNeed.filter(posted, of_park).values("id"))
    loans = Q(kind=MatchKind.FINANCING, financing_need_id__in=financing_needs)
    stopped += await _outcome_clocks(selection.park_id, dues, loans & Q(status__in=CLOSED_STATUSES))
    stopped += await _consent_clocks(
        selection.park_id,
        dues,
        loans & (Q(consent_at__isnull=False) | Q(outcome_at__isnull=False)),
    )
    stopped += await _bank_response_clocks(
        selection.park_id, dues, loans & Q(outcome_at__isnull=False)
    )
    hiring_ids = set(await HiringNeed.filter(posted, of_park).values_list("id", flat=True))
    if hiring_ids:
        recruitment = await _outcome_clocks(
            selection.park_id,
            dues,
            stats.posted_in(low, None) & Q(kind=MatchKind.RECRUITMENT, status__in=CLOSED_STATUSES),
        )
        stopped += [
            item for item in recruitment if not hiring_ids.isdisjoint(item.proposal.hiring_need_ids)
        ]
    return [
        OnTimeRate(
            clock,
            sum(item.clock == clock for item in stopped),
            sum(item.clock == clock and item.on_time for item in stopped),
        )
        for clock in ServiceClock
    ]


async def announce_due(events: EventBus, zone: ZoneInfo) -> int:
    """One pass: each clock past due that nobody announced yet is announced once, by the one
    process whose announcement row went in first. Returns how many this process announced."""
    at = clock.now()
    calendar = await holidays.calendar()
    announced = 0
    for park_id in await Park.all().values_list("id", flat=True):
        dues = Dues(calendar, await park_settings.due_days(park_id), zone)
        late = await overdue_at(park_id, dues, at)
        if not late:
            continue
        known = set(
            await ClockAnnouncement.filter(
                park_id=park_id, key__in=[item.key for item in late]
            ).values_list("key", flat=True)
        )
        fresh = []
        for item in late:
            if item.key in known:
                continue
            try:
                await ClockAnnouncement.create(key=item.key, park_id=park_id)
            except IntegrityError:
                continue  # another process announced it meanwhile
            fresh.append({"park_id": park_id, "key": item.key})
        await events.publish_many(CLOCKS, fresh)
        announced += len(fresh)
    return announced


async def keep_announcing(events: EventBus, zone: ZoneInfo, every_seconds: float) -> None:
    """The announcer's loop, in every server process for its lifetime; a failed pass is logged
    and retried."""
    while True:
        try:
            await announce_due(events, zone)
        except Exception:
            log.exception("announcing clocks that fell due failed")
        await asyncio.sleep(every_seconds)


KEY = re.compile(f"({'|'.join(ServiceClock)}):({'|'.join(NEED_MODELS)}|Proposal):[0-9]{{1,9}}")


def is_key(text: str) -> bool:
    """A clock's key as ClockItem.key writes it."""
    return KEY.fullmatch(text) is not None


async def item_of(viewer: Viewer | None, park_id: int, key: str, zone: ZoneInfo) -> Listed | None:
    """The clock `key` names, if it is overdue in the park now (a live event's subject)."""
    await _checked_park(viewer, park_id)
    name, subject, pk = key.split(":")
    dues = await dues_of(park_id, zone)
    if subject == "Proposal":
        found = await PROPOSAL_CLOCKS[ServiceClock(name)](park_id, dues, Q(id=int(pk)))
    else:
        found = await _first_proposal_clocks(park_id, dues, Q(id=int(pk)), (subject,))
    at = clock.now()
    late = [item for item in found if item.key == key and item.overdue_at(at)]
    return dues.listed(late, at)[0] if late else None
