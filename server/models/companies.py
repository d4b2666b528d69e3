from tortoise import fields
from tortoise.models import Model

from server.standards import SizeClass


class Company(Model):
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
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "company"
