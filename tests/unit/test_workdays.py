"""Working days and due times, without a database: weekends, holidays, make-up working days."""

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.services.workdays import Calendar, end_of, week_of

SHANGHAI = ZoneInfo("Asia/Shanghai")
PLAIN = Calendar({})
# New Year's Day 2027 is a Friday; Saturday 9 January is worked in exchange (a made-up 调休).
NEW_YEAR = Calendar({date(2027, 1, 1): False, date(2027, 1, 9): True})


def test_weekends_are_not_counted():
    friday = date(2026, 11, 6)
    assert PLAIN.nth_working_day_after(friday, 1) == date(2026, 11, 9)
    assert PLAIN.nth_working_day_after(friday, 5) == date(2026, 11, 13)
    assert PLAIN.nth_working_day_after(date(2026, 11, 7), 1) == date(2026, 11, 9)  # a Saturday


def test_a_start_day_never_counts_itself():
    monday = date(2026, 11, 9)
    assert PLAIN.nth_working_day_after(monday, 1) == date(2026, 11, 10)


def test_a_holiday_after_a_friday_pushes_the_due_day_on():
    friday = date(2026, 11, 6)
    with_monday_off = Calendar({date(2026, 11, 9): False})
    assert with_monday_off.nth_working_day_after(friday, 1) == date(2026, 11, 10)
    assert with_monday_off.nth_working_day_after(friday, 2) == date(2026, 11, 11)


def test_across_the_year_end_with_its_holiday():
    new_years_eve = date(2026, 12, 31)  # a Thursday
    assert NEW_YEAR.nth_working_day_after(new_years_eve, 1) == date(2027, 1, 4)
    assert NEW_YEAR.nth_working_day_after(date(2026, 12, 30), 2) == date(2027, 1, 4)


def test_a_make_up_saturday_is_a_working_day():
    friday = date(2027, 1, 8)
    assert NEW_YEAR.is_working(date(2027, 1, 9))
    assert NEW_YEAR.nth_working_day_after(friday, 1) == date(2027, 1, 9)
    assert NEW_YEAR.nth_working_day_after(friday, 2) == date(2027, 1, 11)


def test_working_days_between_counts_after_the_start_up_to_the_end():
    assert NEW_YEAR.working_days_between(date(2026, 12, 31), date(2027, 1, 4)) == 1
    assert NEW_YEAR.working_days_between(date(2027, 1, 8), date(2027, 1, 11)) == 2
    assert PLAIN.working_days_between(date(2026, 11, 9), date(2026, 11, 9)) == 0
    assert PLAIN.working_days_between(date(2026, 11, 9), date(2026, 11, 2)) == 0


def test_n_counts_from_one():
    with pytest.raises(ValueError):
        PLAIN.nth_working_day_after(date(2026, 11, 6), 0)


def test_a_day_ends_at_the_next_local_midnight():
    # Shanghai is UTC+8: 4 January ends at 16:00 UTC that day.
    assert end_of(date(2027, 1, 4), SHANGHAI) == datetime(2027, 1, 4, 16, 0, tzinfo=UTC)


def test_a_week_runs_from_monday_to_sunday():
    assert week_of(date(2026, 12, 3)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_of(date(2026, 11, 30)) == (date(2026, 11, 30), date(2026, 12, 6))
    assert week_of(date(2027, 1, 3)) == (date(2026, 12, 28), date(2027, 1, 3))
