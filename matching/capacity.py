"""The count-quota optimum: cycle cancelling, then column generation, both certified by LP
duality, else slot expansion.

First, cycle cancelling in the column graph over every edge (cycles.py), from the rows' best
columns at auction prices; the column prices of its answer certify it. Only when that does not
settle within CANCEL_ROUNDS, or past CANCEL_MAX_COLS columns, does column generation take over.

With count quotas alone the problem is a transportation problem, whose LP is integral. Column
generation solves it on few edges: a product-level auction prices the columns, each row keeps the
edges whose priced value is near its best, and the restricted problem is solved exactly by slot
expansion. Optimal duals of that solution (column prices from longest paths in the column graph)
then price out every edge; violators join and the restricted problem is solved again. When the LP
dual objective of those prices meets the value, the restricted optimum is the full optimum.

A restricted problem of more than SLOT_ROWS needs, or whose slot graph would pass SLOT_EDGES,
goes to the HiGHS LP instead, whose duals price out the rest; it stops once the bound is within
LP_TOLERANCE per row; the answer stands with its bound, exact only when within TOLERANCE per row.

If that does not close within CERTIFY_ROUNDS (or before the restricted problem outgrows
KEEP_AT_MOST edges per row), its answer stands with the LP dual bound of its last
prices (exact=False) when slot expansion over all edges would pass EXACT_FALLBACK_EDGES; otherwise
slot expansion over all edges is exact, and past MAX_EXPANDED_EDGES each row keeps only its best k
edges (k as large as fits) and the answer is checked against an LP dual bound over all edges.
"""

from dataclasses import dataclass

import numpy as np

from .assign import expanded_edges, max_assignment
from .cycles import cancel_cycles, start
from .lp import lp_assignment
from .rowwise import first_best, row_best, row_starts, second_best

MAX_EXPANDED_EDGES = 20_000_000
CANCEL_ROUNDS = 5_000  # rounds of cycle cancelling before column generation takes over
# Each Bellman-Ford pass of cycle cancelling relaxes the dense (m+1)² arc matrix: a round took
# 10 ms at 500 columns and 4-9 s at 2,000 (50k needs), where column generation is faster.
CANCEL_MAX_COLS = 1_000
START_PASSES = 8  # passes of the market-clearing fill that starts cycle cancelling
# Restricted solves measured, sparse matching against the LP: 10k needs 0.3-0.45 s either way;
# 20k needs (0.5 M slot edges) 1.9 s against 1 s; 50k needs (2.7 M) 40 s against 4-5 s.
SLOT_ROWS = 15_000
SLOT_EDGES = 1_000_000
EXACT_FALLBACK_EDGES = 1_000_000  # past this, an uncertified column generation answer stands
CERTIFY_ROUNDS = 6
AUCTION_ROUNDS = 60
AUCTION_STEP = 1e-3  # least price rise, relative to the spread of weights
KEEP_WITHIN = 5e-3  # priced values a row keeps below its best, relative to the spread
KEEP_AT_LEAST = 1  # edges a row keeps whatever their priced value
JOIN_PER_ROUND = 1  # violated edges a row may add per round, the most violated first
KEEP_AT_MOST = 3  # edges per row, on average, past which the restricted problem stops growing
TOLERANCE = 1e-9  # reduced value below which an edge does not violate
LP_TOLERANCE = 1e-6  # per row: HiGHS's own tolerances keep its answers about this far from exact


@dataclass(frozen=True, slots=True)
class CountOptimum:
    assigned: np.ndarray  # column per row, -1 when unmatched
    exact: bool
    bound: float  # upper bound on Σ (bonus + weight) over matched edges
    pruned_to: int  # edges kept per row, 0 when none were dropped
    rounds: int = 0  # restricted solves of column generation, 0 when it was not used
    by_lp: bool = False  # the last restricted solve was the LP rather than the slot graph
    cancelled: int = 0  # rounds of cycle cancelling, 0 when it was not used

    @property
    def solver(self) -> str:
        if self.cancelled:
            return f"cycle-cancelling-{self.cancelled}"
        if self.rounds:
            return f"column-generation{'-lp' if self.by_lp else ''}-{self.rounds}"
        return f"sparse-matching-top{self.pruned_to}" if self.pruned_to else "sparse-matching"


def objective(
    assigned: np.ndarray, rows: np.ndarray, cols: np.ndarray, weight: np.ndarray, bonus: float
) -> float:
    """Σ (bonus + weight) over the edges `assigned` uses."""
    used = assigned[rows] == cols
    return float(np.sum(bonus + weight[used]))


def priced_bound(
    rows: np.ndarray, margin: np.ndarray, capacity: np.ndarray, price: np.ndarray
) -> float:
    """Weak LP duality: for any column prices v ≥ 0 and each edge's margin value_ij − v_j,
    Σ_i max(0, max_j margin_ij) + Σ_j q_j v_j bounds every assignment."""
    if rows.size == 0:
        return 0.0
    best = np.maximum.reduceat(margin, row_starts(rows))
    return float(np.maximum(best, 0.0).sum() + np.sum(np.maximum(capacity, 0) * price))


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
    """The priced bound with prices: the cheapest edge a full column took, 0 if not full."""
    used = assigned[rows] == cols
    taken = np.bincount(cols[used], minlength=n_cols)
    cheapest = np.full(n_cols, np.inf)
    np.minimum.at(cheapest, cols[used], bonus + weight[used])
    price = np.where((taken >= np.maximum(capacity, 0)) & (taken > 0), cheapest, 0.0)
    return priced_bound(rows, bonus + weight - price[cols], capacity, price)


def top_k_mask(rows: np.ndarray, weight: np.ndarray, k: int) -> np.ndarray:
    """Edges among the k heaviest of their row (edges sorted by row), ties to the first."""
    if k == 1:  # each row's first heaviest, without sorting every edge
        keep = np.zeros(rows.size, dtype=bool)
        if rows.size:
            keep[first_best(weight, row_starts(rows))] = True
        return keep
    order = np.lexsort((-weight, rows))
    starts = np.searchsorted(rows, rows[order], side="left")
    keep = np.empty(rows.size, dtype=bool)
    keep[order] = np.arange(rows.size) - starts < k
    return keep


def auction_prices(
    n_cols: int, rows: np.ndarray, cols: np.ndarray, value: np.ndarray, capacity: np.ndarray
) -> np.ndarray:
    """Approximate column prices by Jacobi market clearing: every row bids for its best priced
    column; an over-demanded column rises to the (q+1)-th largest bid margin among its bidders."""
    price = np.zeros(n_cols)
    quota = np.maximum(capacity, 0)
    starts = row_starts(rows)
    step = AUCTION_STEP * max(float(np.ptp(value)), 1.0)
    for _ in range(AUCTION_ROUNDS):
        priced = value - price[cols]
        best = first_best(priced, starts)
        second = second_best(priced, starts, best)
        bids = priced[best] > 0
        bidder_col = cols[best][bids]
        margin = (priced[best] - second)[bids] + step
        over = np.bincount(bidder_col, minlength=n_cols) > quota
        if not over.any():
            break
        order = np.lexsort((-margin, bidder_col))
        first = np.searchsorted(bidder_col[order], np.arange(n_cols))
        price[over] += margin[order][(first + quota)[over]]
    return price


def column_prices(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    bonus: float,
    assigned: np.ndarray,
) -> np.ndarray:
    """Optimal column duals of an optimal assignment over these edges: the least prices v ≥ 0 with
    v_q ≥ bonus + w_iq for every free row i, and v_q ≥ v_p − (w_ip − w_iq) for every row i at p,
    as longest paths in the column graph (Bellman-Ford, all columns at once)."""
    at = assigned[rows]
    used = at == cols
    own = np.zeros(n_rows)
    own[rows[used]] = weight[used]
    price = np.zeros(n_cols)
    free = at < 0
    np.maximum.at(price, cols[free], bonus + weight[free])
    moves = (at >= 0) & ~used
    if not moves.any():
        return price
    keys, inverse = np.unique(cols[moves] * n_cols + at[moves], return_inverse=True)
    loss = np.full(keys.size, np.inf)
    np.minimum.at(loss, inverse, own[rows[moves]] - weight[moves])
    to, start = keys // n_cols, keys % n_cols
    heads = row_starts(to)
    for _ in range(n_cols + 1):
        reach = np.maximum.reduceat(price[start] - loss, heads)
        raised = np.maximum(price[to[heads]], reach)
        if np.array_equal(raised, price[to[heads]]):
            break
        price[to[heads]] = raised
    return price


def column_generation(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
    rounds: int,
    slot_edges: int = SLOT_EDGES,
) -> CountOptimum:
    """Column generation over at most `rounds` (≥ 1) restricted solves; exact when the LP dual
    bound of its last prices meets the value. A restricted problem whose slot graph would pass
    `slot_edges` goes to the LP instead."""
    useful = (bonus + weight > 0) & (capacity[cols] > 0)
    rows, cols, weight = rows[useful], cols[useful], weight[useful]
    value = bonus + weight
    if rows.size == 0:
        return CountOptimum(np.full(n_rows, -1, dtype=np.int64), True, 0.0, 0, 1)
    price = auction_prices(n_cols, rows, cols, value, capacity)
    priced = value - price[cols]
    within = KEEP_WITHIN * max(float(np.ptp(value)), 1.0)
    near = priced >= np.maximum(row_best(priced, row_starts(rows)), 0.0) - within
    keep = near | top_k_mask(rows, priced, KEEP_AT_LEAST)
    by_lp = False
    for done in range(1, rounds + 1):
        restricted = (n_rows, n_cols, rows[keep], cols[keep], weight[keep])
        by_lp = n_rows > SLOT_ROWS or expanded_edges(n_cols, cols[keep], capacity) > slot_edges
        if by_lp:
            assigned, price = lp_assignment(*restricted, capacity, bonus)
        else:
            assigned = max_assignment(*restricted, capacity, bonus)
            price = column_prices(*restricted, bonus, assigned)
        total = objective(assigned, rows, cols, weight, bonus)
        bound = min(
            priced_bound(rows, value - price[cols], capacity, price),
            dual_bound(n_rows, n_cols, rows, cols, weight, capacity, bonus, assigned),
        )
        exact = bound <= total + TOLERANCE * n_rows
        close = by_lp and bound <= total + LP_TOLERANCE * n_rows
        if exact or close or done == rounds:
            break
        used = assigned[rows] == cols
        slack = np.zeros(n_rows)
        slack[rows[used]] = value[used] - price[cols[used]]
        reduced = value - price[cols] - slack[rows]
        violated = (reduced > TOLERANCE) & ~keep
        join = violated & top_k_mask(rows, np.where(violated, reduced, -np.inf), JOIN_PER_ROUND)
        if not join.any() or np.sum(keep | join) > KEEP_AT_MOST * n_rows:
            break
        keep |= join
    return CountOptimum(assigned, exact, max(bound, total), 0, done, by_lp)


def cycle_cancelling(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
    rounds: int = CANCEL_ROUNDS,
) -> CountOptimum:
    """Cycle cancelling over every edge from a market-clearing start, certified by the LP dual
    bound of its column prices; exact when that bound meets the value."""
    useful = (bonus + weight > 0) & (capacity[cols] > 0)
    rows, cols, weight = rows[useful], cols[useful], weight[useful]
    value = bonus + weight
    if rows.size == 0:
        return CountOptimum(np.full(n_rows, -1, dtype=np.int64), True, 0.0, 0, cancelled=1)
    price = auction_prices(n_cols, rows, cols, value, capacity)
    first = start(n_rows, n_cols, rows, cols, value, capacity, price, START_PASSES)
    assigned, price, done = cancel_cycles(
        n_rows, n_cols, rows, cols, value, capacity, first, rounds
    )
    total = objective(assigned, rows, cols, weight, bonus)
    if price is None:
        return CountOptimum(assigned, False, np.inf, 0, cancelled=done)
    bound = priced_bound(rows, value - price[cols], capacity, price)
    exact = bound <= total + TOLERANCE * n_rows
    return CountOptimum(assigned, exact, max(bound, total), 0, cancelled=done)


def count_optimum(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    weight: np.ndarray,
    capacity: np.ndarray,
    bonus: float,
    max_edges: int = MAX_EXPANDED_EDGES,
    rounds: int = CERTIFY_ROUNDS,
    cancel_rounds: int = CANCEL_ROUNDS,
) -> CountOptimum:
    """Best assignment under count quotas; edges sorted by row then column."""
    if cancel_rounds > 0 and n_cols <= CANCEL_MAX_COLS:
        found = cycle_cancelling(n_rows, n_cols, rows, cols, weight, capacity, bonus, cancel_rounds)
        if found.exact:
            return found
    if rounds > 0:
        found = column_generation(n_rows, n_cols, rows, cols, weight, capacity, bonus, rounds)
        if found.exact or expanded_edges(n_cols, cols, capacity) > EXACT_FALLBACK_EDGES:
            return found
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
