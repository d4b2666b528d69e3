"""A park's settings: read by its officers and admins, changed by its officers, audited."""

from __future__ import annotations

from typing import NamedTuple

from tortoise.transactions import in_transaction

from server.errors import BadInput, NotFound
from server.models import Park, ParkSettings
from server.services import audit, policy
from server.services.commands.park_settings import (
    BANK_RESPONSE_DUE_DAYS,
    CONSENT_DUE_DAYS,
    FIRST_PROPOSAL_DUE_DAYS,
    OUTCOME_DUE_DAYS,
    ROUND_TIME_LIMIT,
    UpdateParkSettings,
)
from server.services.viewer import Viewer
from server.standards import ServiceClock

MIN_ROUND_TIME_LIMIT_S = 10
MAX_ROUND_TIME_LIMIT_S = 3600
# A clock falls due one working day after it starts at the soonest, a working year at the latest.
MIN_DUE_DAYS = 1
MAX_DUE_DAYS = 250


class Setting(NamedTuple):
    field: str  # the domain field its refusal names
    low: int
    high: int
    audit_name: str  # its name in the audit trail's summaries


SETTINGS = {
    "round_time_limit_s": Setting(
        ROUND_TIME_LIMIT,
        MIN_ROUND_TIME_LIMIT_S,
        MAX_ROUND_TIME_LIMIT_S,
        "roundTimeLimitSeconds",
    ),
    "first_proposal_due_days": Setting(
        FIRST_PROPOSAL_DUE_DAYS, MIN_DUE_DAYS, MAX_DUE_DAYS, "firstProposalDueDays"
    ),
    "outcome_due_days": Setting(OUTCOME_DUE_DAYS, MIN_DUE_DAYS, MAX_DUE_DAYS, "outcomeDueDays"),
    "consent_due_days": Setting(CONSENT_DUE_DAYS, MIN_DUE_DAYS, MAX_DUE_DAYS, "consentDueDays"),
    "bank_response_due_days": Setting(
        BANK_RESPONSE_DUE_DAYS, MIN_DUE_DAYS, MAX_DUE_DAYS, "bankResponseDueDays"
    ),
}
# Yes-or-no settings: their names in the audit trail's summaries.
SWITCHES = {"preauthorised_disclosure": "preauthorisedDisclosure"}
DUE_DAYS_OF = {
    ServiceClock.FIRST_PROPOSAL: "first_proposal_due_days",
    ServiceClock.CONSENT: "consent_due_days",
    ServiceClock.BANK_RESPONSE: "bank_response_due_days",
    ServiceClock.OUTCOME: "outcome_due_days",
}


async def _settings(park_id: int) -> ParkSettings:
    found = await ParkSettings.filter(park_id=park_id).first()
    return found or ParkSettings(park_id=park_id)


async def _park(park_id: int) -> None:
    if not await Park.filter(id=park_id).exists():
        raise NotFound("No such park")


async def get_settings(viewer: Viewer | None, park_id: int) -> ParkSettings:
    viewer = policy.signed_in(viewer)
    await _park(park_id)
    policy.require_park_settings_viewer(viewer, park_id)
    return await _settings(park_id)


async def round_time_limit(park_id: int) -> int:
    """Seconds a round of this park may take from its start to its end."""
    return (await _settings(park_id)).round_time_limit_s


async def due_days(park_id: int) -> dict[ServiceClock, int]:
    """Working days from each clock's start to its due time, in this park."""
    found = await _settings(park_id)
    return {clock: getattr(found, name) for clock, name in DUE_DAYS_OF.items()}


async def preauthorised_disclosure(park_ids: list[int]) -> list[bool]:
    """Whether each park discloses a company to the bank on confirmation without asking it;
    public, since companies read it before they register."""
    chosen = dict(
        await ParkSettings.filter(park_id__in=park_ids).values_list(
            "park_id", "preauthorised_disclosure"
        )
    )
    return [chosen.get(park_id, False) for park_id in park_ids]


def _checked(change: UpdateParkSettings) -> dict[str, int | bool]:
    """The settings to change, each within its range."""
    values = {}
    for name, setting in SETTINGS.items():
        value = getattr(change, name)
        if value is None:
            continue
        field, low, high = setting.field, setting.low, setting.high
        if not low <= value <= high and field == ROUND_TIME_LIMIT:
            raise BadInput(f"{field} must be {low} to {high} seconds", field=field)
        if not low <= value <= high:
            raise BadInput(f"{field} must be {low} to {high} working days", field=field)
        values[name] = value
    for name in SWITCHES:
        if getattr(change, name) is not None:
            values[name] = getattr(change, name)
    return values


def _summary(row: ParkSettings) -> dict[str, int | bool]:
    numbers = {setting.audit_name: getattr(row, name) for name, setting in SETTINGS.items()}
    return numbers | {field: getattr(row, name) for name, field in SWITCHES.items()}


async def update_settings(viewer: Viewer | None, change: UpdateParkSettings) -> ParkSettings:
    viewer = policy.signed_in(viewer)
    park_id = change.park_id
    await _park(park_id)
    viewer = policy.require_park_officer(viewer, park_id)
    changed = _checked(change)
    before = await _settings(park_id)
    values = {name: getattr(before, name) for name in [*SETTINGS, *SWITCHES]} | changed
    async with in_transaction() as conn:
        stored, _ = await ParkSettings.update_or_create(
            defaults=values, park_id=park_id, using_db=conn
        )
        await audit.record(
            viewer,
            "PARK_SETTINGS_UPDATED",
            "Park",
            park_id,
            park_id=park_id,
            summary={"before": _summary(before), "after": _summary(stored)},
            using_db=conn,
        )
    return stored
