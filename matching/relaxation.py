"""Binding amount quotas: the LP relaxation by column generation, rounded and repaired.

The relaxation keeps both quotas of every column as constraints over a restricted set of edges.
HiGHS's duals (by dual simplex: at 10k x 500 the interior point took 1.8 s and 9 s where it
took 0.2 s and 4.7 s) — v per count quota, λ per amount quota — price out the other edges: one
violates when bonus + w_ij − v_j − λ_j·amount_i exceeds its row's dual. For any v, λ ≥ 0,
Σ_i max(0, max_j (bonus + w_ij − v_j − λ_j·amount_i)) + Σ_j (q_j v_j + Q_j λ_j) bounds every
assignment (Lagrangian duality), so the bound holds wherever the deadline stops the search.
The answer: the relaxation's whole edges, then each split row its largest share while both
quotas allow, then the count-quota fill of what is left. When the deadline stops column
generation short, subgradient steps on the duals over every edge tighten the bound.
"""

import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
from scipy.optimize import linprog

from .capacity import priced_bound, row_best, row_starts, top_k_mask
from .lp import quota_constraints

if TYPE_CHECKING:
    from .amounts import Instance

KEEP_PER_ROW = 1  # heaviest edges each row starts with, besides the count-quota optimum's
JOIN_PER_ROUND = 4
TOLERANCE = 1e-7  # HiGHS's own tolerances: reduced values below this do not violate
WHOLE = 1 - 1e-6
POLISH_STEPS = 200  # 0.65 s at 10k x 500: the bound fell from 7,332 to 7,094 needs' worth
FINISH_SHARE = 0.2  # of the time left, kept from the LP solves for rounding, repair and polish
STALL_STEPS = 5  # steps without a lower bound before the step size halves


def relaxation(inst: "Instance", keep: np.ndarray, scale: float, time_limit: float | None):
    """HiGHS on the restricted relaxation: edge shares, row duals, count and amount duals; None
    when `time_limit` (seconds, None for none) ran out first."""
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
        -(inst.bonus + inst.weight[keep]),
        A_ub=a,
        b_ub=upper,
        bounds=(0, 1),
        method="highs-ds",
        options={} if time_limit is None else {"time_limit": max(time_limit, 0.01)},
    )
    if res.status == 1 and time_limit is not None:
        return None
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


def lp_bound(inst: "Instance", margin: np.ndarray, v: np.ndarray, lam: np.ndarray) -> float:
    """The bound at (v, λ), given each edge's margin `priced(inst, v, lam)`: the count-quota
    bound with prices v, plus Σ_j Q_j λ_j."""
    amounts = float(np.maximum(inst.quota_amount, 0) @ lam)
    return priced_bound(inst.rows, margin, inst.capacity, v) + amounts


def bound_and_slopes(inst: "Instance", v: np.ndarray, lam: np.ndarray):
    """The bound at (v, λ) and its subgradient: each quota less what the rows' best edges
    would take of it."""
    margin = priced(inst, v, lam)
    best = row_best(margin, row_starts(inst.rows))
    taken = np.flatnonzero((margin == best) & (best > 0))
    first = np.ones(taken.size, dtype=bool)  # one best edge per row: the first of its ties
    first[1:] = inst.rows[taken[1:]] != inst.rows[taken[:-1]]
    taken = taken[first]
    count = np.bincount(inst.cols[taken], minlength=inst.n_cols)
    amount = np.bincount(
        inst.cols[taken], weights=inst.amount[inst.rows[taken]], minlength=inst.n_cols
    )
    return (
        lp_bound(inst, margin, v, lam),
        np.maximum(inst.capacity, 0) - count,
        (np.maximum(inst.quota_amount, 0) - amount),
    )


@dataclass(frozen=True, slots=True)
class Relaxed:
    assigned: np.ndarray  # the last relaxation rounded, before repair
    bound: float
    v: np.ndarray  # the duals that gave the bound
    lam: np.ndarray


def relax_and_round(inst: "Instance", start: np.ndarray, deadline: float) -> Relaxed:
    """Column generation on the relaxation until no edge violates or the deadline, less a share
    kept for rounding, repair and the bound's polish. The first solve always runs to its end;
    a later one cut short by the deadline leaves the last whole one standing."""
    keep = (start[inst.rows] == inst.cols) | top_k_mask(inst.rows, inst.weight, KEEP_PER_ROW)
    scale = max(float(inst.amount.max(initial=0.0)), 1.0)
    lp_deadline = deadline - FINISH_SHARE * max(deadline - time.perf_counter(), 0.0)
    solved = relaxation(inst, keep, scale, None)
    best, share, solved_keep = None, solved[0], keep
    while solved is not None:
        share, u, v, lam = solved
        solved_keep = keep
        margin = priced(inst, v, lam)
        bound = lp_bound(inst, margin, v, lam)
        if best is None or bound < best[0]:
            best = (bound, v, lam)
        reduced = margin - u[inst.rows]
        violated = (reduced > TOLERANCE) & ~keep
        if not violated.any() or time.perf_counter() >= lp_deadline:
            break
        keep = keep | violated & top_k_mask(
            inst.rows, np.where(violated, reduced, -np.inf), JOIN_PER_ROUND
        )
        solved = relaxation(inst, keep, scale, lp_deadline - time.perf_counter())
    return Relaxed(rounded(inst, solved_keep, share), *best)


def polished(inst: "Instance", found: Relaxed, target: float, deadline: float) -> float:
    """A tighter bound, when column generation stopped short of the relaxation's optimum:
    projected subgradient steps on (v, λ) over every edge, Polyak steps towards the value of
    the answer in hand, until POLISH_STEPS or the deadline. Amount duals move in units of the
    largest amount, so both kinds of slope weigh alike."""
    scale = max(float(inst.amount.max(initial=0.0)), 1.0)
    v, mu = found.v, found.lam * scale
    bound, theta, stalled = found.bound, 1.0, 0
    for _ in range(POLISH_STEPS):
        if time.perf_counter() > deadline or bound <= target:
            break
        value, slope_v, slope_mu = bound_and_slopes(inst, v, mu / scale)
        slope_mu = slope_mu / scale
        if value < bound:
            bound, stalled = value, 0
        else:
            stalled += 1
            if stalled == STALL_STEPS:
                theta, stalled = theta / 2, 0
        norm = float(slope_v @ slope_v + slope_mu @ slope_mu)
        if norm == 0:
            break
        step = theta * (value - target) / norm
        v, mu = np.maximum(v - step * slope_v, 0.0), np.maximum(mu - step * slope_mu, 0.0)
    return bound
