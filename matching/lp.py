"""The transportation LP by HiGHS, for restricted problems too large for the slot graph.

Interior point then crossover ends on a vertex; the constraint matrix (one row per need, one per
column) is totally unimodular, so that vertex is an assignment. Its column duals price the edges
left out.
"""

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import coo_array, vstack


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
    n_edges = rows.size
    edge = np.arange(n_edges)
    ones = np.ones(n_edges)
    a = vstack(
        [
            coo_array((ones, (rows, edge)), shape=(n_rows, n_edges)),
            coo_array((ones, (cols, edge)), shape=(n_cols, n_edges)),
        ]
    ).tocsr()
    res = linprog(
        -(bonus + weight),
        A_ub=a,
        b_ub=np.concatenate([np.ones(n_rows), np.maximum(capacity, 0)]),
        bounds=(0, 1),
        method="highs-ipm",
    )
    if res.status != 0:
        raise RuntimeError(f"HiGHS did not solve the transportation LP: {res.message}")
    chosen = res.x > 0.5
    assigned = np.full(n_rows, -1, dtype=np.int64)
    assigned[rows[chosen]] = cols[chosen]
    return assigned, np.maximum(-res.ineqlin.marginals[n_rows:], 0.0)
