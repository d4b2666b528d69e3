"""Working days: Monday to Friday, less the holidays, plus the make-up working days (调休: a
weekend day worked in exchange for a holiday). Pure date arithmetic; the holiday list comes in.

A clock started on some day is due at the end of the n-th working day after that day, in the
park's zone: the due instant is the start of the next local day, and a clock stopped before that
instant stopped in time."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

SATURDAY = 5
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Calendar:
    """`exceptions` maps a day to whether it is worked: False for a holiday, True for a
    make-up working day. Any other day is worked from Monday to Friday."""

    exceptions: Mapping[date, bool]

    def is_working(self, day: date) -> bool:
        found = self.exceptions.get(day)
        return day.weekday() < SATURDAY if found is None else found

    def nth_working_day_after(self, start: date, n: int) -> date:
        """The n-th working day after `start` (n ≥ 1; `start` itself never counts)."""
        if n < 1:
            raise ValueError("n counts from 1")
        day = start
        while n:
            day += ONE_DAY
            if self.is_working(day):
                n -= 1
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """Working days after `start` up to and including `end` (0 when end ≤ start)."""
        count, day = 0, start
        while day < end:
            day += ONE_DAY
            count += self.is_working(day)
        return count


def end_of(day: date, zone: ZoneInfo) -> datetime:
    """The instant `day` ends in `zone` (the next local day's start), in UTC."""
    return datetime.combine(day + ONE_DAY, time.min, tzinfo=zone).astimezone(UTC)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    return instant.astimezone(zone).date()


def week_of(day: date) -> tuple[date, date]:
    """The Monday and the Sunday of the week `day` falls in."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)
