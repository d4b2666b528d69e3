from __future__ import annotations

import strawberry

from schema.accounts.parties import Bank, Park
from schema.accounts.types import User, UserFilter
from schema.context import Info
from schema.errors import api_fields
from schema.pagination import Connection, read_after
from server.errors import Unauthenticated
from server.services import accounts, parties
from server.services.commands import accounts as commands


@strawberry.type
class Query:
    @strawberry.field
    async def me(self, info: Info) -> User | None:
        """Who the token signs in; null without a token, UNAUTHENTICATED with a bad one."""
        viewer = info.context.viewer
        if viewer is None:
            if info.context.token_rejected:
                raise Unauthenticated("The token is invalid, expired or revoked")
            return None
        return User.of(await accounts.get_user(viewer, viewer.user_id))

    @strawberry.field(description="Every park; open to all, for registration.")
    async def parks(self) -> list[Park]:
        return [Park.of(park) for park in await parties.list_parks()]

    @strawberry.field(
        description="Every bank; any signed-in user (a financing need names preferred banks)."
    )
    async def banks(self, info: Info) -> list[Bank]:
        return [Bank.of(bank) for bank in await parties.list_banks(info.context.viewer)]

    @strawberry.field(description="Every account, newest first; admins only.")
    async def users(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: UserFilter | None = None,
    ) -> Connection[User]:
        filter = filter or UserFilter()
        with api_fields({commands.USER_SEARCH: "filter.search"}):
            page = await read_after(
                lambda key: accounts.list_users(
                    info.context.viewer,
                    first,
                    key,
                    search=filter.search,
                    role=filter.role,
                    active=filter.active,
                ),
                after,
            )
        return Connection.of(page, User.of)
