"""Matching rounds: an officer starts one, a runner takes it through its stages (server/services/
round_runs.py) with the solve in a process of its own, and the round is published (or, for a dry
run, kept for a while to be read) with its proposals and verdicts — or it ends FAILED, TIMED_OUT
or CANCELLED and stores nothing."""

from __future__ import annotations

import dataclasses
import math
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import count
from typing import Protocol

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

import matching
from server import collector, lifecycle
from server.errors import BadInput, Conflict, NotFound
from server.lifecycle import Actor, Cause
from server.models import (
    FinancingNeed,
    HiringNeed,
    MatchRound,
    Park,
    Proposal,
    RoundLock,
    RoundPreview,
    RoundVerdict,
    User,
)
from server.services import accounts, audit, bulk, park_settings, policy, round_end, round_state
from server.services.bulk import BATCH
from server.services.clock import now
from server.services.commands.rounds import WEIGHTS, CancelRound, StartRound
from server.services.events import PROPOSALS, EventBus
from server.services.pagination import Page, paginate
from server.services.proposals import apply_batch, batch_events, batch_summary
from server.services.round_progress import Progress, follow
from server.services.viewer import Viewer
from server.standards import MatchKind, ProposalStatus, RoundStage, RoundState

MAX_WEIGHTS = 20
MAX_WEIGHT = 1_000_000
# The verdict of a need left out of a round because its company awaits verification.
NOT_VERIFIED = "COMPANY_NOT_VERIFIED"
# The matching core's own search limit (binding amount quotas) takes at most this share of the
# round's time limit, leaving the rest for loading and storing.
CORE_SHARE_OF_LIMIT = 0.5


class RoundRunner(Protocol):
    """Takes a started round through its stages: in this process, or through the job queue."""

    poll_seconds: float

    async def submit(self, round_id: int) -> None: ...


@dataclass(frozen=True, slots=True)
class UnmatchedEntry:
    company_id: int
    need_id: int | None
    reason: str
    blocking_rules: list[dict]


@dataclass(frozen=True, slots=True)
class RoundOutcome:
    """A round as the API shows it. A dry run's proposals are never stored: their ids are
    negative, so no query finds them and no mutation accepts them."""

    round: MatchRound
    dry_run: bool
    preview_proposals: list[Proposal]
    preview_unmatched: list[UnmatchedEntry]


def _overrides(weights: Sequence[tuple[str, float]]) -> dict[str, float]:
    overrides: dict[str, float] = {}
    for name, value in weights:
        if name in overrides:
            raise BadInput(f"{WEIGHTS}: {name} is given twice", field=WEIGHTS)
        # Weights are relative, so a bound loses nothing; without one, [1e308, 1e308] sums to
        # infinity while normalising.
        if not math.isfinite(value) or value > MAX_WEIGHT:
            raise BadInput(
                f"{WEIGHTS}: {name} must be a number from 0 to {MAX_WEIGHT:,}", field=WEIGHTS
            )
        overrides[name] = value
    if len(overrides) > MAX_WEIGHTS:
        raise BadInput(f"{WEIGHTS}: too many entries", field=WEIGHTS)
    return overrides


def check_weights(kind: MatchKind, weights: Sequence[tuple[str, float]]) -> dict[str, float]:
    """The weights a round scores with: the defaults, those given overriding them, normalised
    to sum 1."""
    try:
        return matching.resolve_weights(kind.value, _overrides(weights) or None)
    except matching.WeightError as exc:
        raise BadInput(f"{WEIGHTS}: {exc}", field=WEIGHTS) from None


def given_weights(kind: MatchKind, weights: Sequence[tuple[str, float]]) -> dict[str, float]:
    """The weights as the officer set them, the defaults filling in the rest, before
    normalisation: what a round shows and stores (each proposal's breakdown shows the
    normalised weight each component counted with)."""
    return {**matching.DEFAULT_WEIGHTS[kind.value], **_overrides(weights)}


def scoring_weights(row: MatchRound) -> dict[str, float]:
    """The normalised weights a started round scores with, from the weights it stores."""
    return matching.resolve_weights(row.kind.value, row.weights)


def _lock_key(park_id: int, kind: MatchKind) -> str:
    return f"{park_id}:{kind.value}"


async def _free_abandoned_lock(key: str) -> None:
    """A lock whose round has ended, or whose runner is gone or past the time limit, is let go
    now: the next round need not wait for the sweeper."""
    lock = await RoundLock.filter(key=key).first()
    if lock is None:
        return
    if lock.round_id is None:
        await RoundLock.filter(id=lock.id).delete()
        return
    await round_end.sweep_round(lock.round_id)
    held_by = await MatchRound.filter(id=lock.round_id).first()
    if held_by is None or held_by.state != RoundState.RUNNING:
        await RoundLock.filter(id=lock.id).delete()


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


async def start_round(
    viewer: Viewer | None, command: StartRound, *, runner: RoundRunner, audited: bool = True
) -> MatchRound:
    """The round, RUNNING and QUEUED, handed to the runner. One round per park and kind at a
    time: a second one while it runs is CONFLICT."""
    viewer = policy.signed_in(viewer)
    park_id, dry_run = command.park_id, command.dry_run
    if not await Park.filter(id=park_id).exists():
        raise NotFound("No such park")
    viewer = policy.require_park_officer(viewer, park_id)
    kind = MatchKind(command.kind)
    check_weights(kind, command.weights)
    shown = given_weights(kind, command.weights)
    limit = await park_settings.round_time_limit(park_id)
    key = _lock_key(park_id, kind)
    await _free_abandoned_lock(key)
    started = now()
    try:
        async with in_transaction() as conn:
            row = await MatchRound.create(
                park_id=park_id,
                kind=kind,
                created_by_id=viewer.user_id,
                weights=shown,
                dry_run=dry_run,
                state=RoundState.RUNNING,
                stage=RoundStage.QUEUED,
                deadline_at=started + timedelta(seconds=limit),
                using_db=conn,
            )
            await RoundLock.create(key=key, round_id=row.id, using_db=conn)
            if audited:
                await audit.record(
                    viewer,
                    "ROUND_STARTED",
                    "MatchRound",
                    row.id,
                    park_id=park_id,
                    summary={"after": {"kind": kind.value, "dryRun": dry_run, "timeLimit": limit}},
                    using_db=conn,
                )
    except IntegrityError:
        raise Conflict("A round for this park and kind is already computing") from None
    try:
        await runner.submit(row.id)
    except Exception:
        await round_end.end_round(row.id, RoundState.FAILED, "the round could not be queued")
        raise
    return row


async def propose_matches(
    viewer: Viewer | None,
    command: StartRound,
    *,
    runner: RoundRunner,
    events: EventBus,
    on_progress: Callable[[Progress], Awaitable[None]] | None = None,
) -> RoundOutcome:
    """A round started and waited for: the finished round, as proposeMatches has always answered.
    A dry run leaves nothing behind: its preview is read, then its rows are dropped."""
    row = await start_round(viewer, command, runner=runner, audited=False)
    async for progress in follow(row.id, events, runner.poll_seconds):
        if on_progress is not None:
            await on_progress(progress)
    row = await MatchRound.get(id=row.id)
    if row.state == RoundState.PUBLISHED:
        return RoundOutcome(row, False, [], [])
    if row.state == RoundState.PREVIEWED:
        outcome = await _unstored_preview(row)
        await MatchRound.filter(id=row.id).delete()
        return outcome
    raise Conflict(f"The round ended {row.state.value}: {row.failure or 'no reason given'}")


async def cancel_round(viewer: Viewer | None, command: CancelRound, events: EventBus) -> MatchRound:
    """An officer of the round's park stops it; it stores nothing and frees its park and kind."""
    row = await get_round(viewer, command.round_id)
    viewer = policy.require_park_officer(viewer, row.park_id)
    ended = row.state == RoundState.RUNNING and await round_end.end_round(
        row.id, RoundState.CANCELLED, None, actor=viewer, events=events
    )
    if not ended:
        raise Conflict("This round has finished already")
    return await MatchRound.get(id=row.id)


async def follow_round(viewer: Viewer | None, round_id: int, events: EventBus, poll: float):
    """roundProgress: the round's progress, for the officers of its park only."""
    row = await get_round(viewer, round_id)
    policy.require_park_officer(viewer, row.park_id)
    return follow(round_id, events, poll)


def with_time_limit(inp, row: MatchRound):
    """The core's amount search bounded by the round's time left (financing rounds)."""
    if not isinstance(inp, matching.FinancingInput):
        return inp
    left = (row.deadline_at - now()).total_seconds()
    return dataclasses.replace(
        inp, time_limit_s=max(0.1, min(inp.time_limit_s, left * CORE_SHARE_OF_LIMIT))
    )


def _amounts(inp) -> dict[str, int]:
    if isinstance(inp, matching.FinancingInput):
        return {need.id: round(need.amount * 100) for need in inp.needs}
    return {}


def _rates(inp) -> dict[str, int]:
    """Each product's rate in force on the round's date, in basis points: its lowest."""
    if isinstance(inp, matching.FinancingInput):
        return {product.id: round(product.min_rate * 100) for product in inp.products}
    return {}


def _proposal_shared(round_id: int, park_id: int, kind: MatchKind) -> dict:
    """The fields every proposal of a round has alike (a published round's in the state its
    proposals enter)."""
    status = lifecycle.proposal_batch(Cause.PUBLISH, kind, Actor.ROUND).target
    return {"round_id": round_id, "kind": kind, "park_id": park_id, "status": status}


def _proposal_values(kind: MatchKind, inp, result) -> list[dict]:
    """Each proposal's own fields, as stored."""
    amounts, rates = _amounts(inp), _rates(inp)
    financing = kind == MatchKind.FINANCING
    return [
        {
            "company_id": int(found.company_id),
            "financing_need_id": int(found.need_id) if financing else None,
            "product_id": int(found.target_id) if financing else None,
            "drive_id": None if financing else int(found.target_id),
            "hiring_need_ids": [int(need) for need in found.hiring_need_ids],
            "amount_fen": amounts.get(found.need_id) if financing else None,
            "annual_rate_bp": rates.get(found.target_id) if financing else None,
            "score": found.score,
            "breakdown": [
                {"name": part.name, "value": part.value, "weight": part.weight}
                for part in found.breakdown
            ],
            "reasons": [{"code": code, "params": params} for code, params in found.reasons],
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


def _figures(result: matching.RoundResult) -> dict:
    return dataclasses.asdict(result.figures)


def _preview_entries(row: MatchRound, loaded: RoundInput, result) -> tuple[list[dict], list[dict]]:
    """A dry run's proposals and unmatched needs as JSON-ready values."""
    shared = _proposal_shared(row.id, row.park_id, row.kind)
    proposals = [shared | values for values in _proposal_values(row.kind, loaded.matching, result)]
    unmatched = [dataclasses.asdict(entry) for entry in _unmatched(row.kind, loaded, result)]
    return proposals, unmatched


async def save_preview(row: MatchRound, loaded: RoundInput, result, events: EventBus) -> None:
    """A dry run ends PREVIEWED with its answer kept beside it; no proposal is stored."""
    proposals, unmatched = _preview_entries(row, loaded, result)
    async with in_transaction() as conn:
        await RoundPreview.create(
            round_id=row.id, proposals=proposals, unmatched=unmatched, using_db=conn
        )
        await round_end.finish_in(conn, row.id, RoundState.PREVIEWED, figures=_figures(result))
    await round_end.announce_end(row, RoundState.PREVIEWED, events)


async def preview_of(row: MatchRound) -> RoundOutcome:
    """A stored dry run as the API shows it: its proposals carry negative ids that no query
    finds and no mutation accepts."""
    preview = None
    if row.state == RoundState.PREVIEWED:
        preview = await RoundPreview.filter(round_id=row.id).first()
    if preview is None:
        return RoundOutcome(row, True, [], [])
    ids = count(-1, -1)
    proposals = [
        Proposal(
            **values
            | {
                "id": next(ids),
                "kind": MatchKind(values["kind"]),
                "status": ProposalStatus(values["status"]),
                "created_at": row.finished_at,
            }
        )
        for values in preview.proposals
    ]
    unmatched = [UnmatchedEntry(**entry) for entry in preview.unmatched]
    return RoundOutcome(row, True, proposals, unmatched)


async def _unstored_preview(row: MatchRound) -> RoundOutcome:
    """proposeMatches' dry run: the preview under a negative round id, as nothing is kept."""
    outcome = await preview_of(row)
    ghost = MatchRound(**{name: getattr(row, name) for name in row._meta.fields_db_projection})
    ghost.id = -1
    for proposal in outcome.preview_proposals:
        proposal.round_id = ghost.id
        proposal.id -= 1
    return RoundOutcome(ghost, True, outcome.preview_proposals, outcome.preview_unmatched)


def _verdict_values(kind: MatchKind, loaded: RoundInput, result) -> list[dict]:
    """One verdict per need the round judged or left out (all but its round and kind). In
    recruitment a company is judged with all its needs."""
    needs_of: dict[str, list[str]] = {}
    for need in loaded.matching.needs:
        needs_of.setdefault(
            need.company_id if kind == MatchKind.RECRUITMENT else need.id, []
        ).append(need.id)
    judged = [(found, True, None, []) for found in result.proposals] + [
        (left, False, left.reason, _rules(left)) for left in result.unmatched
    ]
    return [
        {
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
            "company_id": company_id,
            "need_id": need_id,
            "matched": False,
            "reason": NOT_VERIFIED,
            "blocking_rules": [],
        }
        for company_id, need_id in loaded.unverified
    ]


async def _first_proposed(kind: MatchKind, rows: list[dict], at: datetime, conn) -> None:
    """Stops the FIRST_PROPOSAL clock of the needs the round proposed for the first time."""
    if kind == MatchKind.FINANCING:
        model, ids = FinancingNeed, {row["financing_need_id"] for row in rows}
    else:
        model, ids = HiringNeed, {need for row in rows for need in row["hiring_need_ids"]}
    ordered = sorted(ids)
    for start in range(0, len(ordered), BATCH):
        await (
            model.filter(id__in=ordered[start : start + BATCH], first_proposed_at__isnull=True)
            .using_db(conn)
            .update(first_proposed_at=at)
        )


async def publish(
    row: MatchRound,
    loaded: RoundInput,
    result,
    events: EventBus,
    on_stored: Callable[[float], Awaitable[None]] | None = None,
) -> None:
    """The round's proposals and verdicts stored and the park's PROPOSED proposals of its kind
    superseded, all in one transaction that commits only while the round still runs (a cancel
    or a time-out meanwhile rolls it all back). `on_stored` hears the share of rows written."""
    park_id, kind = row.park_id, row.kind
    creator = accounts.viewer_of(await User.get(id=row.created_by_id))
    published = lifecycle.proposal_batch(Cause.PUBLISH, kind, Actor.ROUND)
    # Built before the transaction: on SQLite it holds the one connection, every other
    # request's statements wait for it.
    at = now()
    with collector.paused():  # ~10^5 small objects at once (server/collector.py)
        rows = _proposal_values(kind, loaded.matching, result)
        verdicts = _verdict_values(kind, loaded, result)
    proposal_rows = await bulk.prepare(
        Proposal, rows, same=_proposal_shared(row.id, park_id, kind) | {"created_at": at}
    )
    verdict_rows = await bulk.prepare(
        RoundVerdict, verdicts, same={"round_id": row.id, "kind": kind}
    )
    total = max(1, len(rows) + len(verdicts))

    async def stored(done: int) -> None:
        if on_stored is not None:
            await on_stored(done / total)

    async with in_transaction() as conn:
        newer, superseded = await apply_batch(
            Cause.NEWER_ROUND, kind, Actor.ROUND, conn, park_id=park_id
        )
        await bulk.insert_many(proposal_rows, conn, on_batch=stored)
        await _first_proposed(kind, rows, at, conn)
        await bulk.insert_many(verdict_rows, conn, on_batch=lambda done: stored(len(rows) + done))
        await audit.record(
            creator,
            published.audit,
            "MatchRound",
            row.id,
            park_id=park_id,
            summary={
                "after": {
                    "kind": kind.value,
                    "proposals": len(rows),
                    "superseded": len(superseded),
                    "matched": result.figures.matched,
                },
                **batch_summary(newer, superseded),
            },
            using_db=conn,
        )
        await round_end.finish_in(conn, row.id, RoundState.PUBLISHED, figures=_figures(result))
    created = await Proposal.filter(round_id=row.id).values_list("id", "park_id")
    await events.publish_many(
        PROPOSALS,
        batch_events(newer, superseded) + batch_events(published, created),
    )
    await round_end.announce_end(row, RoundState.PUBLISHED, events)


async def get_round(viewer: Viewer | None, round_id: int) -> MatchRound:
    viewer = policy.signed_in(viewer)
    found = await MatchRound.filter(policy.round_scope(viewer), id=round_id).first()
    if found is None:
        raise NotFound("No such match round")
    return found


async def list_rounds(
    viewer: Viewer | None, park_id: int, kind: MatchKind | None, first, after
) -> Page:
    """The park's rounds in every state, dry runs aside."""
    viewer = policy.signed_in(viewer)
    query = MatchRound.filter(policy.round_scope(viewer), park_id=park_id, dry_run=False)
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


@dataclass(frozen=True, slots=True)
class NeedVerdict:
    """The newest verdict on a need, with its round where the viewer may read the round."""

    verdict: RoundVerdict
    round: MatchRound | None


async def last_verdicts(
    viewer: Viewer | None, kind: MatchKind, need_ids: Sequence[int]
) -> list[NeedVerdict | None]:
    """The newest verdict of each need the viewer may read, in the order asked (None where no
    round judged it, or the verdicts are not the viewer's to read). Their rounds come in the same
    call, not through a round loader: a page of financing and hiring needs would otherwise read
    rounds once or twice, as the two kinds' verdicts happened to arrive together or not."""
    if viewer is None:
        return [None] * len(need_ids)
    rows = await RoundVerdict.filter(
        policy.verdict_scope(viewer), kind=kind, need_id__in=set(need_ids)
    ).order_by("-round_id")
    newest: dict[int, RoundVerdict] = {}
    for row in rows:
        newest.setdefault(row.need_id, row)
    round_ids = {row.round_id for row in newest.values()}
    readable = (
        {r.id: r for r in await MatchRound.filter(policy.round_scope(viewer), id__in=round_ids)}
        if round_ids
        else {}
    )
    return [
        NeedVerdict(found, readable.get(found.round_id)) if found else None
        for found in map(newest.get, need_ids)
    ]
