from tortoise import fields
from tortoise.models import Model

from server.standards import RateBasis


class CreditProduct(Model):
    """A bank's credit product. `used_*` is the quota held by CONFIRMED and COMPLETED proposals;
    it only moves through conditional updates that keep it within the totals.

    A FIXED product has its rate range (`min_rate_bp`–`max_rate_bp`); an LPR-linked one none of
    its own: the LPR of its tenor plus `spread_bp`, within the optional floor and ceiling."""

    id = fields.IntField(primary_key=True)
    bank: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Bank", related_name="products", on_delete=fields.RESTRICT
    )
    name = fields.CharField(max_length=200)
    min_amount_fen = fields.BigIntField()
    max_amount_fen = fields.BigIntField()
    min_term_months = fields.IntField()
    max_term_months = fields.IntField()
    rate_basis = fields.CharEnumField(RateBasis, max_length=8, default=RateBasis.FIXED)
    min_rate_bp = fields.IntField(null=True)
    max_rate_bp = fields.IntField(null=True)
    spread_bp = fields.IntField(null=True)
    floor_rate_bp = fields.IntField(null=True)
    ceiling_rate_bp = fields.IntField(null=True)
    collateral = fields.JSONField()
    industries = fields.JSONField(default=list)
    size_classes = fields.JSONField(default=list)
    requires_tech_designation = fields.BooleanField(default=False)
    min_company_age_years = fields.IntField(default=0)
    parks: fields.ManyToManyRelation = fields.ManyToManyField(
        "models.Park", related_name="products", through="credit_product_park"
    )
    quota_count = fields.IntField()
    quota_amount_fen = fields.BigIntField()
    used_count = fields.IntField(default=0)
    used_amount_fen = fields.BigIntField(default=0)
    valid_until = fields.DateField()
    active = fields.BooleanField(default=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "credit_product"
