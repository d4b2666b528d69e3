from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import api_fields
from schema.ids import pk
from schema.settings.types import ParkSettings, ParkSettingsInput
from server.services import park_settings
from server.services.commands import park_settings as commands

# The input's fields, by the domain fields their refusals name.
SETTINGS_FIELDS = {
    commands.ROUND_TIME_LIMIT: "roundTimeLimitSeconds",
    commands.FIRST_PROPOSAL_DUE_DAYS: "firstProposalDueDays",
    commands.OUTCOME_DUE_DAYS: "outcomeDueDays",
    commands.CONSENT_DUE_DAYS: "consentDueDays",
    commands.BANK_RESPONSE_DUE_DAYS: "bankResponseDueDays",
}


@strawberry.type
class Mutation:
    @strawberry.mutation(description="An officer of the park.")
    async def update_park_settings(
        self, info: Info, park_id: strawberry.ID, input: ParkSettingsInput
    ) -> ParkSettings:
        command = commands.UpdateParkSettings(
            park_id=pk("Park", park_id, "parkId"),
            round_time_limit_s=input.round_time_limit_seconds,
            first_proposal_due_days=input.first_proposal_due_days,
            outcome_due_days=input.outcome_due_days,
            consent_due_days=input.consent_due_days,
            bank_response_due_days=input.bank_response_due_days,
            preauthorised_disclosure=input.preauthorised_disclosure,
        )
        with api_fields(SETTINGS_FIELDS):
            stored = await park_settings.update_settings(info.context.viewer, command)
        return ParkSettings.of(stored)
