from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import api_fields
from schema.rates.types import Lpr, LprInput
from server.services import lpr
from server.services.commands import lpr as commands

# The input's fields, by the domain fields their refusals name.
LPR_FIELDS = {
    commands.PUBLISHED_ON: "publishedOn",
    commands.ONE_YEAR: "oneYear",
    commands.FIVE_YEAR: "fiveYear",
}


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="An admin records the LPR published on a day; one record per day."
    )
    async def record_lpr(self, info: Info, input: LprInput) -> Lpr:
        command = commands.RecordLpr(
            published_on=input.published_on,
            one_year=input.one_year,
            five_year=input.five_year,
            today=info.context.today,
        )
        with api_fields(LPR_FIELDS):
            row = await lpr.record_lpr(info.context.viewer, command)
        return Lpr.of(row)
