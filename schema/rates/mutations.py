from __future__ import annotations

import strawberry

from schema.context import Info
from schema.rates.types import Lpr, LprInput
from server.services import lpr


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="An admin records the LPR published on a day; one record per day."
    )
    async def record_lpr(self, info: Info, input: LprInput) -> Lpr:
        row = await lpr.record_lpr(
            info.context.viewer,
            info.context.today,
            input.published_on,
            input.one_year,
            input.five_year,
        )
        return Lpr.of(row)
