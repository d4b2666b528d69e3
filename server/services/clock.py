"""Time as the park sees it: dates are local to the configured zone."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo


def now() -> datetime:
    return datetime.now(UTC)


def local_today(zone: ZoneInfo) -> date:
    return datetime.now(zone).date()
