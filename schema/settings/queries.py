from __future__ import annotations

import strawberry

from schema.context import Info
from schema.ids import pk
from schema.settings.types import ParkSettings
from server.services import park_settings


@strawberry.type
class Query:
    @strawberry.field(description="The park's officers and admins.")
    async def park_settings(self, info: Info, park_id: strawberry.ID) -> ParkSettings:
        found = await park_settings.get_settings(info.context.viewer, pk("Park", park_id, "parkId"))
        return ParkSettings.of(found)
