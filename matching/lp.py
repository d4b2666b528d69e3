"""Linear programmes over the edges, by HiGHS: the constraint matrix every formulation shares, and
the transportation LP for restricted problems too large for the slot graph.

Interior point then crossover ends on a vertex; the transportation matrix (one row per need, one
per column) is totally unimodular, so that vertex is an assignment. Its column duals price the
edges left out.
"""

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_array, csr_array, vstack


def quota_constraints(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    capacity: np.ndarray,
    amount: np.ndarray | None = None,
    quota_amount: np.ndarray | None = None,
) -> tuple[csr_array, np.ndarray]:
    """A ≤ upper over one variable per edge: each row at most once, each column at most its
    capacity and, given amounts, at most its quota amount."""
    n_edges = rows.size
    edge = np.arange(n_edges)
    ones = np.ones(n_edges)
    blocks = [
        coo_array((ones, (rows, edge)), shape=(n_rows, n_edges)),
        coo_array((ones, (cols, edge)), shape=(n_cols, n_edges)),
    ]
    upper = [np.ones(n_rows), np.maximum(capacity, 0)]
    if amount is not None and quota_amount is not None:
        blocks.append(coo_array((amount[rows], (cols, edge)), shape=(n_cols, n_edges)))
        upper.append(np.maximum(quota_amount, 0))
    return vstack(blocks).tocsr(), np.concatenate(upper)


def lp_assignment(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
) -> tuple[np.ndarray, np.ndarray]:
    """Column assigned to each row (or -1), and each column's dual price (≥ 0)."""
    a, upper = quota_constraints(n_rows, n_cols, rows, cols, capacity)
    res = linprog(-(bonus + weight), A_ub=a, b_ub=upper, bounds=(0, 1), method="highs-ipm")
    if res.status != 0:
        raise RuntimeError(f"HiGHS did not solve the transportation LP: {res.message}")
    chosen = res.x > 0.5
    assigned = np.full(n_rows, -1, dtype=np.int64)
    assigned[rows[chosen]] = cols[chosen]
    return assigned, np.maximum(-res.ineqlin.marginals[n_rows:], 0.0)
