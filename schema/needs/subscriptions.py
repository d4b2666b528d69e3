"""needPosted: the park's officers hear of each new financing or hiring need at once."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from schema.context import Info
from schema.ids import pk
from schema.needs.types import FinancingNeed, HiringNeed, Need
from schema.sockets import events_of_socket
from server.services import live

NEED_TYPES = {"FinancingNeed": FinancingNeed, "HiringNeed": HiringNeed}


@strawberry.type
class NeedPostedEvent:
    need: Need = strawberry.field(description="A FinancingNeed or a HiringNeed.")


@strawberry.type
class Subscription:
    @strawberry.subscription(description="Officers of the park: each need posted there.")
    async def need_posted(
        self, info: Info, park_id: strawberry.ID
    ) -> AsyncGenerator[NeedPostedEvent, None]:
        context = info.context
        park = pk("Park", park_id, "parkId")
        async for event in events_of_socket(
            context,
            live.needs_posted(context.viewer, park, context.events),
            lambda item: NeedPostedEvent(need=NEED_TYPES[item[0]].of(item[1])),
        ):
            yield event
