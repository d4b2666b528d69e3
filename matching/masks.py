"""Sets of strings as bitmasks, so set overlaps over all pairs are vectorised."""

from collections.abc import Iterable

import numpy as np


class Vocabulary:
    """Maps the strings seen in a round to bit positions in rows of uint64 words."""

    def __init__(self, *collections: Iterable[Iterable[str]]) -> None:
        words = sorted({w for sets in collections for s in sets for w in s})
        self.index = {w: i for i, w in enumerate(words)}
        self.words = max(1, -(-len(words) // 64))

    def encode(self, sets: Iterable[Iterable[str]], empty_means_all: bool = False) -> np.ndarray:
        """One row of uint64 words per set; an empty set becomes all ones if `empty_means_all`."""
        sets = list(sets)
        bits = np.zeros((len(sets), self.words * 64), dtype=bool)
        for row, s in enumerate(sets):
            if empty_means_all and not s:
                bits[row] = True
            else:
                bits[row, [self.index[w] for w in s]] = True
        packed = np.packbits(bits, axis=1, bitorder="little")
        return packed.view(np.uint64).reshape(len(sets), self.words)


def overlaps(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """(len(a), len(b)) bool: whether row i of `a` and row j of `b` share a bit."""
    out = np.zeros((a.shape[0], b.shape[0]), dtype=bool)
    for w in range(a.shape[1]):
        out |= (a[:, None, w] & b[None, :, w]) != 0
    return out


def popcount(masks: np.ndarray) -> np.ndarray:
    """Number of set bits per row (last axis holds the words)."""
    return np.bitwise_count(masks).sum(axis=-1, dtype=np.int64)
