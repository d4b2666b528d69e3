from __future__ import annotations

import strawberry

from schema.context import Info
from schema.ids import pk
from schema.settings.types import ParkSettings, ParkSettingsInput
from server.services import park_settings


@strawberry.type
class Mutation:
    @strawberry.mutation(description="An officer of the park.")
    async def update_park_settings(
        self, info: Info, park_id: strawberry.ID, input: ParkSettingsInput
    ) -> ParkSettings:
        change = park_settings.SettingsChange(
            round_time_limit_s=input.round_time_limit_seconds,
            first_proposal_due_days=input.first_proposal_due_days,
            outcome_due_days=input.outcome_due_days,
            consent_due_days=input.consent_due_days,
            bank_response_due_days=input.bank_response_due_days,
            preauthorised_disclosure=input.preauthorised_disclosure,
        )
        stored = await park_settings.update_settings(
            info.context.viewer, pk("Park", park_id, "parkId"), change
        )
        return ParkSettings.of(stored)
