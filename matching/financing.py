"""Financing round: hard rules and score components of need × product pairs, as numpy arrays."""

from datetime import date

import numpy as np

from .masks import Vocabulary, overlaps
from .pairs import Pairs, build_pairs
from .types import Company, FinancingInput
from .weights import weight_vector

RULES = (
    "offered", "amount", "term", "collateral", "industry",
    "size", "tech", "age", "rate", "history",
)  # fmt: skip
COMPONENTS = ("rate", "amount_fit", "term_fit", "urgency", "policy", "preference")

URGENCY_HORIZON_DAYS = 180
SIZE_PRIORITY = {"MICRO": 1.0, "SMALL": 0.75, "MEDIUM": 0.25, "LARGE": 0.0}


def age_in_years(founded_on: date, on: date) -> int:
    """Whole years between the founding date and `on`."""
    return on.year - founded_on.year - ((on.month, on.day) < (founded_on.month, founded_on.day))


def inside(value: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """1 in the middle of [low, high], falling to 0 at either end; 1 for a single-point range."""
    half = (high - low) / 2
    room = np.minimum(value - low, high - value)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(half > 0, np.clip(room / np.where(half > 0, half, 1), 0, 1), 1.0)


class FinancingArrays:
    """The round's needs (rows) and products (cols) sorted by id, as columns of numbers."""

    def __init__(self, inp: FinancingInput) -> None:
        companies = {c.id: c for c in inp.companies}
        self.needs = tuple(sorted(inp.needs, key=lambda n: n.id))
        self.products = tuple(sorted(inp.products, key=lambda p: p.id))
        missing = sorted({n.company_id for n in self.needs} - companies.keys())
        if missing:
            raise ValueError(f"needs refer to companies not in the input: {', '.join(missing)}")
        self.companies: tuple[Company, ...] = tuple(companies[n.company_id] for n in self.needs)
        rd, needs, products, firms = inp.round_date, self.needs, self.products, self.companies

        self.amount = np.array([n.amount for n in needs], dtype=float)
        self.term = np.array([n.term_months for n in needs], dtype=float)
        self.ceiling = np.array([n.max_rate for n in needs], dtype=float)
        self.days_left = np.array([(n.needed_by - rd).days for n in needs], dtype=float)
        self.tech = np.array([bool(c.tech_designations) for c in firms], dtype=bool)
        self.age = np.array([age_in_years(c.founded_on, rd) for c in firms], dtype=np.int64)
        self.size_priority = np.array([SIZE_PRIORITY.get(c.size_class, 0.0) for c in firms])

        self.live = np.array([p.active and p.valid_until >= rd for p in products], dtype=bool)
        self.min_amount = np.array([p.min_amount for p in products], dtype=float)
        self.max_amount = np.array([p.max_amount for p in products], dtype=float)
        self.quota_amount = np.array([p.remaining_amount for p in products], dtype=float)
        self.quota_count = np.array([p.remaining_count for p in products], dtype=np.int64)
        self.min_term = np.array([p.min_term_months for p in products], dtype=float)
        self.max_term = np.array([p.max_term_months for p in products], dtype=float)
        self.min_rate = np.array([p.min_rate for p in products], dtype=float)
        self.max_rate = np.array([p.max_rate for p in products], dtype=float)
        self.needs_tech = np.array([p.requires_tech for p in products], dtype=bool)
        self.min_age = np.array([p.min_company_age_years for p in products], dtype=np.int64)

        parks = Vocabulary([[c.park_id] for c in firms], [p.park_ids for p in products])
        self.park_n = parks.encode([c.park_id] for c in firms)
        self.park_p = parks.encode(p.park_ids for p in products)
        collateral = Vocabulary([n.collateral for n in needs], [p.collateral for p in products])
        self.collateral_n = collateral.encode(n.collateral for n in needs)
        self.collateral_p = collateral.encode(p.collateral for p in products)
        industry = Vocabulary([[c.industry] for c in firms], [p.industries for p in products])
        self.industry_n = industry.encode([c.industry] for c in firms)
        self.industry_p = industry.encode((p.industries for p in products), empty_means_all=True)
        size = Vocabulary([[c.size_class] for c in firms], [p.size_classes for p in products])
        self.size_n = size.encode([c.size_class] for c in firms)
        self.size_p = size.encode((p.size_classes for p in products), empty_means_all=True)
        banks = Vocabulary([n.preferred_bank_ids for n in needs], [[p.bank_id] for p in products])
        self.banks_n = banks.encode(n.preferred_bank_ids for n in needs)
        self.bank_p = banks.encode([p.bank_id] for p in products)

        need_index = {n.id: i for i, n in enumerate(needs)}
        product_index = {p.id: j for j, p in enumerate(products)}
        excluded = [
            (need_index[n], product_index[p])
            for n, p in inp.excluded_pairs
            if n in need_index and p in product_index
        ]
        self.excluded = np.array(excluded, dtype=np.int64).reshape(-1, 2)

    def check(self, part: slice) -> list[np.ndarray]:
        """One bool (rows in `part`, products) matrix per rule, in RULES order."""
        a = self.amount[part, None]
        t = self.term[part, None]
        history = np.ones((part.stop - part.start, len(self.products)), dtype=bool)
        hit = (self.excluded[:, 0] >= part.start) & (self.excluded[:, 0] < part.stop)
        history[self.excluded[hit, 0] - part.start, self.excluded[hit, 1]] = False
        return [
            self.live & overlaps(self.park_n[part], self.park_p),
            (self.min_amount <= a) & (a <= self.max_amount) & (a <= self.quota_amount),
            (self.min_term <= t) & (t <= self.max_term),
            overlaps(self.collateral_n[part], self.collateral_p),
            overlaps(self.industry_n[part], self.industry_p),
            overlaps(self.size_n[part], self.size_p),
            ~self.needs_tech | self.tech[part, None],
            self.age[part, None] >= self.min_age,
            self.min_rate <= self.ceiling[part, None],
            history,
        ]

    def components(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """(pairs, COMPONENTS) values in [0, 1].

        rate: room left under the need's ceiling at the middle of the product's rate range,
            as a share of the ceiling — cheaper credit scores higher.
        amount_fit: half how central the amount is in the product's range, half the share of the
            remaining quota amount it leaves.
        term_fit: how central the term is in the product's range.
        urgency: 1 when needed on the round date, falling to 0 at 180 days away.
        policy: inclusive-finance priority, 0.7 by size class (micro 1 … large 0) plus 0.3 for a
            tech designation.
        preference: 1 when the product's bank is among the need's preferred banks.
        """
        a, quota = self.amount[rows], self.quota_amount[cols]
        ceiling = self.ceiling[rows]
        middle_rate = (self.min_rate[cols] + self.max_rate[cols]) / 2
        with np.errstate(divide="ignore", invalid="ignore"):
            rate = np.where(
                ceiling > 0, (ceiling - middle_rate) / np.where(ceiling > 0, ceiling, 1), 0
            )
            room = np.where(quota > 0, 1 - a / np.where(quota > 0, quota, 1), 0)
        amount_fit = (
            inside(a, self.min_amount[cols], self.max_amount[cols]) + np.clip(room, 0, 1)
        ) / 2
        term_fit = inside(self.term[rows], self.min_term[cols], self.max_term[cols])
        urgency = 1 - self.days_left[rows] / URGENCY_HORIZON_DAYS
        policy = 0.7 * self.size_priority[rows] + 0.3 * self.tech[rows]
        preference = ((self.banks_n[rows] & self.bank_p[cols]) != 0).any(axis=1)
        values = np.stack(
            [np.clip(rate, 0, 1), amount_fit, term_fit, np.clip(urgency, 0, 1), policy, preference],
            axis=1,
        )
        return values.astype(float)


def build_financing(
    inp: FinancingInput, weights: dict[str, float]
) -> tuple[Pairs, FinancingArrays]:
    """Eligible need × product pairs with their scores under `weights`."""
    arrays = FinancingArrays(inp)
    pairs = build_pairs(
        len(arrays.needs),
        len(arrays.products),
        RULES,
        arrays.check,
        arrays.components,
        weight_vector(weights, COMPONENTS),
    )
    return pairs, arrays
