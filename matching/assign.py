"""Exact capacitated assignment: slot-expanded sparse minimum-weight full bipartite matching.

Maximise Σ (bonus + weight) over chosen edges, each row at most once, column j at most
capacity[j] times. Column j is copied into min(capacity[j], degree[j]) identical slots, and every
row gets a private dummy column ("unmatched"), so a full matching always exists. Costs must be
strictly positive (the sparse solver drops zeros): a real edge costs 1 + (wmax − w), a dummy
1 + wmax + bonus, so taking an edge saves exactly bonus + w.
"""

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def slot_counts(n_cols: int, cols: np.ndarray, capacity: np.ndarray) -> np.ndarray:
    """Slots a column needs: its capacity, but never more than its edges."""
    degree = np.bincount(cols, minlength=n_cols)
    return np.minimum(np.maximum(capacity, 0), degree)


def slot_graph(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
) -> tuple[csr_matrix, np.ndarray]:
    """The slot-expanded cost graph, and the column (or -1 for a dummy) each of its columns is."""
    keep = bonus + weight > 0
    slots = slot_counts(n_cols, cols[keep], capacity)
    keep &= slots[cols] > 0
    rows, cols, weight = rows[keep], cols[keep], weight[keep]
    wmax = float(weight.max()) if weight.size else 0.0

    reps = slots[cols]
    n_real = int(reps.sum())
    first_slot = np.cumsum(slots) - slots
    starts = np.cumsum(reps) - reps
    slot_col = np.repeat(first_slot[cols] - starts, reps) + np.arange(n_real)
    real_rows = np.repeat(rows, reps)
    real_cost = np.repeat(1.0 + (wmax - weight), reps)

    # Each row's dummy goes last in its row; a real edge moves right by one per earlier row.
    n_slots = int(slots.sum())
    per_row = np.bincount(real_rows, minlength=n_rows) + 1
    indptr = np.concatenate(([0], np.cumsum(per_row)))
    indices = np.empty(n_real + n_rows, dtype=np.int64)
    data = np.empty(n_real + n_rows)
    real_pos = np.arange(n_real) + real_rows
    dummy_pos = indptr[1:] - 1
    indices[real_pos] = slot_col
    data[real_pos] = real_cost
    indices[dummy_pos] = n_slots + np.arange(n_rows)
    data[dummy_pos] = 1.0 + wmax + bonus

    graph = csr_matrix((data, indices, indptr), shape=(n_rows, n_slots + n_rows))
    owner = np.concatenate((np.repeat(np.arange(n_cols), slots), np.full(n_rows, -1)))
    return graph, owner


def max_assignment(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
) -> np.ndarray:
    """Column assigned to each row, or -1. Edges must be sorted by row, then column."""
    if n_rows == 0:
        return np.empty(0, dtype=np.int64)
    graph, owner = slot_graph(n_rows, n_cols, rows, cols, weight, capacity, bonus)
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)
    assigned = np.full(n_rows, -1, dtype=np.int64)
    assigned[row_ind] = owner[col_ind]
    return assigned


def expanded_edges(n_cols: int, cols: np.ndarray, capacity: np.ndarray) -> int:
    """Number of edges the slot expansion would create."""
    slots = slot_counts(n_cols, cols, capacity)
    return int(slots[cols].sum())
