from __future__ import annotations

import strawberry

from schema.companies.types import Company, UpdateCompanyInput
from schema.context import Info
from schema.ids import pk
from server.services import companies


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
