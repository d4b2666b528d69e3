from tortoise import fields
from tortoise.models import Model

from server.standards import DriveStatus


class RecruitmentDrive(Model):
    """A job fair; `booths_used` counts CONFIRMED and COMPLETED proposals and moves only by
    conditional updates."""

    id = fields.IntField(primary_key=True)
    park: fields.ForeignKeyRelation = fields.ForeignKeyField(
        "models.Park", related_name="drives", on_delete=fields.RESTRICT
    )
    title = fields.CharField(max_length=200)
    date = fields.DateField()
    venue = fields.CharField(max_length=200)
    booth_capacity = fields.IntField()
    booths_used = fields.IntField(default=0)
    role_categories = fields.JSONField(default=list)
    skills = fields.JSONField(default=list)
    industries = fields.JSONField(default=list)
    expected_attendance = fields.IntField(null=True)
    status = fields.CharEnumField(DriveStatus, max_length=8, default=DriveStatus.OPEN)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "recruitment_drive"
