"""The exact count-quota solve alone: slot layouts and dropped lone edges against brute force."""

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from matching_cases import instances, optimum

from matching.amounts import Instance
from matching.assign import Layout, max_assignment


def solve(inst: Instance) -> np.ndarray:
    return max_assignment(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
    )


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(inst=instances(max_rows=8, max_capacity=5))  # degrees above, at and below capacity
def test_max_assignment_equals_brute_force_and_keeps_capacity(inst):
    assigned = solve(inst)
    on = assigned >= 0
    edges = set(zip(inst.rows.tolist(), inst.cols.tolist(), strict=True))
    assert all((i, int(assigned[i])) in edges for i in np.flatnonzero(on))
    assert np.all(np.bincount(assigned[on], minlength=inst.n_cols) <= inst.capacity)
    assert inst.value(assigned) == pytest.approx(optimum(inst, amounts=False), abs=1e-9)


def test_a_crowded_column_with_room_for_most_takes_private_slots_and_serves_the_best():
    # Five needs on one product with four loans left, two of them also eligible elsewhere.
    rows = np.array([0, 1, 1, 2, 3, 3, 4])
    cols = np.array([0, 0, 1, 0, 0, 1, 0])
    weight = np.array([0.9, 0.8, 0.1, 0.7, 0.6, 0.2, 0.5])
    capacity = np.array([4, 1])
    layout = Layout.of(2, cols, capacity)
    assert layout.private.tolist() == [True, False]
    assert layout.edges() < 5 * 4 + 2
    inst = Instance(5, 2, rows, cols, weight, capacity, np.zeros(5), np.zeros(2), 6.0)
    assigned = solve(inst)
    assert (assigned >= 0).sum() == 5
    assert inst.value(assigned) == pytest.approx(optimum(inst, amounts=False))
