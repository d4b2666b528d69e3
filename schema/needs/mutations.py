from __future__ import annotations

import strawberry

from schema.context import Info
from schema.ids import pk, pks
from schema.needs.types import FinancingNeed, FinancingNeedInput, HiringNeed, HiringNeedInput
from server.services import needs


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def post_financing_need(self, info: Info, input: FinancingNeedInput) -> FinancingNeed:
        need = await needs.post_financing_need(
            info.context.viewer,
            info.context.today,
            amount=input.amount,
            term_months=input.term_months,
            purpose=input.purpose,
            collateral=input.collateral,
            max_annual_rate=input.max_annual_rate,
            needed_by=input.needed_by,
            preferred_bank_ids=pks("Bank", input.preferred_bank_ids, "preferredBankIds"),
            events=info.context.events,
        )
        return FinancingNeed.of(need)

    @strawberry.mutation
    async def post_hiring_need(self, info: Info, input: HiringNeedInput) -> HiringNeed:
        need = await needs.post_hiring_need(
            info.context.viewer,
            info.context.today,
            title=input.title,
            role_category=input.role_category,
            headcount=input.headcount,
            skills=input.skills,
            min_education=input.min_education,
            salary_min=input.salary_min,
            salary_max=input.salary_max,
            needed_by=input.needed_by,
            events=info.context.events,
        )
        return HiringNeed.of(need)

    @strawberry.mutation
    async def withdraw_financing_need(self, info: Info, id: strawberry.ID) -> FinancingNeed:
        need_id = pk("FinancingNeed", id, "id")
        return FinancingNeed.of(
            await needs.withdraw_need(
                info.context.viewer, "FinancingNeed", need_id, info.context.events
            )
        )

    @strawberry.mutation
    async def withdraw_hiring_need(self, info: Info, id: strawberry.ID) -> HiringNeed:
        need_id = pk("HiringNeed", id, "id")
        return HiringNeed.of(
            await needs.withdraw_need(
                info.context.viewer, "HiringNeed", need_id, info.context.events
            )
        )
