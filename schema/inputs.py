"""GraphQL inputs handed to services as plain keyword dictionaries."""

from __future__ import annotations

import dataclasses
from typing import Any


def draft(input: Any, **overrides: Any) -> dict[str, Any]:
    """The input's fields by their Python names, with converted values (ids → keys) replaced."""
    fields = {field.name: getattr(input, field.name) for field in dataclasses.fields(input)}
    return {**fields, **overrides}
