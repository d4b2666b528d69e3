from __future__ import annotations

from decimal import Decimal

import strawberry

from schema.context import Info
from schema.enums import MatchKind
from schema.errors import api_fields
from schema.ids import pk, pks
from schema.rounds.types import MatchRound, Proposal, WeightInput
from server.services import consent, proposals, rounds
from server.services.commands import proposals as commands
from server.services.commands import rounds as round_commands

# The outcome mutations' arguments, by the domain fields their refusals name.
OUTCOME_FIELDS = {
    commands.PROPOSAL_ID: "proposalId",
    commands.AMOUNT: "amount",
    commands.HIRES: "hires",
    commands.NOTE: "note",
}


# A round's arguments, by the domain fields their refusals name.
ROUND_FIELDS = {round_commands.WEIGHTS: "weights"}
# consentToProposal's and declineProposal's.
CONSENT_FIELDS = {commands.PROPOSAL_ID: "id", commands.REASON: "reason"}


def _start(
    park_id: strawberry.ID, kind: MatchKind, dry_run: bool, weights: list[WeightInput] | None
) -> round_commands.StartRound:
    return round_commands.StartRound(
        park_id=pk("Park", park_id, "parkId"),
        kind=kind,
        dry_run=dry_run,
        weights=tuple((w.name, w.value) for w in weights or ()),
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="An officer of the park runs a round and gets the finished round; a dry "
        "run stores nothing."
    )
    async def propose_matches(
        self,
        info: Info,
        park_id: strawberry.ID,
        kind: MatchKind,
        dry_run: bool = False,
        weights: list[WeightInput] | None = None,
    ) -> MatchRound:
        command = _start(park_id, kind, dry_run, weights)
        with api_fields(ROUND_FIELDS):
            outcome = await rounds.propose_matches(
                info.context.viewer,
                command,
                runner=info.context.runner,
                events=info.context.events,
            )
        return MatchRound.of(outcome.round, outcome)

    @strawberry.mutation(
        description="An officer of the park starts a round and gets it back at once, RUNNING; "
        "roundProgress follows it. A dry run is kept for an hour to be read, and never applied."
    )
    async def start_round(
        self,
        info: Info,
        park_id: strawberry.ID,
        kind: MatchKind,
        dry_run: bool = False,
        weights: list[WeightInput] | None = None,
    ) -> MatchRound:
        command = _start(park_id, kind, dry_run, weights)
        with api_fields(ROUND_FIELDS):
            row = await rounds.start_round(info.context.viewer, command, runner=info.context.runner)
        return MatchRound.of(row)

    @strawberry.mutation(
        description="An officer of the park stops a running round: it stores nothing and the "
        "park may start another at once. A finished round is CONFLICT."
    )
    async def cancel_round(self, info: Info, id: strawberry.ID) -> MatchRound:
        command = round_commands.CancelRound(round_id=pk("MatchRound", id, "id"))
        row = await rounds.cancel_round(info.context.viewer, command, info.context.events)
        return MatchRound.of(row)

    @strawberry.mutation
    async def confirm_proposal(self, info: Info, id: strawberry.ID) -> Proposal:
        command = commands.ConfirmProposals(
            proposal_ids=(pk("Proposal", id, "id"),), today=info.context.today
        )
        with api_fields({commands.PROPOSAL_IDS: "id"}):
            confirmed = await proposals.confirm_proposals(
                info.context.viewer, command, info.context.events
            )
        return Proposal.of(confirmed[0])

    @strawberry.mutation(description="All or nothing: one refusal confirms none of them.")
    async def confirm_proposals(self, info: Info, ids: list[strawberry.ID]) -> list[Proposal]:
        command = commands.ConfirmProposals(
            proposal_ids=tuple(pks("Proposal", ids, "ids")), today=info.context.today
        )
        with api_fields({commands.PROPOSAL_IDS: "ids"}):
            confirmed = await proposals.confirm_proposals(
                info.context.viewer, command, info.context.events
            )
        return [Proposal.of(row) for row in confirmed]

    @strawberry.mutation
    async def reject_proposal(self, info: Info, id: strawberry.ID, reason: str) -> Proposal:
        command = commands.RejectProposal(proposal_id=pk("Proposal", id, "id"), reason=reason)
        with api_fields({commands.REASON: "reason"}):
            rejected = await proposals.reject_proposal(
                info.context.viewer, command, info.context.events
            )
        return Proposal.of(rejected)

    @strawberry.mutation(
        description="The proposal's company, while CONFIRMED and its consent PENDING: the bank "
        "is shown the company and its need from now on."
    )
    async def consent_to_proposal(self, info: Info, id: strawberry.ID) -> Proposal:
        command = commands.ConsentToProposal(proposal_id=pk("Proposal", id, "id"))
        with api_fields(CONSENT_FIELDS):
            given = await consent.consent_to_proposal(
                info.context.viewer, command, info.context.events
            )
        return Proposal.of(given)

    @strawberry.mutation(
        description="The proposal's company, while CONFIRMED and its consent PENDING: CONFIRMED "
        "→ DECLINED, the need open again, the quota given back; the pair is not proposed again."
    )
    async def decline_proposal(self, info: Info, id: strawberry.ID, reason: str) -> Proposal:
        command = commands.DeclineProposal(proposal_id=pk("Proposal", id, "id"), reason=reason)
        with api_fields(CONSENT_FIELDS):
            declined = await proposals.decline_proposal(
                info.context.viewer, command, info.context.events
            )
        return Proposal.of(declined)

    @strawberry.mutation(
        description="The product's bank manager records what came of the loan, once the company "
        "was disclosed to it (CONFLICT before)."
    )
    async def record_loan_outcome(
        self,
        info: Info,
        proposal_id: strawberry.ID,
        disbursed: bool,
        amount: Decimal | None = None,
        note: str | None = None,
    ) -> Proposal:
        command = commands.RecordLoanOutcome(
            proposal_id=pk("Proposal", proposal_id, "proposalId"),
            disbursed=disbursed,
            amount=amount,
            note=note,
        )
        with api_fields(OUTCOME_FIELDS):
            closed = await proposals.record_loan_outcome(
                info.context.viewer, command, info.context.events
            )
        return Proposal.of(closed)

    @strawberry.mutation(description="The company or an officer records the hires at the drive.")
    async def record_hiring_outcome(
        self, info: Info, proposal_id: strawberry.ID, hires: int, note: str | None = None
    ) -> Proposal:
        command = commands.RecordHiringOutcome(
            proposal_id=pk("Proposal", proposal_id, "proposalId"),
            hires=hires,
            today=info.context.today,
            note=note,
        )
        with api_fields(OUTCOME_FIELDS):
            closed = await proposals.record_hiring_outcome(
                info.context.viewer, command, info.context.events
            )
        return Proposal.of(closed)
