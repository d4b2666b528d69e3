"""The need and proposal lifecycles as a table (server/lifecycle.py), without a database: every
move PRODUCT.md names, who may make it, what capacity it moves and which events it emits; and
every move it does not name refused."""

# ruff: noqa: E501 - the tables are grids, one move per line

from itertools import product

import pytest

from server import lifecycle
from server.errors import Conflict, Forbidden
from server.lifecycle import (
    NEED_MOVES,
    PROPOSAL_MOVES,
    Actor,
    AuditAction,
    Capacity,
    Cause,
    NeedEvent,
    ProposalEvent,
)
from server.standards import MatchKind, NeedStatus, ProposalStatus, Role

P, N, C, A = ProposalStatus, NeedStatus, Capacity, AuditAction
F, R = MatchKind.FINANCING, MatchKind.RECRUITMENT
OFFICER, BANK, COMPANY, ROUND = Actor.OFFICER, Actor.BANK_MANAGER, Actor.COMPANY, Actor.ROUND

# One line per move: (cause, kinds, source, target, actors, capacity, needs, audit, batch).
PROPOSAL_GRID = [
    (Cause.PUBLISH, (F, R), None, P.PROPOSED, (ROUND,), C.NONE, None, A.ROUND_PUBLISHED, True),
    (Cause.CONFIRM, (F, R), P.PROPOSED, P.CONFIRMED, (OFFICER,), C.TAKE, (N.OPEN, N.MATCHED), A.PROPOSAL_CONFIRMED, False),
    (Cause.REJECT, (F, R), P.PROPOSED, P.REJECTED, (OFFICER,), C.NONE, None, A.PROPOSAL_REJECTED, False),
    (Cause.NEWER_ROUND, (F, R), P.PROPOSED, P.SUPERSEDED, (ROUND,), C.NONE, None, A.ROUND_PUBLISHED, True),
    (Cause.PRODUCT_RETIRED, (F,), P.PROPOSED, P.SUPERSEDED, (BANK,), C.NONE, None, A.PRODUCT_RETIRED, True),
    (Cause.NEED_WITHDRAWN, (F, R), P.PROPOSED, P.SUPERSEDED, (COMPANY,), C.NONE, None, A.PROPOSAL_SUPERSEDED, False),
    (Cause.NEED_WITHDRAWN, (F, R), P.CONFIRMED, P.DECLINED, (COMPANY,), C.GIVE_BACK, None, A.PROPOSAL_DECLINED, False),
    (Cause.LOAN_DISBURSED, (F,), P.CONFIRMED, P.COMPLETED, (BANK,), C.HOLD_DISBURSED, (N.MATCHED, N.FULFILLED), A.PROPOSAL_COMPLETED, False),
    (Cause.LOAN_DECLINED, (F,), P.CONFIRMED, P.DECLINED, (BANK,), C.GIVE_BACK, (N.MATCHED, N.OPEN), A.PROPOSAL_DECLINED, False),
    (Cause.HIRED, (R,), P.CONFIRMED, P.COMPLETED, (OFFICER, COMPANY), C.NONE, (N.MATCHED, N.FULFILLED), A.PROPOSAL_COMPLETED, False),
    (Cause.NOBODY_HIRED, (R,), P.CONFIRMED, P.DECLINED, (OFFICER, COMPANY), C.GIVE_BACK, (N.MATCHED, N.OPEN), A.PROPOSAL_DECLINED, False),
    (Cause.COMPANY_DECLINED, (F,), P.CONFIRMED, P.DECLINED, (COMPANY,), C.GIVE_BACK, (N.MATCHED, N.OPEN), A.PROPOSAL_DECLINED, False),
]  # fmt: skip
# (cause, sources, target, actors, audit, live event, batch)
NEED_GRID = [
    (Cause.POST, (), N.OPEN, (COMPANY,), A.NEED_POSTED, NeedEvent.POSTED, False),
    (Cause.WITHDRAW, (N.OPEN, N.MATCHED), N.WITHDRAWN, (COMPANY,), A.NEED_WITHDRAWN, None, False),
    (Cause.CREDIT_CODE_RELEASED, (N.OPEN,), N.WITHDRAWN, (OFFICER,), A.CREDIT_CODE_RELEASED, None, True),
]  # fmt: skip
ONE_AT_A_TIME = [row for row in PROPOSAL_MOVES if not row.batch]


def test_the_proposal_table_is_the_products_lifecycle():
    table = {
        (
            row.cause,
            tuple(kind for kind in MatchKind if kind in row.kinds),
            row.source,
            row.target,
            tuple(actor for actor in Actor if actor in row.actors),
            row.capacity,
            None if row.needs is None else (row.needs.source, row.needs.target),
            row.audit,
            row.batch,
        )
        for row in PROPOSAL_MOVES
    }
    assert table == set(PROPOSAL_GRID)
    assert len(PROPOSAL_MOVES) == len(PROPOSAL_GRID)


def test_the_need_table_is_the_products_lifecycle():
    table = {
        (
            row.cause,
            tuple(status for status in NeedStatus if status in row.sources),
            row.target,
            tuple(actor for actor in Actor if actor in row.actors),
            row.audit,
            row.event,
            row.batch,
        )
        for row in NEED_MOVES
    }
    assert table == set(NEED_GRID)
    assert len(NEED_MOVES) == len(NEED_GRID)


def test_the_moves_between_states_are_those_product_md_names():
    proposal = {(row.source, row.target) for row in PROPOSAL_MOVES}
    assert proposal == {
        (None, P.PROPOSED),
        (P.PROPOSED, P.CONFIRMED),
        (P.PROPOSED, P.REJECTED),
        (P.PROPOSED, P.SUPERSEDED),
        (P.CONFIRMED, P.COMPLETED),
        (P.CONFIRMED, P.DECLINED),
    }
    need = {(source, row.target) for row in NEED_MOVES for source in row.sources or [None]}
    need |= {(row.needs.source, row.needs.target) for row in PROPOSAL_MOVES if row.needs}
    assert need == {
        (None, N.OPEN),
        (N.OPEN, N.MATCHED),
        (N.MATCHED, N.FULFILLED),
        (N.MATCHED, N.OPEN),
        (N.OPEN, N.WITHDRAWN),
        (N.MATCHED, N.WITHDRAWN),
    }


@pytest.mark.parametrize("row", ONE_AT_A_TIME, ids=lambda row: f"{row.cause}-{row.source}")
def test_each_allowed_move_is_found_for_each_of_its_kinds_and_actors(row):
    for kind, actor in product(sorted(row.kinds), sorted(row.actors)):
        assert lifecycle.proposal_move(row.cause, kind, actor, row.source) is row


@pytest.mark.parametrize("row", ONE_AT_A_TIME, ids=lambda row: f"{row.cause}-{row.source}")
def test_a_move_from_another_state_is_a_conflict(row):
    kind = sorted(row.kinds)[0]
    actor = sorted(row.actors)[0]
    starts = {r.source for r in ONE_AT_A_TIME if r.cause == row.cause and kind in r.kinds}
    for current in set(ProposalStatus) - starts:
        with pytest.raises(Conflict) as refused:
            lifecycle.proposal_move(row.cause, kind, actor, current)
        assert refused.value.message.startswith("The proposal is not ")


@pytest.mark.parametrize("status", [P.REJECTED, P.SUPERSEDED, P.COMPLETED, P.DECLINED])
def test_an_ended_proposal_moves_no_more(status):
    assert not [row for row in PROPOSAL_MOVES if row.source == status]
    for row in ONE_AT_A_TIME:
        for kind in row.kinds:
            with pytest.raises(Conflict):
                lifecycle.proposal_move(row.cause, kind, sorted(row.actors)[0], status)


def test_a_completed_loan_cannot_be_declined_nor_confirmed_again():
    with pytest.raises(Conflict) as refused:
        lifecycle.proposal_move(Cause.LOAN_DECLINED, F, BANK, P.COMPLETED)
    assert refused.value.message == "The proposal is not CONFIRMED; it cannot become DECLINED"
    with pytest.raises(Conflict) as refused:
        lifecycle.proposal_move(Cause.CONFIRM, F, OFFICER, P.COMPLETED)
    assert refused.value.message == "The proposal is not PROPOSED; it cannot become CONFIRMED"


@pytest.mark.parametrize("row", ONE_AT_A_TIME, ids=lambda row: f"{row.cause}-{row.source}")
def test_an_actor_the_row_does_not_name_is_forbidden(row):
    others = set(Actor) - {a for r in ONE_AT_A_TIME if r.cause == row.cause for a in r.actors}
    assert others
    for actor in others:
        with pytest.raises(Forbidden):
            lifecycle.proposal_move(row.cause, sorted(row.kinds)[0], actor, row.source)


def test_a_bank_moves_no_proposed_proposal_and_an_officer_records_no_loan():
    for cause in (Cause.CONFIRM, Cause.REJECT):
        with pytest.raises(Forbidden):
            lifecycle.proposal_move(cause, F, BANK, P.PROPOSED)
    for cause in (Cause.LOAN_DISBURSED, Cause.LOAN_DECLINED, Cause.COMPANY_DECLINED):
        with pytest.raises(Forbidden):
            lifecycle.proposal_move(cause, F, OFFICER, P.CONFIRMED)


def test_an_admin_is_no_actor():
    with pytest.raises(Forbidden):
        lifecycle.actor(Role.ADMIN)
    assert [lifecycle.actor(role) for role in (Role.OFFICER, Role.BANK_MANAGER, Role.COMPANY)] == [
        OFFICER,
        BANK,
        COMPANY,
    ]


def test_a_cause_of_the_other_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="does not move"):
        lifecycle.proposal_move(Cause.HIRED, F, COMPANY, P.CONFIRMED)
    with pytest.raises(ValueError, match="does not move"):
        lifecycle.proposal_move(Cause.LOAN_DISBURSED, R, BANK, P.CONFIRMED)
    with pytest.raises(ValueError, match="does not move"):
        lifecycle.proposal_batch(Cause.PRODUCT_RETIRED, R, BANK)


def test_batch_moves_and_single_moves_are_not_mixed_up():
    with pytest.raises(ValueError, match="many proposals"):
        lifecycle.proposal_move(Cause.NEWER_ROUND, F, ROUND, P.PROPOSED)
    with pytest.raises(ValueError, match="one proposal"):
        lifecycle.proposal_batch(Cause.CONFIRM, F, OFFICER)
    assert lifecycle.proposal_batch(Cause.NEWER_ROUND, R, ROUND).target == P.SUPERSEDED
    with pytest.raises(Forbidden):
        lifecycle.proposal_batch(Cause.NEWER_ROUND, F, OFFICER)
    with pytest.raises(Forbidden):
        lifecycle.proposal_batch(Cause.PRODUCT_RETIRED, F, COMPANY)


def test_capacity_taken_on_confirming_is_given_back_exactly_when_declined():
    for row in PROPOSAL_MOVES:
        if row.source != P.CONFIRMED:
            assert row.capacity == (C.TAKE if row.cause == Cause.CONFIRM else C.NONE), row
        elif row.target == P.DECLINED:
            assert row.capacity == C.GIVE_BACK, row
        else:
            assert row.capacity in (C.NONE, C.HOLD_DISBURSED), row
    # Only a loan holds a disbursed amount; a drive's booth stays used once the company came.
    assert {row.cause for row in PROPOSAL_MOVES if row.capacity == C.HOLD_DISBURSED} == {
        Cause.LOAN_DISBURSED
    }


def test_confirming_needs_an_open_need_and_other_moves_tolerate_moved_needs():
    required = [row.cause for row in PROPOSAL_MOVES if row.needs and row.needs.required]
    assert required == [Cause.CONFIRM]


def test_each_move_emits_the_live_event_of_the_state_it_enters():
    # Every state has its event; the one other event is the consent's, which moves no status.
    statuses = {status.value for status in P}
    assert {event.value for event in ProposalEvent} - statuses == {ProposalEvent.CONSENTED}
    assert statuses <= {event.value for event in ProposalEvent}
    for row in PROPOSAL_MOVES:
        assert row.event == ProposalEvent(row.target.value)
        if not row.batch:
            assert row.audit == AuditAction(f"PROPOSAL_{row.target}")


def test_the_audit_summary_names_both_states_and_why():
    confirm = lifecycle.proposal_move(Cause.CONFIRM, F, OFFICER, P.PROPOSED)
    assert confirm.summary() == {"before": {"status": "PROPOSED"}, "after": {"status": "CONFIRMED"}}
    reject = lifecycle.proposal_move(Cause.REJECT, R, OFFICER, P.PROPOSED)
    assert reject.summary("重复")["why"] == "重复"
    withdrawn = lifecycle.proposal_move(Cause.NEED_WITHDRAWN, F, COMPANY, P.CONFIRMED)
    assert withdrawn.summary() == {
        "before": {"status": "CONFIRMED"},
        "after": {"status": "DECLINED"},
        "why": "the company withdrew the need",
    }


def test_a_need_is_withdrawn_only_while_open_or_matched():
    for status in (N.OPEN, N.MATCHED):
        assert lifecycle.need_move(Cause.WITHDRAW, COMPANY, status).target == N.WITHDRAWN
    for status in (N.FULFILLED, N.WITHDRAWN):
        with pytest.raises(Conflict) as refused:
            lifecycle.need_move(Cause.WITHDRAW, COMPANY, status)
        assert refused.value.message == f"A {status} need cannot be withdrawn"
    for actor in (OFFICER, BANK, ROUND):
        with pytest.raises(Forbidden):
            lifecycle.need_move(Cause.WITHDRAW, actor, N.OPEN)


def test_a_need_is_posted_by_its_company_and_released_needs_go_in_one_batch():
    posted = lifecycle.need_move(Cause.POST, COMPANY, None)
    assert (posted.target, posted.audit, posted.event) == (N.OPEN, A.NEED_POSTED, NeedEvent.POSTED)
    with pytest.raises(ValueError, match="creates"):
        lifecycle.need_move(Cause.POST, COMPANY, N.OPEN)
    with pytest.raises(ValueError, match="moves"):
        lifecycle.need_move(Cause.WITHDRAW, COMPANY, None)
    with pytest.raises(Forbidden):
        lifecycle.need_move(Cause.POST, OFFICER, None)
    released = lifecycle.need_batch(Cause.CREDIT_CODE_RELEASED, OFFICER)
    assert released.sources == {N.OPEN} and released.target == N.WITHDRAWN
    with pytest.raises(ValueError, match="one need"):
        lifecycle.need_batch(Cause.WITHDRAW, COMPANY)
