"""The rate in force: the LPR published strictly before the day, plus the product's spread
within its floor and ceiling; a fixed product keeps its own range."""

from __future__ import annotations

from datetime import date

import pytest

from server.rates import LprQuote, Pricing, lpr_in_force, rate_in_force_bp, rate_range_bp
from server.standards import RateBasis

MAY = LprQuote(date(2025, 5, 20), 300, 350)
JUNE = LprQuote(date(2025, 6, 20), 290, 340)
HISTORY = [MAY, JUNE]


@pytest.mark.parametrize(
    ("day", "quote"),
    [
        (date(2025, 6, 19), MAY),
        (date(2025, 6, 20), MAY),  # published that day: in force from the next
        (date(2025, 6, 21), JUNE),
        (date(2026, 1, 1), JUNE),
        (date(2025, 5, 20), MAY),  # on or before the first on record, the first stands
        (date(2024, 1, 1), MAY),
    ],
)
def test_the_lpr_in_force_is_the_latest_published_strictly_before_the_day(day, quote):
    assert lpr_in_force(HISTORY, day) == quote


def test_without_any_lpr_none_is_in_force():
    assert lpr_in_force([], date(2025, 6, 21)) is None


def test_a_linked_rate_is_the_tenors_lpr_plus_the_spread():
    assert rate_in_force_bp(Pricing(RateBasis.LPR_1Y, spread_bp=45), MAY) == 345
    assert rate_in_force_bp(Pricing(RateBasis.LPR_5Y, spread_bp=-20), MAY) == 330
    assert rate_range_bp(Pricing(RateBasis.LPR_5Y, spread_bp=10), JUNE) == (350, 350)


def test_the_floor_and_the_ceiling_hold_the_linked_rate():
    floored = Pricing(RateBasis.LPR_1Y, spread_bp=0, floor_bp=295, ceiling_bp=310)
    assert rate_in_force_bp(floored, JUNE) == 295  # 2.90 % lifted to the floor
    assert rate_in_force_bp(floored, MAY) == 300
    capped = Pricing(RateBasis.LPR_5Y, spread_bp=100, ceiling_bp=420)
    assert rate_in_force_bp(capped, MAY) == 420  # 4.50 % held to the ceiling


def test_a_fixed_product_charges_its_own_range_whatever_the_lpr():
    fixed = Pricing(RateBasis.FIXED, min_rate_bp=345, max_rate_bp=420)
    assert rate_range_bp(fixed, MAY) == rate_range_bp(fixed, None) == (345, 420)
    assert rate_in_force_bp(fixed, JUNE) == 345


def test_a_linked_product_has_no_rate_before_any_lpr():
    with pytest.raises(ValueError, match="LPR"):
        rate_in_force_bp(Pricing(RateBasis.LPR_1Y, spread_bp=45), None)
