"""The holiday list commands: an admin sets a day's holiday or make-up working day, or removes
it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class SetHoliday:
    """A holiday (`working` false) or a make-up working day on `date`."""

    date: date
    name: str
    working: bool = False


@dataclass(frozen=True, slots=True)
class RemoveHoliday:
    date: date


# The domain fields refusals name.
DATE = "holiday.date"
NAME = "holiday.name"
