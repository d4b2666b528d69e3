from tortoise import fields
from tortoise.models import Model

from server.standards import Role


class User(Model):
    id = fields.IntField(primary_key=True)
    username = fields.CharField(max_length=64, unique=True)
    password_hash = fields.CharField(max_length=255)
    role = fields.CharEnumField(Role, max_length=16)
    company: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Company", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    bank: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Bank", related_name="users", null=True, on_delete=fields.RESTRICT
    )
    park: fields.ForeignKeyNullableRelation = fields.ForeignKeyField(
        "models.Park", related_name="officers", null=True, on_delete=fields.RESTRICT
    )
    active = fields.BooleanField(default=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "app_user"


class AuthToken(Model):
    """A bearer token; only its keyed hash is stored."""

    id = fields.IntField(primary_key=True)
    user: fields.ForeignKeyRelation[User] = fields.ForeignKeyField(
        "models.User", related_name="tokens", on_delete=fields.CASCADE
    )
    token_hash = fields.CharField(max_length=64, unique=True)
    created_at = fields.DatetimeField(auto_now_add=True)
    expires_at = fields.DatetimeField(db_index=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "auth_token"


class Throttle(Model):
    """A counter of attempts by one subject (an account, a client address, both) in the current
    window of one throttle; counted and checked by one conditional statement
    (server/services/throttle.py)."""

    id = fields.IntField(primary_key=True)
    scope = fields.CharField(max_length=32)
    subject = fields.CharField(max_length=160)
    count = fields.IntField()
    # When the window ends, in seconds since the epoch: a whole number that compares alike on
    # every database.
    resets_at = fields.BigIntField(db_index=True)

    class Meta:
        table = "throttle"
        unique_together = (("scope", "subject"),)
