from __future__ import annotations

from datetime import date

import strawberry

from schema.context import Info
from schema.enums import MatchKind, NeedStatus
from schema.ids import pk
from schema.rounds.types import Weight
from schema.stats.types import ParkStats
from server.services import trends, weights


@strawberry.type
class NeedStatusCount:
    status: NeedStatus
    count: int


@strawberry.type(description="The figures of one group of the park's needs.")
class ParkFiguresGroup:
    key: str = strawberry.field(
        description="The month (YYYY-MM), size class (MICRO…) or industry section (A–T)."
    )
    figures: ParkStats
    needs_by_status: list[NeedStatusCount] = strawberry.field(
        description="The group's needs by their status now, every status, in enum order."
    )

    @classmethod
    def of(cls, group: trends.Group) -> ParkFiguresGroup:
        return cls(
            key=group.key,
            figures=ParkStats.of(group.figures),
            needs_by_status=[
                NeedStatusCount(status=status, count=count)
                for status, count in group.needs_by_status
            ],
        )


@strawberry.type(
    description="parkStats's figures over the needs posted in the period, by month (in the "
    "park's zone), by size class and by industry."
)
class ParkTrends:
    since: date
    until: date
    span: strawberry.Private[trends.Period]

    @strawberry.field
    async def by_month(self, info: Info) -> list[ParkFiguresGroup]:
        return [
            ParkFiguresGroup.of(g) for g in await trends.by_month(info.context.viewer, self.span)
        ]

    @strawberry.field(description="Every size class, in enum order.")
    async def by_size_class(self, info: Info) -> list[ParkFiguresGroup]:
        groups = await trends.by_size_class(info.context.viewer, self.span)
        return [ParkFiguresGroup.of(g) for g in groups]

    @strawberry.field(description="The industries of the park's companies, in section order.")
    async def by_industry(self, info: Info) -> list[ParkFiguresGroup]:
        groups = await trends.by_industry(info.context.viewer, self.span)
        return [ParkFiguresGroup.of(g) for g in groups]


@strawberry.type
class Query:
    @strawberry.field(
        description="A park's figures by month, size class and industry for the needs posted "
        "between since and until (inclusive dates of the park's zone; by default the twelve "
        "months up to today; at most 36 months). Officers of the park and admins."
    )
    async def park_trends(
        self,
        info: Info,
        park_id: strawberry.ID,
        since: date | None = None,
        until: date | None = None,
    ) -> ParkTrends:
        span = await trends.period(
            info.context.viewer,
            pk("Park", park_id, "parkId"),
            since,
            until,
            info.context.today,
            info.context.settings.zone,
        )
        return ParkTrends(since=span.since, until=span.until, span=span)

    @strawberry.field(description="The weights a round of this kind uses by default.")
    async def default_weights(self, info: Info, kind: MatchKind) -> list[Weight]:
        found = weights.default_weights(info.context.viewer, kind)
        return [Weight(name=name, value=value) for name, value in found.items()]
