"""Opaque API ids: the type name and the primary key, base64-encoded."""

from __future__ import annotations

import base64
import binascii

from server.errors import BadInput, NotFound


def to_global(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def from_global(type_name: str, global_id: str, field: str) -> int:
    """The primary key of an id of this type, or BAD_USER_INPUT on `field`."""
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        kind, _, raw = base64.urlsafe_b64decode(padded.encode()).decode().partition(":")
        pk = int(raw)
    except (binascii.Error, UnicodeError, ValueError):  # UnicodeError: lone surrogates
        raise BadInput(f"{field}: not a valid id", field=field) from None
    if kind != type_name or pk >= 2**31:
        raise BadInput(f"{field}: not a valid {type_name} id", field=field)
    if pk <= 0:
        # Ids of a dry run's objects: shown once, never stored.
        raise NotFound(f"No such {type_name}: a preview's objects are not stored")
    return pk
