"""Relay connections: `edges { node cursor }`, `pageInfo`, `totalCount`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

import strawberry

from server.services.pagination import Page

T = TypeVar("T")


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
        return cls(
            edges=[
                Edge(node=convert(item), cursor=cursor)
                for item, cursor in zip(page.items, page.cursors, strict=True)
            ],
            page_info=PageInfo(has_next_page=page.has_next_page, end_cursor=page.end_cursor),
            total_count=page.total_count,
        )
