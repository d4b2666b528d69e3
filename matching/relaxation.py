"""Binding amount quotas: the LP relaxation by column generation, rounded and repaired.

The relaxation keeps both quotas of every column as constraints over a restricted set of edges.
HiGHS's duals — v per count quota, λ per amount quota — price out the other edges: one violates
when bonus + w_ij − v_j − λ_j·amount_i exceeds its row's dual. For any v, λ ≥ 0,
Σ_i max(0, max_j (bonus + w_ij − v_j − λ_j·amount_i)) + Σ_j (q_j v_j + Q_j λ_j) bounds every
assignment (Lagrangian duality), so the bound holds wherever the deadline stops the search.
The answer: the relaxation's whole edges, then each split row its largest share while both
quotas allow, then the count-quota fill of what is left.
"""

import time
from typing import TYPE_CHECKING

import numpy as np
from scipy.optimize import linprog

from .capacity import row_starts, top_k_mask
from .lp import quota_constraints

if TYPE_CHECKING:
    from .amounts import Instance

KEEP_PER_ROW = 1  # heaviest edges each row starts with, besides the count-quota optimum's
JOIN_PER_ROUND = 4
TOLERANCE = 1e-7  # HiGHS's own tolerances: reduced values below this do not violate
WHOLE = 1 - 1e-6


def relaxation(inst: "Instance", keep: np.ndarray, scale: float):
    """HiGHS on the restricted relaxation: edge shares, row duals, count and amount duals."""
    a, upper = quota_constraints(
        inst.n_rows,
        inst.n_cols,
        inst.rows[keep],
        inst.cols[keep],
        inst.capacity,
        inst.amount / scale,
        inst.quota_amount / scale,
    )
    res = linprog(
        -(inst.bonus + inst.weight[keep]), A_ub=a, b_ub=upper, bounds=(0, 1), method="highs-ipm"
    )
    if res.status != 0:
        raise RuntimeError(f"HiGHS did not solve the amount-quota relaxation: {res.message}")
    dual = np.maximum(-res.ineqlin.marginals, 0.0)
    n, m = inst.n_rows, inst.n_cols
    return res.x, dual[:n], dual[n : n + m], dual[n + m :] / scale


def rounded(inst: "Instance", keep: np.ndarray, share: np.ndarray) -> np.ndarray:
    """Whole edges, then split rows by largest share where both quotas still allow."""
    rows, cols = inst.rows[keep], inst.cols[keep]
    assigned = np.full(inst.n_rows, -1, dtype=np.int64)
    whole = share >= WHOLE
    assigned[rows[whole]] = cols[whole]
    count = np.bincount(cols[whole], minlength=inst.n_cols)
    left = inst.quota_amount - inst.used_amount(assigned)
    split = np.flatnonzero((share > 1 - WHOLE) & ~whole)
    for e in split[np.argsort(-share[split], kind="stable")].tolist():
        i, j = int(rows[e]), int(cols[e])
        if assigned[i] < 0 and count[j] < inst.capacity[j] and inst.amount[i] <= left[j] + 1e-6:
            assigned[i], count[j], left[j] = j, count[j] + 1, left[j] - inst.amount[i]
    return assigned


def priced(inst: "Instance", v: np.ndarray, lam: np.ndarray) -> np.ndarray:
    """Each edge's value less its column's count and amount duals."""
    return inst.bonus + inst.weight - v[inst.cols] - lam[inst.cols] * inst.amount[inst.rows]


def lp_bound(inst: "Instance", v: np.ndarray, lam: np.ndarray) -> float:
    best = np.maximum.reduceat(priced(inst, v, lam), row_starts(inst.rows))
    quotas = np.maximum(inst.capacity, 0) @ v + np.maximum(inst.quota_amount, 0) @ lam
    return float(np.maximum(best, 0.0).sum() + quotas)


def relax_and_round(inst: "Instance", start: np.ndarray, deadline: float):
    """Column generation on the relaxation until no edge violates or the deadline; returns the
    rounded answer of the last relaxation (before repair) and the best bound seen."""
    keep = (start[inst.rows] == inst.cols) | top_k_mask(inst.rows, inst.weight, KEEP_PER_ROW)
    scale = max(float(inst.amount.max(initial=0.0)), 1.0)
    bound, last = np.inf, 0.0
    while True:
        started = time.perf_counter()
        share, u, v, lam = relaxation(inst, keep, scale)
        bound = min(bound, lp_bound(inst, v, lam))
        reduced = priced(inst, v, lam) - u[inst.rows]
        violated = (reduced > TOLERANCE) & ~keep
        last = time.perf_counter() - started
        if not violated.any() or time.perf_counter() + last > deadline:
            break
        keep |= violated & top_k_mask(
            inst.rows, np.where(violated, reduced, -np.inf), JOIN_PER_ROUND
        )
    return rounded(inst, keep, share), bound
