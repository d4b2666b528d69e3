"""The non-exact paths: LP rounding under binding amount quotas, pruned edges, the LP path."""

import time

import numpy as np
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from matching_cases import instances, optimum

from matching.amounts import EXACT_PER_ROW, Instance, relaxed, with_amounts
from matching.capacity import LP_TOLERANCE, column_generation, count_optimum
from matching.relaxation import Relaxed, lp_bound, polished, priced

fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def keeps_quotas(inst: Instance, assigned: np.ndarray) -> bool:
    on = assigned >= 0
    edges = set(zip(inst.rows.tolist(), inst.cols.tolist(), strict=True))
    return (
        all((i, int(assigned[i])) in edges for i in np.flatnonzero(on))
        and bool(np.all(np.bincount(assigned[on], minlength=inst.n_cols) <= inst.capacity))
        and inst.fits(assigned)
    )


def exact_within(inst: Instance) -> float:
    """How far from the optimum an answer the core calls exact may be: its proof's float
    tolerance, per row."""
    return EXACT_PER_ROW * inst.n_rows


# Two answers 1e-9 apart, which the core rightly calls exact (hypothesis found it).
NEAR_TIE = Instance(
    n_rows=3,
    n_cols=2,
    rows=np.array([0, 0, 1, 1, 2]),
    cols=np.array([0, 1, 0, 1, 0]),
    weight=np.array([0.0, 0.0, 0.0, 1e-9, 0.0]),
    capacity=np.array([0, 1]),
    amount=np.array([1.0, 1.0, 1.0]),
    quota_amount=np.array([2.0, 2.0]),
    bonus=4.0,
)


@fast
@given(inst=instances())
@example(inst=NEAR_TIE)
def test_lp_rounding_keeps_quotas_and_brute_force_lies_within_its_gap(inst):
    first = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
    )
    answer = relaxed(inst, first, time.perf_counter() + 1.0)
    value = inst.value(answer.assigned)
    assert keeps_quotas(inst, answer.assigned)
    assert answer.bound >= value - 1e-9
    assert value - 1e-9 <= optimum(inst, amounts=True) <= answer.bound + 1e-9
    if answer.exact:
        assert value == pytest.approx(optimum(inst, amounts=True), abs=exact_within(inst))


@fast
@given(inst=instances())
@example(inst=NEAR_TIE)
def test_with_amounts_is_exact_when_it_says_so(inst):
    answer = with_amounts(inst, time_limit=5.0)
    assert keeps_quotas(inst, answer.assigned)
    best = optimum(inst, amounts=True)
    assert inst.value(answer.assigned) - 1e-9 <= best <= answer.bound + 1e-9
    if answer.exact:
        assert inst.value(answer.assigned) == pytest.approx(best, abs=exact_within(inst))


@fast
@given(inst=instances())
def test_pruned_edges_give_a_valid_bound(inst):
    pruned = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus,
        max_edges=1, rounds=0, cancel_rounds=0,
    )  # fmt: skip
    value = inst.value(pruned.assigned)
    assert value - 1e-9 <= optimum(inst, amounts=False) <= pruned.bound + 1e-9
    if pruned.exact:
        assert value == pytest.approx(optimum(inst, amounts=False), abs=1e-9)


@fast
@given(inst=instances(), rounds=st.integers(1, 3))
def test_column_generation_is_exact_when_certified(inst, rounds):
    found = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus,
        max_edges=1, rounds=rounds, cancel_rounds=0,
    )  # fmt: skip
    value = inst.value(found.assigned)
    assert value - 1e-9 <= optimum(inst, amounts=False) <= found.bound + 1e-9
    if found.solver.startswith("column-generation"):
        assert found.exact
        assert value == pytest.approx(optimum(inst, amounts=False), abs=1e-9)


@fast
@given(inst=instances())
def test_column_generation_by_lp_serves_the_most_within_its_tolerance(inst):
    found = column_generation(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus,
        rounds=20, slot_edges=0,
    )  # fmt: skip
    value, best = inst.value(found.assigned), optimum(inst, amounts=False)
    on = found.assigned >= 0
    assert np.all(np.bincount(found.assigned[on], minlength=inst.n_cols) <= inst.capacity)
    assert on.sum() == best // inst.bonus
    assert value - 1e-9 <= best <= found.bound + 1e-9
    assert best - value <= LP_TOLERANCE * inst.n_rows


@fast
@given(inst=instances())
def test_polished_bound_stays_valid_and_never_rises(inst):
    v, lam = np.zeros(inst.n_cols), np.zeros(inst.n_cols)
    zero = Relaxed(np.full(inst.n_rows, -1), lp_bound(inst, priced(inst, v, lam), v, lam), v, lam)
    best = optimum(inst, amounts=True)
    bound = polished(inst, zero, best, time.perf_counter() + 1.0)
    assert best - 1e-9 <= bound <= zero.bound


@fast
@given(inst=instances())
def test_lp_rounding_past_its_deadline_still_keeps_quotas_and_a_valid_bound(inst):
    first = count_optimum(
        inst.n_rows, inst.n_cols, inst.rows, inst.cols, inst.weight, inst.capacity, inst.bonus
    )
    answer = relaxed(inst, first, time.perf_counter() - 1.0)  # only the first solve runs
    assert keeps_quotas(inst, answer.assigned)
    assert inst.value(answer.assigned) - 1e-9 <= optimum(inst, amounts=True) <= answer.bound + 1e-9
