"""The command modules (server/services/commands/) and the domain fields they name, for the
tests that check commands and that no domain field name reaches a client."""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from types import ModuleType

from server.services import commands


def command_modules() -> list[ModuleType]:
    return [
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


def domain_fields() -> set[str]:
    return {value for module in command_modules() for value in field_constants(module).values()}
