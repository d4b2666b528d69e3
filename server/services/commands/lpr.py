"""The loan prime rate command: an admin records the LPR published on a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class RecordLpr:
    """Both tenors in percent, published on `published_on` (today or earlier)."""

    published_on: date
    one_year: Decimal
    five_year: Decimal
    today: date


# The domain fields refusals name.
PUBLISHED_ON = "lpr.published_on"
ONE_YEAR = "lpr.one_year"
FIVE_YEAR = "lpr.five_year"
