from __future__ import annotations

from datetime import datetime

import strawberry

from schema.ids import gid


@strawberry.type
class Park:
    id: strawberry.ID
    name: str
    code: str
    region: str
    created_at: datetime

    @classmethod
    def of(cls, park) -> Park:
        return cls(
            id=gid("Park", park.id),
            name=park.name,
            code=park.code,
            region=park.region,
            created_at=park.created_at,
        )


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
