from tortoise import fields
from tortoise.models import Model

DEFAULT_ROUND_TIME_LIMIT_S = 600


class ParkSettings(Model):
    """A park's own settings; a park without a row has the defaults."""

    id = fields.IntField(primary_key=True)
    park: fields.OneToOneRelation = fields.OneToOneField(
        "models.Park", related_name="settings", on_delete=fields.RESTRICT
    )
    round_time_limit_s = fields.IntField(default=DEFAULT_ROUND_TIME_LIMIT_S)
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "park_settings"
