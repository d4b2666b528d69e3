"""The count-quota optimum: exact by slot expansion, or on a pruned graph when that is too big.

With count quotas alone the problem is a transportation problem. Slot expansion copies every edge
of a column once per slot; past MAX_EXPANDED_EDGES each row keeps only its best k edges (k as large
as fits) and the answer is checked against an LP dual bound computed over all edges.
"""

from dataclasses import dataclass

import numpy as np

from .assign import expanded_edges, max_assignment

MAX_EXPANDED_EDGES = 20_000_000


@dataclass(frozen=True, slots=True)
class CountOptimum:
    assigned: np.ndarray  # column per row, -1 when unmatched
    exact: bool
    bound: float  # upper bound on Σ (bonus + weight) over matched edges
    pruned_to: int  # edges kept per row, 0 when none were dropped

    @property
    def solver(self) -> str:
        return f"sparse-matching-top{self.pruned_to}" if self.pruned_to else "sparse-matching"


def objective(
    assigned: np.ndarray, rows: np.ndarray, cols: np.ndarray, weight: np.ndarray, bonus: float
) -> float:
    """Σ (bonus + weight) over the edges `assigned` uses."""
    used = assigned[rows] == cols
    return float(np.sum(bonus + weight[used]))


def dual_bound(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
    assigned: np.ndarray,
) -> float:
    """Weak LP duality: for any column prices v ≥ 0, Σ_i max(0, max_j w_ij − v_j) + Σ_j q_j v_j
    bounds every assignment. Prices: the cheapest edge a full column took, 0 if not full."""
    used = assigned[rows] == cols
    taken = np.bincount(cols[used], minlength=n_cols)
    cheapest = np.full(n_cols, np.inf)
    np.minimum.at(cheapest, cols[used], bonus + weight[used])
    price = np.where((taken >= np.maximum(capacity, 0)) & (taken > 0), cheapest, 0.0)
    best = np.zeros(n_rows)
    np.maximum.at(best, rows, bonus + weight - price[cols])
    return float(best.sum() + np.sum(np.maximum(capacity, 0) * price))


def top_k_mask(rows: np.ndarray, weight: np.ndarray, k: int) -> np.ndarray:
    """Edges among the k heaviest of their row (edges sorted by row)."""
    order = np.lexsort((-weight, rows))
    starts = np.searchsorted(rows, rows[order], side="left")
    keep = np.empty(rows.size, dtype=bool)
    keep[order] = np.arange(rows.size) - starts < k
    return keep


def count_optimum(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
    max_edges: int = MAX_EXPANDED_EDGES,
) -> CountOptimum:
    """Best assignment under count quotas; edges sorted by row then column."""
    if expanded_edges(n_cols, cols, capacity) <= max_edges:
        assigned = max_assignment(n_rows, n_cols, rows, cols, weight, capacity, bonus)
        return CountOptimum(assigned, True, objective(assigned, rows, cols, weight, bonus), 0)
    low, high = 1, int(np.bincount(rows, minlength=n_rows).max())
    while low < high:  # the largest k whose expansion fits
        k = (low + high + 1) // 2
        keep = top_k_mask(rows, weight, k)
        if expanded_edges(n_cols, cols[keep], capacity) <= max_edges:
            low = k
        else:
            high = k - 1
    keep = top_k_mask(rows, weight, low)
    assigned = max_assignment(n_rows, n_cols, rows[keep], cols[keep], weight[keep], capacity, bonus)
    bound = dual_bound(n_rows, n_cols, rows, cols, weight, capacity, bonus, assigned)
    value = objective(assigned, rows, cols, weight, bonus)
    return CountOptimum(assigned, bound <= value, max(bound, value), low)
