"""Edge cases, the greedy trap, ties, explanations."""

from datetime import date, timedelta

import pytest
from matching_cases import (
    ROUND,
    company,
    drive,
    financing_input,
    hiring,
    need,
    product,
    recruitment_input,
)

from matching import WeightError, solve_financing, solve_recruitment


def assignment(result):
    return {(p.need_id or p.company_id): p.target_id for p in result.proposals}


def test_greedy_trap_serves_both_needs():
    # A scores higher on P1 (a preferred bank), but only B can take P1.
    a = need("A", preferred_bank_ids=frozenset({"bank-1"}))
    b = need("B", term_months=6)
    p1 = product("P1", bank_id="bank-1", min_term_months=6, remaining_count=1)
    p2 = product("P2", bank_id="bank-2", remaining_count=1)
    result = solve_financing(financing_input([company()], [a, b], [p1, p2]))
    assert assignment(result) == {"A": "P2", "B": "P1"}
    assert result.figures.matched == 2
    assert result.figures.exact


def test_no_needs_and_no_targets():
    empty = solve_financing(financing_input([company()], [], [product()]))
    assert empty.proposals == empty.unmatched == ()
    assert empty.figures.needs == 0
    assert empty.figures.matched == 0
    nothing = solve_financing(financing_input([company()], [need()], []))
    assert nothing.unmatched[0].reason == "NO_ELIGIBLE_TARGET"
    assert nothing.unmatched[0].blocking_rules == ()
    assert solve_recruitment(recruitment_input([company()], [], [drive()])).proposals == ()


def test_zero_remaining_quota_is_capacity_not_a_rule():
    result = solve_financing(financing_input([company()], [need()], [product(remaining_count=0)]))
    assert result.proposals == ()
    assert result.unmatched[0].reason == "CAPACITY"
    assert result.figures.eligible_pairs == 1
    full = solve_recruitment(
        recruitment_input([company()], [hiring()], [drive(remaining_booths=0)])
    )
    assert full.unmatched[0].reason == "CAPACITY"


def test_all_ineligible_counts_blocking_rules_most_frequent_first():
    # equal counts keep the order of the rules table
    products = [
        product("p1", max_amount=2_000_000),
        product("p2", max_amount=2_000_000, min_rate=7.0, max_rate=8.0),
        product("p3", active=False, collateral=frozenset({"PLEDGE"})),
        product("p4", valid_until=ROUND - timedelta(days=1)),
    ]
    result = solve_financing(financing_input([company()], [need()], products))
    (u,) = result.unmatched
    assert u.reason == "NO_ELIGIBLE_TARGET"
    assert [(b.rule, b.targets) for b in u.blocking_rules] == [
        ("offered", 2),
        ("amount", 2),
        ("collateral", 1),
        ("rate", 1),
    ]


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"park_ids": frozenset({"park-2"})}, "offered"),
        ({"remaining_amount": 4_000_000.0}, "amount"),
        ({"min_term_months": 48}, "term"),
        ({"collateral": frozenset({"CREDIT"})}, "collateral"),
        ({"industries": frozenset({"I"})}, "industry"),
        ({"size_classes": frozenset({"MICRO"})}, "size"),
        ({"requires_tech": True}, "tech"),
        ({"min_company_age_years": 10}, "age"),
        ({"min_rate": 6.5, "max_rate": 7.0}, "rate"),
    ],
)
def test_each_financing_rule_blocks(change, rule):
    result = solve_financing(financing_input([company()], [need()], [product(**change)]))
    assert [b.rule for b in result.unmatched[0].blocking_rules] == [rule]


def test_history_blocks_a_rejected_pair():
    result = solve_financing(
        financing_input([company()], [need()], [product()], excluded={("n1", "p1")})
    )
    assert [b.rule for b in result.unmatched[0].blocking_rules] == ["history"]


def test_age_is_counted_in_whole_years_on_the_round_date():
    born = company(founded_on=date(2022, 3, 2))  # one day short of 3 years on 2025-03-01
    blocked = solve_financing(financing_input([born], [need()], [product(min_company_age_years=3)]))
    assert blocked.proposals == ()
    older = company(founded_on=date(2022, 3, 1))
    served = solve_financing(financing_input([older], [need()], [product(min_company_age_years=3)]))
    assert len(served.proposals) == 1


def test_ties_are_broken_by_id():
    twins = [need("n2"), need("n1")]
    one_slot = solve_financing(financing_input([company()], twins, [product(remaining_count=1)]))
    assert assignment(one_slot) == {"n1": "p1"}
    two_products = [product("p2"), product("p1")]
    result = solve_financing(financing_input([company()], [need()], two_products))
    assert assignment(result) == {"n1": "p1"}


def test_one_huge_need_is_blocked_by_amount_everywhere():
    huge = need("big", amount=5e12)
    result = solve_financing(
        financing_input([company()], [huge, need()], [product("p1"), product("p2")])
    )
    assert assignment(result) == {"n1": "p1"}
    (u,) = result.unmatched
    assert (u.need_id, u.reason) == ("big", "NO_ELIGIBLE_TARGET")
    assert [(b.rule, b.targets) for b in u.blocking_rules] == [("amount", 2)]


def test_amount_quota_limits_what_a_product_takes():
    needs = [need("n1", amount=6e6), need("n2", amount=3e6), need("n3", amount=3e6)]
    result = solve_financing(financing_input([company()], needs, [product(remaining_amount=7e6)]))
    assert assignment(result) == {"n2": "p1", "n3": "p1"}
    assert result.figures.exact


def test_need_of_an_unknown_company_is_an_input_error():
    with pytest.raises(ValueError, match="not in the input: ghost"):
        solve_financing(financing_input([company()], [need(company_id="ghost")], [product()]))
    with pytest.raises(ValueError, match="not in the input: ghost"):
        solve_recruitment(recruitment_input([company()], [hiring(company_id="ghost")], []))


def test_bad_weight_override_raises():
    with pytest.raises(WeightError):
        solve_financing(financing_input([company()], [need()], [product()], weights={"x": 1}))


def test_weights_change_the_choice():
    cheap = product("cheap", min_rate=2.0, max_rate=2.5)
    liked = product("liked", bank_id="bank-9")
    n = need(preferred_bank_ids=frozenset({"bank-9"}))
    by_rate = solve_financing(
        financing_input([company()], [n], [cheap, liked], weights={"rate": 1.0})
    )
    by_bank = solve_financing(
        financing_input([company()], [n], [cheap, liked], weights={"preference": 5.0})
    )
    assert assignment(by_rate) == {"n1": "cheap"}
    assert assignment(by_bank) == {"n1": "liked"}
    assert {c.name: c.weight for c in by_bank.proposals[0].breakdown}["preference"] > 0.5


def test_financing_explanations_in_plain_words():
    n = need(preferred_bank_ids=frozenset({"bank-1"}))
    firm = company(size_class="MICRO", tech_designations=frozenset({"HIGH_TECH"}))
    (p,) = solve_financing(financing_input([firm], [n], [product()])).proposals
    assert [(r.code, r.params) for r in p.reasons] == [
        ("rate_below", {"low": 3.45, "high": 4.2, "ceiling": 6.0}),
        ("amount_within", {"amount": 5_000_000, "low": 1_000_000, "high": 10_000_000}),
        ("term_within", {"months": 36, "low": 12, "high": 60}),
        ("collateral_accepted", {"collateral": ["MORTGAGE"]}),
        ("preferred_bank", {}),
        ("inclusive_finance", {"size": "MICRO"}),
        ("tech_priority", {}),
    ]
    assert [c.name for c in p.breakdown] == [
        "rate", "amount_fit", "term_fit", "urgency", "policy", "preference",
    ]  # fmt: skip
    assert all(0 <= c.value <= 1 for c in p.breakdown)
    assert p.score == pytest.approx(sum(c.value * c.weight for c in p.breakdown))


def test_recruitment_chinese_skills_and_travelling_needs():
    needs = [
        hiring("h1", skills=frozenset({"焊接", "数控"}), headcount=3),
        hiring("h2", role_category="SALES_MARKETING", skills=frozenset({"销售"})),
        hiring("h3", needed_by=ROUND + timedelta(days=10)),  # before the drive
    ]
    d = drive(role_categories=frozenset({"SKILLED_TRADES"}), industries=frozenset({"C"}))
    (p,) = solve_recruitment(recruitment_input([company()], needs, [d])).proposals
    assert p.hiring_need_ids == ("h1",)
    assert p.need_id is None
    assert [(r.code, r.params) for r in p.reasons] == [
        ("skills_in_common", {"skills": ["数控", "焊接"]}),
        ("booth_recruits", {"people": 3, "roles": ["SKILLED_TRADES"]}),
        ("drive_before_deadline", {"drive": "2025-03-21", "days": 40, "deadline": "2025-04-30"}),
        ("drive_targets_industry", {"industry": "C"}),
    ]
    assert {c.name: c.value for c in p.breakdown}["skills"] == 1.0


def test_recruitment_one_booth_per_company_and_booth_capacity():
    firms = [company("c1"), company("c2"), company("c3")]
    needs = [hiring("h1", "c1"), hiring("h2", "c2"), hiring("h3", "c3")]
    drives = [drive("d1", remaining_booths=1), drive("d2", remaining_booths=1)]
    result = solve_recruitment(recruitment_input(firms, needs, drives))
    assert len(result.proposals) == 2
    assert len({p.target_id for p in result.proposals}) == 2
    assert [(u.company_id, u.reason, u.need_id) for u in result.unmatched] == [
        ("c3", "CAPACITY", None)
    ]


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"park_id": "park-2"}, "offered"),
        ({"open": False}, "offered"),
        ({"date": ROUND - timedelta(days=1)}, "date"),
        ({"date": ROUND + timedelta(days=90)}, "date"),
        ({"role_categories": frozenset({"PRODUCTION"})}, "role"),
    ],
)
def test_each_recruitment_rule_blocks(change, rule):
    result = solve_recruitment(recruitment_input([company()], [hiring()], [drive(**change)]))
    assert [b.rule for b in result.unmatched[0].blocking_rules] == [rule]


def test_drive_after_the_deadline_of_every_drawn_need_fails_date():
    needs = [
        hiring("h1", needed_by=ROUND + timedelta(days=10)),
        hiring("h2", role_category="SALES_MARKETING", needed_by=ROUND + timedelta(days=90)),
    ]
    d = drive(role_categories=frozenset({"SKILLED_TRADES"}))
    (u,) = solve_recruitment(recruitment_input([company()], needs, [d])).unmatched
    assert [b.rule for b in u.blocking_rules] == ["date"]


def test_recruitment_history_blocks():
    result = solve_recruitment(
        recruitment_input([company()], [hiring()], [drive()], excluded={("c1", "d1")})
    )
    assert [b.rule for b in result.unmatched[0].blocking_rules] == ["history"]
