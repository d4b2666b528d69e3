from __future__ import annotations

from datetime import datetime

import strawberry

from schema.context import Info
from schema.ids import gid


@strawberry.type
class Park:
    id: strawberry.ID
    name: str
    code: str
    region: str
    created_at: datetime
    pk: strawberry.Private[int]

    @classmethod
    def of(cls, park) -> Park:
        return cls(
            pk=park.id,
            id=gid("Park", park.id),
            name=park.name,
            code=park.code,
            region=park.region,
            created_at=park.created_at,
        )

    @strawberry.field(
        description="Whether the park shows a company to the bank as soon as an officer "
        "confirms a financing proposal, without asking the company (its settings); public, so "
        "that a company knows before it registers."
    )
    async def preauthorised_disclosure(self, info: Info) -> bool:
        return await info.context.loaders.preauthorised_disclosure_by_park_id.load(self.pk)


@strawberry.type
class Bank:
    id: strawberry.ID
    name: str
    code: str
    created_at: datetime

    @classmethod
    def of(cls, bank) -> Bank:
        return cls(
            id=gid("Bank", bank.id), name=bank.name, code=bank.code, created_at=bank.created_at
        )


@strawberry.input
class ParkInput:
    name: str
    code: str
    region: str


@strawberry.input
class BankInput:
    name: str
    code: str
