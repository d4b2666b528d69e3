from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal

import strawberry

from schema.ids import gid
from schema.money import percent


@strawberry.type(description="A loan prime rate (LPR) as published, both tenors, in percent.")
class Lpr:
    id: strawberry.ID
    published_on: date
    one_year: Decimal
    five_year: Decimal = strawberry.field(description="The five-year-and-above tenor.")
    in_force_from: date = strawberry.field(
        description="The day linked products re-price: the day after publication."
    )
    recorded_at: datetime

    @classmethod
    def of(cls, row) -> Lpr:
        return cls(
            id=gid("Lpr", row.id),
            published_on=row.published_on,
            one_year=percent(row.one_year_bp),
            five_year=percent(row.five_year_bp),
            in_force_from=row.published_on + timedelta(days=1),
            recorded_at=row.created_at,
        )


@strawberry.input
class LprInput:
    published_on: date = strawberry.field(
        description="The day it was published: not later than the park's today."
    )
    one_year: Decimal
    five_year: Decimal
