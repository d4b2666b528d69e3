from __future__ import annotations

import strawberry

from schema.context import Info
from schema.enums import MatchKind
from schema.ids import optional_pk, pk
from schema.pagination import Connection, read_after
from schema.rounds.types import MatchRound, Proposal, ProposalFilter
from server.services import lookups, proposals, rounds


@strawberry.type
class Query:
    @strawberry.field
    async def match_round(self, info: Info, id: strawberry.ID) -> MatchRound | None:
        return MatchRound.of(
            await rounds.get_round(info.context.viewer, pk("MatchRound", id, "id"))
        )

    @strawberry.field
    async def match_rounds(
        self,
        info: Info,
        park_id: strawberry.ID,
        kind: MatchKind | None = None,
        first: int | None = None,
        after: str | None = None,
    ) -> Connection[MatchRound]:
        park = pk("Park", park_id, "parkId")
        page = await read_after(
            lambda key: rounds.list_rounds(info.context.viewer, park, kind, first, key), after
        )
        return Connection.of(page, MatchRound.of)

    @strawberry.field
    async def proposal(self, info: Info, id: strawberry.ID) -> Proposal | None:
        found = await lookups.get_proposal(info.context.viewer, pk("Proposal", id, "id"))
        return Proposal.of(found)

    @strawberry.field
    async def proposals(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: ProposalFilter | None = None,
    ) -> Connection[Proposal]:
        filter = filter or ProposalFilter()
        page = await read_after(
            lambda key: proposals.list_proposals(
                info.context.viewer,
                first,
                key,
                round_id=optional_pk("MatchRound", filter.round_id, "filter.roundId"),
                status=filter.status,
                kind=filter.kind,
                company_id=optional_pk("Company", filter.company_id, "filter.companyId"),
                product_id=optional_pk("CreditProduct", filter.product_id, "filter.productId"),
                drive_id=optional_pk("RecruitmentDrive", filter.drive_id, "filter.driveId"),
            ),
            after,
        )
        return Connection.of(page, Proposal.of)
