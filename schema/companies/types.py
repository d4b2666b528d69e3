from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.accounts.parties import Park
from schema.context import Info
from schema.enums import SizeClass, TechDesignation
from schema.ids import gid
from schema.money import yuan
from schema.pagination import Connection

if TYPE_CHECKING:
    from schema.needs.types import FinancingNeed, HiringNeed


@strawberry.type
class Company:
    id: strawberry.ID
    name: str
    uscc: str
    industry: str
    size_class: SizeClass
    founded_on: date
    employees: int
    annual_revenue: Decimal
    tech_designations: list[TechDesignation]
    verified: bool
    created_at: datetime
    pk: strawberry.Private[int]
    park_pk: strawberry.Private[int]

    @classmethod
    def of(cls, company) -> Company:
        return cls(
            id=gid("Company", company.id),
            name=company.name,
            uscc=company.uscc,
            industry=company.industry,
            size_class=company.size_class,
            founded_on=company.founded_on,
            employees=company.employees,
            annual_revenue=yuan(company.annual_revenue_fen),
            tech_designations=company.tech_designations,
            verified=company.verified,
            created_at=company.created_at,
            pk=company.id,
            park_pk=company.park_id,
        )

    @strawberry.field
    async def park(self, info: Info) -> Park:
        return Park.of(await info.context.loaders.park_by_id.load(self.park_pk))

    @strawberry.field
    async def financing_needs(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[FinancingNeed, strawberry.lazy("schema.needs.types")]]:
        from schema.needs.types import FinancingNeed

        loader = info.context.loaders.need_page_by_company["FinancingNeed"]
        return Connection.of(await loader.load((self.pk, first, after)), FinancingNeed.of)

    @strawberry.field
    async def hiring_needs(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[HiringNeed, strawberry.lazy("schema.needs.types")]]:
        from schema.needs.types import HiringNeed

        loader = info.context.loaders.need_page_by_company["HiringNeed"]
        return Connection.of(await loader.load((self.pk, first, after)), HiringNeed.of)


@strawberry.input
class CompanyInput:
    name: str
    uscc: str
    park_id: strawberry.ID
    industry: str
    size_class: SizeClass
    founded_on: date
    employees: int
    annual_revenue: Decimal
    tech_designations: list[TechDesignation] | None = None


@strawberry.input
class UpdateCompanyInput:
    name: str | None = None
    industry: str | None = None
    size_class: SizeClass | None = None
    employees: int | None = None
    annual_revenue: Decimal | None = None
    tech_designations: list[TechDesignation] | None = None


@strawberry.input
class CompanyFilter:
    park_id: strawberry.ID | None = None
    verified: bool | None = None
    search: str | None = None
