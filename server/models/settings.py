from tortoise import fields
from tortoise.models import Model

DEFAULT_ROUND_TIME_LIMIT_S = 600
# Working days from a clock's start to its due time (README, Service clocks).
DEFAULT_FIRST_PROPOSAL_DUE_DAYS = 5
DEFAULT_OUTCOME_DUE_DAYS = 20
DEFAULT_CONSENT_DUE_DAYS = 3
DEFAULT_BANK_RESPONSE_DUE_DAYS = 10


class ParkSettings(Model):
    """A park's own settings; a park without a row has the defaults."""

    id = fields.IntField(primary_key=True)
    park: fields.OneToOneRelation = fields.OneToOneField(
        "models.Park", related_name="settings", on_delete=fields.RESTRICT
    )
    round_time_limit_s = fields.IntField(default=DEFAULT_ROUND_TIME_LIMIT_S)
    first_proposal_due_days = fields.IntField(default=DEFAULT_FIRST_PROPOSAL_DUE_DAYS)
    outcome_due_days = fields.IntField(default=DEFAULT_OUTCOME_DUE_DAYS)
    consent_due_days = fields.IntField(default=DEFAULT_CONSENT_DUE_DAYS)
    bank_response_due_days = fields.IntField(default=DEFAULT_BANK_RESPONSE_DUE_DAYS)
    # The bank learns who the company is as soon as an officer confirms, without asking it
    # (companies are told so when they register in the park).
    preauthorised_disclosure = fields.BooleanField(default=False)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "park_settings"


class Holiday(Model):
    """A day off the Monday–Friday rule, for every park: a holiday (`working` false) or a
    make-up working day on a weekend (`working` true, 调休)."""

    id = fields.IntField(primary_key=True)
    day = fields.DateField(unique=True)
    name = fields.CharField(max_length=50)
    working = fields.BooleanField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "holiday"


class ClockAnnouncement(Model):
    """A service clock whose fall due was announced: the unique key lets one process only, of
    however many sweep, announce it."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=64, unique=True)
    park_id = fields.IntField()
    announced_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "clock_announcement"
