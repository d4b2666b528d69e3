"""proposalEvents: each proposal event the viewer may see at the moment it happens; roundProgress:
a round's state and stage as it moves on, for the officers of its park."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from schema.context import Info
from schema.enums import RoundStage, RoundState
from schema.ids import pk
from schema.rounds.types import MatchRound, Proposal, RoundFigures
from schema.sockets import events_of_socket
from server import lifecycle
from server.services import live, rounds

ProposalEventKind = strawberry.enum(lifecycle.ProposalEvent, name="ProposalEventKind")


@strawberry.type
class ProposalEvent:
    event: ProposalEventKind
    proposal: Proposal


@strawberry.type
class RoundProgressEvent:
    round: MatchRound
    state: RoundState
    stage: RoundStage | None
    percent: float | None = strawberry.field(description="Within the stage, where known (STORE).")
    figures: RoundFigures | None = strawberry.field(description="Once the round is solved.")


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Proposal events within the viewer's sight: officers every event of their "
        "park; companies and banks CONFIRMED, CONSENTED (the company let the bank know who it is), "
        "COMPLETED and DECLINED of their own proposals."
    )
    async def proposal_events(self, info: Info) -> AsyncGenerator[ProposalEvent, None]:
        context = info.context
        async for event in events_of_socket(
            context,
            live.proposal_events(context.viewer, context.events),
            lambda item: ProposalEvent(
                event=ProposalEventKind(item[0]), proposal=Proposal.of(item[1])
            ),
        ):
            yield event

    @strawberry.subscription(
        description="Officers of the round's park: its state now, then each stage and percent as "
        "it moves on; ends after its final state (with the figures once solved)."
    )
    async def round_progress(
        self, info: Info, round_id: strawberry.ID
    ) -> AsyncGenerator[RoundProgressEvent, None]:
        context = info.context
        round_pk = pk("MatchRound", round_id, "roundId")
        steps = await rounds.follow_round(
            context.viewer, round_pk, context.events, context.runner.poll_seconds
        )
        async for step in events_of_socket(context, steps, lambda step: step):
            # The socket re-checks its sign-in before each operation and closes when it ends.
            found = MatchRound.of(await rounds.get_round(context.viewer, round_pk))
            yield RoundProgressEvent(
                round=found,
                state=step.state,
                stage=step.stage,
                percent=step.percent,
                figures=found.figures if step.final else None,
            )
