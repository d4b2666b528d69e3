"""proposalEvents: each proposal event the viewer may see at the moment it happens."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing
from enum import Enum

import strawberry

from schema.context import Info
from schema.rounds.types import Proposal
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
        session = live.Session(context.viewer, context.token, context.settings)
        async with aclosing(live.proposal_events(session, context.events)) as stream:
            async for name, row in stream:
                # The connection's context lives as long as the socket: each event reads afresh.
                context.renew_loaders()
                yield ProposalEvent(event=ProposalEventKind(name), proposal=Proposal.of(row))
