"""Exact capacitated assignment: a slot graph solved by sparse minimum-weight full matching.

Maximise Σ (bonus + weight) over chosen edges, each row at most once, column j at most
capacity[j] times. Each column becomes slots in whichever of two ways needs fewer edges:
- copies: min(capacity, degree) identical slots, every edge of the column joined to each;
- private slots: one slot per edge, plus degree − capacity "blocker" rows joined to all of the
  column's slots, which a full matching must place, leaving exactly capacity slots to real rows.
Every real row also gets a private dummy column ("unmatched"), so a full matching always exists.
Costs must be strictly positive (the sparse solver drops zeros): a real edge costs 1 + (wmax − w),
a dummy 1 + wmax + bonus, a blocker edge 1, so taking an edge saves exactly bonus + w.

Rows with a single edge compete only among themselves for it: beyond the column's capacity best
of them they can never be served, and are dropped first.
"""

from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import min_weight_full_bipartite_matching


def rank_in_group(group: np.ndarray, key: np.ndarray) -> np.ndarray:
    """Each item's 0-based rank within its group: largest key first, then by position."""
    order = np.lexsort((np.arange(group.size), -key, group))
    rank = np.empty(group.size, dtype=np.int64)
    rank[order] = np.arange(group.size) - np.searchsorted(group[order], group[order])
    return rank


def spread(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """starts[k], starts[k] + 1, …, starts[k] + counts[k] − 1 for every k, concatenated."""
    offsets = np.cumsum(counts) - counts
    return np.repeat(starts - offsets, counts) + np.arange(int(counts.sum()))


@dataclass(frozen=True, slots=True)
class Layout:
    """How each column is laid out as slots."""

    degree: np.ndarray
    private: np.ndarray  # one slot per edge, with blockers, rather than copies
    slots: np.ndarray
    blockers: np.ndarray

    @staticmethod
    def of(n_cols: int, cols: np.ndarray, capacity: np.ndarray) -> "Layout":
        degree = np.bincount(cols, minlength=n_cols)
        copies = np.minimum(np.maximum(capacity, 0), degree)
        excess = np.maximum(degree - np.maximum(capacity, 0), 0)
        private = (excess + 1 <= copies) & (degree > 0)
        slots = np.where(private, degree, copies)
        return Layout(degree, private, slots, np.where(private, excess, 0))

    def edges(self) -> int:
        per_slot = np.where(self.private, 1 + self.blockers, self.slots)
        return int(np.sum(self.degree * per_slot))


def useful_edges(
    n_rows: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
) -> np.ndarray:
    """Edges an optimum may use: positive value and capacity, and not a row's lone edge beaten
    by capacity[j] better lone edges at the same column."""
    keep = (bonus + weight > 0) & (capacity[cols] > 0)
    lone = np.flatnonzero(keep & (np.bincount(rows[keep], minlength=n_rows)[rows] == 1))
    beaten = rank_in_group(cols[lone], weight[lone]) >= capacity[cols[lone]]
    keep[lone[beaten]] = False
    return keep


def slot_graph(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
) -> tuple[csr_matrix, np.ndarray]:
    """The slot cost graph (real rows first, then blockers), and the column (or -1 for a dummy)
    each of its columns is."""
    keep = useful_edges(n_rows, rows, cols, weight, capacity, bonus)
    rows, cols, weight = rows[keep], cols[keep], weight[keep]
    lay = Layout.of(n_cols, cols, capacity)
    wmax = float(weight.max()) if weight.size else 0.0
    first = np.cumsum(lay.slots) - lay.slots
    n_slots = int(lay.slots.sum())

    own = np.flatnonzero(lay.private[cols])
    own_slot = first[cols[own]] + rank_in_group(cols[own], weight[own])
    shared = np.flatnonzero(~lay.private[cols])
    copies = lay.slots[cols[shared]]
    blocker_col = np.repeat(np.arange(n_cols), lay.blockers)
    blocker_deg = lay.degree[blocker_col]
    left = np.concatenate(
        (
            rows[own],
            np.repeat(rows[shared], copies),
            np.repeat(n_rows + np.arange(blocker_col.size), blocker_deg),
            np.arange(n_rows),
        )
    )
    right = np.concatenate(
        (
            own_slot,
            spread(first[cols[shared]], copies),
            spread(first[blocker_col], blocker_deg),
            n_slots + np.arange(n_rows),
        )
    )
    cost = np.concatenate(
        (
            1.0 + (wmax - weight[own]),
            np.repeat(1.0 + (wmax - weight[shared]), copies),
            np.ones(int(blocker_deg.sum())),
            np.full(n_rows, 1.0 + wmax + bonus),
        )
    )
    graph = csr_matrix((cost, (left, right)), shape=(n_rows + blocker_col.size, n_slots + n_rows))
    owner = np.concatenate((np.repeat(np.arange(n_cols), lay.slots), np.full(n_rows, -1)))
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
    real = row_ind < n_rows
    assigned = np.full(n_rows, -1, dtype=np.int64)
    assigned[row_ind[real]] = owner[col_ind[real]]
    return assigned


def expanded_edges(n_cols: int, cols: np.ndarray, capacity: np.ndarray) -> int:
    """Edges the slot graph of these edges would have at most."""
    return Layout.of(n_cols, cols, capacity).edges()
