"""Amount quotas: check the count-quota optimum against them, and when they bind, search.

With binding amount quotas the problem is a generalised assignment problem. Its LP relaxation,
by column generation, gives a bound and, rounded and repaired, an answer; instances small enough
for `scipy.optimize.milp` then spend the time left there, and the better answer stands with the
tighter bound.
"""

import time
from dataclasses import dataclass

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from .capacity import CountOptimum, count_optimum, objective
from .lp import quota_constraints
from .relaxation import polished, relax_and_round

MILP_MAX_EDGES = 10_000  # at 500 x 50 (3,600 edges) milp beats rounding by ~2 % within 7 s
# A bound this close to the value, per row, proves it optimal up to float noise: an answer
# called exact may miss the optimum by that much (scores are not meaningful so finely).
EXACT_PER_ROW = 1e-9
FILL_ROUNDS = 4
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


def relaxed(inst: Instance, first: CountOptimum, deadline: float) -> Answer:
    """The LP relaxation's rounded answer, repaired and filled, with the relaxation's bound."""
    found = relax_and_round(inst, first.assigned, deadline)
    best = fill(inst, trim(inst, found.assigned, inst.quota_amount))
    value = inst.value(best)
    bound = max(min(polished(inst, found, value, deadline), first.bound), value)
    return Answer(best, bound, bound <= value + EXACT_PER_ROW * inst.n_rows, "lp-rounding")


def exact_milp(inst: Instance, time_limit: float) -> Answer | None:
    """`scipy.optimize.milp` on the whole problem; None if it found no feasible answer in time."""
    a, upper = quota_constraints(
        inst.n_rows,
        inst.n_cols,
        inst.rows,
        inst.cols,
        inst.capacity,
        inst.amount,
        inst.quota_amount,
    )
    res = milp(
        -(inst.bonus + inst.weight) * MILP_SCALE,
        constraints=LinearConstraint(a, -np.inf, upper),
        integrality=np.ones(inst.rows.size),
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
    answer = relaxed(inst, first, deadline)
    if answer.exact or inst.rows.size > MILP_MAX_EDGES:
        return answer
    searched = exact_milp(inst, deadline - time.perf_counter())
    if searched is None:
        return answer
    better = searched if inst.value(searched.assigned) > inst.value(answer.assigned) else answer
    value = inst.value(better.assigned)
    bound = max(min(answer.bound, searched.bound), value)
    proven = better.exact or bound <= value + EXACT_PER_ROW * inst.n_rows
    return Answer(better.assigned, bound, proven, better.solver)
