"""Properties on small random rounds: optimal against brute force, rule-abiding, deterministic."""

import pickle
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from matching_cases import (
    brute_force,
    financing_inputs,
    financing_rules,
    recruitment_inputs,
    recruitment_rules,
    shuffled,
)

from matching import resolve_weights, solve_financing, solve_recruitment
from matching.financing import build_financing
from matching.recruitment import build_recruitment

fast = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def without_times(result):
    return replace(result, figures=replace(result.figures, build_ms=0.0, solve_ms=0.0))


def financing_reference(inp):
    """Eligible pairs by the plain rules, and each pair's score from the core's scorer."""
    pairs, arr = build_financing(inp, resolve_weights("FINANCING", inp.weights))
    scores = {
        (arr.needs[i].id, arr.products[j].id): s
        for i, j, s in zip(
            pairs.rows.tolist(), pairs.cols.tolist(), pairs.score.tolist(), strict=True
        )
    }
    eligible = {
        (n.id, p.id)
        for n in inp.needs
        for p in inp.products
        if all(financing_rules(inp, n, p).values())
    }
    assert set(scores) == eligible
    return scores


@pytest.mark.parametrize("binding", [False, True])
@fast
@given(data=st.data())
def test_financing_equals_brute_force_and_keeps_every_rule(binding, data):
    inp = data.draw(financing_inputs(binding_amounts=binding))
    scores = financing_reference(inp)
    needs = sorted(inp.needs, key=lambda n: n.id)
    products = {p.id: p for p in inp.products}
    options = [sorted(p for (n_id, p) in scores if n_id == n.id) for n in needs]
    best = brute_force(
        options,
        {(i, p): scores[(n.id, p)] for i, n in enumerate(needs) for p in options[i]},
        {p.id: max(p.remaining_count, 0) for p in inp.products},
        [n.amount for n in needs],
        {p.id: p.remaining_amount for p in inp.products},
    )

    result = solve_financing(inp)

    assert result.figures.exact
    assert result.figures.matched == best[0] == len(result.proposals)
    assert result.figures.total_score == pytest.approx(best[1], abs=1e-9)
    assert len({p.need_id for p in result.proposals}) == len(result.proposals)
    by_need = {n.id: n for n in needs}
    for p in products.values():
        mine = [x for x in result.proposals if x.target_id == p.id]
        assert len(mine) <= max(p.remaining_count, 0)
        assert sum(by_need[x.need_id].amount for x in mine) <= p.remaining_amount
    for x in result.proposals:
        assert all(financing_rules(inp, by_need[x.need_id], products[x.target_id]).values())
        assert x.score == pytest.approx(sum(c.value * c.weight for c in x.breakdown))
    served = {x.need_id for x in result.proposals}
    assert {u.need_id for u in result.unmatched} == set(by_need) - served


@fast
@given(data=st.data())
def test_financing_unmatched_reasons_count_blocking_rules(data):
    inp = data.draw(financing_inputs())
    result = solve_financing(inp)
    by_need = {n.id: n for n in inp.needs}
    for u in result.unmatched:
        checks = [financing_rules(inp, by_need[u.need_id], p) for p in inp.products]
        if any(all(c.values()) for c in checks):
            assert u.reason == "CAPACITY"
            continue
        assert u.reason == "NO_ELIGIBLE_TARGET"
        counts = {r: sum(not c[r] for c in checks) for r in checks[0]} if checks else {}
        assert {b.rule: b.targets for b in u.blocking_rules} == {
            r: k for r, k in counts.items() if k
        }
        assert [b.targets for b in u.blocking_rules] == sorted(
            (b.targets for b in u.blocking_rules), reverse=True
        )


@fast
@given(data=st.data(), seed=st.integers(0, 10**6))
def test_financing_is_deterministic_under_shuffled_input(data, seed):
    inp = data.draw(financing_inputs(binding_amounts=data.draw(st.booleans())))
    assert without_times(solve_financing(shuffled(inp, seed))) == without_times(
        solve_financing(inp)
    )


@fast
@given(data=st.data())
def test_recruitment_equals_brute_force_and_keeps_every_rule(data):
    inp = data.draw(recruitment_inputs())
    pairs, arr = build_recruitment(inp, resolve_weights("RECRUITMENT", None))
    scores = {
        (arr.companies[i].id, arr.drives[j].id): s
        for i, j, s in zip(
            pairs.rows.tolist(), pairs.cols.tolist(), pairs.score.tolist(), strict=True
        )
    }
    with_needs = sorted({n.company_id for n in inp.needs})
    firms = {c.id: c for c in inp.companies}
    drives = {d.id: d for d in inp.drives}
    eligible = {
        (c, d)
        for c in with_needs
        for d in drives
        if all(recruitment_rules(inp, firms[c], drives[d]).values())
    }
    assert set(scores) == eligible
    options = [sorted(d for (c_id, d) in eligible if c_id == c) for c in with_needs]
    best = brute_force(
        options,
        {(i, d): scores[(c, d)] for i, c in enumerate(with_needs) for d in options[i]},
        {d.id: max(d.remaining_booths, 0) for d in inp.drives},
    )

    result = solve_recruitment(inp)

    assert result.figures.exact
    assert result.figures.matched == best[0]
    assert result.figures.total_score == pytest.approx(best[1], abs=1e-9)
    assert len({p.company_id for p in result.proposals}) == len(result.proposals)
    for d in inp.drives:
        assert sum(p.target_id == d.id for p in result.proposals) <= max(d.remaining_booths, 0)
    for p in result.proposals:
        d = drives[p.target_id]
        assert all(recruitment_rules(inp, firms[p.company_id], d).values())
        travelling = {
            n.id
            for n in inp.needs
            if n.company_id == p.company_id
            and (not d.role_categories or n.role_category in d.role_categories)
            and n.needed_by >= d.date
        }
        assert set(p.hiring_need_ids) == travelling
        assert p.need_id is None
    assert {u.company_id for u in result.unmatched} == set(with_needs) - {
        p.company_id for p in result.proposals
    }


@fast
@given(data=st.data(), seed=st.integers(0, 10**6))
def test_recruitment_is_deterministic_and_picklable(data, seed):
    inp = data.draw(recruitment_inputs())
    result = solve_recruitment(inp)
    assert without_times(solve_recruitment(shuffled(inp, seed))) == without_times(result)
    # the server ships both through a process pool
    assert pickle.loads(pickle.dumps(result)) == result  # noqa: S301
    assert pickle.loads(pickle.dumps(inp)) == inp  # noqa: S301
