"""Opaque ids at the GraphQL boundary: the type name and the primary key, base64-encoded."""

from __future__ import annotations

import base64
import binascii
import re

import strawberry

from server.errors import BadInput, NotFound

# What to_global writes: "<Type>:<key>" with the key in ASCII digits, a minus sign only for a
# preview's objects.
_DECODED = re.compile(r"([A-Za-z]+):(-?[0-9]+)")


def to_global(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def unbase64(text: str) -> str:
    """The UTF-8 text that URL-safe base64 (padded or not) spells, "" for anything else. Ids
    and cursors each check the result against their own canonical spelling."""
    try:
        padded = text + "=" * (-len(text) % 4)
        return base64.urlsafe_b64decode(padded.encode()).decode()
    except (binascii.Error, UnicodeError, ValueError):  # UnicodeError: lone surrogates
        return ""


def _spelled(global_id: str) -> re.Match | None:
    """The id's "<Type>:<key>", or None when it is not base64 of that shape."""
    return _DECODED.fullmatch(unbase64(global_id))


def from_global(type_name: str, global_id: str, field: str) -> int:
    """The primary key of an id of this type, or BAD_USER_INPUT on `field`.

    Only the canonical spelling resolves (the one to_global gives out): Python's int() and the
    lenient base64 decoder would otherwise accept "Proposal:1_2_3", spaces, Arabic-Indic digits
    or junk between base64 characters as other spellings of a real id."""
    parts = _spelled(global_id)
    if parts is None:
        raise BadInput(f"{field}: not a valid id", field=field)
    kind, pk = parts.group(1), int(parts.group(2))
    if kind != type_name or not -(2**31) < pk < 2**31 or to_global(kind, pk) != global_id:
        raise BadInput(f"{field}: not a valid {type_name} id", field=field)
    if pk <= 0:
        # Ids of a dry run's objects: shown once, never stored.
        raise NotFound(f"No such {type_name}: a preview's objects are not stored")
    return pk


def type_of(global_id: str) -> str:
    """The type name an id spells ("" for junk), for a filter that takes an id of any type:
    from_global with that name then checks the rest."""
    parts = _spelled(global_id)
    return "" if parts is None else parts.group(1)


def gid(type_name: str, pk: int) -> strawberry.ID:
    return strawberry.ID(to_global(type_name, pk))


def pk(type_name: str, value: str, field: str) -> int:
    return from_global(type_name, value, field)


def optional_pk(type_name: str, value: str | None, field: str) -> int | None:
    return None if value is None else from_global(type_name, value, field)


def pks(type_name: str, values: list[str] | None, field: str) -> list[int]:
    return [from_global(type_name, value, field) for value in values or ()]
