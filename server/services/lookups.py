"""Batch reads behind the GraphQL DataLoaders: one query per relation and page, whatever its size.

Rows by primary key come unscoped where the caller may see them already through the object
that points at them (a need's company, a product's bank...); needs and rounds, which a
viewer may see through one object and not through another, come through their scopes.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from server.errors import NotFound
from server.models import (
    Bank,
    Company,
    CreditProduct,
    FinancingNeed,
    HiringNeed,
    MatchRound,
    Park,
    Proposal,
    RecruitmentDrive,
    User,
)
from server.services import policy
from server.services.pagination import Page, pages_by
from server.services.viewer import Viewer

_MODELS = {
    model.__name__: model
    for model in (
        Bank,
        Company,
        CreditProduct,
        FinancingNeed,
        HiringNeed,
        MatchRound,
        Park,
        RecruitmentDrive,
        User,
    )
}
_NEEDS = {"FinancingNeed": FinancingNeed, "HiringNeed": HiringNeed}


def _in_order(rows, ids: Sequence[int]) -> list:
    found = {row.id: row for row in rows}
    return [found.get(pk) for pk in ids]


async def get_proposal(viewer: Viewer | None, proposal_id: int) -> Proposal:
    """The proposal, if the viewer may see it; NOT_FOUND otherwise, as if it did not exist."""
    viewer = policy.signed_in(viewer)
    found = await Proposal.filter(policy.proposal_scope(viewer), id=proposal_id).first()
    if found is None:
        raise NotFound("No such proposal")
    return found


async def by_ids(type_name: str, ids: Sequence[int]) -> list:
    return _in_order(await _MODELS[type_name].filter(id__in=set(ids)), ids)


async def needs_by_ids(viewer: Viewer | None, kind: str, ids: Sequence[int]) -> list:
    """Needs of `kind` the viewer may see, None for the others."""
    if viewer is None:
        return [None] * len(ids)
    scope = policy.need_scope(viewer, kind)
    return _in_order(await _NEEDS[kind].filter(scope, id__in=set(ids)).distinct(), ids)


async def rounds_by_ids(viewer: Viewer | None, ids: Sequence[int]) -> list:
    """Rounds the viewer may see (officers of their park, admins), None for the others and for
    a preview's round (never stored)."""
    if viewer is None:
        return [None] * len(ids)
    stored = {pk for pk in ids if pk > 0}
    return _in_order(await MatchRound.filter(policy.round_scope(viewer), id__in=stored), ids)


async def need_pages_by_company(
    viewer: Viewer | None,
    kind: str,
    company_ids: Sequence[int],
    first: int | None,
    after: int | None,
) -> list[Page]:
    """Each company's needs of `kind` as the viewer may see them, one page per company."""
    viewer = policy.signed_in(viewer)
    query = _NEEDS[kind].filter(policy.need_scope(viewer, kind)).distinct()
    return await pages_by(query, "company_id", company_ids, first, after)


async def proposal_pages_by_round(
    viewer: Viewer | None, round_ids: Sequence[int], first: int | None, after: int | None
) -> list[Page]:
    """Each round's proposals as the viewer may see them, one page per round."""
    viewer = policy.signed_in(viewer)
    query = Proposal.filter(policy.proposal_scope(viewer))
    return await pages_by(query, "round_id", round_ids, first, after)


async def park_ids_of_products(product_ids: Sequence[int]) -> list[list[int]]:
    parks: dict[int, list[int]] = defaultdict(list)
    rows = await CreditProduct.filter(id__in=set(product_ids)).values_list("id", "parks__id")
    for product_id, park_id in rows:
        if park_id is not None:
            parks[product_id].append(park_id)
    return [sorted(parks[pk]) for pk in product_ids]
