"""The command modules and the domain fields each names, for the tests that check them."""

from __future__ import annotations

import importlib
import pkgutil
import re
from types import ModuleType

from server.services import commands

MODULES: list[ModuleType] = [
    importlib.import_module(f"{commands.__name__}.{info.name}")
    for info in pkgutil.iter_modules(commands.__path__)
]


def domain_fields(module: ModuleType) -> dict[str, str]:
    """The module's field constants: upper-case names bound to strings."""
    return {
        name: value
        for name, value in vars(module).items()
        if name.isupper() and isinstance(value, str)
    }


# Every service's names for fields (`product.min_amount`); the API shows its own instead.
ALL = frozenset(name for module in MODULES for name in domain_fields(module).values())
# One of them in a message, but not as the tail of an API path that happens to read the same
# (graphql-core's "invalid value at .company.employees").
LEAK = re.compile(
    r"(?<![\w.])(?:" + "|".join(map(re.escape, sorted(ALL, key=len, reverse=True))) + r")\b"
)
