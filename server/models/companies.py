from tortoise import fields
from tortoise.models import Model

from server.standards import SizeClass


class Company(Model):
    """A company of a park. `verified_profile` keeps the facts that decide eligibility (industry,
    size class, tech designations) as an officer last verified them. A company whose credit code
    an officer released (a squatter) keeps its record, the code it claimed in `released_uscc`,
    and in `uscc` a placeholder that no valid code can equal, so that the code's real owner can
    register."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    uscc = fields.CharField(max_length=18, unique=True)
    park: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Park", related_name="companies", on_delete=fields.RESTRICT
    )
    industry = fields.CharField(max_length=1)
    size_class = fields.CharEnumField(SizeClass, max_length=8)
    founded_on = fields.DateField()
    employees = fields.IntField()
    annual_revenue_fen = fields.BigIntField()
    tech_designations = fields.JSONField(default=list)
    verified = fields.BooleanField(default=False)
    verified_at = fields.DatetimeField(null=True)
    verified_profile = fields.JSONField(null=True)
    released_uscc = fields.CharField(max_length=18, null=True)
    released_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "company"
