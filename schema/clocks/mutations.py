from __future__ import annotations

from datetime import date

import strawberry

from schema.clocks.types import Holiday
from schema.context import Info
from schema.errors import api_fields
from server.services import holidays
from server.services.commands import holidays as commands

# The mutations' arguments, by the domain fields their refusals name.
HOLIDAY_FIELDS = {commands.DATE: "date", commands.NAME: "name"}


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="An admin: marks a day as a holiday, or (working: true) as a make-up working "
        "day on a weekend; replaces what the day had."
    )
    async def set_holiday(
        self, info: Info, date: date, name: str, working: bool = False
    ) -> Holiday:
        command = commands.SetHoliday(date=date, name=name, working=working)
        with api_fields(HOLIDAY_FIELDS):
            return Holiday.of(await holidays.set_holiday(info.context.viewer, command))

    @strawberry.mutation(
        description="An admin: the day follows the Monday–Friday rule again; answers what it was."
    )
    async def remove_holiday(self, info: Info, date: date) -> Holiday:
        with api_fields(HOLIDAY_FIELDS):
            return Holiday.of(
                await holidays.remove_holiday(info.context.viewer, commands.RemoveHoliday(date))
            )
