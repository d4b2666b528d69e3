"""itemFallsDue: the park's officers hear of each service clock as it falls due, once."""

from __future__ import annotations

from collections.abc import AsyncGenerator

import strawberry

from schema.clocks.types import OverdueItem
from schema.context import Info
from schema.ids import pk
from schema.sockets import events_of_socket
from server.services import live


@strawberry.type
class Subscription:
    @strawberry.subscription(
        description="Officers of the park: each service clock as it passes its due time."
    )
    async def item_falls_due(
        self, info: Info, park_id: strawberry.ID
    ) -> AsyncGenerator[OverdueItem, None]:
        context = info.context
        park = pk("Park", park_id, "parkId")
        async for event in events_of_socket(
            context,
            live.items_falling_due(context.viewer, park, context.events, context.settings.zone),
            OverdueItem.of,
        ):
            yield event
