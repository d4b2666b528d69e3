from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from schema.accounts.parties import Bank, Park
from schema.context import Info
from schema.enums import Collateral, SizeClass
from schema.ids import gid
from schema.money import percent, yuan


@strawberry.type
class CreditProduct:
    id: strawberry.ID
    name: str
    min_amount: Decimal
    max_amount: Decimal
    min_term_months: int
    max_term_months: int
    min_annual_rate: Decimal
    max_annual_rate: Decimal
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

    @classmethod
    def of(cls, product) -> CreditProduct:
        return cls(
            id=gid("CreditProduct", product.id),
            name=product.name,
            min_amount=yuan(product.min_amount_fen),
            max_amount=yuan(product.max_amount_fen),
            min_term_months=product.min_term_months,
            max_term_months=product.max_term_months,
            min_annual_rate=percent(product.min_rate_bp),
            max_annual_rate=percent(product.max_rate_bp),
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
        )

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
    min_annual_rate: Decimal
    max_annual_rate: Decimal
    collateral: list[Collateral]
    park_ids: list[strawberry.ID]
    quota_count: int
    quota_amount: Decimal
    valid_until: date
    industries: list[str] | None = None
    size_classes: list[SizeClass] | None = None
    requires_tech_designation: bool | None = None
    min_company_age_years: int | None = None


@strawberry.input
class ProductFilter:
    bank_id: strawberry.ID | None = None
    park_id: strawberry.ID | None = None
    active: bool | None = None
