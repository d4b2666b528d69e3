from tortoise import fields
from tortoise.models import Model

from server.standards import ConsentStatus, MatchKind, ProposalStatus, RoundStage, RoundState


class MatchRound(Model):
    """A round from the moment it is started: RUNNING through its stages, then one final state.

    `figures` is empty until the core has solved it; `heartbeat_at` is stamped by whoever runs it
    (every second or so), so that a round whose worker died is noticed; `deadline_at` is its start
    plus the park's round time limit."""

    id = fields.IntField(primary_key=True)
    park: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Park", related_name="rounds", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(MatchKind, max_length=12)
    created_by: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="rounds", on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)
    weights = fields.JSONField()
    figures = fields.JSONField(default=dict)
    dry_run = fields.BooleanField(default=False)
    state = fields.CharEnumField(
        RoundState, max_length=12, default=RoundState.RUNNING, db_index=True
    )
    stage = fields.CharEnumField(RoundStage, max_length=8, null=True)
    percent = fields.FloatField(null=True)
    started_at = fields.DatetimeField(null=True)
    finished_at = fields.DatetimeField(null=True)
    deadline_at = fields.DatetimeField()
    heartbeat_at = fields.DatetimeField(null=True)
    failure = fields.CharField(max_length=500, null=True)

    class Meta:
        table = "match_round"


class RoundPreview(Model):
    """A dry run's answer, kept for its officers to read for a while and never applied: plain
    proposal and unmatched entries, outside the proposal table that queries and mutations use."""

    id = fields.IntField(primary_key=True)
    round: fields.OneToOneRelation[MatchRound] = fields.OneToOneField(
        "models.MatchRound", related_name="preview", on_delete=fields.CASCADE
    )
    proposals = fields.JSONField()
    unmatched = fields.JSONField()

    class Meta:
        table = "round_preview"


class Proposal(Model):
    id = fields.IntField(primary_key=True)
    round: fields.ForeignKeyRelation[MatchRound] = fields.ForeignKeyField(
        "models.MatchRound", related_name="proposals", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(MatchKind, max_length=12)
    park: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Park", related_name="proposals", on_delete=fields.RESTRICT
    )
    company: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Company", related_name="proposals", on_delete=fields.RESTRICT
    )
    financing_need: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.FinancingNeed", related_name="proposals", null=True, on_delete=fields.RESTRICT
    )
    product: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.CreditProduct", related_name="proposals", null=True, on_delete=fields.RESTRICT
    )
    drive: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.RecruitmentDrive", related_name="proposals", null=True, on_delete=fields.RESTRICT
    )
    hiring_need_ids = fields.JSONField(default=list)
    amount_fen = fields.BigIntField(null=True)
    # Financing: the product's rate in force on the round's date, kept as the proposal was made.
    annual_rate_bp = fields.IntField(null=True)
    score = fields.FloatField()
    breakdown = fields.JSONField()
    reasons = fields.JSONField()
    status = fields.CharEnumField(
        ProposalStatus, max_length=12, default=ProposalStatus.PROPOSED, db_index=True
    )
    decided_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="decisions", null=True, on_delete=fields.RESTRICT
    )
    decided_at = fields.DatetimeField(null=True)
    decision_note = fields.CharField(max_length=1000, null=True)
    outcome_amount_fen = fields.BigIntField(null=True)
    hires = fields.IntField(null=True)
    outcome_note = fields.CharField(max_length=1000, null=True)
    outcome_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="outcomes", null=True, on_delete=fields.RESTRICT
    )
    outcome_at = fields.DatetimeField(null=True)
    # Financing, from its confirmation on: whether the bank may know the company (consent.py).
    # `consent_at`/`consent_by` say when and by whom it was given or declined (by nobody when the
    # park pre-authorised it); `consent_disclosed` names what the bank was then shown.
    consent_status = fields.CharEnumField(ConsentStatus, max_length=16, null=True)
    consent_at = fields.DatetimeField(null=True)
    consent_by: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="consents", null=True, on_delete=fields.RESTRICT
    )
    consent_disclosed = fields.JSONField(default=list)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "proposal"


class RoundLock(Model):
    """Held while a round for (park, kind) computes; the unique key serialises rounds across
    processes."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=64, unique=True)
    round_id = fields.IntField(null=True)
    acquired_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "round_lock"


class RoundVerdict(Model):
    """What a published round said of one need it considered: matched, or why not.

    A recruitment round judges a company with all its needs: each need gets the same verdict.
    """

    id = fields.IntField(primary_key=True)
    round: fields.ForeignKeyRelation[MatchRound] = fields.ForeignKeyField(
        "models.MatchRound", related_name="verdicts", on_delete=fields.RESTRICT
    )
    kind = fields.CharEnumField(MatchKind, max_length=12)
    company_id = fields.IntField()
    need_id = fields.IntField()
    matched = fields.BooleanField()
    reason = fields.CharField(max_length=32, null=True)
    blocking_rules = fields.JSONField(default=list)

    class Meta:
        table = "round_verdict"
        indexes = (("kind", "need_id", "round_id"),)
