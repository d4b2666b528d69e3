from tortoise import fields
from tortoise.models import Model

from server.standards import MatchKind, ProposalStatus


class MatchRound(Model):
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
    figures = fields.JSONField()

    class Meta:
        table = "match_round"


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
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "proposal"


class RoundLock(Model):
    """Held while a round for (park, kind) computes; the unique key serialises rounds across
    processes."""

    id = fields.IntField(primary_key=True)
    key = fields.CharField(max_length=64, unique=True)
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
