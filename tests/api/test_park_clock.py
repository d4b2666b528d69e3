"""A date is the park's: judged in the configured zone from the service's clock, whatever the
machine's zone or hour."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from server.services import clock
from tests.api import operations as ops
from tests.api.world import financing_need_input

# Asia/Shanghai is UTC+8 all year: its date turns at 16:00 UTC.
UTC_DAY = clock.now().date()
JUST_AFTER_SHANGHAI_MIDNIGHT = datetime.combine(UTC_DAY, time(16, 0, 30), UTC)
JUST_BEFORE_SHANGHAI_MIDNIGHT = datetime.combine(UTC_DAY, time(15, 59, 30), UTC)


async def post_need(world, needed_by):
    return await world.api.post(
        ops.POST_FINANCING_NEED,
        {"i": financing_need_input(neededBy=needed_by.isoformat())},
        world.tokens["companyA"],
    )


async def test_just_after_shanghai_midnight_today_is_the_shanghai_date(world, pin_clock):
    pin_clock(JUST_AFTER_SHANGHAI_MIDNIGHT)
    shanghai_today = UTC_DAY + timedelta(days=1)

    accepted = await post_need(world, shanghai_today)
    refused = await post_need(world, UTC_DAY)

    assert "errors" not in accepted, accepted
    assert accepted["data"]["postFinancingNeed"]["status"] == "OPEN"
    error = refused["errors"][0]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    assert error["extensions"]["field"] == "neededBy"


async def test_just_before_shanghai_midnight_the_utc_date_is_still_today(world, pin_clock):
    pin_clock(JUST_BEFORE_SHANGHAI_MIDNIGHT)

    accepted = await post_need(world, UTC_DAY)
    refused = await post_need(world, UTC_DAY - timedelta(days=1))

    assert "errors" not in accepted, accepted
    assert refused["errors"][0]["extensions"]["field"] == "neededBy"


SERVICE_TIME = "{ serviceTime { zone today } }"


async def test_anyone_reads_the_service_zone_and_its_today(api, settings, pin_clock):
    pin_clock(JUST_AFTER_SHANGHAI_MIDNIGHT)

    answered = await api.ok(SERVICE_TIME)

    assert answered["serviceTime"] == {
        "zone": settings.timezone,
        "today": (UTC_DAY + timedelta(days=1)).isoformat(),
    }
