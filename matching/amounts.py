"""Amount quotas: check the count-quota optimum against them, and when they bind, search.

With binding amount quotas the problem is a generalised assignment problem. Small instances go
to `scipy.optimize.milp`; larger ones to Lagrangian relaxation of the amount quotas (each step an
exact count-quota solve with edge weights lowered by λ_product·amount, whose value plus Σ λ·quota
is a valid upper bound) with every step's answer repaired into a feasible one.
"""

import time
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import coo_array, vstack

from .capacity import CountOptimum, count_optimum, objective

MILP_MAX_EDGES = 2_000
FILL_ROUNDS = 4
MIN_STEP_SCALE = 1e-3  # subgradient steps this small no longer move the bound
MILP_SCALE = 1e6  # HiGHS stops within an absolute gap of 1e-6: scaled, that is 1e-12 of a score


@dataclass(frozen=True, slots=True)
class Instance:
    """Edges sorted by row then column, with each row's amount and each column's quotas."""

    n_rows: int
    n_cols: int
    rows: np.ndarray
    cols: np.ndarray
    weight: np.ndarray
    capacity: np.ndarray
    amount: np.ndarray
    quota_amount: np.ndarray
    bonus: float

    def used_amount(self, assigned: np.ndarray) -> np.ndarray:
        on = assigned >= 0
        return np.bincount(assigned[on], weights=self.amount[on], minlength=self.n_cols)

    def fits(self, assigned: np.ndarray) -> bool:
        return bool(np.all(self.used_amount(assigned) <= self.quota_amount + 1e-6))

    def value(self, assigned: np.ndarray) -> float:
        return objective(assigned, self.rows, self.cols, self.weight, self.bonus)


@dataclass(frozen=True, slots=True)
class Answer:
    assigned: np.ndarray
    bound: float
    exact: bool
    solver: str


def trim(inst: Instance, assigned: np.ndarray, quota_amount: np.ndarray) -> np.ndarray:
    """Drop the largest amounts from every column over `quota_amount` until it fits: a column
    keeps as many rows as it can."""
    matched = np.flatnonzero(assigned >= 0)
    col = assigned[matched]
    order = np.lexsort((matched, inst.amount[matched], col))
    rows, col = matched[order], col[order]
    total = np.cumsum(inst.amount[rows])
    starts = np.searchsorted(col, col, side="left")
    running = total - total[starts] + inst.amount[rows[starts]]
    out = assigned.copy()
    out[rows[running > quota_amount[col] + 1e-6]] = -1
    return out


def fill(inst: Instance, assigned: np.ndarray) -> np.ndarray:
    """Serve unmatched rows with what quotas are left: count-quota solves on the residual,
    trimmed, a few rounds."""
    assigned = assigned.copy()
    for _ in range(FILL_ROUNDS):
        on = assigned >= 0
        spare_count = inst.capacity - np.bincount(assigned[on], minlength=inst.n_cols)
        spare_amount = inst.quota_amount - inst.used_amount(assigned)
        usable = (
            ~on[inst.rows]
            & (spare_count[inst.cols] > 0)
            & (inst.amount[inst.rows] <= spare_amount[inst.cols] + 1e-6)
        )
        if not usable.any():
            break
        extra = count_optimum(
            inst.n_rows,
            inst.n_cols,
            inst.rows[usable],
            inst.cols[usable],
            inst.weight[usable],
            spare_count,
            inst.bonus,
        ).assigned
        extra = trim(inst, extra, spare_amount)
        if not (extra >= 0).any():
            break
        assigned[extra >= 0] = extra[extra >= 0]
    return assigned


def lagrangian(inst: Instance, first: CountOptimum, deadline: float) -> Answer:
    """Subgradient steps on λ ≥ 0 until the deadline or until the bound is met."""
    best = fill(inst, trim(inst, first.assigned, inst.quota_amount))
    best_value, bound = inst.value(best), first.bound
    lam = np.zeros(inst.n_cols)
    assigned, value = first.assigned, first.bound
    scale, stalled, last = 2.0, 0, 0.0
    while (
        time.perf_counter() + last < deadline
        and bound - best_value > 1e-9 * abs(bound)
        and scale > MIN_STEP_SCALE
    ):
        started = time.perf_counter()
        slack = inst.quota_amount - inst.used_amount(assigned)
        slack[(lam <= 0) & (slack > 0)] = 0.0  # λ already at 0 cannot go lower
        norm = float(slack @ slack)
        if norm == 0:
            break
        lam = np.maximum(0.0, lam - scale * (value - best_value) / norm * slack)
        lowered = inst.weight - lam[inst.cols] * inst.amount[inst.rows]
        step = count_optimum(
            inst.n_rows, inst.n_cols, inst.rows, inst.cols, lowered, inst.capacity, inst.bonus
        )
        assigned, value = step.assigned, step.bound + float(lam @ inst.quota_amount)
        if value < bound - 1e-9 * abs(bound):
            bound, stalled = value, 0
        else:
            stalled += 1
            if stalled >= 2:
                scale, stalled = scale / 2, 0
        candidate = fill(inst, trim(inst, assigned, inst.quota_amount))
        if inst.value(candidate) > best_value:
            best, best_value = candidate, inst.value(candidate)
        last = time.perf_counter() - started
    return Answer(best, max(bound, best_value), bound <= best_value, "lagrangian-repair")


def exact_milp(inst: Instance, time_limit: float) -> Answer | None:
    """`scipy.optimize.milp` on the whole problem; None if it found no feasible answer in time."""
    n_edges = inst.rows.size
    edge = np.arange(n_edges)
    a = vstack(
        [
            coo_array((np.ones(n_edges), (inst.rows, edge)), shape=(inst.n_rows, n_edges)),
            coo_array((np.ones(n_edges), (inst.cols, edge)), shape=(inst.n_cols, n_edges)),
            coo_array((inst.amount[inst.rows], (inst.cols, edge)), shape=(inst.n_cols, n_edges)),
        ]
    )
    upper = np.concatenate(
        [np.ones(inst.n_rows), np.maximum(inst.capacity, 0), np.maximum(inst.quota_amount, 0)]
    )
    res = milp(
        -(inst.bonus + inst.weight) * MILP_SCALE,
        constraints=LinearConstraint(a, -np.inf, upper),
        integrality=np.ones(n_edges),
        bounds=Bounds(0, 1),
        options={"time_limit": max(time_limit, 0.1), "mip_rel_gap": 1e-12},
    )
    if res.x is None:
        return None
    assigned = np.full(inst.n_rows, -1, dtype=np.int64)
    chosen = res.x > 0.5
    assigned[inst.rows[chosen]] = inst.cols[chosen]
    bound = max(-float(res.mip_dual_bound) / MILP_SCALE, inst.value(assigned))
    return Answer(assigned, bound, res.status == 0, "milp")


def with_amounts(inst: Instance, time_limit: float) -> Answer:
    """Best answer under count and amount quotas within `time_limit` seconds."""
    deadline = time.perf_counter() + time_limit
    first = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
    )
    if inst.fits(first.assigned):
        return Answer(first.assigned, first.bound, first.exact, first.solver)
    if inst.rows.size <= MILP_MAX_EDGES:
        answer = exact_milp(inst, deadline - time.perf_counter())
        if answer is not None:
            return answer
    return lagrangian(inst, first, deadline)
