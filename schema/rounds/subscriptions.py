"""proposalEvents: each proposal event the viewer may see at the moment it happens."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from enum import Enum

import strawberry

from schema.context import Info
from schema.rounds.types import Proposal
from schema.sockets import events_of_socket
from server.services import live


@strawberry.enum
class ProposalEventKind(Enum):
    PROPOSED = "PROPOSED"
    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"
    COMPLETED = "COMPLETED"
    DECLINED = "DECLINED"
    SUPERSEDED = "SUPERSEDED"


@strawberry.type
class ProposalEvent:
    event: ProposalEventKind
    proposal: Proposal


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Proposal events within the viewer's sight: officers every event of their "
        "park; companies and banks CONFIRMED, COMPLETED and DECLINED of their own proposals."
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
