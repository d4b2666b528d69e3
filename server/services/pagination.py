"""Relay-style pages, newest first, keyed on the primary key so pages stay stable under inserts.

A page names the key each of its items resumes after; the GraphQL layer spells those keys as the
client's cursors (schema/pagination.py)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.queryset import QuerySet

from server.errors import BadInput

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any]
    keys: list[int]  # each item's: the key a page after that item resumes after
    has_next_page: bool
    total_count: int


def check_page_size(first: int | None) -> int:
    size = DEFAULT_PAGE_SIZE if first is None else first
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise BadInput(f"first must be between 0 and {MAX_PAGE_SIZE}", field="first")
    return size


async def paginate(query: QuerySet, first: int | None, after: int | None) -> Page:
    size = check_page_size(first)
    total = await query.count()
    if after is not None:
        query = query.filter(id__lt=after)
    rows = await query.order_by("-id").limit(size + 1)
    items = rows[:size]
    return Page(
        items=items,
        keys=[item.id for item in items],
        has_next_page=len(rows) > size,
        total_count=total,
    )


async def pages_by(
    query: QuerySet, key: str, keys: Sequence[int], first: int | None, after: int | None
) -> list[Page]:
    """One page per key of the rows of `query` whose column `key` holds it (a company's needs,
    a round's proposals), for every key in two statements: the ids of all their rows, then the
    rows on the pages. The ids make the totals; a nested connection's rows stay in the
    hundreds, where a window function would buy nothing."""
    size = check_page_size(first)
    ids_of: dict[int, list[int]] = defaultdict(list)
    pairs = await query.filter(**{f"{key}__in": set(keys)}).order_by("-id").values_list(key, "id")
    for owner, pk in dict.fromkeys(pairs):  # a scope's joins may repeat a row
        ids_of[owner].append(pk)
    windows = {
        owner: [pk for pk in ids if after is None or pk < after][: size + 1]
        for owner, ids in ids_of.items()
    }
    wanted = {pk for window in windows.values() for pk in window[:size]}
    rows = {row.id: row for row in await query.model.filter(id__in=wanted)} if wanted else {}
    pages = []
    for owner in keys:
        window = windows.get(owner, [])
        items = [rows[pk] for pk in window[:size]]
        pages.append(
            Page(
                items=items,
                keys=window[:size],
                has_next_page=len(window) > size,
                total_count=len(ids_of.get(owner, ())),
            )
        )
    return pages
