"""Decisions on proposals (officers) and outcomes (the bank, the company), with the need and
capacity moving in the same transaction."""

from __future__ import annotations

from datetime import date

from tortoise.transactions import in_transaction

from server import lifecycle
from server.errors import BadInput, Conflict, NotFound
from server.lifecycle import WITHDREW, Actor, Cause, NeedsFollow, ProposalEvent, ProposalMove
from server.models import FinancingNeed, HiringNeed, Proposal, RecruitmentDrive
from server.services import audit, capacity, consent, lookups, policy, validation
from server.services.clock import now
from server.services.commands.proposals import (
    AMOUNT,
    HIRES,
    NOTE,
    PROPOSAL_ID,
    PROPOSAL_IDS,
    REASON,
    ConfirmProposals,
    DeclineProposal,
    RecordHiringOutcome,
    RecordLoanOutcome,
    RejectProposal,
)
from server.services.events import PROPOSALS, EventBus, proposal_event
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import ConsentStatus, MatchKind, NeedStatus, ProposalStatus

MAX_BATCH = 100
MAX_NOTE = 1000
MAX_HIRES = 100_000


def event(name: ProposalEvent, proposal: Proposal) -> dict:
    return proposal_event(name, proposal.id, proposal.park_id)


async def list_proposals(
    viewer: Viewer | None,
    first: int | None,
    after: int | None,
    *,
    round_id: int | None = None,
    status: ProposalStatus | None = None,
    kind: MatchKind | None = None,
    company_id: int | None = None,
    product_id: int | None = None,
    drive_id: int | None = None,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = Proposal.filter(policy.proposal_scope(viewer))
    for column, value in (
        ("round_id", round_id),
        ("status", status),
        ("kind", kind),
        ("company_id", company_id),
        ("product_id", product_id),
        ("drive_id", drive_id),
    ):
        if value is not None:
            query = query.filter(**{column: value})
    return await paginate(query, first, after)


def _needs_of(proposal: Proposal):
    """The needs that travel with a proposal, as a query."""
    if proposal.kind == MatchKind.FINANCING:
        return FinancingNeed.filter(id=proposal.financing_need_id)
    return HiringNeed.filter(id__in=proposal.hiring_need_ids)


async def _move_needs(proposal: Proposal, follow: NeedsFollow, conn) -> int:
    needs = _needs_of(proposal).filter(status=follow.source).using_db(conn)
    if follow.target == NeedStatus.MATCHED:
        await (
            _needs_of(proposal)
            .filter(status=follow.source, first_confirmed_at__isnull=True)
            .using_db(conn)
            .update(first_confirmed_at=now())
        )
    if follow.target == NeedStatus.FULFILLED:
        return await needs.update(status=follow.target, fulfilled_at=now())
    return await needs.update(status=follow.target)


async def apply(
    viewer: Viewer,
    proposal: Proposal,
    cause: Cause,
    conn,
    *,
    today: date | None = None,
    why: str | None = None,
    **columns,
) -> ProposalMove:
    """Moves one proposal as its lifecycle row says — its status (only if still in the state the
    row leaves, else CONFLICT), its needs, the capacity, one audit event — in `conn`. `columns`
    are the decision's or outcome's own; the caller publishes the row's live event once
    committed."""
    move = lifecycle.proposal_move(
        cause, proposal.kind, lifecycle.actor(viewer.role), proposal.status
    )
    moved = (
        await Proposal.filter(id=proposal.id, status=move.source)
        .using_db(conn)
        .update(status=move.target, **columns)
    )
    if not moved:
        raise lifecycle.refused(move)
    if move.needs is not None:
        followed = await _move_needs(proposal, move.needs, conn)
        if move.needs.required and not followed:
            raise Conflict("The need is no longer open (withdrawn or matched elsewhere)")
    await capacity.apply(
        move.capacity,
        proposal,
        conn,
        today=today,
        disbursed_fen=columns.get("outcome_amount_fen"),
    )
    await audit.record(
        viewer,
        move.audit,
        "Proposal",
        proposal.id,
        park_id=proposal.park_id,
        summary=move.summary(why),
        using_db=conn,
    )
    return move


async def apply_batch(
    cause: Cause, kind: MatchKind, actor: Actor, conn, **where
) -> tuple[ProposalMove, list[tuple[int, int]]]:
    """Moves every proposal of `kind` matching `where` that is in the state the cause's batch
    row leaves; returns the row and the (id, park id) of each proposal moved, for the cause's
    own audit event (`batch_summary`) and the live events."""
    move = lifecycle.proposal_batch(cause, kind, actor)
    # Locked as read (PostgreSQL; SQLite has one writer): a confirmation cannot land between
    # the read and the update, so every proposal named as moved did move. In id order, as a
    # batch of confirmations locks them, so that the two never wait on each other.
    found = (
        await Proposal.filter(kind=kind, status=move.source, **where)
        .order_by("id")
        .select_for_update()
        .only("id", "park_id")
        .using_db(conn)
    )
    moved = [(proposal.id, proposal.park_id) for proposal in found]
    await Proposal.filter(id__in=[pk for pk, _ in moved]).using_db(conn).update(status=move.target)
    return move, moved


def batch_summary(move: ProposalMove, moved: list[tuple[int, int]]) -> dict:
    """What a batch cause's audit event says of the proposals it moved."""
    return {f"{move.target.value.lower()}Proposals": [pk for pk, _ in moved]}


def batch_events(move: ProposalMove, moved: list[tuple[int, int]]) -> list[dict]:
    return [proposal_event(move.event, pk, park) for pk, park in moved]


async def _confirm(
    viewer: Viewer, proposal: Proposal, today: date, preauthorised: bool, conn
) -> ProposalMove:
    policy.require_park_officer(viewer, proposal.park_id)
    move = await apply(
        viewer,
        proposal,
        Cause.CONFIRM,
        conn,
        today=today,
        decided_by_id=viewer.user_id,
        decided_at=now(),
    )
    await consent.on_confirmed(proposal, preauthorised, conn)
    return move


async def confirm_proposals(
    viewer: Viewer | None, command: ConfirmProposals, events: EventBus
) -> list[Proposal]:
    """All or nothing: one refusal undoes every confirmation of the batch. A proposal the viewer
    does not see is NOT_FOUND before its role is looked at, as for every single object."""
    viewer = policy.signed_in(viewer)
    ids = sorted(set(command.proposal_ids))
    if not 1 <= len(ids) <= MAX_BATCH:
        raise BadInput(f"{PROPOSAL_IDS} takes 1–{MAX_BATCH} distinct proposals", field=PROPOSAL_IDS)
    found = {p.id: p for p in await Proposal.filter(policy.proposal_scope(viewer), id__in=ids)}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        raise NotFound(f"No such proposal among {PROPOSAL_IDS}")
    for proposal in found.values():
        policy.require_park_officer(viewer, proposal.park_id)
    preauthorising = await consent.preauthorising_parks(found.values())
    moves: dict[int, ProposalMove] = {}
    async with in_transaction() as conn:
        for pk in ids:
            proposal = found[pk]
            preauthorised = proposal.park_id in preauthorising
            try:
                moves[pk] = await _confirm(viewer, proposal, command.today, preauthorised, conn)
            except Conflict as refused:
                raise Conflict(refused.message, subject=("Proposal", pk)) from None
    confirmed = await Proposal.filter(id__in=ids).order_by("id")
    await events.publish_many(PROPOSALS, [event(moves[p.id].event, p) for p in confirmed])
    return confirmed


async def reject_proposal(
    viewer: Viewer | None, command: RejectProposal, events: EventBus
) -> Proposal:
    proposal = await lookups.get_proposal(viewer, command.proposal_id)
    viewer = policy.require_park_officer(viewer, proposal.park_id)
    note = validation.prose(command.reason, REASON, max_length=MAX_NOTE)
    async with in_transaction() as conn:
        move = await apply(
            viewer,
            proposal,
            Cause.REJECT,
            conn,
            why=note,
            decided_by_id=viewer.user_id,
            decided_at=now(),
            decision_note=note,
        )
    rejected = await Proposal.get(id=proposal.id)
    await events.publish(PROPOSALS, event(move.event, rejected))
    return rejected


async def _close(
    viewer: Viewer,
    proposal: Proposal,
    cause: Cause,
    *,
    note: str | None,
    events: EventBus,
    **outcome,
) -> Proposal:
    """CONFIRMED → COMPLETED or DECLINED, by the outcome's cause."""
    async with in_transaction() as conn:
        move = await apply(
            viewer,
            proposal,
            cause,
            conn,
            outcome_note=note,
            outcome_by_id=viewer.user_id,
            outcome_at=now(),
            **outcome,
        )
    closed = await Proposal.get(id=proposal.id)
    await events.publish(PROPOSALS, event(move.event, closed))
    return closed


async def record_loan_outcome(
    viewer: Viewer | None, command: RecordLoanOutcome, events: EventBus
) -> Proposal:
    proposal = await lookups.get_proposal(viewer, command.proposal_id)
    if proposal.kind != MatchKind.FINANCING:
        raise BadInput(f"{PROPOSAL_ID}: a recruitment proposal has no loan", field=PROPOSAL_ID)
    product = await proposal.product
    viewer = policy.require_bank_manager(viewer, product.bank_id)
    consent.require_disclosed(proposal)
    note = validation.optional_prose(command.note, NOTE, max_length=MAX_NOTE)
    amount = command.amount
    if not command.disbursed:
        if amount is not None:
            raise BadInput(f"{AMOUNT}: a declined loan disburses nothing", field=AMOUNT)
        return await _close(viewer, proposal, Cause.LOAN_DECLINED, note=note, events=events)
    # A loan may be disbursed in part: the proposal is COMPLETED with the amount paid out, the
    # need FULFILLED, and the quota holds that amount only (parkStats counts such loans).
    disbursed_fen = proposal.amount_fen if amount is None else validation.money_fen(amount, AMOUNT)
    if disbursed_fen > proposal.amount_fen:
        raise BadInput(
            f"{AMOUNT} is above the {proposal.amount_fen / 100:,.2f} yuan confirmed", field=AMOUNT
        )
    if disbursed_fen > product.max_amount_fen:
        raise BadInput(
            f"{AMOUNT} is above the product's maximum of {product.max_amount_fen / 100:,.2f} yuan",
            field=AMOUNT,
        )
    return await _close(
        viewer,
        proposal,
        Cause.LOAN_DISBURSED,
        note=note,
        events=events,
        outcome_amount_fen=disbursed_fen,
    )


async def decline_proposal(
    viewer: Viewer | None, command: DeclineProposal, events: EventBus
) -> Proposal:
    """The company turns the lead down instead of consenting: CONFIRMED → DECLINED, its need
    open again, the product's quota given back; the pair is never proposed again."""
    viewer, proposal = await consent.deciding_company(viewer, command.proposal_id)
    note = validation.prose(command.reason, REASON, max_length=MAX_NOTE)
    async with in_transaction() as conn:
        await consent.settle(viewer, proposal, ConsentStatus.DECLINED, conn)
        move = await apply(
            viewer,
            proposal,
            Cause.COMPANY_DECLINED,
            conn,
            why=note,
            outcome_note=note,
            outcome_by_id=viewer.user_id,
            outcome_at=now(),
        )
    declined = await Proposal.get(id=proposal.id)
    await events.publish(PROPOSALS, event(move.event, declined))
    return declined


async def record_hiring_outcome(
    viewer: Viewer | None, command: RecordHiringOutcome, events: EventBus
) -> Proposal:
    """What came of a drive, from its day on: before it, nobody can have been hired there."""
    proposal = await lookups.get_proposal(viewer, command.proposal_id)
    if proposal.kind != MatchKind.RECRUITMENT:
        raise BadInput(f"{PROPOSAL_ID}: a financing proposal has no hires", field=PROPOSAL_ID)
    viewer = policy.require_hiring_outcome_author(viewer, proposal.company_id, proposal.park_id)
    hires = validation.whole(command.hires, HIRES, low=0, high=MAX_HIRES)
    note = validation.optional_prose(command.note, NOTE, max_length=MAX_NOTE)
    drive = await RecruitmentDrive.get(id=proposal.drive_id)
    if command.today < drive.date:
        raise Conflict(
            f"The drive is on {drive.date.isoformat()}: its hires are recorded from that day on"
        )
    cause = Cause.HIRED if hires > 0 else Cause.NOBODY_HIRED
    return await _close(viewer, proposal, cause, note=note, events=events, hires=hires)


async def release_for_withdrawn_need(
    viewer: Viewer, kind: MatchKind, need_id: int, company_id: int, conn
) -> list[tuple[ProposalEvent, Proposal]]:
    """A withdrawn need's proposals: PROPOSED ones are superseded, a CONFIRMED one is declined
    and gives its capacity back. A recruitment proposal goes only when none of its needs is
    left. Returns the events to publish once committed."""
    live = [row.source for row in lifecycle.proposal_moves(Cause.NEED_WITHDRAWN, kind)]
    candidates = await Proposal.filter(company_id=company_id, kind=kind, status__in=live).using_db(
        conn
    )
    if kind == MatchKind.FINANCING:
        affected = [p for p in candidates if p.financing_need_id == need_id]
    else:
        active = set(
            await HiringNeed.filter(
                company_id=company_id, status__in=(NeedStatus.OPEN, NeedStatus.MATCHED)
            )
            .using_db(conn)
            .values_list("id", flat=True)
        )
        affected = [p for p in candidates if not active.intersection(p.hiring_need_ids)]
    changes = []
    for proposal in affected:
        # A confirmed proposal ends with an outcome of its own; a proposed one is only set aside.
        outcome = (
            {"outcome_note": WITHDREW, "outcome_by_id": viewer.user_id, "outcome_at": now()}
            if proposal.status == ProposalStatus.CONFIRMED
            else {}
        )
        move = await apply(viewer, proposal, Cause.NEED_WITHDRAWN, conn, **outcome)
        changes.append((move.event, proposal))
    return changes
