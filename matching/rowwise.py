"""Per-row reductions over edges sorted by row."""

import numpy as np


def row_starts(rows: np.ndarray) -> np.ndarray:
    """Index of each row's first edge (edges sorted by row; rows without edges are skipped)."""
    return np.flatnonzero(np.concatenate(([True], rows[1:] != rows[:-1])))


def row_best(value: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Each row's largest value, repeated over its edges."""
    return np.repeat(np.maximum.reduceat(value, starts), np.diff(np.append(starts, value.size)))


def first_best(value: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Per row (edges split at `starts`), the position of its first largest value."""
    hit = np.flatnonzero(value == row_best(value, starts))
    return hit[np.concatenate(([True], np.diff(np.searchsorted(starts, hit, "right")) > 0))]


def second_best(value: np.ndarray, starts: np.ndarray, best_at: np.ndarray) -> np.ndarray:
    """Per row, its largest value other than the one at `best_at`, or 0 if that is larger."""
    rest = value.copy()
    rest[best_at] = -np.inf
    return np.maximum(np.maximum.reduceat(rest, starts), 0.0)
