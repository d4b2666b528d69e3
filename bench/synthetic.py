"""Seeded synthetic parks for the matching bench: realistic spreads, ~10% of pairs eligible."""

import string
from datetime import date, timedelta

import numpy as np

from matching import (
    Company,
    Drive,
    FinancingInput,
    FinancingNeed,
    HiringNeed,
    Product,
    RecruitmentInput,
)

ROUND = date(2025, 3, 1)
PARK = "park-1"
SECTIONS = list(string.ascii_uppercase[:20])  # GB/T 4754 sections A–T
SECTION_P = np.array([1, 1, 30, 2, 5, 10, 5, 3, 12, 1, 2, 8, 10, 1, 2, 1, 2, 2, 1, 1], dtype=float)
SIZES = ["MICRO", "SMALL", "MEDIUM", "LARGE"]
COLLATERAL = ["CREDIT", "MORTGAGE", "PLEDGE", "IP_PLEDGE", "GUARANTEE", "RECEIVABLES"]
ROLES = [
    "ENGINEERING_RD", "SKILLED_TRADES", "PRODUCTION", "SALES_MARKETING",
    "MANAGEMENT", "OFFICE_ADMIN", "SERVICES",
]  # fmt: skip
SKILLS = [
    f"{a}{b}"
    for a in ["焊接", "数控", "装配", "质检", "电工", "销售", "会计", "编程"]
    for b in ["初级", "中级", "高级", "", "维修", "管理"]
] + [f"skill-{k}" for k in range(150)]


def pick(rng: np.random.Generator, items: list, k: int) -> frozenset:
    return frozenset(rng.choice(items, size=k, replace=False).tolist())


def companies(rng: np.random.Generator, count: int) -> tuple[Company, ...]:
    sections = rng.choice(SECTIONS, size=count, p=SECTION_P / SECTION_P.sum())
    return tuple(
        Company(
            f"c{i:06d}",
            PARK,
            str(sections[i]),
            SIZES[int(rng.choice(4, p=[0.35, 0.4, 0.2, 0.05]))],
            ROUND - timedelta(days=int(rng.integers(100, 20 * 365))),
            frozenset({"HIGH_TECH"}) if rng.random() < 0.3 else frozenset(),
        )
        for i in range(count)
    )


def financing(n_needs: int, n_products: int, seed: int, binding: bool = False) -> FinancingInput:
    """Needs of 1–10 million yuan (lognormal), products with quotas of 1–50 loans. With
    `binding`, a product's quota amount covers about half its loans at the median need."""
    rng = np.random.default_rng(seed)
    firms = companies(rng, max(1, n_needs // 2))
    banks = [f"bank-{b:02d}" for b in range(20)]
    amounts = np.clip(np.exp(rng.normal(np.log(3e6), 0.7, n_needs)), 1e6, 1e7).round(-4)
    needs = tuple(
        FinancingNeed(
            f"n{i:06d}",
            firms[int(rng.integers(len(firms)))].id,
            float(amounts[i]),
            int(rng.choice([6, 12, 24, 36, 60])),
            pick(rng, COLLATERAL, int(rng.integers(1, 3))),
            round(float(rng.uniform(4.0, 8.0)), 2),
            ROUND + timedelta(days=int(rng.integers(0, 180))),
            pick(rng, banks, int(rng.integers(0, 3))),
        )
        for i in range(n_needs)
    )
    products = []
    for j in range(n_products):
        count = int(rng.integers(1, 51))
        low_rate = round(float(rng.uniform(3.0, 5.5)), 2)
        per_loan = 1.5e6 if binding else 2e7
        products.append(
            Product(
                f"p{j:05d}",
                banks[int(rng.integers(len(banks)))],
                bool(rng.random() < 0.95),
                ROUND + timedelta(days=int(rng.integers(-30, 365))),
                frozenset({PARK}),
                float(rng.choice([5e5, 1e6, 2e6])),
                float(rng.choice([5e6, 1e7, 2e7])),
                int(rng.choice([3, 6, 12])),
                int(rng.choice([24, 36, 60])),
                low_rate,
                round(low_rate + float(rng.uniform(0.3, 2.0)), 2),
                pick(rng, COLLATERAL, int(rng.integers(2, 5))),
                frozenset() if rng.random() < 0.3 else pick(rng, SECTIONS, 6),
                frozenset() if rng.random() < 0.5 else frozenset({"MICRO", "SMALL", "MEDIUM"}),
                bool(rng.random() < 0.2),
                int(rng.integers(0, 4)),
                count,
                count * per_loan,
            )
        )
    return FinancingInput(ROUND, PARK, firms, needs, tuple(products), frozenset())


def recruitment(n_companies: int, n_drives: int, seed: int) -> RecruitmentInput:
    """Companies with 1–3 hiring needs, drives with about n_companies booths in all; drives are
    mostly for one role category and spread over six months, so ~10% of pairs are eligible."""
    rng = np.random.default_rng(seed)
    firms = companies(rng, n_companies)
    needs = tuple(
        HiringNeed(
            f"h{c.id}-{k}",
            c.id,
            ROLES[int(rng.integers(len(ROLES)))],
            int(rng.integers(1, 30)),
            pick(rng, SKILLS, int(rng.integers(1, 5))),
            ROUND + timedelta(days=int(rng.integers(10, 150))),
        )
        for c in firms
        for k in range(int(rng.integers(1, 4)))
    )
    booths = rng.multinomial(n_companies, np.ones(n_drives) / n_drives)
    drives = tuple(
        Drive(
            f"d{j:04d}",
            PARK,
            bool(rng.random() < 0.95),
            ROUND + timedelta(days=int(rng.integers(0, 180))),
            frozenset() if rng.random() < 0.02 else pick(rng, ROLES, 1),
            pick(rng, SKILLS, 20),
            frozenset() if rng.random() < 0.5 else pick(rng, SECTIONS, 3),
            int(booths[j]),
        )
        for j in range(n_drives)
    )
    return RecruitmentInput(ROUND, PARK, firms, needs, drives, frozenset())
