from __future__ import annotations

import strawberry

from schema.companies.types import Company, UpdateCompanyInput
from schema.context import Info
from schema.ids import pk
from server.services import accounts, companies


@strawberry.type
class Mutation:
    @strawberry.mutation(description="The company itself updates its profile.")
    async def update_company(
        self, info: Info, id: strawberry.ID, input: UpdateCompanyInput
    ) -> Company:
        company = await companies.update_company(
            info.context.viewer,
            pk("Company", id, "id"),
            name=input.name,
            industry=input.industry,
            size_class=input.size_class,
            employees=input.employees,
            annual_revenue=input.annual_revenue,
            tech_designations=input.tech_designations,
        )
        return Company.of(company)

    @strawberry.mutation(description="An officer of the company's park verifies it.")
    async def verify_company(self, info: Info, id: strawberry.ID) -> Company:
        return Company.of(
            await companies.verify_company(info.context.viewer, pk("Company", id, "id"))
        )

    @strawberry.mutation(
        description="An officer of the park resolves a disputed credit code: the company that "
        "registered with it, never verified, is closed (accounts deactivated, open needs "
        "withdrawn) and the code's owner may register with it."
    )
    async def release_credit_code(
        self, info: Info, company_id: strawberry.ID, reason: str
    ) -> Company:
        context = info.context
        company = await accounts.release_credit_code(
            context.viewer, pk("Company", company_id, "companyId"), reason, context.events
        )
        return Company.of(company)
