from __future__ import annotations

import strawberry

from schema.companies.types import Company, CompanyFilter
from schema.context import Info
from schema.errors import api_fields
from schema.ids import optional_pk, pk
from schema.pagination import Connection, read_after
from server.services import companies
from server.services.commands import companies as commands


@strawberry.type
class Query:
    @strawberry.field
    async def company(self, info: Info, id: strawberry.ID) -> Company | None:
        return Company.of(await companies.get_company(info.context.viewer, pk("Company", id, "id")))

    @strawberry.field
    async def companies(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: CompanyFilter | None = None,
    ) -> Connection[Company]:
        filter = filter or CompanyFilter()
        with api_fields({commands.COMPANY_SEARCH: "filter.search"}):
            page = await read_after(
                lambda key: companies.list_companies(
                    info.context.viewer,
                    first,
                    key,
                    park_id=optional_pk("Park", filter.park_id, "filter.parkId"),
                    verified=filter.verified,
                    search=filter.search,
                ),
                after,
            )
        return Connection.of(page, Company.of)
