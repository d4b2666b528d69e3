"""Cycle cancelling in the column graph: from any start it reaches the brute-force optimum."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matching_cases import instances, optimum

from matching.amounts import Instance
from matching.capacity import count_optimum, cycle_cancelling, priced_bound
from matching.cycles import cancel_cycles, find_cycles, start

fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def keeps_capacity(inst: Instance, assigned: np.ndarray) -> bool:
    on = assigned >= 0
    edges = set(zip(inst.rows.tolist(), inst.cols.tolist(), strict=True))
    return all((i, int(assigned[i])) in edges for i in np.flatnonzero(on)) and bool(
        np.all(np.bincount(assigned[on], minlength=inst.n_cols) <= inst.capacity)
    )


def any_start(inst: Instance, order: list[int]) -> np.ndarray:
    """A feasible assignment: edges taken in the given order while row and column allow."""
    assigned = np.full(inst.n_rows, -1, dtype=np.int64)
    room = inst.capacity.copy()
    for e in order:
        i, j = int(inst.rows[e]), int(inst.cols[e])
        if assigned[i] < 0 and room[j] > 0:
            assigned[i], room[j] = j, room[j] - 1
    return assigned


@fast
@given(inst=instances(max_rows=8, max_capacity=4), data=st.data())
def test_cancelling_from_any_feasible_start_reaches_the_optimum(inst, data):
    order = data.draw(st.permutations(range(inst.rows.size)))
    taken = data.draw(st.integers(0, inst.rows.size))
    first = any_start(inst, list(order[:taken]))
    keep = inst.capacity[inst.cols] > 0
    rows, cols, value = inst.rows[keep], inst.cols[keep], inst.bonus + inst.weight[keep]
    assigned, price, _ = cancel_cycles(
        inst.n_rows, inst.n_cols, rows, cols, value, inst.capacity, first, max_rounds=100
    )
    best = optimum(inst, amounts=False)
    assert price is not None and np.all(price >= 0)
    assert keeps_capacity(inst, assigned)
    assert inst.value(assigned) == pytest.approx(best, abs=1e-9)
    # The prices are LP duals: their bound meets the optimum.
    assert priced_bound(rows, value - price[cols], inst.capacity, price) == pytest.approx(
        best, abs=1e-9
    )


@fast
@given(inst=instances(max_rows=8, max_capacity=4))
def test_cycle_cancelling_is_certified_exact(inst):
    found = cycle_cancelling(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
    )
    best = optimum(inst, amounts=False)
    assert found.exact
    assert found.solver.startswith("cycle-cancelling")
    assert keeps_capacity(inst, found.assigned)
    assert inst.value(found.assigned) == pytest.approx(best, abs=1e-9)
    assert found.bound == pytest.approx(best, abs=1e-9)


@fast
@given(inst=instances(max_rows=8, max_capacity=4))
def test_a_round_cut_short_is_finished_by_column_generation(inst):
    found = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus,
        cancel_rounds=1,
    )  # fmt: skip
    assert keeps_capacity(inst, found.assigned)
    assert inst.value(found.assigned) == pytest.approx(optimum(inst, amounts=False), abs=1e-9)


def test_greedy_trap_is_undone_by_one_path():
    # A (row 0) on P1 (col 0) blocks B (row 1), whose only product is P1; A could take P2.
    rows, cols = np.array([0, 0, 1]), np.array([0, 1, 0])
    value = 3.0 + np.array([0.9, 0.5, 0.4])
    capacity = np.array([1, 1])
    assigned, price, rounds = cancel_cycles(
        2, 2, rows, cols, value, capacity, np.array([0, -1]), max_rounds=5
    )
    assert price is not None
    assert assigned.tolist() == [1, 0]
    assert rounds == 2  # one round moves A and brings B in, the next finds nothing


def test_start_keeps_capacity_and_serves_rows_with_room():
    rows, cols = np.array([0, 1, 2, 2]), np.array([0, 0, 0, 1])
    value = 4.0 + np.array([0.3, 0.2, 0.9, 0.1])
    assigned = start(3, 2, rows, cols, value, np.array([2, 1]), np.zeros(2), passes=3)
    assert np.bincount(assigned[assigned >= 0], minlength=2).tolist() == [2, 1]


def test_find_cycles_walks_each_cycle_once_from_predecessor_to_successor():
    #  0 → 1 → 2 → 0 is a cycle (parent of 1 is 0, …); 3 hangs off it; 4 → 5 → 4; 6 is a root.
    parent = np.array([2, 0, 1, 1, 5, 4, -1])
    cycles = find_cycles(parent, np.zeros(7, dtype=bool))
    assert sorted(sorted(c) for c in cycles) == [[0, 1, 2], [4, 5]]
    for cycle in cycles:
        for a, b in zip(cycle, cycle[1:] + cycle[:1], strict=True):
            assert parent[b] == a
    stopped = np.zeros(7, dtype=bool)
    stopped[4] = True
    assert [sorted(c) for c in find_cycles(parent, stopped)] == [[0, 1, 2]]
