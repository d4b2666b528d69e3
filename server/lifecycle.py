"""The need and proposal lifecycles (PRODUCT.md, Lifecycles) as one table: for each move, its
cause, the state it leaves and the one it enters, who may make it, what capacity it takes or
gives back, what the proposal's needs do with it, and which audit and live event it emits.

Pure: the services look a move up here (`proposal_move`, `need_move`) and apply what the row says
in their transaction; no other code changes a status."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from server.errors import Conflict, Forbidden
from server.standards import MatchKind, NeedStatus, ProposalStatus, Role


class Actor(StrEnum):
    """Who makes a move: a person of a role, or the system publishing a round an officer
    started (audited as that officer)."""

    OFFICER = "OFFICER"
    BANK_MANAGER = "BANK_MANAGER"
    COMPANY = "COMPANY"
    ROUND = "ROUND"


class Cause(StrEnum):
    """Why a status moves: the verb of a move."""

    PUBLISH = "PUBLISH"
    CONFIRM = "CONFIRM"
    REJECT = "REJECT"
    NEWER_ROUND = "NEWER_ROUND"
    PRODUCT_RETIRED = "PRODUCT_RETIRED"
    NEED_WITHDRAWN = "NEED_WITHDRAWN"
    LOAN_DISBURSED = "LOAN_DISBURSED"
    LOAN_DECLINED = "LOAN_DECLINED"
    HIRED = "HIRED"
    NOBODY_HIRED = "NOBODY_HIRED"
    COMPANY_DECLINED = "COMPANY_DECLINED"
    POST = "POST"
    WITHDRAW = "WITHDRAW"
    CREDIT_CODE_RELEASED = "CREDIT_CODE_RELEASED"


class Capacity(StrEnum):
    """What a move does to the product's quota or the drive's booths."""

    NONE = "NONE"
    TAKE = "TAKE"
    GIVE_BACK = "GIVE_BACK"
    # A completed loan holds the amount disbursed: what was confirmed above it returns.
    HOLD_DISBURSED = "HOLD_DISBURSED"


class AuditAction(StrEnum):
    """The audit trail's action names."""

    NEED_POSTED = "NEED_POSTED"
    NEED_WITHDRAWN = "NEED_WITHDRAWN"
    PROPOSAL_CONFIRMED = "PROPOSAL_CONFIRMED"
    PROPOSAL_REJECTED = "PROPOSAL_REJECTED"
    PROPOSAL_SUPERSEDED = "PROPOSAL_SUPERSEDED"
    PROPOSAL_COMPLETED = "PROPOSAL_COMPLETED"
    PROPOSAL_DECLINED = "PROPOSAL_DECLINED"
    # A consent moves no status (services/consent.py).
    PROPOSAL_CONSENT_GIVEN = "PROPOSAL_CONSENT_GIVEN"
    ROUND_PUBLISHED = "ROUND_PUBLISHED"
    PRODUCT_RETIRED = "PRODUCT_RETIRED"
    CREDIT_CODE_RELEASED = "CREDIT_CODE_RELEASED"


class ProposalEvent(StrEnum):
    """The live events of the proposals channel, each named after the state the proposal
    entered (in the order the API lists them) — but CONSENTED, which moves no status: the
    company of a confirmed loan let its bank know who it is (services/consent.py)."""

    PROPOSED = "PROPOSED"
    CONFIRMED = "CONFIRMED"
    REJECTED = "REJECTED"
    COMPLETED = "COMPLETED"
    DECLINED = "DECLINED"
    SUPERSEDED = "SUPERSEDED"
    CONSENTED = "CONSENTED"


class NeedEvent(StrEnum):
    """The live events of the needs channel."""

    POSTED = "POSTED"


@dataclass(frozen=True, slots=True)
class NeedsFollow:
    """What a proposal's needs do when it moves: those in `source` enter `target`; where
    `required`, at least one must (else the move is refused)."""

    source: NeedStatus
    target: NeedStatus
    required: bool = False


@dataclass(frozen=True, slots=True)
class ProposalMove:
    """One row of the proposal lifecycle. `source` None: the move creates the proposal. Where
    `batch`, the cause's own audit event (`audit`) names every proposal it moved; otherwise each
    proposal gets an event of its own."""

    cause: Cause
    source: ProposalStatus | None
    target: ProposalStatus
    actors: frozenset[Actor]
    kinds: frozenset[MatchKind]
    audit: AuditAction
    capacity: Capacity = Capacity.NONE
    needs: NeedsFollow | None = None
    batch: bool = False
    why: str | None = None

    @property
    def event(self) -> ProposalEvent:
        return ProposalEvent(self.target.value)

    def summary(self, why: str | None = None) -> dict:
        """The audit summary of one proposal's move."""
        summary: dict = {"after": {"status": self.target.value}}
        if self.source is not None:
            summary = {"before": {"status": self.source.value}, **summary}
        if why or self.why:
            summary["why"] = why or self.why
        return summary


@dataclass(frozen=True, slots=True)
class NeedMove:
    """One row of the need lifecycle; `sources` empty: the move creates the need."""

    cause: Cause
    sources: frozenset[NeedStatus]
    target: NeedStatus
    actors: frozenset[Actor]
    audit: AuditAction
    event: NeedEvent | None = None
    batch: bool = False


FINANCING = frozenset({MatchKind.FINANCING})
RECRUITMENT = frozenset({MatchKind.RECRUITMENT})
BOTH = FINANCING | RECRUITMENT
OFFICER = frozenset({Actor.OFFICER})
BANK = frozenset({Actor.BANK_MANAGER})
COMPANY = frozenset({Actor.COMPANY})
ROUND = frozenset({Actor.ROUND})
HIRING_AUTHORS = frozenset({Actor.COMPANY, Actor.OFFICER})

P = ProposalStatus
N = NeedStatus
A = AuditAction
WITHDREW = "the company withdrew the need"
MATCH = NeedsFollow(N.OPEN, N.MATCHED, required=True)
FULFIL = NeedsFollow(N.MATCHED, N.FULFILLED)
REOPEN = NeedsFollow(N.MATCHED, N.OPEN)

PROPOSAL_MOVES: tuple[ProposalMove, ...] = (
    ProposalMove(Cause.PUBLISH, None, P.PROPOSED, ROUND, BOTH, A.ROUND_PUBLISHED, batch=True),
    ProposalMove(
        Cause.CONFIRM, P.PROPOSED, P.CONFIRMED, OFFICER, BOTH, A.PROPOSAL_CONFIRMED,
        Capacity.TAKE, MATCH,
    ),
    ProposalMove(Cause.REJECT, P.PROPOSED, P.REJECTED, OFFICER, BOTH, A.PROPOSAL_REJECTED),
    ProposalMove(
        Cause.NEWER_ROUND, P.PROPOSED, P.SUPERSEDED, ROUND, BOTH, A.ROUND_PUBLISHED,
        batch=True,
    ),
    ProposalMove(
        Cause.PRODUCT_RETIRED, P.PROPOSED, P.SUPERSEDED, BANK, FINANCING,
        A.PRODUCT_RETIRED, batch=True,
    ),
    ProposalMove(
        Cause.NEED_WITHDRAWN, P.PROPOSED, P.SUPERSEDED, COMPANY, BOTH,
        A.PROPOSAL_SUPERSEDED, why=WITHDREW,
    ),
    ProposalMove(
        Cause.LOAN_DISBURSED, P.CONFIRMED, P.COMPLETED, BANK, FINANCING,
        A.PROPOSAL_COMPLETED, Capacity.HOLD_DISBURSED, FULFIL,
    ),
    ProposalMove(
        Cause.LOAN_DECLINED, P.CONFIRMED, P.DECLINED, BANK, FINANCING,
        A.PROPOSAL_DECLINED, Capacity.GIVE_BACK, REOPEN,
    ),
    # The booth a company used at the drive stays used.
    ProposalMove(
        Cause.HIRED, P.CONFIRMED, P.COMPLETED, HIRING_AUTHORS, RECRUITMENT,
        A.PROPOSAL_COMPLETED, Capacity.NONE, FULFIL,
    ),
    ProposalMove(
        Cause.NOBODY_HIRED, P.CONFIRMED, P.DECLINED, HIRING_AUTHORS, RECRUITMENT,
        A.PROPOSAL_DECLINED, Capacity.GIVE_BACK, REOPEN,
    ),
    # The need is WITHDRAWN already: it stays so.
    ProposalMove(
        Cause.NEED_WITHDRAWN, P.CONFIRMED, P.DECLINED, COMPANY, BOTH,
        A.PROPOSAL_DECLINED, Capacity.GIVE_BACK, why=WITHDREW,
    ),
    # declineProposal (PRODUCT.md, consent): the company turns a confirmed lead down.
    ProposalMove(
        Cause.COMPANY_DECLINED, P.CONFIRMED, P.DECLINED, COMPANY, FINANCING,
        A.PROPOSAL_DECLINED, Capacity.GIVE_BACK, REOPEN,
    ),
)  # fmt: skip

NEED_MOVES: tuple[NeedMove, ...] = (
    NeedMove(Cause.POST, frozenset(), N.OPEN, COMPANY, A.NEED_POSTED, NeedEvent.POSTED),
    NeedMove(
        Cause.WITHDRAW, frozenset({N.OPEN, N.MATCHED}), N.WITHDRAWN, COMPANY,
        A.NEED_WITHDRAWN,
    ),
    # An officer releases a squatter's credit code: the (never verified, so never proposed)
    # company's open needs go with it.
    NeedMove(
        Cause.CREDIT_CODE_RELEASED, frozenset({N.OPEN}), N.WITHDRAWN, OFFICER,
        A.CREDIT_CODE_RELEASED, batch=True,
    ),
)  # fmt: skip


def actor(role: Role) -> Actor:
    """The actor a person of `role` is; an admin moves nothing."""
    if role == Role.ADMIN:
        raise Forbidden("Your role may not do this")
    return Actor(role.value)


def _allowed(actor: Actor, actors: Iterable[Actor]) -> None:
    if actor not in actors:
        raise Forbidden("Your role may not do this")


def proposal_moves(cause: Cause, kind: MatchKind) -> list[ProposalMove]:
    """The rows of a cause for a kind of proposal (one per state it leaves)."""
    rows = [row for row in PROPOSAL_MOVES if row.cause == cause and kind in row.kinds]
    if not rows:
        raise ValueError(f"{cause} does not move a {kind} proposal")
    return rows


def proposal_move(
    cause: Cause, kind: MatchKind, actor: Actor, current: ProposalStatus | None
) -> ProposalMove:
    """The move `actor` makes for `cause` from `current`: FORBIDDEN for an actor the row does not
    name, CONFLICT when the proposal is in another state."""
    rows = [row for row in proposal_moves(cause, kind) if not row.batch]
    if not rows:
        raise ValueError(f"{cause} moves many proposals at once")
    _allowed(actor, {a for row in rows for a in row.actors})
    for row in rows:
        if row.source == current:
            return row
    raise refused(rows[0])


def proposal_batch(cause: Cause, kind: MatchKind, actor: Actor) -> ProposalMove:
    """The row of a cause that moves many proposals at once, audited in the cause's event."""
    (row,) = proposal_moves(cause, kind)
    if not row.batch:
        raise ValueError(f"{cause} moves one proposal at a time")
    _allowed(actor, row.actors)
    return row


def refused(row: ProposalMove) -> Conflict:
    """The error of a move whose proposal was not (or no longer) in the state it leaves."""
    return Conflict(f"The proposal is not {row.source}; it cannot become {row.target}")


def _need_row(cause: Cause, actor: Actor, *, batch: bool) -> NeedMove:
    row = next(row for row in NEED_MOVES if row.cause == cause)
    if row.batch != batch:
        raise ValueError(f"{cause} moves {'many needs' if row.batch else 'one need'} at a time")
    _allowed(actor, row.actors)
    return row


def need_batch(cause: Cause, actor: Actor) -> NeedMove:
    """The row of a cause that moves many needs at once, audited in the cause's event."""
    return _need_row(cause, actor, batch=True)


def need_move(cause: Cause, actor: Actor, current: NeedStatus | None) -> NeedMove:
    """The need's move for `cause` from `current` (None: the move creates it): FORBIDDEN or
    CONFLICT as for proposals."""
    row = _need_row(cause, actor, batch=False)
    if bool(row.sources) != (current is not None):
        raise ValueError(f"{cause} {'moves' if row.sources else 'creates'} a need")
    # Every move a need's own state is checked for is a withdrawal.
    if row.sources and current not in row.sources:
        raise Conflict(f"A {current} need cannot be withdrawn")
    return row
