"""The rate in force: which published loan prime rate (LPR) applies on a date, and what a credit
product charges then. Pure: plain values in, basis points out.

The LPR is published on a day and re-prices linked products from the next day on: on date D the
latest LPR published strictly before D is in force. Before the first LPR on record the first one
stands, as ParkMatch knows no earlier value.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from server.standards import RateBasis


@dataclass(frozen=True, slots=True)
class LprQuote:
    published_on: date
    one_year_bp: int
    five_year_bp: int

    def of_tenor(self, basis: RateBasis) -> int:
        return self.one_year_bp if basis == RateBasis.LPR_1Y else self.five_year_bp


@dataclass(frozen=True, slots=True)
class Pricing:
    """A product's rate terms: a fixed range, or a tenor's LPR plus a spread within an optional
    floor and ceiling."""

    basis: RateBasis
    min_rate_bp: int | None = None
    max_rate_bp: int | None = None
    spread_bp: int | None = None
    floor_bp: int | None = None
    ceiling_bp: int | None = None


def lpr_in_force(history: Sequence[LprQuote], on: date) -> LprQuote | None:
    """The LPR in force on `on`, from the history sorted by publication date; None with no
    history."""
    if not history:
        return None
    published_before = bisect_left([quote.published_on for quote in history], on)
    return history[max(published_before - 1, 0)]


def linked_rate_bp(pricing: Pricing, quote: LprQuote) -> int:
    """An LPR-linked product's rate under this LPR: the tenor's rate plus the spread, held
    within the floor and the ceiling."""
    rate = quote.of_tenor(pricing.basis) + (pricing.spread_bp or 0)
    if pricing.floor_bp is not None:
        rate = max(rate, pricing.floor_bp)
    if pricing.ceiling_bp is not None:
        rate = min(rate, pricing.ceiling_bp)
    return rate


def rate_range_bp(pricing: Pricing, quote: LprQuote | None) -> tuple[int, int]:
    """The lowest and highest rate the product charges while `quote` is in force: a fixed
    product's own range; one rate for an LPR-linked product."""
    if pricing.basis == RateBasis.FIXED:
        return pricing.min_rate_bp, pricing.max_rate_bp
    if quote is None:
        raise ValueError("an LPR-linked product is priced only once an LPR is recorded")
    rate = linked_rate_bp(pricing, quote)
    return rate, rate


def rate_in_force_bp(pricing: Pricing, quote: LprQuote | None) -> int:
    """The product's rate in force: the lowest it charges (a fixed product's minimum), the rate
    a need's highest acceptable rate is held against."""
    return rate_range_bp(pricing, quote)[0]
