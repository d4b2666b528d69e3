from __future__ import annotations

from decimal import Decimal

import strawberry

from schema.context import Info
from schema.enums import ProposalStatus, ServiceClock
from schema.money import yuan
from server.services import clocks, stats


@strawberry.type(description="How often one service clock stopped by its due time.")
class OnTimeRate:
    clock: ServiceClock
    rate: float | None = strawberry.field(
        description="onTime ÷ stopped, from 0 to 1; null when no clock stopped."
    )
    stopped: int = strawberry.field(description="Clocks of these needs that stopped.")
    on_time: int = strawberry.field(description="Of those, the ones stopped by their due time.")


@strawberry.type
class ProposalStatusCount:
    status: ProposalStatus
    count: int


@strawberry.type(
    description=(
        "A park's figures over the needs (financing and hiring together) of its companies posted "
        "in the period, as those needs stand now. Money in yuan."
    )
)
class ParkStats:
    needs_posted: int = strawberry.field(description="Needs posted in the period.")
    needs_matched: int = strawberry.field(
        description="Needs a proposal was ever confirmed for (even if later declined or withdrawn)."
    )
    needs_fulfilled: int = strawberry.field(description="Needs now FULFILLED.")
    needs_withdrawn: int = strawberry.field(
        description="Needs now WITHDRAWN, before or after a confirmation."
    )
    resolution_rate: float | None = strawberry.field(
        description=(
            "needsMatched ÷ (needsPosted − needs withdrawn before any confirmation), a fraction "
            "from 0 to 1; null when that denominator is 0 (nothing to judge — not 0%)."
        )
    )
    median_hours_to_confirm: float | None = strawberry.field(
        description=(
            "Median hours from posting to the first confirmation, over needsMatched; "
            "null when none was confirmed."
        )
    )
    financing_requested: Decimal = strawberry.field(
        description="Sum of the financing needs' amounts, withdrawn ones included."
    )
    financing_confirmed: Decimal = strawberry.field(
        description="Sum of the amounts of the financing needs ever confirmed."
    )
    financing_disbursed: Decimal = strawberry.field(
        description="Sum of the amounts disbursed on COMPLETED proposals for those needs."
    )
    loans_partly_disbursed: int = strawberry.field(
        description=(
            "COMPLETED loans for those needs disbursed below the amount confirmed: the bank paid "
            "out part of the loan; the need counts as fulfilled."
        )
    )
    financing_undisbursed: Decimal = strawberry.field(
        description=(
            "On COMPLETED loans for those needs: the amount confirmed minus the amount "
            "disbursed (what partial disbursements left out; given back to the products' quota)."
        )
    )
    headcount_requested: int = strawberry.field(
        description="Sum of the hiring needs' headcount, withdrawn ones included."
    )
    hires_recorded: int = strawberry.field(
        description="Sum of hires on COMPLETED recruitment proposals carrying any of those needs."
    )
    proposals_by_status: list[ProposalStatusCount] = strawberry.field(
        description=(
            "The park's proposals for those needs by status: every status, zeros included, "
            "in enum order. A recruitment proposal counts once however many needs it carries."
        )
    )

    selection: strawberry.Private[stats.Selection]

    @strawberry.field(
        description="Per service clock, the share of the clocks of these needs that stopped by "
        "their due time (a need withdrawn before its first proposal has no FIRST_PROPOSAL clock)."
    )
    async def on_time_rates(self, info: Info) -> list[OnTimeRate]:
        rates = await clocks.on_time_rates(info.context.viewer, self.selection)
        return [
            OnTimeRate(clock=r.clock, rate=r.rate, stopped=r.stopped, on_time=r.on_time)
            for r in rates
        ]

    @classmethod
    def of(cls, figures: stats.ParkStats) -> ParkStats:
        return cls(
            selection=figures.selection,
            needs_posted=figures.needs_posted,
            needs_matched=figures.needs_matched,
            needs_fulfilled=figures.needs_fulfilled,
            needs_withdrawn=figures.needs_withdrawn,
            resolution_rate=figures.resolution_rate,
            median_hours_to_confirm=figures.median_hours_to_confirm,
            financing_requested=yuan(figures.financing_requested_fen),
            financing_confirmed=yuan(figures.financing_confirmed_fen),
            financing_disbursed=yuan(figures.financing_disbursed_fen),
            loans_partly_disbursed=figures.loans_partly_disbursed,
            financing_undisbursed=yuan(figures.financing_undisbursed_fen),
            headcount_requested=figures.headcount_requested,
            hires_recorded=figures.hires_recorded,
            proposals_by_status=[
                ProposalStatusCount(status=status, count=count)
                for status, count in figures.proposals_by_status
            ],
        )
