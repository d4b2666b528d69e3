"""Eligible pairs of a round as flat arrays, built in row chunks over all pairs."""

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

CHUNK_PAIRS = 2_000_000


@dataclass(frozen=True, slots=True)
class Pairs:
    """Eligible (row, col) pairs sorted by row then col, their scores, and for every row how many
    targets fail each rule (rules in `rules` order)."""

    rows: np.ndarray
    cols: np.ndarray
    score: np.ndarray
    blocked: np.ndarray
    rules: tuple[str, ...]


def build_pairs(
    n_rows: int,
    n_cols: int,
    rules: Sequence[str],
    check: Callable[[slice], Iterable[np.ndarray]],
    components: Callable[[np.ndarray, np.ndarray], np.ndarray],
    weight: np.ndarray,
) -> Pairs:
    """Evaluate `check(rows)` (one bool (rows, n_cols) matrix per rule) chunk by chunk, keep the
    pairs passing every rule and score them, chunk by chunk too: `components(rows, cols)` (one
    column per score component) times `weight`."""
    step = max(1, CHUNK_PAIRS // max(n_cols, 1))
    blocked = np.zeros((n_rows, len(rules)), dtype=np.int64)
    found_rows, found_cols, found_scores = [], [], []
    for start in range(0, n_rows, step):
        part = slice(start, min(start + step, n_rows))
        eligible = np.ones((part.stop - part.start, n_cols), dtype=bool)
        for k, ok in enumerate(check(part)):
            blocked[part, k] = n_cols - np.count_nonzero(ok, axis=1)
            eligible &= ok
        r, c = np.nonzero(eligible)
        found_rows.append(r + start)
        found_cols.append(c)
        found_scores.append(components(r + start, c) @ weight)
    if not found_rows:
        empty = np.empty(0, dtype=np.int64)
        return Pairs(empty, empty, np.empty(0), blocked, tuple(rules))
    return Pairs(
        np.concatenate(found_rows),
        np.concatenate(found_cols),
        np.concatenate(found_scores),
        blocked,
        tuple(rules),
    )
