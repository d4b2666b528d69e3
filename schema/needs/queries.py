from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import api_fields
from schema.ids import optional_pk, pk
from schema.needs.types import FinancingNeed, HiringNeed, NeedFilter
from schema.pagination import Connection, read_after
from server.services import needs
from server.services.commands import needs as commands
from server.services.pagination import Page


async def _page(info: Info, kind: str, first, after, filter: NeedFilter | None) -> Page:
    filter = filter or NeedFilter()
    with api_fields({commands.POSTED_SINCE: "filter.postedSince"}):
        return await read_after(
            lambda key: needs.list_needs(
                info.context.viewer,
                kind,
                first,
                key,
                status=filter.status,
                park_id=optional_pk("Park", filter.park_id, "filter.parkId"),
                company_id=optional_pk("Company", filter.company_id, "filter.companyId"),
                posted=(filter.posted_since, filter.posted_until, info.context.settings.zone),
            ),
            after,
        )


@strawberry.type
class Query:
    @strawberry.field
    async def financing_need(self, info: Info, id: strawberry.ID) -> FinancingNeed | None:
        need_id = pk("FinancingNeed", id, "id")
        return FinancingNeed.of(await needs.get_need(info.context.viewer, "FinancingNeed", need_id))

    @strawberry.field
    async def hiring_need(self, info: Info, id: strawberry.ID) -> HiringNeed | None:
        need_id = pk("HiringNeed", id, "id")
        return HiringNeed.of(await needs.get_need(info.context.viewer, "HiringNeed", need_id))

    @strawberry.field
    async def financing_needs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: NeedFilter | None = None,
    ) -> Connection[FinancingNeed]:
        page = await _page(info, "FinancingNeed", first, after, filter)
        return Connection.of(page, FinancingNeed.of)

    @strawberry.field
    async def hiring_needs(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: NeedFilter | None = None,
    ) -> Connection[HiringNeed]:
        page = await _page(info, "HiringNeed", first, after, filter)
        return Connection.of(page, HiringNeed.of)
