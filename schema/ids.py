"""Opaque ids at the GraphQL boundary."""

from __future__ import annotations

import strawberry

from server.services.ids import from_global, to_global


def gid(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(to_global(type_name, pk))


def pk(type_name: str, value: str, field: str) -> int:
    return from_global(type_name, value, field)


def optional_pk(type_name: str, value: str | None, field: str) -> int | None:
    return None if value is None else from_global(type_name, value, field)


def pks(type_name: str, values: list[str] | None, field: str) -> list[int]:
    return [from_global(type_name, value, field) for value in values or ()]
