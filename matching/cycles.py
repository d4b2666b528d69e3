"""The count-quota optimum by cancelling improving cycles in the column graph, over every edge.

An assignment is optimal exactly when its residual network has no cycle of positive gain. With
few columns that network condenses to m + 1 nodes: the columns and S, which stands for both the
unmatched rows and the columns' spare room. Its arcs, each the best over the rows that realise
it:
- j → k: a row at j moves to k, gaining w_ik − w_ij;
- S → k: an unmatched row enters k, gaining bonus + w_ik; or k gives up a unit (gain 0, k busy);
- j → S: j takes one more (gain 0, j has room); or a row at j leaves (gain −bonus − w_ij).
Longest paths by Bellman-Ford over the dense arc matrix, from S and from every busy column at 0,
either settle, and the assignment is optimal, or close a cycle among the predecessors, which
always gains; its nodes are frozen out and the passes go on. A gaining cycle through S is a
path from S (or from a column giving up a unit) back to S: once the distances settle, the best
such paths whose nodes no other move uses join the cycles, and all of them are applied at once.
Only the out-arcs of the nodes they touched are rebuilt for the next round.
"""

import itertools
from dataclasses import dataclass

import numpy as np

from .assign import spread
from .rowwise import first_best, row_starts, second_best

GAIN_TOLERANCE = 1e-12  # relative to the spread of values: rises below this do not count
MAX_PASSES_PER_NODE = 4  # Bellman-Ford passes a round may take, per node
CHECK_EVERY = 3  # passes between searches of the predecessors for cycles


def start(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    value: np.ndarray,
    capacity: np.ndarray,
    price: np.ndarray,
    passes: int,
) -> np.ndarray:
    """Rows to their best priced column with room, the columns keeping the rows that would lose
    most elsewhere, for a few passes; the rest unmatched."""
    assigned = np.full(n_rows, -1, dtype=np.int64)
    room = np.maximum(capacity, 0).astype(np.int64)
    for _ in range(passes):
        open_edge = (assigned[rows] < 0) & (room[cols] > 0)
        if not open_edge.any():
            break
        r, c, priced = rows[open_edge], cols[open_edge], (value - price[cols])[open_edge]
        starts = row_starts(r)
        top = first_best(priced, starts)
        margin = priced[top] - second_best(priced, starts, top)
        who, where = r[top], c[top]
        order = np.lexsort((who, -margin, where))
        who, where = who[order], where[order]
        rank = np.arange(who.size) - np.searchsorted(where, where)
        fits = rank < room[where]
        assigned[who[fits]] = where[fits]
        room -= np.bincount(where[fits], minlength=n_cols)
    return assigned


class ColumnGraph:
    """The column graph of an assignment (S is node m), kept up to date as rows move: only the
    out-arcs of nodes whose rows changed are rebuilt."""

    def __init__(self, n_rows, n_cols, rows, cols, value, capacity, assigned):
        self.rows, self.cols, self.value = rows, cols, value
        self.capacity = np.maximum(capacity, 0)
        self.s, self.nodes = n_cols, n_cols + 1
        self.assigned = assigned.copy()
        self.edge_start = np.searchsorted(rows, np.arange(n_rows + 1))
        on = self.assigned >= 0
        self.count = np.bincount(self.assigned[on], minlength=n_cols)
        self.own = np.zeros(n_rows)
        used = self.assigned[rows] == cols
        self.own[rows[used]] = value[used]
        self.gain = np.full((self.nodes, self.nodes), -np.inf)
        self.best_edge = np.full((self.nodes, self.nodes), -1, dtype=np.int64)
        self.leaver = np.full(n_cols, -1, dtype=np.int64)
        self.enter = np.full(n_cols, -np.inf)  # best free row's value at each column
        self.refresh(np.ones(self.nodes, dtype=bool))

    def refresh(self, stale: np.ndarray) -> None:
        s, nodes = self.s, self.nodes
        who = np.flatnonzero(stale[np.where(self.assigned >= 0, self.assigned, s)])
        counts = self.edge_start[who + 1] - self.edge_start[who]
        pick = spread(self.edge_start[who], counts)
        r, c = self.rows[pick], self.cols[pick]
        at = self.assigned[r]
        used = at == c
        gain = self.value[pick] - self.own[r]
        gain[used] = -np.inf  # staying put is no move
        self.gain[stale, :] = -np.inf
        self.best_edge[stale, :] = -1
        flat, best_edge = self.gain.reshape(-1), self.best_edge.reshape(-1)
        key = np.where(at >= 0, at, s) * nodes + c
        np.maximum.at(flat, key, gain)
        hit = np.flatnonzero((gain == flat[key]) & ~used)[::-1]
        best_edge[key[hit]] = pick[hit]  # the first edge of each arc's ties
        if stale[s]:
            self.enter = self.gain[s, :s].copy()
        cols = np.flatnonzero(stale[:s])
        held = np.flatnonzero(used)
        order = held[np.lexsort((r[held], -self.own[r[held]], c[held]))]  # least value last
        self.leaver[cols] = -1
        self.leaver[c[order]] = r[order]
        leave = np.where(self.count > 0, -self.own[np.maximum(self.leaver, 0)], -np.inf)
        self.gain[cols, s] = np.where(self.count[cols] < self.capacity[cols], 0.0, leave[cols])
        self.gain[s, :s] = np.where(self.count > 0, np.maximum(self.enter, 0.0), self.enter)

    def apply(self, steps: list[tuple[int, int]]) -> np.ndarray:
        """Move, enter or drop the row that realises each arc of a cycle or path, as the arcs
        stood when searched; returns the nodes whose out-arcs changed."""
        s = self.s
        stale = np.zeros(self.nodes, dtype=bool)
        for a, b in steps:
            if b == s:
                if self.gain[a, b] < 0:  # no room at a: its cheapest row leaves
                    self.place(self.leaver[a], -1, 0.0, stale)
            elif a != s or self.gain[a, b] > 0:  # else S → b gains 0: b gives up a unit
                edge = self.best_edge[a, b]
                self.place(self.rows[edge], b, self.value[edge], stale)
        return stale

    def place(self, row: int, col: int, value: float, stale: np.ndarray) -> None:
        was = self.assigned[row]
        stale[was if was >= 0 else self.s] = True
        stale[col if col >= 0 else self.s] = True
        if was >= 0:
            self.count[was] -= 1
        if col >= 0:
            self.count[col] += 1
        self.assigned[row], self.own[row] = col, value


def on_cycles(parent: np.ndarray, stop: np.ndarray) -> np.ndarray:
    """Nodes the predecessor walks end in when they never stop (at −1 or a `stop` node): by
    pointer doubling, after as many steps as nodes every such walk has reached its cycle."""
    nodes = parent.size
    step = np.where((parent < 0) | stop, nodes, parent)
    step = np.append(step, nodes)  # node `nodes` is where stopped walks rest
    for _ in range(int(np.ceil(np.log2(nodes + 1)))):
        step = step[step]
    return np.unique(step[:nodes][step[:nodes] < nodes])


def find_cycles(parent: np.ndarray, stop: np.ndarray) -> list[list[int]]:
    """The cycles of the predecessor graph, each as its nodes from predecessor to successor."""
    cycles, seen = [], set()
    back = parent.tolist()
    for v in on_cycles(parent, stop).tolist():
        if v in seen:
            continue
        cycle = [v]
        while back[cycle[-1]] != v:
            cycle.append(back[cycle[-1]])
        seen.update(cycle)
        cycles.append(cycle[::-1])
    return cycles


@dataclass
class Search:
    """Bellman-Ford over the columns from S (node m, fixed at 0) and from every busy column at
    0 (it may give up a unit); cycles closed by the predecessors are frozen out as found."""

    dist: np.ndarray
    parent: np.ndarray  # −1: the path starts here, with the column giving up a unit
    frozen: np.ndarray
    cycles: list[list[int]]


def search(g: np.ndarray, tol: float) -> Search:
    nodes = g.shape[0]
    s = nodes - 1
    dist = np.zeros(nodes)
    parent = np.full(nodes, -1, dtype=np.int64)
    frozen = np.zeros(nodes, dtype=bool)
    frozen[s] = True  # paths end at S by choice, never through it
    found: list[list[int]] = []
    moved = np.arange(nodes)  # relax only out of nodes whose distance rose in the last pass
    for passes in range(1, MAX_PASSES_PER_NODE * nodes):
        reach = dist[moved, None] + g[moved]
        src = np.argmax(reach, axis=0)
        best = reach[src, np.arange(nodes)]
        better = (best > dist + tol) & ~frozen
        if not better.any():
            break
        dist[better] = best[better]
        parent[better] = moved[src[better]]
        moved = np.flatnonzero(better)
        if passes % CHECK_EVERY == 0:
            found += freeze(find_cycles(parent, frozen), frozen)
            moved = moved[~frozen[moved]]
            if moved.size == 0:
                break
    found += freeze(find_cycles(parent, frozen), frozen)  # passes ended between two searches
    frozen[s] = False
    return Search(dist, parent, frozen, found)


def freeze(cycles: list[list[int]], frozen: np.ndarray) -> list[list[int]]:
    for cycle in cycles:
        frozen[cycle] = True
    return cycles


def gaining_paths(found: Search, graph: ColumnGraph, tol: float) -> list[list[tuple[int, int]]]:
    """Disjoint paths that end at S with a gain, best first: the predecessors back from each
    column to S or to where a path starts, then the column's own arc to S."""
    s, g = graph.s, graph.gain
    total = found.dist[:s] + g[:s, s]
    used = found.frozen.copy()
    entered: set[int] = set()
    paths = []
    parent = found.parent.tolist()
    for k in np.argsort(-total, kind="stable").tolist():
        if total[k] <= tol:
            break
        nodes = [k]
        while not used[nodes[-1]] and parent[nodes[-1]] >= 0 and parent[nodes[-1]] != s:
            nodes.append(parent[nodes[-1]])
        if used[nodes[-1]]:
            continue
        nodes.reverse()
        steps = [*itertools.pairwise(nodes), (k, s)]
        if parent[nodes[0]] == s:
            row = int(graph.rows[graph.best_edge[s, nodes[0]]])
            if row in entered:
                continue
            entered.add(row)
            steps.insert(0, (s, nodes[0]))
        used[nodes] = True
        paths.append(steps)
    return paths


def cancel_cycles(
    n_rows: int,
    n_cols: int,
    rows: np.ndarray,
    cols: np.ndarray,
    value: np.ndarray,
    capacity: np.ndarray,
    assigned: np.ndarray,
    max_rounds: int,
) -> tuple[np.ndarray, np.ndarray | None, int]:
    """Cancel gaining cycles and paths from `assigned` until none is left or `max_rounds`.
    Returns the assignment, the column prices that certify it (None if it did not settle) and
    the rounds it took. Settled, the distances are LP duals: no row gains by moving
    (w_ik − w_ij ≤ d_k − d_j), entering (bonus + w_ik ≤ d_k) or leaving a full column
    (d_j ≤ bonus + w_ij), and a column with room has d_j = 0."""
    graph = ColumnGraph(n_rows, n_cols, rows, cols, value, capacity, assigned)
    tol = GAIN_TOLERANCE * max(float(np.ptp(value)) if value.size else 1.0, 1.0)
    for done in range(1, max_rounds + 1):
        found = search(graph.gain, tol)
        moves = [list(zip(c, c[1:] + c[:1], strict=True)) for c in found.cycles]
        moves += gaining_paths(found, graph, tol)
        if not moves:
            return graph.assigned, found.dist[:n_cols], done
        stale = np.zeros(graph.nodes, dtype=bool)
        for steps in moves:
            stale |= graph.apply(steps)
        graph.refresh(stale)
    return graph.assigned, None, max_rounds
