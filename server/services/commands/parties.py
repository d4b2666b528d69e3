"""The commands that create parks and banks (an admin's)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CreatePark:
    name: str
    code: str
    region: str


@dataclass(frozen=True, slots=True)
class CreateBank:
    name: str
    code: str


# The domain fields refusals name.
PARK_NAME = "park.name"
PARK_CODE = "park.code"
PARK_REGION = "park.region"
BANK_NAME = "bank.name"
BANK_CODE = "bank.code"
