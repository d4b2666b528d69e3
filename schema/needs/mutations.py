from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import api_fields
from schema.ids import pk, pks
from schema.needs.types import FinancingNeed, FinancingNeedInput, HiringNeed, HiringNeedInput
from server.services import needs
from server.services.commands import needs as commands

# The inputs' fields, by the domain fields their refusals name.
NEED_FIELDS = {
    commands.AMOUNT: "amount",
    commands.TERM_MONTHS: "termMonths",
    commands.PURPOSE: "purpose",
    commands.COLLATERAL: "collateral",
    commands.MAX_ANNUAL_RATE: "maxAnnualRate",
    commands.NEEDED_BY: "neededBy",
    commands.PREFERRED_BANK_IDS: "preferredBankIds",
    commands.TITLE: "title",
    commands.HEADCOUNT: "headcount",
    commands.SKILLS: "skills",
    commands.SALARY_MIN: "salaryMin",
    commands.SALARY_MAX: "salaryMax",
}


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def post_financing_need(self, info: Info, input: FinancingNeedInput) -> FinancingNeed:
        command = commands.PostFinancingNeed(
            amount=input.amount,
            term_months=input.term_months,
            purpose=input.purpose,
            collateral=tuple(input.collateral),
            max_annual_rate=input.max_annual_rate,
            needed_by=input.needed_by,
            today=info.context.today,
            preferred_bank_ids=tuple(pks("Bank", input.preferred_bank_ids, "preferredBankIds")),
        )
        with api_fields(NEED_FIELDS):
            need = await needs.post_financing_need(
                info.context.viewer, command, info.context.events
            )
        return FinancingNeed.of(need)

    @strawberry.mutation
    async def post_hiring_need(self, info: Info, input: HiringNeedInput) -> HiringNeed:
        command = commands.PostHiringNeed(
            title=input.title,
            role_category=input.role_category,
            headcount=input.headcount,
            skills=tuple(input.skills),
            min_education=input.min_education,
            salary_min=input.salary_min,
            salary_max=input.salary_max,
            needed_by=input.needed_by,
            today=info.context.today,
        )
        with api_fields(NEED_FIELDS):
            need = await needs.post_hiring_need(info.context.viewer, command, info.context.events)
        return HiringNeed.of(need)

    @strawberry.mutation
    async def withdraw_financing_need(self, info: Info, id: strawberry.ID) -> FinancingNeed:
        command = commands.WithdrawNeed("FinancingNeed", pk("FinancingNeed", id, "id"))
        return FinancingNeed.of(
            await needs.withdraw_need(info.context.viewer, command, info.context.events)
        )

    @strawberry.mutation
    async def withdraw_hiring_need(self, info: Info, id: strawberry.ID) -> HiringNeed:
        command = commands.WithdrawNeed("HiringNeed", pk("HiringNeed", id, "id"))
        return HiringNeed.of(
            await needs.withdraw_need(info.context.viewer, command, info.context.events)
        )
