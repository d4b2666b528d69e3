from __future__ import annotations

from datetime import datetime

import strawberry

from schema.accounts.parties import Bank, Park
from schema.companies.types import Company
from schema.context import Info
from schema.enums import Role
from schema.ids import gid


@strawberry.type
class User:
    id: strawberry.ID
    username: str
    role: Role
    active: bool
    created_at: datetime
    company_pk: strawberry.Private[int | None]
    bank_pk: strawberry.Private[int | None]
    park_pk: strawberry.Private[int | None]

    @classmethod
    def of(cls, user) -> User:
        return cls(
            id=gid("User", user.id),
            username=user.username,
            role=user.role,
            active=user.active,
            created_at=user.created_at,
            company_pk=user.company_id,
            bank_pk=user.bank_id,
            park_pk=user.park_id,
        )

    @strawberry.field
    async def company(self, info: Info) -> Company | None:
        if self.company_pk is None:
            return None
        return Company.of(await info.context.loaders.company_by_id.load(self.company_pk))

    @strawberry.field
    async def park(self, info: Info) -> Park | None:
        if self.park_pk is None:
            return None
        return Park.of(await info.context.loaders.park_by_id.load(self.park_pk))

    @strawberry.field
    async def bank(self, info: Info) -> Bank | None:
        if self.bank_pk is None:
            return None
        return Bank.of(await info.context.loaders.bank_by_id.load(self.bank_pk))


@strawberry.input
class UserFilter:
    search: str | None = strawberry.field(default=None, description="Part of the username.")
    role: Role | None = None
    active: bool | None = None


@strawberry.type
class AuthPayload:
    token: str
    expires_at: datetime
    user: User
