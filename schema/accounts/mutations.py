from __future__ import annotations

import strawberry

from schema.accounts.parties import Bank, BankInput, Park, ParkInput
from schema.accounts.types import AuthPayload, User
from schema.companies.types import CompanyInput
from schema.context import Info
from schema.enums import Role
from schema.ids import optional_pk, pk
from server.services import accounts, companies, parties


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
        session = await accounts.login(username, password, context.settings, context.client_address)
        return _payload(session)

    @strawberry.mutation(description="Revokes the token used for this request.")
    async def logout(self, info: Info) -> bool:
        context = info.context
        return await accounts.logout(
            context.viewer, context.token, context.settings, context.events
        )

    @strawberry.mutation(
        description="The signed-in user's own password. Every other session of the user is "
        "signed out; the token used stays valid."
    )
    async def change_password(self, info: Info, current_password: str, new_password: str) -> bool:
        context = info.context
        return await accounts.change_password(
            context.viewer,
            context.token,
            current_password,
            new_password,
            context.settings,
            context.client_address,
            context.events,
        )

    @strawberry.mutation(
        description="An admin closes an account: every token of the user is revoked and "
        "sign-in refused until reactivateUser."
    )
    async def deactivate_user(self, info: Info, id: strawberry.ID) -> User:
        context = info.context
        user = await accounts.deactivate_user(context.viewer, pk("User", id, "id"), context.events)
        return User.of(user)

    @strawberry.mutation(description="An admin opens a deactivated account again.")
    async def reactivate_user(self, info: Info, id: strawberry.ID) -> User:
        return User.of(await accounts.reactivate_user(info.context.viewer, pk("User", id, "id")))

    @strawberry.mutation
    async def register_company(self, info: Info, input: RegisterCompanyInput) -> AuthPayload:
        company = input.company
        fields = companies.check_company(
            name=company.name,
            uscc=company.uscc,
            park_id=pk("Park", company.park_id, "parkId"),
            industry=company.industry,
            size_class=company.size_class,
            founded_on=company.founded_on,
            employees=company.employees,
            annual_revenue=company.annual_revenue,
            tech_designations=company.tech_designations,
            today=info.context.today,
        )
        session = await accounts.register_company(
            input.username,
            input.password,
            fields,
            info.context.settings,
            info.context.client_address,
        )
        return _payload(session)

    @strawberry.mutation
    async def create_user(self, info: Info, input: CreateUserInput) -> User:
        user = await accounts.create_user(
            info.context.viewer,
            input.username,
            input.password,
            input.role,
            optional_pk("Park", input.park_id, "parkId"),
            optional_pk("Bank", input.bank_id, "bankId"),
        )
        return User.of(user)

    @strawberry.mutation
    async def create_park(self, info: Info, input: ParkInput) -> Park:
        return Park.of(
            await parties.create_park(info.context.viewer, input.name, input.code, input.region)
        )

    @strawberry.mutation
    async def create_bank(self, info: Info, input: BankInput) -> Bank:
        return Bank.of(await parties.create_bank(info.context.viewer, input.name, input.code))
