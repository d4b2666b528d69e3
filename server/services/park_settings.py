"""A park's settings: read by its officers and admins, changed by its officers, audited."""

from __future__ import annotations

from dataclasses import dataclass

from tortoise.transactions import in_transaction

from server.errors import BadInput, NotFound
from server.models import Park, ParkSettings
from server.models.settings import DEFAULT_ROUND_TIME_LIMIT_S
from server.services import audit, policy
from server.services.viewer import Viewer

MIN_ROUND_TIME_LIMIT_S = 10
MAX_ROUND_TIME_LIMIT_S = 3600


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """The settings to change; a field left None keeps its value."""

    round_time_limit_s: int | None = None


async def _settings(park_id: int) -> ParkSettings:
    found = await ParkSettings.filter(park_id=park_id).first()
    return found or ParkSettings(park_id=park_id, round_time_limit_s=DEFAULT_ROUND_TIME_LIMIT_S)


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


def _checked(change: SettingsChange) -> SettingsChange:
    limit = change.round_time_limit_s
    if limit is not None and not MIN_ROUND_TIME_LIMIT_S <= limit <= MAX_ROUND_TIME_LIMIT_S:
        raise BadInput(
            f"roundTimeLimitSeconds must be {MIN_ROUND_TIME_LIMIT_S} to "
            f"{MAX_ROUND_TIME_LIMIT_S} seconds",
            field="roundTimeLimitSeconds",
        )
    return change


async def update_settings(
    viewer: Viewer | None, park_id: int, change: SettingsChange
) -> ParkSettings:
    viewer = policy.signed_in(viewer)
    await _park(park_id)
    viewer = policy.require_park_officer(viewer, park_id)
    change = _checked(change)
    before = await _settings(park_id)
    values = {"round_time_limit_s": before.round_time_limit_s}
    if change.round_time_limit_s is not None:
        values["round_time_limit_s"] = change.round_time_limit_s
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
            summary={
                "before": {"roundTimeLimitSeconds": before.round_time_limit_s},
                "after": {"roundTimeLimitSeconds": stored.round_time_limit_s},
            },
            using_db=conn,
        )
    return stored
