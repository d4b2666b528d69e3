from tortoise import fields
from tortoise.models import Model

from server.standards import Education, NeedStatus, RoleCategory


class NeedBase(Model):
    """What both kinds of need share: status and the timestamps the park's figures come from."""

    id = fields.IntField(primary_key=True)
    needed_by = fields.DateField()
    status = fields.CharEnumField(NeedStatus, max_length=12, default=NeedStatus.OPEN, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    # When the first proposal about it was published (its FIRST_PROPOSAL clock stopped).
    first_proposed_at = fields.DatetimeField(null=True)
    first_confirmed_at = fields.DatetimeField(null=True)
    fulfilled_at = fields.DatetimeField(null=True)
    withdrawn_at = fields.DatetimeField(null=True)

    class Meta:
        abstract = True


class FinancingNeed(NeedBase):
    company: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Company", related_name="financing_needs", on_delete=fields.RESTRICT
    )
    amount_fen = fields.BigIntField()
    term_months = fields.IntField()
    purpose = fields.CharField(max_length=500)
    collateral = fields.JSONField()
    max_rate_bp = fields.IntField()
    preferred_bank_ids = fields.JSONField(default=list)

    class Meta:
        table = "financing_need"


class HiringNeed(NeedBase):
    company: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Company", related_name="hiring_needs", on_delete=fields.RESTRICT
    )
    title = fields.CharField(max_length=200)
    role_category = fields.CharEnumField(RoleCategory, max_length=20)
    headcount = fields.IntField()
    skills = fields.JSONField(default=list)
    min_education = fields.CharEnumField(Education, max_length=20)
    salary_min_fen = fields.BigIntField()
    salary_max_fen = fields.BigIntField()

    class Meta:
        table = "hiring_need"
