"""Builders, hypothesis strategies, reference rules and a brute-force optimum for matching tests."""

import itertools
import random
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
from hypothesis import strategies as st

from matching import (
    Company,
    Drive,
    FinancingInput,
    FinancingNeed,
    HiringNeed,
    Product,
    RecruitmentInput,
)
from matching.amounts import Instance

ROUND = date(2025, 3, 1)
PARK = "park-1"


def company(id="c1", **kw) -> Company:
    base = Company(id, PARK, "C", "SMALL", date(2015, 6, 1), frozenset())
    return replace(base, **kw)


def need(id="n1", company_id="c1", **kw) -> FinancingNeed:
    base = FinancingNeed(
        id, company_id, 5_000_000.0, 36, frozenset({"MORTGAGE"}), 6.0,
        ROUND + timedelta(days=30), frozenset(),
    )  # fmt: skip
    return replace(base, **kw)


def product(id="p1", **kw) -> Product:
    base = Product(
        id, "bank-1", True, date(2026, 1, 1), frozenset({PARK}), 1_000_000.0, 10_000_000.0,
        12, 60, 3.45, 4.20, frozenset({"MORTGAGE", "CREDIT"}), frozenset(), frozenset(), False,
        0, 5, 100_000_000.0,
    )  # fmt: skip
    return replace(base, **kw)


def hiring(id="h1", company_id="c1", **kw) -> HiringNeed:
    base = HiringNeed(
        id, company_id, "SKILLED_TRADES", 2, frozenset({"焊接"}), ROUND + timedelta(days=60)
    )
    return replace(base, **kw)


def drive(id="d1", **kw) -> Drive:
    base = Drive(
        id, PARK, True, ROUND + timedelta(days=20), frozenset(), frozenset({"焊接", "数控"}),
        frozenset(), 5,
    )  # fmt: skip
    return replace(base, **kw)


def financing_input(companies, needs, products, excluded=(), **kw) -> FinancingInput:
    return FinancingInput(
        ROUND, PARK, tuple(companies), tuple(needs), tuple(products), frozenset(excluded), **kw
    )


def recruitment_input(companies, needs, drives, excluded=(), **kw) -> RecruitmentInput:
    return RecruitmentInput(
        ROUND, PARK, tuple(companies), tuple(needs), tuple(drives), frozenset(excluded), **kw
    )


def shuffled(inp, seed: int):
    """The same input with every tuple in another order."""
    rng = random.Random(seed)
    fields = {}
    for name in ("companies", "needs", "products", "drives"):
        if hasattr(inp, name):
            items = list(getattr(inp, name))
            rng.shuffle(items)
            fields[name] = tuple(items)
    return replace(inp, **fields)


def days(draw, low, high):
    return ROUND + timedelta(days=draw(st.integers(low, high)))


@st.composite
def companies_st(draw, count):
    return [
        Company(
            f"c{i}",
            draw(st.sampled_from([PARK, PARK, PARK, "park-2"])),
            draw(st.sampled_from("CCI")),
            draw(st.sampled_from(["MICRO", "SMALL", "MEDIUM", "LARGE"])),
            days(draw, -3650, 0),
            draw(st.sampled_from([frozenset(), frozenset({"HIGH_TECH"})])),
        )
        for i in range(count)
    ]


@st.composite
def financing_inputs(draw, max_needs=5, max_products=3, binding_amounts=False):
    firms = draw(companies_st(draw(st.integers(1, 3))))
    needs = [
        FinancingNeed(
            f"n{i}",
            draw(st.sampled_from(firms)).id,
            draw(st.sampled_from([1e6, 2e6, 3e6, 5e6, 8e6])),
            draw(st.sampled_from([6, 12, 36, 60])),
            draw(st.frozensets(st.sampled_from(["CREDIT", "MORTGAGE"]), min_size=1)),
            draw(st.sampled_from([3.0, 4.0, 5.0, 6.0])),
            days(draw, 0, 200),
            draw(st.frozensets(st.sampled_from(["b1", "b2"]))),
        )
        for i in range(draw(st.integers(0, max_needs)))
    ]
    quota_amounts = [3e6, 6e6, 1e7] if binding_amounts else [1e9]
    products = []
    for j in range(draw(st.integers(0, max_products))):
        low = draw(st.sampled_from([1e6, 2e6]))
        term_low = draw(st.sampled_from([6, 12]))
        rate_low = draw(st.sampled_from([3.0, 3.45, 4.5]))
        products.append(
            Product(
                f"p{j}",
                draw(st.sampled_from(["b1", "b2", "b3"])),
                draw(st.sampled_from([True, True, True, False])),
                days(draw, -10, 400),
                draw(st.sampled_from([frozenset({PARK}), frozenset({PARK, "park-2"})])),
                low,
                draw(st.sampled_from([5e6, 8e6, 1e7])),
                term_low,
                draw(st.sampled_from([36, 60])),
                rate_low,
                rate_low + draw(st.sampled_from([0.0, 0.75, 2.0])),
                draw(st.frozensets(st.sampled_from(["CREDIT", "MORTGAGE", "PLEDGE"]), min_size=1)),
                draw(st.sampled_from([frozenset(), frozenset("C"), frozenset("I")])),
                draw(st.sampled_from([frozenset(), frozenset({"MICRO", "SMALL"})])),
                draw(st.sampled_from([False, False, True])),
                draw(st.sampled_from([0, 0, 3, 8])),
                draw(st.integers(0, 3)),
                draw(st.sampled_from(quota_amounts)),
            )
        )
    pairs = [(n.id, p.id) for n in needs for p in products]
    excluded = draw(st.frozensets(st.sampled_from(pairs))) if pairs else frozenset()
    return financing_input(firms, needs, products, excluded)


@st.composite
def recruitment_inputs(draw, max_companies=4, max_drives=3):
    firms = draw(companies_st(draw(st.integers(1, max_companies))))
    roles = ["SKILLED_TRADES", "PRODUCTION", "SALES_MARKETING"]
    skills = ["焊接", "数控", "Python", "销售"]
    needs = [
        HiringNeed(
            f"h{i}",
            draw(st.sampled_from(firms)).id,
            draw(st.sampled_from(roles)),
            draw(st.integers(1, 20)),
            draw(st.frozensets(st.sampled_from(skills))),
            days(draw, 0, 90),
        )
        for i in range(draw(st.integers(0, 2 * len(firms))))
    ]
    drives = [
        Drive(
            f"d{j}",
            draw(st.sampled_from([PARK, PARK, "park-2"])),
            draw(st.sampled_from([True, True, False])),
            days(draw, -5, 80),
            draw(st.frozensets(st.sampled_from(roles), max_size=2)),
            draw(st.frozensets(st.sampled_from(skills))),
            draw(st.sampled_from([frozenset(), frozenset("C"), frozenset("I")])),
            draw(st.integers(0, 2)),
        )
        for j in range(draw(st.integers(0, max_drives)))
    ]
    pairs = [(c.id, d.id) for c in firms for d in drives]
    excluded = draw(st.frozensets(st.sampled_from(pairs))) if pairs else frozenset()
    return recruitment_input(firms, needs, drives, excluded)


def age(founded: date, on: date) -> int:
    return on.year - founded.year - ((on.month, on.day) < (founded.month, founded.day))


def financing_rules(inp: FinancingInput, n: FinancingNeed, p: Product) -> dict[str, bool]:
    """MATCHING.md's financing rules, written out plainly."""
    c = next(c for c in inp.companies if c.id == n.company_id)
    return {
        "offered": p.active and p.valid_until >= inp.round_date and c.park_id in p.park_ids,
        "amount": p.min_amount <= n.amount <= p.max_amount and n.amount <= p.remaining_amount,
        "term": p.min_term_months <= n.term_months <= p.max_term_months,
        "collateral": bool(n.collateral & p.collateral),
        "industry": not p.industries or c.industry in p.industries,
        "size": not p.size_classes or c.size_class in p.size_classes,
        "tech": not p.requires_tech or bool(c.tech_designations),
        "age": age(c.founded_on, inp.round_date) >= p.min_company_age_years,
        "rate": p.min_rate <= n.max_rate,
        "history": (n.id, p.id) not in inp.excluded_pairs,
    }


def recruitment_rules(inp: RecruitmentInput, c: Company, d: Drive) -> dict[str, bool]:
    """MATCHING.md's recruitment rules; a drive no need could travel with fails `date`."""
    needs = [n for n in inp.needs if n.company_id == c.id]
    drawn = [n for n in needs if not d.role_categories or n.role_category in d.role_categories]
    travel = [n for n in drawn if n.needed_by >= d.date]
    in_window = inp.round_date <= d.date <= max(n.needed_by for n in needs)
    return {
        "offered": d.park_id == c.park_id and d.open,
        "date": in_window and (bool(travel) or not drawn),
        "role": bool(drawn),
        "history": (c.id, d.id) not in inp.excluded_pairs,
    }


def brute_force(options, score, capacity, amount=None, quota_amount=None):
    """Lexicographic optimum (served, total score) by enumeration. `options[i]` lists the targets
    row i may take; `score[(i, t)]` its score."""
    best = (0, 0.0)
    for choice in itertools.product(*[[None, *opts] for opts in options]):
        taken = [t for t in choice if t is not None]
        if any(taken.count(t) > capacity[t] for t in set(taken)):
            continue
        if amount is not None:
            used = {}
            for i, t in enumerate(choice):
                if t is not None:
                    used[t] = used.get(t, 0.0) + amount[i]
            if any(v > quota_amount[t] for t, v in used.items()):
                continue
        value = (len(taken), sum(score[(i, t)] for i, t in enumerate(choice) if t is not None))
        if value[0] > best[0] or (value[0] == best[0] and value[1] > best[1]):
            best = value
    return best


def optimum(inst: Instance, amounts: bool) -> float:
    """Brute-force best of Σ (bonus + weight)."""
    options = [inst.cols[inst.rows == i].tolist() for i in range(inst.n_rows)]
    score = {
        (int(i), int(j)): float(w)
        for i, j, w in zip(inst.rows, inst.cols, inst.weight, strict=True)
    }
    served, total = brute_force(
        options,
        score,
        dict(enumerate(inst.capacity.tolist())),
        inst.amount.tolist() if amounts else None,
        dict(enumerate(inst.quota_amount.tolist())) if amounts else None,
    )
    return served * inst.bonus + total


@st.composite
def instances(draw, max_rows=6, max_capacity=3):
    """A small core instance: up to `max_rows` needs on up to 3 products of capacity
    0–`max_capacity`, with amounts and quota amounts that often bind."""
    n, m = draw(st.integers(1, max_rows)), draw(st.integers(1, 3))
    grid = [(i, j) for i in range(n) for j in range(m)]
    edges = sorted(draw(st.sets(st.sampled_from(grid), min_size=1)))
    rows, cols = (np.array(x, dtype=np.int64) for x in zip(*edges, strict=True))
    weight = np.array(draw(st.lists(st.floats(0, 1), min_size=len(edges), max_size=len(edges))))
    amount = np.array(draw(st.lists(st.sampled_from([1.0, 2.0, 3.0, 5.0]), min_size=n, max_size=n)))
    quota = np.array(draw(st.lists(st.sampled_from([2.0, 4.0, 6.0]), min_size=m, max_size=m)))
    capacity = np.array(draw(st.lists(st.integers(0, max_capacity), min_size=m, max_size=m)))
    return Instance(n, m, rows, cols, weight, capacity, amount, quota, float(n + 1))
