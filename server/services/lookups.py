"""Batch reads behind the GraphQL DataLoaders: one query per relation and page, whatever its size.

They return objects the caller may already see (a need's company, a product's bank...), so
they apply no scope of their own.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from server.models import (
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


async def by_ids(type_name: str, ids: Sequence[int]) -> list:
    model = _MODELS[type_name]
    found = {row.id: row for row in await model.filter(id__in=set(ids))}
    return [found.get(pk) for pk in ids]


async def park_ids_of_products(product_ids: Sequence[int]) -> list[list[int]]:
    parks: dict[int, list[int]] = defaultdict(list)
    rows = await CreditProduct.filter(id__in=set(product_ids)).values_list("id", "parks__id")
    for product_id, park_id in rows:
        if park_id is not None:
            parks[product_id].append(park_id)
    return [sorted(parks[pk]) for pk in product_ids]
