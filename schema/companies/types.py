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
from schema.pagination import Connection, read_after
from server.services import companies as companies_service

if TYPE_CHECKING:
    from schema.needs.types import FinancingNeed, HiringNeed


@strawberry.type(
    description="A fact that decides eligibility, as an officer last verified it and as it is "
    "now; a list of designations is comma-joined."
)
class ProfileChange:
    field: str
    verified: str
    current: str


@strawberry.type
class Company:
    id: strawberry.ID
    name: str
    uscc: str = strawberry.field(
        description="The unified social credit code; for a company whose code an officer "
        "released, the code it had claimed."
    )
    industry: str
    size_class: SizeClass
    founded_on: date
    employees: int
    annual_revenue: Decimal
    tech_designations: list[TechDesignation]
    verified: bool
    changes_since_verification: list[ProfileChange] = strawberry.field(
        description="What changed in industry, size class or tech designations since an officer "
        "verified the company: the reason it awaits verification again (empty otherwise)."
    )
    credit_code_released_at: datetime | None = strawberry.field(
        description="When an officer released this company's credit code (a disputed code: its "
        "accounts are closed and the code's owner may register)."
    )
    created_at: datetime
    pk: strawberry.Private[int]
    park_pk: strawberry.Private[int]

    @classmethod
    def of(cls, company) -> Company:
        return cls(
            id=gid("Company", company.id),
            name=company.name,
            uscc=company.released_uscc or company.uscc,
            industry=company.industry,
            size_class=company.size_class,
            founded_on=company.founded_on,
            employees=company.employees,
            annual_revenue=yuan(company.annual_revenue_fen),
            tech_designations=company.tech_designations,
            verified=company.verified,
            changes_since_verification=[
                ProfileChange(field=change.field, verified=change.verified, current=change.current)
                for change in companies_service.changes_since_verification(company)
            ],
            credit_code_released_at=company.released_at,
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
        page = await read_after(lambda key: loader.load((self.pk, first, key)), after)
        return Connection.of(page, FinancingNeed.of)

    @strawberry.field
    async def hiring_needs(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Annotated[HiringNeed, strawberry.lazy("schema.needs.types")]]:
        from schema.needs.types import HiringNeed

        loader = info.context.loaders.need_page_by_company["HiringNeed"]
        page = await read_after(lambda key: loader.load((self.pk, first, key)), after)
        return Connection.of(page, HiringNeed.of)


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
