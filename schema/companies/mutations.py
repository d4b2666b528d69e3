from __future__ import annotations

import strawberry

from schema.companies.types import Company, UpdateCompanyInput
from schema.context import Info
from schema.errors import api_fields
from schema.ids import pk
from server.services import accounts, companies
from server.services.commands import accounts as account_commands
from server.services.commands import companies as commands

# UpdateCompanyInput's fields, by the domain fields their refusals name.
PROFILE_FIELDS = {
    commands.NAME: "name",
    commands.INDUSTRY: "industry",
    commands.SIZE_CLASS: "sizeClass",
    commands.EMPLOYEES: "employees",
    commands.ANNUAL_REVENUE: "annualRevenue",
    commands.TECH_DESIGNATIONS: "techDesignations",
}


@strawberry.type
class Mutation:
    @strawberry.mutation(description="The company itself updates its profile.")
    async def update_company(
        self, info: Info, id: strawberry.ID, input: UpdateCompanyInput
    ) -> Company:
        designations = input.tech_designations
        command = commands.UpdateCompany(
            company_id=pk("Company", id, "id"),
            name=input.name,
            industry=input.industry,
            size_class=input.size_class,
            employees=input.employees,
            annual_revenue=input.annual_revenue,
            tech_designations=None if designations is None else tuple(designations),
        )
        with api_fields(PROFILE_FIELDS):
            company = await companies.update_company(info.context.viewer, command)
        return Company.of(company)

    @strawberry.mutation(description="An officer of the company's park verifies it.")
    async def verify_company(self, info: Info, id: strawberry.ID) -> Company:
        command = commands.VerifyCompany(company_id=pk("Company", id, "id"))
        return Company.of(await companies.verify_company(info.context.viewer, command))

    @strawberry.mutation(
        description="An officer of the park resolves a disputed credit code: the company that "
        "registered with it, never verified, is closed (accounts deactivated, open needs "
        "withdrawn) and the code's owner may register with it."
    )
    async def release_credit_code(
        self, info: Info, company_id: strawberry.ID, reason: str
    ) -> Company:
        context = info.context
        command = account_commands.ReleaseCreditCode(
            company_id=pk("Company", company_id, "companyId"), reason=reason
        )
        with api_fields({account_commands.REASON: "reason"}):
            company = await accounts.release_credit_code(context.viewer, command, context.events)
        return Company.of(company)
