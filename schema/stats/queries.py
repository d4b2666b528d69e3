from __future__ import annotations

from datetime import date

import strawberry

from schema.context import Info
from schema.ids import pk
from schema.stats.types import ParkStats
from server.services import stats


@strawberry.type
class Query:
    @strawberry.field(
        description=(
            "A park's figures over the needs posted between since and until (inclusive dates "
            "of the park's zone; both optional, default all time). Officers of the park and admins."
        )
    )
    async def park_stats(
        self,
        info: Info,
        park_id: strawberry.ID,
        since: date | None = None,
        until: date | None = None,
    ) -> ParkStats:
        figures = await stats.park_stats(
            info.context.viewer,
            pk("Park", park_id, "parkId"),
            since,
            until,
            info.context.settings.zone,
        )
        return ParkStats.of(figures)
