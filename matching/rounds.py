"""A round end to end: build pairs, optimise, explain, and report figures."""

import time

import numpy as np

from . import financing, recruitment
from .amounts import Answer, Instance, with_amounts
from .capacity import count_optimum
from .explain import financing_reasons, recruitment_reasons, unmatched
from .pairs import Pairs
from .types import (
    Component,
    Figures,
    FinancingInput,
    Proposal,
    RecruitmentInput,
    RoundResult,
    Unmatched,
)
from .weights import resolve_weights, weight_vector

TIE_BREAK = 1e-12


def tie_break(rows: np.ndarray, cols: np.ndarray, n_rows: int, n_cols: int) -> np.ndarray:
    """A nudge far below any real score difference: among equals, lower ids win."""
    return TIE_BREAK * ((n_rows - rows) / max(n_rows, 1) + (n_cols - cols) / max(n_cols, 1)) / 2


def instance(
    pairs: Pairs,
    n_rows: int,
    n_cols: int,
    capacity: np.ndarray,
    amount: np.ndarray,
    quota_amount: np.ndarray,
) -> Instance:
    weight = pairs.score + tie_break(pairs.rows, pairs.cols, n_rows, n_cols)
    return Instance(
        n_rows,
        n_cols,
        pairs.rows,
        pairs.cols,
        weight,
        capacity,
        amount,
        quota_amount,
        float(n_rows + 1),
    )


def figures(
    pairs: Pairs, n_cols: int, inst: Instance, answer: Answer, build_s: float, solve_s: float
) -> Figures:
    chosen = answer.assigned[pairs.rows] == pairs.cols
    value = inst.value(answer.assigned)
    return Figures(
        needs=inst.n_rows,
        targets=n_cols,
        eligible_pairs=int(pairs.rows.size),
        matched=int(chosen.sum()),
        total_score=float(pairs.score[chosen].sum()),
        solver=answer.solver,
        exact=answer.exact,
        gap=max(0.0, (answer.bound - value) / value) if value > 0 else 0.0,
        build_ms=build_s * 1000,
        solve_ms=solve_s * 1000,
        bound=answer.bound,
    )


def breakdown(values: np.ndarray, names: tuple[str, ...], weights: dict[str, float]):
    return tuple(Component(n, float(v), weights[n]) for n, v in zip(names, values, strict=True))


def solve_financing(inp: FinancingInput) -> RoundResult:
    """Proposals of one product per need: most needs served, then the largest total score."""
    started = time.perf_counter()
    weights = resolve_weights("FINANCING", inp.weights)
    pairs, arr = financing.build_financing(inp, weights)
    n, m = len(arr.needs), len(arr.products)
    inst = instance(pairs, n, m, arr.quota_count, arr.amount, arr.quota_amount)
    built = time.perf_counter()
    answer = with_amounts(inst, inp.time_limit_s)
    solved = time.perf_counter()

    rows = np.flatnonzero(answer.assigned >= 0)
    cols = answer.assigned[rows]
    values = arr.components(rows, cols)
    scores = values @ weight_vector(weights, financing.COMPONENTS)
    proposals = tuple(
        Proposal(
            target_id=arr.products[j].id,
            company_id=arr.companies[i].id,
            need_id=arr.needs[i].id,
            hiring_need_ids=(),
            score=s,
            breakdown=breakdown(v, financing.COMPONENTS, weights),
            reasons=financing_reasons(arr.needs[i], arr.products[j], arr.companies[i]),
        )
        for i, j, v, s in zip(rows.tolist(), cols.tolist(), values, scores.tolist(), strict=True)
    )
    left = unmatched_rows(answer.assigned, pairs, lambda i: (arr.companies[i].id, arr.needs[i].id))
    return RoundResult(
        proposals, left, figures(pairs, m, inst, answer, built - started, solved - built)
    )


def solve_recruitment(inp: RecruitmentInput) -> RoundResult:
    """Proposals of one drive booth per company: most companies served, then total score."""
    started = time.perf_counter()
    weights = resolve_weights("RECRUITMENT", inp.weights)
    pairs, arr = recruitment.build_recruitment(inp, weights)
    n, m = len(arr.companies), len(arr.drives)
    inst = instance(pairs, n, m, arr.booths, np.zeros(n), np.zeros(m))
    built = time.perf_counter()
    best = count_optimum(n, m, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus)
    answer = Answer(best.assigned, best.bound, best.exact, best.solver)
    solved = time.perf_counter()

    rows = np.flatnonzero(answer.assigned >= 0)
    cols = answer.assigned[rows]
    values = arr.components(rows, cols)
    scores = values @ weight_vector(weights, recruitment.COMPONENTS)
    travel_runs = arr.travelling_needs(rows, cols)
    proposals = []
    for i, j, v, s, run in zip(
        rows.tolist(), cols.tolist(), values, scores.tolist(), travel_runs, strict=True
    ):
        travelling = tuple(arr.needs[h] for h in run.tolist())
        proposals.append(
            Proposal(
                target_id=arr.drives[j].id,
                company_id=arr.companies[i].id,
                need_id=None,
                hiring_need_ids=tuple(h.id for h in travelling),
                score=s,
                breakdown=breakdown(v, recruitment.COMPONENTS, weights),
                reasons=recruitment_reasons(travelling, arr.drives[j], arr.companies[i]),
            )
        )
    left = unmatched_rows(answer.assigned, pairs, lambda i: (arr.companies[i].id, None))
    return RoundResult(
        tuple(proposals), left, figures(pairs, m, inst, answer, built - started, solved - built)
    )


def unmatched_rows(assigned: np.ndarray, pairs: Pairs, ids) -> tuple[Unmatched, ...]:
    has_eligible = np.bincount(pairs.rows, minlength=assigned.size) > 0
    return tuple(
        unmatched(*ids(i), bool(has_eligible[i]), pairs.blocked[i], pairs.rules)
        for i in np.flatnonzero(assigned < 0).tolist()
    )
