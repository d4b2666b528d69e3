from tortoise import fields
from tortoise.models import Model


class Park(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    code = fields.CharField(max_length=32, unique=True)
    region = fields.CharField(max_length=200)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "park"


class Bank(Model):
    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=200)
    code = fields.CharField(max_length=32, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "bank"
