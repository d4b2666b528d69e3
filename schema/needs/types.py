from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import strawberry

from schema.accounts.parties import Bank
from schema.companies.types import Company
from schema.context import Info
from schema.enums import Collateral, Education, NeedStatus, RoleCategory
from schema.ids import gid
from schema.money import percent, yuan


@strawberry.type
class NeedCommon:
    id: strawberry.ID
    needed_by: date
    status: NeedStatus
    created_at: datetime
    company_pk: strawberry.Private[int]

    @staticmethod
    def common(type_name: str, need) -> dict:
        return {
            "id": gid(type_name, need.id),
            "needed_by": need.needed_by,
            "status": need.status,
            "created_at": need.created_at,
            "company_pk": need.company_id,
        }

    @strawberry.field
    async def company(self, info: Info) -> Company:
        return Company.of(await info.context.loaders.company_by_id.load(self.company_pk))


@strawberry.type
class FinancingNeed(NeedCommon):
    amount: Decimal
    term_months: int
    purpose: str
    collateral: list[Collateral]
    max_annual_rate: Decimal
    bank_pks: strawberry.Private[list[int]]

    @classmethod
    def of(cls, need) -> FinancingNeed:
        return cls(
            **cls.common("FinancingNeed", need),
            amount=yuan(need.amount_fen),
            term_months=need.term_months,
            purpose=need.purpose,
            collateral=need.collateral,
            max_annual_rate=percent(need.max_rate_bp),
            bank_pks=need.preferred_bank_ids,
        )

    @strawberry.field
    async def preferred_banks(self, info: Info) -> list[Bank]:
        banks = await info.context.loaders.bank_by_id.load_many(self.bank_pks)
        return [Bank.of(bank) for bank in banks if bank is not None]


@strawberry.type
class HiringNeed(NeedCommon):
    title: str
    role_category: RoleCategory
    headcount: int
    skills: list[str]
    min_education: Education
    salary_min: Decimal
    salary_max: Decimal

    @classmethod
    def of(cls, need) -> HiringNeed:
        return cls(
            **cls.common("HiringNeed", need),
            title=need.title,
            role_category=need.role_category,
            headcount=need.headcount,
            skills=need.skills,
            min_education=need.min_education,
            salary_min=yuan(need.salary_min_fen),
            salary_max=yuan(need.salary_max_fen),
        )


@strawberry.input
class FinancingNeedInput:
    amount: Decimal
    term_months: int
    purpose: str
    collateral: list[Collateral]
    max_annual_rate: Decimal
    needed_by: date
    preferred_bank_ids: list[strawberry.ID] | None = None


@strawberry.input
class HiringNeedInput:
    title: str
    role_category: RoleCategory
    headcount: int
    skills: list[str]
    min_education: Education
    salary_min: Decimal
    salary_max: Decimal
    needed_by: date


@strawberry.input
class NeedFilter:
    status: NeedStatus | None = None
    park_id: strawberry.ID | None = None
    company_id: strawberry.ID | None = None
