from tortoise import fields
from tortoise.models import Model


class AuditEvent(Model):
    """Who changed what, when; `park_id` scopes what an officer may read."""

    id = fields.IntField(primary_key=True)
    actor: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.User", related_name="audit_events", null=True, on_delete=fields.RESTRICT
    )
    action = fields.CharField(max_length=64)
    object_type = fields.CharField(max_length=32)
    object_pk = fields.IntField()
    park_id = fields.IntField(null=True, db_index=True)
    summary = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_event"
        indexes = (("object_type", "object_pk"),)
