"""The park settings command: an officer of the park changes some of its settings."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class UpdateParkSettings:
    """The settings to change; a field left None keeps its value."""

    park_id: int
    round_time_limit_s: int | None = None
    first_proposal_due_days: int | None = None
    outcome_due_days: int | None = None
    consent_due_days: int | None = None
    bank_response_due_days: int | None = None
    preauthorised_disclosure: bool | None = None


# The domain fields refusals name.
ROUND_TIME_LIMIT = "settings.round_time_limit_s"
FIRST_PROPOSAL_DUE_DAYS = "settings.first_proposal_due_days"
OUTCOME_DUE_DAYS = "settings.outcome_due_days"
CONSENT_DUE_DAYS = "settings.consent_due_days"
BANK_RESPONSE_DUE_DAYS = "settings.bank_response_due_days"
