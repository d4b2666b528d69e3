from __future__ import annotations

from datetime import date, datetime

import strawberry

from schema.enums import Role, ServiceClock
from schema.ids import gid
from schema.needs.types import FinancingNeed, HiringNeed, Need
from schema.pagination import Connection
from schema.rounds.types import Proposal
from server.services import clocks

NEED_TYPES = {"FinancingNeed": FinancingNeed, "HiringNeed": HiringNeed}


@strawberry.type(description="A service clock past (or, in the dispatch list, at) its due time.")
class OverdueItem:
    clock: ServiceClock
    owner: Role = strawberry.field(description="The role whose turn it is.")
    started_on: date = strawberry.field(
        description="The park's date the clock started (a drive's OUTCOME clock: its date)."
    )
    due_on: date = strawberry.field(
        description="The working day by whose end the clock is due (the park's date)."
    )
    due_at: datetime = strawberry.field(description="The instant that day ends in the park.")
    working_days_overdue: int = strawberry.field(
        description="Working days after dueOn up to the park's today (0: due today)."
    )
    need: Need | None = strawberry.field(
        description="The need concerned; null for a recruitment proposal (see its hiringNeeds)."
    )
    proposal: Proposal | None = strawberry.field(
        description="The proposal concerned (OUTCOME); null for FIRST_PROPOSAL."
    )

    @classmethod
    def of(cls, listed: clocks.Listed) -> OverdueItem:
        item = listed.item
        return cls(
            clock=item.clock,
            owner=item.owner,
            started_on=item.started_on,
            due_on=item.due_on,
            due_at=item.due_at,
            working_days_overdue=listed.working_days_overdue,
            need=None if item.need is None else NEED_TYPES[item.need_kind].of(item.need),
            proposal=None if item.proposal is None else Proposal.of(item.proposal),
        )


OverdueItemConnection = Connection[OverdueItem]


@strawberry.type(description="周推进: a week's movement in the park, Monday to Sunday.")
class WeeklyProgress:
    week_start: date
    week_end: date
    opened: int = strawberry.field(description="Needs posted that week.")
    moved: int = strawberry.field(
        description="Needs a proposal about which was decided (confirmed or rejected) or whose "
        "outcome was recorded that week."
    )
    closed: int = strawberry.field(description="Needs fulfilled or withdrawn that week.")
    stuck: int = strawberry.field(
        description="Service clocks overdue at the week's end (for this week: now)."
    )

    @classmethod
    def of(cls, progress: clocks.WeeklyProgress) -> WeeklyProgress:
        return cls(
            week_start=progress.week_start,
            week_end=progress.week_end,
            opened=progress.opened,
            moved=progress.moved,
            closed=progress.closed,
            stuck=progress.stuck,
        )


@strawberry.type(description="The zone the service's dates are in, and its today there.")
class ServiceTime:
    zone: str = strawberry.field(
        description="The IANA name of the zone (PARKMATCH_TIMEZONE), e.g. Asia/Shanghai."
    )
    today: date = strawberry.field(description="The service's date now, in that zone.")


@strawberry.type(description="A day off the Monday–Friday rule, for every park.")
class Holiday:
    id: strawberry.ID
    date: date
    name: str
    working: bool = strawberry.field(
        description="True for a make-up working day on a weekend (调休), false for a holiday."
    )

    @classmethod
    def of(cls, row) -> Holiday:
        return cls(id=gid("Holiday", row.id), date=row.day, name=row.name, working=row.working)
