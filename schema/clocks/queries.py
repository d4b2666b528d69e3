from __future__ import annotations

from datetime import date

import strawberry

from schema.clocks.types import (
    Holiday,
    OverdueItem,
    OverdueItemConnection,
    ServiceTime,
    WeeklyProgress,
)
from schema.context import Info
from schema.ids import pk
from schema.pagination import Connection, read_after
from server.services import clocks, holidays


@strawberry.type
class Query:
    @strawberry.field(
        description="The zone every date of the API is in and today's date there; open to all "
        "(the console formats its dates so)."
    )
    def service_time(self, info: Info) -> ServiceTime:
        return ServiceTime(zone=info.context.settings.timezone, today=info.context.today)

    @strawberry.field(
        description="The park's service clocks past their due time, most overdue first. "
        "Officers of the park and admins."
    )
    async def overdue_items(
        self,
        info: Info,
        park_id: strawberry.ID,
        first: int | None = None,
        after: str | None = None,
    ) -> OverdueItemConnection:
        context = info.context
        park = pk("Park", park_id, "parkId")
        page = await read_after(
            lambda key: clocks.overdue_items(
                context.viewer, park, first, key, context.settings.zone
            ),
            after,
        )
        return Connection.of(page, OverdueItem.of)

    @strawberry.field(
        description="日调度: the service clocks running now that are due by the end of `date` "
        "(default the park's today), overdue first. Officers of the park and admins."
    )
    async def dispatch_list(
        self, info: Info, park_id: strawberry.ID, date: date | None = None
    ) -> list[OverdueItem]:
        context = info.context
        items = await clocks.dispatch_list(
            context.viewer, pk("Park", park_id, "parkId"), date, context.settings.zone
        )
        return [OverdueItem.of(item) for item in items]

    @strawberry.field(
        description="周推进 for the Monday–Sunday week of `weekOf` (default this week). "
        "Officers of the park and admins."
    )
    async def weekly_progress(
        self, info: Info, park_id: strawberry.ID, week_of: date | None = None
    ) -> WeeklyProgress:
        progress = await clocks.weekly_progress(
            info.context.viewer, pk("Park", park_id, "parkId"), week_of, info.context.settings.zone
        )
        return WeeklyProgress.of(progress)

    @strawberry.field(description="The holiday list of one year, by date. Anyone signed in.")
    async def holidays(self, info: Info, year: int) -> list[Holiday]:
        return [Holiday.of(row) for row in await holidays.list_year(info.context.viewer, year)]
