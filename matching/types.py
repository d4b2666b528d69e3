"""Plain, frozen, picklable inputs and outputs of a matching round."""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

# No __slots__: slotted dataclasses pickle through Python-level __getstate__/__setstate__, which
# doubled the cost of handing a large round to and from the worker process. The outputs that come
# back by the ten thousand (proposals and their parts, unmatched needs) are named tuples: they
# unpickle in half the time of dataclasses.
_frozen = dataclass(frozen=True)


@_frozen
class Company:
    id: str
    park_id: str
    industry: str
    size_class: str
    founded_on: date
    tech_designations: frozenset[str]


@_frozen
class FinancingNeed:
    id: str
    company_id: str
    amount: float
    term_months: int
    collateral: frozenset[str]
    max_rate: float
    needed_by: date
    preferred_bank_ids: frozenset[str]


@_frozen
class Product:
    id: str
    bank_id: str
    active: bool
    valid_until: date
    park_ids: frozenset[str]
    min_amount: float
    max_amount: float
    min_term_months: int
    max_term_months: int
    min_rate: float
    max_rate: float
    collateral: frozenset[str]
    industries: frozenset[str]
    size_classes: frozenset[str]
    requires_tech: bool
    min_company_age_years: int
    remaining_count: int
    remaining_amount: float


@_frozen
class HiringNeed:
    id: str
    company_id: str
    role_category: str
    headcount: int
    skills: frozenset[str]
    needed_by: date


@_frozen
class Drive:
    id: str
    park_id: str
    open: bool
    date: date
    role_categories: frozenset[str]
    skills: frozenset[str]
    industries: frozenset[str]
    remaining_booths: int


@_frozen
class FinancingInput:
    round_date: date
    park_id: str
    companies: tuple[Company, ...]
    needs: tuple[FinancingNeed, ...]
    products: tuple[Product, ...]
    excluded_pairs: frozenset[tuple[str, str]]  # (need_id, product_id)
    weights: Mapping[str, float] | None = None
    time_limit_s: float = 8.0


@_frozen
class RecruitmentInput:
    round_date: date
    park_id: str
    companies: tuple[Company, ...]
    needs: tuple[HiringNeed, ...]
    drives: tuple[Drive, ...]
    excluded_pairs: frozenset[tuple[str, str]]  # (company_id, drive_id)
    weights: Mapping[str, float] | None = None


class Component(NamedTuple):
    """One part of a score: value in [0, 1], normalised weight; score = Σ value·weight."""

    name: str
    value: float
    weight: float


class Reason(NamedTuple):
    """Why a pair was proposed: a code and its parameters (numbers, dates as ISO text, lists of
    codes), worded by the reader's side in the reader's language."""

    code: str
    params: dict


class Proposal(NamedTuple):
    target_id: str  # product id (financing) or drive id (recruitment)
    company_id: str
    need_id: str | None  # None in recruitment
    hiring_need_ids: tuple[str, ...]
    score: float
    breakdown: tuple[Component, ...]
    reasons: tuple[Reason, ...]


class BlockingRule(NamedTuple):
    rule: str
    targets: int


class Unmatched(NamedTuple):
    company_id: str
    need_id: str | None
    reason: str  # "NO_ELIGIBLE_TARGET" | "CAPACITY"
    blocking_rules: tuple[BlockingRule, ...]  # most frequent first


@_frozen
class Figures:
    """Round figures. `gap` is relative, (bound − objective) / objective, on the objective as
    optimised: a bonus of (needs + 1) per served need plus the total score; `bound` is the valid
    upper bound on that objective that the gap is proven against (equal to it when exact)."""

    needs: int
    targets: int
    eligible_pairs: int
    matched: int
    total_score: float
    solver: str
    exact: bool
    gap: float
    build_ms: float
    solve_ms: float
    bound: float = 0.0


@_frozen
class RoundResult:
    proposals: tuple[Proposal, ...]
    unmatched: tuple[Unmatched, ...]
    figures: Figures
