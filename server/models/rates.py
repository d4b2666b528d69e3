from tortoise import fields
from tortoise.models import Model


class Lpr(Model):
    """A loan prime rate as published on a day, both tenors, as an admin recorded it."""

    id = fields.IntField(primary_key=True)
    published_on = fields.DateField(unique=True)
    one_year_bp = fields.IntField()
    five_year_bp = fields.IntField()
    recorded_by: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.User", related_name="lprs", on_delete=fields.RESTRICT
    )
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "lpr"
