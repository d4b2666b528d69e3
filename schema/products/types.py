from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from schema.accounts.parties import Bank, Park
from schema.context import Info
from schema.enums import Collateral, RateBasis, SizeClass
from schema.ids import gid
from schema.money import percent, yuan
from server.rates import Pricing, rate_range_bp
from server.services.products import pricing_of


@strawberry.type
class CreditProduct:
    id: strawberry.ID
    name: str
    min_amount: Decimal
    max_amount: Decimal
    min_term_months: int
    max_term_months: int
    rate_basis: RateBasis
    spread_bp: int | None = strawberry.field(
        description="LPR-linked: basis points over the LPR of its tenor (may be negative)."
    )
    floor_rate: Decimal | None = strawberry.field(
        description="LPR-linked: the lowest rate it charges, whatever the LPR."
    )
    ceiling_rate: Decimal | None = strawberry.field(
        description="LPR-linked: the highest rate it charges, whatever the LPR."
    )
    collateral: list[Collateral]
    industries: list[str]
    size_classes: list[SizeClass]
    requires_tech_designation: bool
    min_company_age_years: int
    quota_count: int
    quota_amount: Decimal
    remaining_quota_count: int
    remaining_quota_amount: Decimal
    valid_until: date
    active: bool
    created_at: datetime
    pk: strawberry.Private[int]
    bank_pk: strawberry.Private[int]
    pricing: strawberry.Private[Pricing]

    @classmethod
    def of(cls, product) -> CreditProduct:
        return cls(
            id=gid("CreditProduct", product.id),
            name=product.name,
            min_amount=yuan(product.min_amount_fen),
            max_amount=yuan(product.max_amount_fen),
            min_term_months=product.min_term_months,
            max_term_months=product.max_term_months,
            rate_basis=product.rate_basis,
            spread_bp=product.spread_bp,
            floor_rate=None if product.floor_rate_bp is None else percent(product.floor_rate_bp),
            ceiling_rate=(
                None if product.ceiling_rate_bp is None else percent(product.ceiling_rate_bp)
            ),
            collateral=product.collateral,
            industries=product.industries,
            size_classes=product.size_classes,
            requires_tech_designation=product.requires_tech_designation,
            min_company_age_years=product.min_company_age_years,
            quota_count=product.quota_count,
            quota_amount=yuan(product.quota_amount_fen),
            remaining_quota_count=product.quota_count - product.used_count,
            remaining_quota_amount=yuan(product.quota_amount_fen - product.used_amount_fen),
            valid_until=product.valid_until,
            active=product.active,
            created_at=product.created_at,
            pk=product.id,
            bank_pk=product.bank_id,
            pricing=pricing_of(product),
        )

    async def _range(self, info: Info, on: date | None) -> tuple[Decimal, Decimal]:
        day = info.context.today if on is None else on
        quote = await info.context.loaders.lpr_in_force_by_date.load(day)
        low, high = rate_range_bp(self.pricing, quote)
        return percent(low), percent(high)

    @strawberry.field(
        description="The lowest annual rate charged today: a fixed product's own, an "
        "LPR-linked product's rate in force."
    )
    async def min_annual_rate(self, info: Info) -> Decimal:
        return (await self._range(info, None))[0]

    @strawberry.field(
        description="The highest annual rate charged today (an LPR-linked product: its rate "
        "in force)."
    )
    async def max_annual_rate(self, info: Info) -> Decimal:
        return (await self._range(info, None))[1]

    @strawberry.field(
        description="The annual rate in force on a day (the park's today if left out): a fixed "
        "product's lowest rate; an LPR-linked one's LPR of its tenor published before that day, "
        "plus its spread, within its floor and ceiling. A round holds needs to it."
    )
    async def rate_in_force(self, info: Info, on: date | None = None) -> Decimal:
        return (await self._range(info, on))[0]

    @strawberry.field
    async def bank(self, info: Info) -> Bank:
        return Bank.of(await info.context.loaders.bank_by_id.load(self.bank_pk))

    @strawberry.field
    async def parks(self, info: Info) -> list[Park]:
        park_ids = await info.context.loaders.park_ids_by_product_id.load(self.pk)
        parks = await info.context.loaders.park_by_id.load_many(park_ids)
        return [Park.of(park) for park in parks]


@strawberry.input
class CreditProductInput:
    name: str
    min_amount: Decimal
    max_amount: Decimal
    min_term_months: int
    max_term_months: int
    collateral: list[Collateral]
    park_ids: list[strawberry.ID]
    quota_count: int
    quota_amount: Decimal
    valid_until: date
    industries: list[str] | None = None
    size_classes: list[SizeClass] | None = None
    requires_tech_designation: bool | None = None
    min_company_age_years: int | None = None
    min_annual_rate: Decimal | None = strawberry.field(
        default=None,
        description="A fixed-rate product's range: required for one, refused otherwise.",
    )
    max_annual_rate: Decimal | None = None
    rate_basis: RateBasis = RateBasis.FIXED
    spread_bp: int | None = strawberry.field(
        default=None,
        description="An LPR-linked product's spread over the LPR, -1000 to 1000 basis points: "
        "required for one, refused for a fixed-rate product (as are floorRate and ceilingRate).",
    )
    floor_rate: Decimal | None = None
    ceiling_rate: Decimal | None = None


@strawberry.input
class ProductFilter:
    bank_id: strawberry.ID | None = None
    park_id: strawberry.ID | None = None
    active: bool | None = None
