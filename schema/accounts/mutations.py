from __future__ import annotations

import strawberry

from schema.accounts.parties import Bank, BankInput, Park, ParkInput
from schema.accounts.types import AuthPayload, User
from schema.companies.types import CompanyInput
from schema.context import Info
from schema.enums import Role
from schema.errors import api_fields
from schema.ids import optional_pk, pk
from server.services import accounts, parties
from server.services.commands import accounts as commands
from server.services.commands import companies as company_commands
from server.services.commands import parties as party_commands

# The arguments of the account mutations, by the domain fields their refusals name.
ACCOUNT_FIELDS = {
    commands.USERNAME: "username",
    commands.PASSWORD: "password",
    commands.ROLE: "role",
    commands.PARK_ID: "parkId",
    commands.BANK_ID: "bankId",
    commands.CURRENT_PASSWORD: "currentPassword",
    commands.NEW_PASSWORD: "newPassword",
}
# CompanyInput's fields (registerCompany), by the same.
COMPANY_FIELDS = {
    company_commands.NAME: "name",
    company_commands.USCC: "uscc",
    company_commands.PARK_ID: "parkId",
    company_commands.INDUSTRY: "industry",
    company_commands.SIZE_CLASS: "sizeClass",
    company_commands.FOUNDED_ON: "foundedOn",
    company_commands.EMPLOYEES: "employees",
    company_commands.ANNUAL_REVENUE: "annualRevenue",
    company_commands.TECH_DESIGNATIONS: "techDesignations",
}
PARTY_FIELDS = {
    party_commands.PARK_NAME: "name",
    party_commands.PARK_CODE: "code",
    party_commands.PARK_REGION: "region",
    party_commands.BANK_NAME: "name",
    party_commands.BANK_CODE: "code",
}


def _payload(session: accounts.Session) -> AuthPayload:
    return AuthPayload(
        token=session.token, expires_at=session.expires_at, user=User.of(session.user)
    )


@strawberry.input
class RegisterCompanyInput:
    username: str
    password: str
    company: CompanyInput


@strawberry.input
class CreateUserInput:
    username: str
    password: str
    role: Role
    park_id: strawberry.ID | None = None
    bank_id: strawberry.ID | None = None


@strawberry.type
class Mutation:
    @strawberry.mutation
    async def login(self, info: Info, username: str, password: str) -> AuthPayload:
        context = info.context
        command = commands.Login(username=username, password=password)
        session = await accounts.login(command, context.settings, context.client_address)
        return _payload(session)

    @strawberry.mutation(description="Revokes the token used for this request.")
    async def logout(self, info: Info) -> bool:
        context = info.context
        command = commands.Logout(token=context.token)
        return await accounts.logout(context.viewer, command, context.settings, context.events)

    @strawberry.mutation(
        description="The signed-in user's own password. Every other session of the user is "
        "signed out; the token used stays valid."
    )
    async def change_password(self, info: Info, current_password: str, new_password: str) -> bool:
        context = info.context
        command = commands.ChangePassword(
            token=context.token, current_password=current_password, new_password=new_password
        )
        with api_fields(ACCOUNT_FIELDS):
            return await accounts.change_password(
                context.viewer, command, context.settings, context.client_address, context.events
            )

    @strawberry.mutation(
        description="An admin closes an account: every token of the user is revoked and "
        "sign-in refused until reactivateUser."
    )
    async def deactivate_user(self, info: Info, id: strawberry.ID) -> User:
        context = info.context
        command = commands.DeactivateUser(user_id=pk("User", id, "id"))
        return User.of(await accounts.deactivate_user(context.viewer, command, context.events))

    @strawberry.mutation(description="An admin opens a deactivated account again.")
    async def reactivate_user(self, info: Info, id: strawberry.ID) -> User:
        command = commands.ReactivateUser(user_id=pk("User", id, "id"))
        return User.of(await accounts.reactivate_user(info.context.viewer, command))

    @strawberry.mutation
    async def register_company(self, info: Info, input: RegisterCompanyInput) -> AuthPayload:
        company = input.company
        command = commands.RegisterCompany(
            username=input.username,
            password=input.password,
            company=company_commands.CompanyProfile(
                name=company.name,
                uscc=company.uscc,
                park_id=pk("Park", company.park_id, "parkId"),
                industry=company.industry,
                size_class=company.size_class,
                founded_on=company.founded_on,
                employees=company.employees,
                annual_revenue=company.annual_revenue,
                tech_designations=tuple(company.tech_designations or ()),
            ),
            today=info.context.today,
        )
        with api_fields({**ACCOUNT_FIELDS, **COMPANY_FIELDS}):
            session = await accounts.register_company(
                command, info.context.settings, info.context.client_address
            )
        return _payload(session)

    @strawberry.mutation
    async def create_user(self, info: Info, input: CreateUserInput) -> User:
        command = commands.CreateUser(
            username=input.username,
            password=input.password,
            role=input.role,
            park_id=optional_pk("Park", input.park_id, "parkId"),
            bank_id=optional_pk("Bank", input.bank_id, "bankId"),
        )
        with api_fields(ACCOUNT_FIELDS):
            user = await accounts.create_user(info.context.viewer, command)
        return User.of(user)

    @strawberry.mutation
    async def create_park(self, info: Info, input: ParkInput) -> Park:
        command = party_commands.CreatePark(name=input.name, code=input.code, region=input.region)
        with api_fields(PARTY_FIELDS):
            return Park.of(await parties.create_park(info.context.viewer, command))

    @strawberry.mutation
    async def create_bank(self, info: Info, input: BankInput) -> Bank:
        command = party_commands.CreateBank(name=input.name, code=input.code)
        with api_fields(PARTY_FIELDS):
            return Bank.of(await parties.create_bank(info.context.viewer, command))
