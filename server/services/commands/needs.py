"""The need commands: a company posts and withdraws its own financing and hiring needs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from server.standards import Collateral, Education, RoleCategory


@dataclass(frozen=True, slots=True)
class PostFinancingNeed:
    amount: Decimal
    term_months: int
    purpose: str
    collateral: tuple[Collateral, ...]
    max_annual_rate: Decimal
    needed_by: date
    today: date
    preferred_bank_ids: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class PostHiringNeed:
    title: str
    role_category: RoleCategory
    headcount: int
    skills: tuple[str, ...]
    min_education: Education
    salary_min: Decimal
    salary_max: Decimal
    needed_by: date
    today: date


@dataclass(frozen=True, slots=True)
class WithdrawNeed:
    """`kind` is the need's type name: "FinancingNeed" or "HiringNeed"."""

    kind: str
    need_id: int


# The domain fields refusals name.
AMOUNT = "need.amount"
TERM_MONTHS = "need.term_months"
PURPOSE = "need.purpose"
COLLATERAL = "need.collateral"
MAX_ANNUAL_RATE = "need.max_annual_rate"
NEEDED_BY = "need.needed_by"
PREFERRED_BANK_IDS = "need.preferred_bank_ids"
TITLE = "need.title"
HEADCOUNT = "need.headcount"
SKILLS = "need.skills"
SALARY_MIN = "need.salary_min"
SALARY_MAX = "need.salary_max"
POSTED_SINCE = "needs.posted_since"  # the lists of needs
