"""Relay connections: `edges { node cursor }`, `pageInfo`, `totalCount`, and the cursors: a page's
keys (server/services/pagination.py) as the client holds them."""

from __future__ import annotations

import base64
import re
from collections.abc import Awaitable, Callable
from typing import Any, Generic, TypeVar

import strawberry

from schema.ids import unbase64
from server.errors import BadInput
from server.services.pagination import Page

T = TypeVar("T")
_CURSOR = re.compile(r"cursor:([0-9]+)")


def encode_cursor(pk: int) -> str:
    return base64.urlsafe_b64encode(f"cursor:{pk}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    """The key a cursor of encode_cursor names; any other spelling is BAD_USER_INPUT."""
    found = _CURSOR.fullmatch(unbase64(cursor))
    # Keys are 32-bit: a larger number would overflow the database driver (INTERNAL).
    if found is not None and 0 < int(found.group(1)) < 2**31:
        pk = int(found.group(1))
        if encode_cursor(pk) == cursor:
            return pk
    raise BadInput("after: not a cursor this list gave out", field="after")


async def read_after(read: Callable[[int | None], Awaitable[T]], after: str | None) -> T:
    """`read(key)` with the key the client's cursor names. A cursor that does not decode is
    refused only once `read(None)` has passed: the service's own checks (sign-in, scope, filters,
    page size) come before the cursor's, as when services decoded cursors."""
    try:
        key = None if after is None else decode_cursor(after)
    except BadInput:
        await read(None)
        raise
    return await read(key)


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    node: T
    cursor: str


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    total_count: int

    @classmethod
    def of(cls, page: Page, convert: Callable[[Any], T]) -> Connection[T]:
        cursors = [encode_cursor(key) for key in page.keys]
        return cls(
            edges=[
                Edge(node=convert(item), cursor=cursor)
                for item, cursor in zip(page.items, cursors, strict=True)
            ],
            page_info=PageInfo(
                has_next_page=page.has_next_page, end_cursor=cursors[-1] if cursors else None
            ),
            total_count=page.total_count,
        )
