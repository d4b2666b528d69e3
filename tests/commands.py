"""The command modules (server/services/commands/) and the domain fields they name, for the
tests that check commands and that no domain field name reaches a client."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import re
from types import ModuleType

from server.services import commands

MODULES: list[ModuleType] = [
    importlib.import_module(f"{commands.__name__}.{info.name}")
    for info in pkgutil.iter_modules(commands.__path__)
]


def command_classes(module: ModuleType) -> list[type]:
    return [
        value
        for value in vars(module).values()
        if dataclasses.is_dataclass(value) and value.__module__ == module.__name__
    ]


def field_constants(module: ModuleType) -> dict[str, str]:
    """The module's domain field constants: upper-case names bound to strings."""
    return {
        name: value
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str)
    }


# Every service's names for fields (`product.min_amount`); the API shows its own instead.
DOMAIN_FIELDS = frozenset(name for module in MODULES for name in field_constants(module).values())
# One of them in a message, but not as the tail of an API path that happens to read the same
# (graphql-core's "invalid value at .company.employees").
LEAK = re.compile(
    r"(?<![\w.])(?:"
    + "|".join(map(re.escape, sorted(DOMAIN_FIELDS, key=len, reverse=True)))
    + r")\b"
)
