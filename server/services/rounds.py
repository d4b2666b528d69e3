"""Matching rounds: an officer proposes, the matching core solves in a worker process, and the
round is published (or, for a dry run, only shown) with its proposals and verdicts."""

from __future__ import annotations

import dataclasses
import math
import time
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import count

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

import matching
from server import metrics
from server.errors import BadInput, Conflict, NotFound
from server.models import MatchRound, Park, Proposal, RoundLock, RoundVerdict
from server.services import audit, policy, round_state
from server.services.bulk import insert_many
from server.services.clock import now
from server.services.events import PROPOSALS, EventBus, proposal_event
from server.services.pagination import Page, paginate
from server.services.solver import SolverPool
from server.services.viewer import Viewer
from server.standards import MatchKind, ProposalStatus

STALE_LOCK = timedelta(minutes=15)
MAX_WEIGHTS = 20
MAX_WEIGHT = 1_000_000
# The verdict of a need left out of a round because its company awaits verification.
NOT_VERIFIED = "COMPANY_NOT_VERIFIED"


@dataclass(frozen=True, slots=True)
class UnmatchedEntry:
    company_id: int
    need_id: int | None
    reason: str
    blocking_rules: list[dict]


@dataclass(frozen=True, slots=True)
class RoundOutcome:
    """A round as the API shows it. A dry run's objects are never stored: their ids are
    negative, so no query finds them and no mutation accepts them."""

    round: MatchRound
    dry_run: bool
    preview_proposals: list[Proposal]
    preview_unmatched: list[UnmatchedEntry]


def _overrides(weights: list[tuple[str, float]] | None) -> dict[str, float]:
    overrides: dict[str, float] = {}
    for name, value in weights or ():
        if name in overrides:
            raise BadInput(f"weights: {name} is given twice", field="weights")
        # Weights are relative, so a bound loses nothing; without one, [1e308, 1e308] sums to
        # infinity while normalising.
        if not math.isfinite(value) or value > MAX_WEIGHT:
            raise BadInput(
                f"weights: {name} must be a number from 0 to {MAX_WEIGHT:,}", field="weights"
            )
        overrides[name] = value
    if len(overrides) > MAX_WEIGHTS:
        raise BadInput("weights: too many entries", field="weights")
    return overrides


def check_weights(kind: MatchKind, weights: list[tuple[str, float]] | None) -> dict[str, float]:
    """The weights a round scores with: the defaults, those given overriding them, normalised
    to sum 1."""
    try:
        return matching.resolve_weights(kind.value, _overrides(weights) or None)
    except matching.WeightError as exc:
        raise BadInput(f"weights: {exc}", field="weights") from None


def given_weights(kind: MatchKind, weights: list[tuple[str, float]] | None) -> dict[str, float]:
    """The weights as the officer set them, the defaults filling in the rest, before
    normalisation: what a round shows and stores (each proposal's breakdown shows the
    normalised weight each component counted with)."""
    return {**matching.DEFAULT_WEIGHTS[kind.value], **_overrides(weights)}


async def _acquire(key: str) -> None:
    await RoundLock.filter(key=key, acquired_at__lt=now() - STALE_LOCK).delete()
    try:
        await RoundLock.create(key=key)
    except IntegrityError:
        raise Conflict("A round for this park and kind is already computing") from None


async def _release(key: str) -> None:
    await RoundLock.filter(key=key).delete()


@dataclass(frozen=True, slots=True)
class RoundInput:
    """What a round reads: the matching core's input, and the needs it leaves out because
    their company is not verified yet (each gets a COMPANY_NOT_VERIFIED verdict)."""

    matching: matching.FinancingInput | matching.RecruitmentInput
    unverified: tuple[round_state.LeftOut, ...]


async def load_round(kind: MatchKind, park_id: int, today: date, weights: dict[str, float]):
    """The round's input, as the database holds it now."""
    # One transaction: needs, capacities and closed pairs come from the same snapshot. SQLite's
    # transaction reads one snapshot already; PostgreSQL needs REPEATABLE READ for that.
    async with in_transaction() as conn:
        if conn.capabilities.dialect == "postgres":
            await conn.execute_script("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        if kind == MatchKind.FINANCING:
            inp = await round_state.financing_input(park_id, today, weights, conn)
        else:
            inp = await round_state.recruitment_input(park_id, today, weights, conn)
        unverified = await round_state.unverified_needs(kind, park_id, today, conn)
    return RoundInput(inp, unverified)


async def load_state(kind: MatchKind, park_id: int, today: date, weights: dict[str, float]):
    """The matching core's input alone (what bench.round times the core on)."""
    return (await load_round(kind, park_id, today, weights)).matching


def solve(inp: matching.FinancingInput | matching.RecruitmentInput) -> matching.RoundResult:
    if isinstance(inp, matching.FinancingInput):
        return matching.solve_financing(inp)
    return matching.solve_recruitment(inp)


async def propose_matches(
    viewer: Viewer | None,
    today: date,
    park_id: int,
    kind: MatchKind,
    *,
    dry_run: bool,
    weights: list[tuple[str, float]] | None,
    solver: SolverPool,
    events: EventBus,
    on_stage: Callable[[str], None] = lambda _stage: None,
) -> RoundOutcome:
    """`on_stage` hears "loading", "solving" and "storing" as the round moves on."""
    viewer = policy.signed_in(viewer)
    if not await Park.filter(id=park_id).exists():
        raise NotFound("No such park")
    viewer = policy.require_park_officer(viewer, park_id)
    kind = MatchKind(kind)
    resolved = check_weights(kind, weights)
    shown = given_weights(kind, weights)
    lock = f"{park_id}:{kind.value}"
    await _acquire(lock)
    started = time.monotonic()
    try:
        on_stage("loading")
        loaded = await load_round(kind, park_id, today, resolved)
        on_stage("solving")
        result = await solver.run(solve, loaded.matching)
        if dry_run:
            outcome = _preview(viewer, park_id, kind, shown, loaded, result)
        else:
            on_stage("storing")
            outcome = await _publish(viewer, park_id, kind, shown, loaded, result, events)
    finally:
        await _release(lock)
    figures = result.figures
    metrics.observe_round(kind.value, figures.solver, time.monotonic() - started, figures.solve_ms)
    return outcome


def _amounts(inp) -> dict[str, int]:
    if isinstance(inp, matching.FinancingInput):
        return {need.id: round(need.amount * 100) for need in inp.needs}
    return {}


def _proposal_values(
    round_id: int, park_id: int, kind: MatchKind, inp, result, created_at
) -> list[dict]:
    """Each proposal's fields, as stored."""
    amounts = _amounts(inp)
    financing = kind == MatchKind.FINANCING
    return [
        {
            "round_id": round_id,
            "kind": kind,
            "park_id": park_id,
            "company_id": int(found.company_id),
            "financing_need_id": int(found.need_id) if financing else None,
            "product_id": int(found.target_id) if financing else None,
            "drive_id": None if financing else int(found.target_id),
            "hiring_need_ids": [int(need) for need in found.hiring_need_ids],
            "amount_fen": amounts.get(found.need_id) if financing else None,
            "score": found.score,
            "breakdown": [
                {"name": part.name, "value": part.value, "weight": part.weight}
                for part in found.breakdown
            ],
            "reasons": list(found.reasons),
            "status": ProposalStatus.PROPOSED,
            "created_at": created_at,
        }
        for found in result.proposals
    ]


def _unmatched(kind: MatchKind, loaded: RoundInput, result) -> list[UnmatchedEntry]:
    """The needs a round left without a proposal; a recruitment round names the company
    alone (its needs go together)."""
    judged = [
        UnmatchedEntry(
            company_id=int(left.company_id),
            need_id=None if left.need_id is None else int(left.need_id),
            reason=left.reason,
            blocking_rules=_rules(left),
        )
        for left in result.unmatched
    ]
    financing = kind == MatchKind.FINANCING
    left_out = {
        (company_id, need_id if financing else None): UnmatchedEntry(
            company_id, need_id if financing else None, NOT_VERIFIED, []
        )
        for company_id, need_id in loaded.unverified
    }
    return judged + list(left_out.values())


def _rules(left: matching.Unmatched) -> list[dict]:
    # Plain dicts by hand: dataclasses.asdict's deep copy dominated storing a large round.
    return [{"rule": rule.rule, "targets": rule.targets} for rule in left.blocking_rules]


def _round_row(viewer, park_id, kind, weights, result, **extra) -> MatchRound:
    return MatchRound(
        park_id=park_id,
        kind=kind,
        created_by_id=viewer.user_id,
        weights=weights,
        figures=dataclasses.asdict(result.figures),
        **extra,
    )


def _preview(viewer, park_id, kind, weights, loaded: RoundInput, result) -> RoundOutcome:
    ids = count(-1, -1)
    previewed = _round_row(viewer, park_id, kind, weights, result, id=next(ids), created_at=now())
    proposals = [
        Proposal(id=next(ids), **values)
        for values in _proposal_values(
            previewed.id, park_id, kind, loaded.matching, result, previewed.created_at
        )
    ]
    return RoundOutcome(previewed, True, proposals, _unmatched(kind, loaded, result))


def _verdict_values(round_id: int, kind: MatchKind, loaded: RoundInput, result) -> list[dict]:
    """One verdict per need the round judged or left out. In recruitment a company is judged
    with all its needs."""
    needs_of: dict[str, list[str]] = {}
    for need in loaded.matching.needs:
        needs_of.setdefault(
            need.company_id if kind == MatchKind.RECRUITMENT else need.id, []
        ).append(need.id)
    judged = [(found, True, None, []) for found in result.proposals] + [
        (left, False, left.reason, _rules(left)) for left in result.unmatched
    ]
    verdict = {"round_id": round_id, "kind": kind}
    return [
        {
            **verdict,
            "company_id": int(unit.company_id),
            "need_id": int(need),
            "matched": matched,
            "reason": reason,
            "blocking_rules": rules,
        }
        for unit, matched, reason, rules in judged
        for need in needs_of[unit.company_id if kind == MatchKind.RECRUITMENT else unit.need_id]
    ] + [
        {
            **verdict,
            "company_id": company_id,
            "need_id": need_id,
            "matched": False,
            "reason": NOT_VERIFIED,
            "blocking_rules": [],
        }
        for company_id, need_id in loaded.unverified
    ]


async def _publish(
    viewer, park_id, kind, weights, loaded: RoundInput, result, events: EventBus
) -> RoundOutcome:
    async with in_transaction() as conn:
        stored = _round_row(viewer, park_id, kind, weights, result)
        await stored.save(using_db=conn)
        superseded = (
            await Proposal.filter(park_id=park_id, kind=kind, status=ProposalStatus.PROPOSED)
            .using_db(conn)
            .values_list("id", flat=True)
        )
        await (
            Proposal.filter(id__in=superseded)
            .using_db(conn)
            .update(status=ProposalStatus.SUPERSEDED)
        )
        rows = _proposal_values(
            stored.id, park_id, kind, loaded.matching, result, stored.created_at
        )
        await insert_many(Proposal, rows, conn)
        await insert_many(RoundVerdict, _verdict_values(stored.id, kind, loaded, result), conn)
        await audit.record(
            viewer,
            "ROUND_PUBLISHED",
            "MatchRound",
            stored.id,
            park_id=park_id,
            summary={
                "after": {
                    "kind": kind.value,
                    "proposals": len(rows),
                    "superseded": len(superseded),
                    "matched": result.figures.matched,
                }
            },
            using_db=conn,
        )
    created = await Proposal.filter(round_id=stored.id).values_list("id", flat=True)
    await events.publish_many(
        PROPOSALS,
        [proposal_event("SUPERSEDED", pk, park_id) for pk in superseded]
        + [proposal_event("PROPOSED", pk, park_id) for pk in created],
    )
    return RoundOutcome(stored, False, [], [])


async def get_round(viewer: Viewer | None, round_id: int) -> MatchRound:
    viewer = policy.signed_in(viewer)
    found = await MatchRound.filter(policy.round_scope(viewer), id=round_id).first()
    if found is None:
        raise NotFound("No such match round")
    return found


async def list_rounds(
    viewer: Viewer | None, park_id: int, kind: MatchKind | None, first, after
) -> Page:
    viewer = policy.signed_in(viewer)
    query = MatchRound.filter(policy.round_scope(viewer), park_id=park_id)
    if kind is not None:
        query = query.filter(kind=kind)
    return await paginate(query, first, after)


async def unmatched_of_rounds(
    rounds: Sequence[tuple[int, MatchKind]],
) -> list[list[UnmatchedEntry]]:
    """Stored rounds' unmatched needs, one list per (round id, kind), in one query (recruitment:
    one entry per company)."""
    rows = await RoundVerdict.filter(
        round_id__in={round_id for round_id, _ in rounds}, matched=False
    ).order_by("id")
    by_round: dict[int, list[RoundVerdict]] = defaultdict(list)
    for row in rows:
        by_round[row.round_id].append(row)
    return [_entries(by_round[round_id], kind) for round_id, kind in rounds]


def _entries(rows: list[RoundVerdict], kind: MatchKind) -> list[UnmatchedEntry]:
    if kind == MatchKind.FINANCING:
        return [
            UnmatchedEntry(row.company_id, row.need_id, row.reason, row.blocking_rules)
            for row in rows
        ]
    by_company: dict[int, UnmatchedEntry] = {}
    for row in rows:
        by_company.setdefault(
            row.company_id, UnmatchedEntry(row.company_id, None, row.reason, row.blocking_rules)
        )
    return list(by_company.values())


async def unmatched_of(round_id: int, kind: MatchKind) -> list[UnmatchedEntry]:
    """A stored round's unmatched needs."""
    return (await unmatched_of_rounds([(round_id, kind)]))[0]


async def last_verdicts(
    viewer: Viewer | None, kind: MatchKind, need_ids: Sequence[int]
) -> list[RoundVerdict | None]:
    """The newest verdict of each need the viewer may read, in the order asked (None where no
    round judged it, or the verdicts are not the viewer's to read)."""
    if viewer is None:
        return [None] * len(need_ids)
    rows = await RoundVerdict.filter(
        policy.verdict_scope(viewer), kind=kind, need_id__in=set(need_ids)
    ).order_by("-round_id")
    newest: dict[int, RoundVerdict] = {}
    for row in rows:
        newest.setdefault(row.need_id, row)
    return [newest.get(need_id) for need_id in need_ids]
