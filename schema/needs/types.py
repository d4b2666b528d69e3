from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Annotated

import strawberry

from schema.accounts.parties import Bank
from schema.companies.types import Company
from schema.context import Info
from schema.enums import Collateral, Education, NeedStatus, RoleCategory
from schema.ids import gid
from schema.money import percent, yuan
from server.standards import MatchKind

if TYPE_CHECKING:
    from schema.rounds.types import LastRoundResult

ROUND_KIND = {"FinancingNeed": MatchKind.FINANCING, "HiringNeed": MatchKind.RECRUITMENT}


@strawberry.interface
class Need:
    id: strawberry.ID
    needed_by: date
    status: NeedStatus
    created_at: datetime
    pk: strawberry.Private[int]
    company_pk: strawberry.Private[int]
    round_kind: strawberry.Private[MatchKind]

    @staticmethod
    def common(type_name: str, need) -> dict:
        return {
            "id": gid(type_name, need.id),
            "needed_by": need.needed_by,
            "status": need.status,
            "created_at": need.created_at,
            "pk": need.id,
            "company_pk": need.company_id,
            "round_kind": ROUND_KIND[type_name],
        }

    @strawberry.field(description="What the last published round that considered it said.")
    async def last_round_result(
        self, info: Info
    ) -> Annotated[LastRoundResult, strawberry.lazy("schema.rounds.types")] | None:
        from schema.rounds.types import last_round_result

        loader = info.context.loaders.last_verdict_by_need_id[self.round_kind]
        return last_round_result(await loader.load(self.pk))

    @strawberry.field
    async def company(self, info: Info) -> Company:
        return Company.of(await info.context.loaders.company_by_id.load(self.company_pk))


@strawberry.type
class FinancingNeed(Need):
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
class HiringNeed(Need):
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
    posted_since: date | None = strawberry.field(
        default=None, description="Posted on or after this date of the park's zone."
    )
    posted_until: date | None = strawberry.field(
        default=None, description="Posted on or before this date of the park's zone."
    )
