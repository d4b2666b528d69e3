"""The holiday list every park's working days follow: holidays and make-up working days (调休),
edited by admins, read by anyone signed in (the State Council publishes them)."""

from __future__ import annotations

from datetime import date

from tortoise.transactions import in_transaction

from server.errors import BadInput, NotFound
from server.models import Holiday
from server.services import audit, policy, validation
from server.services.commands.holidays import DATE, NAME, RemoveHoliday, SetHoliday
from server.services.viewer import Viewer
from server.services.workdays import Calendar
from server.standards import Role

FIRST_YEAR = 2000
LAST_YEAR = 2100
MAX_NAME = 50


def _day(value: date) -> date:
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise BadInput(f"{DATE} must fall in the years {FIRST_YEAR} to {LAST_YEAR}", field=DATE)
    return value


def _entry(row: Holiday) -> dict:
    return {"date": row.day.isoformat(), "name": row.name, "working": row.working}


async def calendar() -> Calendar:
    """Working days as the holiday list stands now."""
    return Calendar(dict(await Holiday.all().values_list("day", "working")))


async def list_year(viewer: Viewer | None, year: int) -> list[Holiday]:
    policy.signed_in(viewer)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadInput(f"year must be {FIRST_YEAR} to {LAST_YEAR}", field="year")
    return await Holiday.filter(day__gte=date(year, 1, 1), day__lte=date(year, 12, 31)).order_by(
        "day"
    )


async def set_holiday(viewer: Viewer | None, command: SetHoliday) -> Holiday:
    """A holiday (`working` false) or a make-up working day; replaces what the day had."""
    viewer = policy.require_role(viewer, Role.ADMIN)
    day = _day(command.date)
    name = validation.text(command.name, NAME, max_length=MAX_NAME)
    working = command.working
    before = await Holiday.filter(day=day).first()
    async with in_transaction() as conn:
        stored, _ = await Holiday.update_or_create(
            defaults={"name": name, "working": working}, day=day, using_db=conn
        )
        await audit.record(
            viewer,
            "HOLIDAY_SET",
            "Holiday",
            stored.id,
            park_id=None,
            summary={"before": before and _entry(before), "after": _entry(stored)},
            using_db=conn,
        )
    return stored


async def remove_holiday(viewer: Viewer | None, command: RemoveHoliday) -> Holiday:
    """The day follows the Monday–Friday rule again; answers what it was."""
    viewer = policy.require_role(viewer, Role.ADMIN)
    found = await Holiday.filter(day=_day(command.date)).first()
    if found is None:
        raise NotFound("No such holiday on that date")
    async with in_transaction() as conn:
        await Holiday.filter(id=found.id).using_db(conn).delete()
        await audit.record(
            viewer,
            "HOLIDAY_REMOVED",
            "Holiday",
            found.id,
            park_id=None,
            summary={"before": _entry(found)},
            using_db=conn,
        )
    return found
