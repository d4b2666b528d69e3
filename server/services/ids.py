"""Opaque API ids: the type name and the primary key, base64-encoded."""

from __future__ import annotations

import base64
import binascii
import re

from server.errors import BadInput, NotFound

# What to_global writes: "<Type>:<key>" with the key in ASCII digits, a minus sign only for a
# preview's objects.
_DECODED = re.compile(r"([A-Za-z]+):(-?[0-9]+)")


def to_global(type_name: str, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{type_name}:{pk}".encode()).decode().rstrip("=")


def from_global(type_name: str, global_id: str, field: str) -> int:
    """The primary key of an id of this type, or BAD_USER_INPUT on `field`.

    Only the canonical spelling resolves (the one to_global gives out): Python's int() and the
    lenient base64 decoder would otherwise accept "Proposal:1_2_3", spaces, Arabic-Indic digits
    or junk between base64 characters as other spellings of a real id."""
    try:
        padded = global_id + "=" * (-len(global_id) % 4)
        decoded = base64.urlsafe_b64decode(padded.encode()).decode()
    except (binascii.Error, UnicodeError, ValueError):  # UnicodeError: lone surrogates
        decoded = ""
    parts = _DECODED.fullmatch(decoded)
    if parts is None:
        raise BadInput(f"{field}: not a valid id", field=field)
    kind, pk = parts.group(1), int(parts.group(2))
    if kind != type_name or not -(2**31) < pk < 2**31 or to_global(kind, pk) != global_id:
        raise BadInput(f"{field}: not a valid {type_name} id", field=field)
    if pk <= 0:
        # Ids of a dry run's objects: shown once, never stored.
        raise NotFound(f"No such {type_name}: a preview's objects are not stored")
    return pk
