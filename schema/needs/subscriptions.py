"""needPosted: the park's officers hear of each new financing or hiring need at once."""

from __future__ import annotations

from collections.abc import AsyncGenerator
from contextlib import aclosing

import strawberry

from schema.context import Info
from schema.ids import pk
from schema.needs.types import FinancingNeed, HiringNeed, Need
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
        session = live.Session(context.viewer, context.token, context.settings)
        async with aclosing(live.needs_posted(session, park, context.events)) as stream:
            async for kind, row in stream:
                context.renew_loaders()
                yield NeedPostedEvent(need=NEED_TYPES[kind].of(row))
