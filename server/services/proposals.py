"""Decisions on proposals (officers) and outcomes (the bank, the company), with the need and
capacity moving in the same transaction."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict, NotFound
from server.models import FinancingNeed, HiringNeed, Proposal, RecruitmentDrive
from server.services import audit, capacity, consent, policy, validation
from server.services.clock import now
from server.services.events import PROPOSALS, EventBus, proposal_event
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import ConsentStatus, MatchKind, NeedStatus, ProposalStatus

MAX_BATCH = 100
MAX_NOTE = 1000
MAX_HIRES = 100_000


def event(name: str, proposal: Proposal) -> dict:
    return proposal_event(name, proposal.id, proposal.park_id)


async def get_proposal(viewer: Viewer | None, proposal_id: int) -> Proposal:
    viewer = policy.signed_in(viewer)
    found = await Proposal.filter(policy.proposal_scope(viewer), id=proposal_id).first()
    if found is None:
        raise NotFound("No such proposal")
    return found


async def list_proposals(
    viewer: Viewer | None,
    first: int | None,
    after: str | None,
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


async def _move_needs(proposal: Proposal, source: NeedStatus, target: NeedStatus, conn) -> int:
    needs = _needs_of(proposal).filter(status=source).using_db(conn)
    if target == NeedStatus.MATCHED:
        await (
            _needs_of(proposal)
            .filter(status=source, first_confirmed_at__isnull=True)
            .using_db(conn)
            .update(first_confirmed_at=now())
        )
    if target == NeedStatus.FULFILLED:
        return await needs.update(status=target, fulfilled_at=now())
    return await needs.update(status=target)


async def _transition(
    proposal: Proposal, source: ProposalStatus, target: ProposalStatus, conn, **changes
) -> None:
    """Moves the proposal only if it is still in `source`; otherwise CONFLICT."""
    moved = (
        await Proposal.filter(id=proposal.id, status=source)
        .using_db(conn)
        .update(status=target, **changes)
    )
    if not moved:
        raise Conflict(f"The proposal is not {source.value}; it cannot become {target.value}")


async def _confirm(viewer: Viewer, proposal: Proposal, today: date, conn) -> None:
    policy.require_park_officer(viewer, proposal.park_id)
    await _transition(
        proposal,
        ProposalStatus.PROPOSED,
        ProposalStatus.CONFIRMED,
        conn,
        decided_by_id=viewer.user_id,
        decided_at=now(),
    )
    if not await _move_needs(proposal, NeedStatus.OPEN, NeedStatus.MATCHED, conn):
        raise Conflict("The need is no longer open (withdrawn or matched elsewhere)")
    await capacity.take(proposal, today, conn)
    await consent.on_confirmed(proposal, conn)
    await audit.record(
        viewer,
        "PROPOSAL_CONFIRMED",
        "Proposal",
        proposal.id,
        park_id=proposal.park_id,
        summary={"before": {"status": "PROPOSED"}, "after": {"status": "CONFIRMED"}},
        using_db=conn,
    )


async def confirm_proposals(
    viewer: Viewer | None, today: date, proposal_ids: list[int], events: EventBus
) -> list[Proposal]:
    """All or nothing: one refusal undoes every confirmation of the batch. A proposal the viewer
    does not see is NOT_FOUND before its role is looked at, as for every single object."""
    viewer = policy.signed_in(viewer)
    ids = sorted(set(proposal_ids))
    if not 1 <= len(ids) <= MAX_BATCH:
        raise BadInput(f"ids takes 1–{MAX_BATCH} distinct proposals", field="ids")
    found = {p.id: p for p in await Proposal.filter(policy.proposal_scope(viewer), id__in=ids)}
    missing = [pk for pk in ids if pk not in found]
    if missing:
        raise NotFound("No such proposal among ids")
    for proposal in found.values():
        policy.require_park_officer(viewer, proposal.park_id)
    async with in_transaction() as conn:
        for pk in ids:
            try:
                await _confirm(viewer, found[pk], today, conn)
            except Conflict as refused:
                raise Conflict(refused.message, subject=("Proposal", pk)) from None
    confirmed = await Proposal.filter(id__in=ids).order_by("id")
    await events.publish_many(PROPOSALS, [event("CONFIRMED", p) for p in confirmed])
    return confirmed


async def reject_proposal(
    viewer: Viewer | None, proposal_id: int, reason: str, events: EventBus
) -> Proposal:
    proposal = await get_proposal(viewer, proposal_id)
    viewer = policy.require_park_officer(viewer, proposal.park_id)
    note = validation.prose(reason, "reason", max_length=MAX_NOTE)
    async with in_transaction() as conn:
        await _transition(
            proposal,
            ProposalStatus.PROPOSED,
            ProposalStatus.REJECTED,
            conn,
            decided_by_id=viewer.user_id,
            decided_at=now(),
            decision_note=note,
        )
        await audit.record(
            viewer,
            "PROPOSAL_REJECTED",
            "Proposal",
            proposal.id,
            park_id=proposal.park_id,
            summary={
                "before": {"status": "PROPOSED"},
                "after": {"status": "REJECTED"},
                "why": note,
            },
            using_db=conn,
        )
    rejected = await Proposal.get(id=proposal.id)
    await events.publish(PROPOSALS, event("REJECTED", rejected))
    return rejected


async def _close(
    viewer: Viewer,
    proposal: Proposal,
    *,
    success: bool,
    note: str | None,
    events: EventBus,
    **outcome,
) -> Proposal:
    """CONFIRMED → COMPLETED (needs FULFILLED) or DECLINED (needs reopen, capacity returns)."""
    target = ProposalStatus.COMPLETED if success else ProposalStatus.DECLINED
    async with in_transaction() as conn:
        await _transition(
            proposal,
            ProposalStatus.CONFIRMED,
            target,
            conn,
            outcome_note=note,
            outcome_by_id=viewer.user_id,
            outcome_at=now(),
            **outcome,
        )
        if success:
            await _move_needs(proposal, NeedStatus.MATCHED, NeedStatus.FULFILLED, conn)
            if proposal.kind == MatchKind.FINANCING:
                await capacity.settle_disbursed(proposal, outcome["outcome_amount_fen"], conn)
        else:
            await _move_needs(proposal, NeedStatus.MATCHED, NeedStatus.OPEN, conn)
            await capacity.give_back(proposal, conn)
        await audit.record(
            viewer,
            f"PROPOSAL_{target.value}",
            "Proposal",
            proposal.id,
            park_id=proposal.park_id,
            summary={"before": {"status": "CONFIRMED"}, "after": {"status": target.value}},
            using_db=conn,
        )
    closed = await Proposal.get(id=proposal.id)
    await events.publish(PROPOSALS, event(target.value, closed))
    return closed


async def record_loan_outcome(
    viewer: Viewer | None,
    proposal_id: int,
    *,
    disbursed: bool,
    amount: Decimal | None,
    note: str | None,
    events: EventBus,
) -> Proposal:
    proposal = await get_proposal(viewer, proposal_id)
    if proposal.kind != MatchKind.FINANCING:
        raise BadInput("proposalId: a recruitment proposal has no loan", field="proposalId")
    product = await proposal.product
    viewer = policy.require_bank_manager(viewer, product.bank_id)
    consent.require_disclosed(proposal)
    note = validation.optional_prose(note, "note", max_length=MAX_NOTE)
    if not disbursed:
        if amount is not None:
            raise BadInput("amount: a declined loan disburses nothing", field="amount")
        return await _close(viewer, proposal, success=False, note=note, events=events)
    # A loan may be disbursed in part: the proposal is COMPLETED with the amount paid out, the
    # need FULFILLED, and the quota holds that amount only (parkStats counts such loans).
    disbursed_fen = (
        proposal.amount_fen if amount is None else validation.money_fen(amount, "amount")
    )
    if disbursed_fen > proposal.amount_fen:
        raise BadInput(
            f"amount is above the {proposal.amount_fen / 100:,.2f} yuan confirmed", field="amount"
        )
    if disbursed_fen > product.max_amount_fen:
        raise BadInput(
            f"amount is above the product's maximum of {product.max_amount_fen / 100:,.2f} yuan",
            field="amount",
        )
    return await _close(
        viewer,
        proposal,
        success=True,
        note=note,
        events=events,
        outcome_amount_fen=disbursed_fen,
    )


async def decline_proposal(
    viewer: Viewer | None, proposal_id: int, reason: str, events: EventBus
) -> Proposal:
    """The company turns the lead down instead of consenting: CONFIRMED → DECLINED, its need
    open again, the product's quota given back; the pair is never proposed again."""
    viewer, proposal = await consent.deciding_company(viewer, proposal_id)
    note = validation.prose(reason, "reason", max_length=MAX_NOTE)
    async with in_transaction() as conn:
        await consent.settle(viewer, proposal, ConsentStatus.DECLINED, conn)
        await _transition(
            proposal,
            ProposalStatus.CONFIRMED,
            ProposalStatus.DECLINED,
            conn,
            outcome_note=note,
            outcome_by_id=viewer.user_id,
            outcome_at=now(),
        )
        await _move_needs(proposal, NeedStatus.MATCHED, NeedStatus.OPEN, conn)
        await capacity.give_back(proposal, conn)
        await audit.record(
            viewer,
            "PROPOSAL_DECLINED",
            "Proposal",
            proposal.id,
            park_id=proposal.park_id,
            summary={
                "before": {"status": "CONFIRMED", "consent": "PENDING"},
                "after": {"status": "DECLINED", "consent": "DECLINED"},
                "why": note,
            },
            using_db=conn,
        )
    declined = await Proposal.get(id=proposal.id)
    await events.publish(PROPOSALS, event("DECLINED", declined))
    return declined


async def record_hiring_outcome(
    viewer: Viewer | None,
    today: date,
    proposal_id: int,
    *,
    hires: int,
    note: str | None,
    events: EventBus,
) -> Proposal:
    """What came of a drive, from its day on: before it, nobody can have been hired there."""
    proposal = await get_proposal(viewer, proposal_id)
    if proposal.kind != MatchKind.RECRUITMENT:
        raise BadInput("proposalId: a financing proposal has no hires", field="proposalId")
    viewer = policy.require_hiring_outcome_author(viewer, proposal.company_id, proposal.park_id)
    hires = validation.whole(hires, "hires", low=0, high=MAX_HIRES)
    note = validation.optional_prose(note, "note", max_length=MAX_NOTE)
    drive = await RecruitmentDrive.get(id=proposal.drive_id)
    if today < drive.date:
        raise Conflict(
            f"The drive is on {drive.date.isoformat()}: its hires are recorded from that day on"
        )
    return await _close(viewer, proposal, success=hires > 0, note=note, events=events, hires=hires)


async def release_for_withdrawn_need(
    viewer: Viewer, kind: MatchKind, need_id: int, company_id: int, conn
) -> list[tuple[str, Proposal]]:
    """A withdrawn need's proposals: PROPOSED ones are superseded, a CONFIRMED one is declined
    and gives its capacity back. A recruitment proposal goes only when none of its needs is
    left. Returns the events to publish once committed."""
    live = (ProposalStatus.PROPOSED, ProposalStatus.CONFIRMED)
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
        if proposal.status == ProposalStatus.CONFIRMED:
            await _transition(
                proposal,
                ProposalStatus.CONFIRMED,
                ProposalStatus.DECLINED,
                conn,
                outcome_note="the company withdrew the need",
                outcome_by_id=viewer.user_id,
                outcome_at=now(),
            )
            await capacity.give_back(proposal, conn)
            changes.append(("DECLINED", proposal))
        else:
            await _transition(proposal, ProposalStatus.PROPOSED, ProposalStatus.SUPERSEDED, conn)
            changes.append(("SUPERSEDED", proposal))
    for name, proposal in changes:
        await audit.record(
            viewer,
            f"PROPOSAL_{name}",
            "Proposal",
            proposal.id,
            park_id=proposal.park_id,
            summary={
                "before": {"status": proposal.status.value},
                "after": {"status": name},
                "why": "the company withdrew the need",
            },
            using_db=conn,
        )
    return changes
