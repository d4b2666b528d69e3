"""Time as the park sees it: instants are UTC, dates are local to the configured zone.

Every "today" in ParkMatch is derived from `now()`, so the date a request is judged by and the
instant stored beside it never disagree, whatever zone the machine runs in.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def now() -> datetime:
    return datetime.now(UTC)


def local_today(zone: ZoneInfo) -> date:
    return now().astimezone(zone).date()
