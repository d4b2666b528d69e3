"""Relay-style pages, newest first, keyed on the primary key so pages stay stable under inserts."""

from __future__ import annotations

import base64
import binascii
import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from tortoise.queryset import QuerySet

from server.errors import BadInput

DEFAULT_PAGE_SIZE = 20
MAX_PAGE_SIZE = 100
_CURSOR = re.compile(r"cursor:([0-9]+)")


@dataclass(frozen=True, slots=True)
class Page:
    items: list[Any]
    cursors: list[str]
    has_next_page: bool
    total_count: int

    @property
    def end_cursor(self) -> str | None:
        return self.cursors[-1] if self.cursors else None


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"cursor:{pk}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The key a cursor of encode_cursor names; any other spelling is BAD_USER_INPUT."""
    try:
        decoded = base64.urlsafe_b64decode(cursor.encode()).decode()
    except (binascii.Error, UnicodeError, ValueError):
        decoded = ""
    found = _CURSOR.fullmatch(decoded)
    # Keys are 32-bit: a larger number would overflow the database driver (INTERNAL).
    if found is not None and 0 < int(found.group(1)) < 2**31:
        pk = int(found.group(1))
        if encode_cursor(pk) == cursor:
            return pk
    raise BadInput("after: not a cursor this list gave out", field="after")


def check_page_size(first: int | None) -> int:
    size = DEFAULT_PAGE_SIZE if first is None else first
    if not 0 <= size <= MAX_PAGE_SIZE:
        raise BadInput(f"first must be between 0 and {MAX_PAGE_SIZE}", field="first")
    return size


async def paginate(query: QuerySet, first: int | None, after: str | None) -> Page:
    size = check_page_size(first)
    total = await query.count()
    if after is not None:
        query = query.filter(id__lt=decode_cursor(after))
    rows = await query.order_by("-id").limit(size + 1)
    items = rows[:size]
    return Page(
        items=items,
        cursors=[encode_cursor(item.id) for item in items],
        has_next_page=len(rows) > size,
        total_count=total,
    )


async def pages_by(
    query: QuerySet, key: str, keys: Sequence[int], first: int | None, after: str | None
) -> list[Page]:
    """One page per key of the rows of `query` whose column `key` holds it (a company's needs,
    a round's proposals), for every key in two statements: the ids of all their rows, then the
    rows on the pages. The ids make the totals; a nested connection's rows stay in the
    hundreds, where a window function would buy nothing."""
    size = check_page_size(first)
    before = None if after is None else decode_cursor(after)
    ids_of: dict[int, list[int]] = defaultdict(list)
    pairs = await query.filter(**{f"{key}__in": set(keys)}).order_by("-id").values_list(key, "id")
    for owner, pk in dict.fromkeys(pairs):  # a scope's joins may repeat a row
        ids_of[owner].append(pk)
    windows = {
        owner: [pk for pk in ids if before is None or pk < before][: size + 1]
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
                cursors=[encode_cursor(pk) for pk in window[:size]],
                has_next_page=len(window) > size,
                total_count=len(ids_of.get(owner, ())),
            )
        )
    return pages
