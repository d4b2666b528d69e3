from __future__ import annotations

import strawberry


@strawberry.type(description="A park's settings; a later change may add more fields here.")
class ParkSettings:
    round_time_limit_seconds: int = strawberry.field(
        description="Seconds a round of this park may take from its start to its end, whatever "
        "its kind; a round not finished by then ends TIMED_OUT and stores nothing."
    )
    first_proposal_due_days: int = strawberry.field(
        description="Working days from a need's posting to its FIRST_PROPOSAL due time (1–250)."
    )
    outcome_due_days: int = strawberry.field(
        description="Working days from a proposal's confirmation (a drive's: its date) to its "
        "OUTCOME due time (1–250)."
    )
    consent_due_days: int = strawberry.field(
        description="Working days from a financing proposal's confirmation to its CONSENT due "
        "time: the company's consent or decline (1–250)."
    )
    bank_response_due_days: int = strawberry.field(
        description="Working days from the company's consent (pre-authorised: the confirmation) "
        "to the bank's BANK_RESPONSE due time: the loan's outcome (1–250)."
    )
    preauthorised_disclosure: bool = strawberry.field(
        description="The bank is shown the company as soon as an officer confirms, without "
        "asking the company (companies see this when they register); default false."
    )

    @classmethod
    def of(cls, row) -> ParkSettings:
        return cls(
            round_time_limit_seconds=row.round_time_limit_s,
            first_proposal_due_days=row.first_proposal_due_days,
            outcome_due_days=row.outcome_due_days,
            consent_due_days=row.consent_due_days,
            bank_response_due_days=row.bank_response_due_days,
            preauthorised_disclosure=row.preauthorised_disclosure,
        )


@strawberry.input(description="The settings to change; a field left out keeps its value.")
class ParkSettingsInput:
    round_time_limit_seconds: int | None = None
    first_proposal_due_days: int | None = None
    outcome_due_days: int | None = None
    consent_due_days: int | None = None
    bank_response_due_days: int | None = None
    preauthorised_disclosure: bool | None = None
