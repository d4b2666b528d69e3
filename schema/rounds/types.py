from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

import strawberry

from schema.accounts.parties import Park
from schema.accounts.types import User
from schema.companies.types import Company
from schema.context import Info
from schema.drives.types import RecruitmentDrive
from schema.enums import (
    Collateral,
    ConsentStatus,
    MatchKind,
    ProposalStatus,
    RoundStage,
    RoundState,
    SizeClass,
)
from schema.ids import gid
from schema.money import percent, yuan
from schema.needs.types import FinancingNeed, HiringNeed
from schema.pagination import Connection, decode_cursor, read_after
from schema.products.types import CreditProduct
from server.locale.messages import translate
from server.locale.reasons import reason_text, rule_text, verdict_text
from server.services import policy, rounds
from server.services.pagination import Page, check_page_size


@strawberry.type
class ScoreComponent:
    name: str
    value: float
    weight: float


@strawberry.type(
    description="A financing proposal's lead as its bank sees it before the company consents: "
    "no name, no credit code, no contact."
)
class ProposalLead:
    industry: str
    size_class: SizeClass
    amount: Decimal
    term_months: int
    collateral: list[Collateral]


@strawberry.type
class ProposalConsent:
    status: ConsentStatus
    at: datetime | None = strawberry.field(
        description="When the company consented or declined, or (PREAUTHORISED) the proposal "
        "was confirmed; null while PENDING."
    )
    disclosed: list[str] = strawberry.field(
        description="What the bank was shown at consent, as the API names it (company.name, "
        "need.purpose, …); empty unless GIVEN or PREAUTHORISED."
    )
    by_pk: strawberry.Private[int | None]
    shown: strawberry.Private[bool]

    @strawberry.field(
        description="The company's user who consented or declined; null when pre-authorised, "
        "and for the bank until the company is disclosed to it."
    )
    async def by(self, info: Info) -> User | None:
        if self.by_pk is None or not self.shown:
            return None
        return User.of(await info.context.loaders.user_by_id.load(self.by_pk))


@strawberry.type
class Proposal:
    id: strawberry.ID
    status: ProposalStatus
    kind: MatchKind
    score: float
    breakdown: list[ScoreComponent]
    amount: Decimal | None
    annual_rate: Decimal | None = strawberry.field(
        description="Financing: the product's annual rate in force on the round's date (a "
        "fixed-rate product: its lowest), kept as the proposal was made whatever the LPR does "
        "since; null in recruitment."
    )
    decided_at: datetime | None
    decision_note: str | None
    outcome_amount: Decimal | None
    hires: int | None
    created_at: datetime
    row: strawberry.Private[object]

    @classmethod
    def of(cls, row) -> Proposal:
        return cls(
            id=gid("Proposal", row.id),
            status=row.status,
            kind=row.kind,
            score=row.score,
            breakdown=[ScoreComponent(**part) for part in row.breakdown],
            amount=yuan(row.amount_fen),
            annual_rate=None if row.annual_rate_bp is None else percent(row.annual_rate_bp),
            decided_at=row.decided_at,
            decision_note=row.decision_note,
            outcome_amount=yuan(row.outcome_amount_fen),
            hires=row.hires,
            created_at=row.created_at,
            row=row,
        )

    @strawberry.field(description="Why it was proposed, in the request's language.")
    def reasons(self, info: Info) -> list[str]:
        return [reason_text(reason, info.context.locale) for reason in self.row.reasons]

    @strawberry.field
    async def round(self, info: Info) -> MatchRound | None:
        """The round that proposed it; only officers and admins see rounds."""
        found = await info.context.loaders.match_round_by_id.load(self.row.round_id)
        return None if found is None else MatchRound.of(found)

    def _disclosed(self, info: Info) -> bool:
        return policy.discloses_company(info.context.viewer, self.row)

    @strawberry.field(
        description="Null for the bank until the company consents (or its park pre-authorised "
        "disclosure): it sees `lead` instead."
    )
    async def company(self, info: Info) -> Company | None:
        if not self._disclosed(info):
            return None
        return Company.of(await info.context.loaders.company_by_id.load(self.row.company_id))

    @strawberry.field(
        description="The outcome's note, or the company's reason for declining; the bank reads "
        "a company's reason only once the company was disclosed to it."
    )
    def outcome_note(self, info: Info) -> str | None:
        return self.row.outcome_note if self._disclosed(info) else None

    @strawberry.field(
        description="Financing: the lead without the company's identity (industry, size class, "
        "amount, term, collateral); null in recruitment."
    )
    async def lead(self, info: Info) -> ProposalLead | None:
        if self.row.financing_need_id is None:
            return None
        facts = await info.context.loaders.lead_facts_by_proposal.load(
            (self.row.company_id, self.row.financing_need_id)
        )
        return ProposalLead(
            industry=facts.industry,
            size_class=facts.size_class,
            amount=yuan(self.row.amount_fen),
            term_months=facts.term_months,
            collateral=facts.collateral,
        )

    @strawberry.field(
        description="Financing, from confirmation on: the company's consent to be disclosed to "
        "the bank. Null before confirmation and in recruitment (a drive asks no consent); a "
        "loan closed before the company answered (its need withdrawn) stays PENDING: nothing "
        "was disclosed."
    )
    def consent(self, info: Info) -> ProposalConsent | None:
        if self.row.consent_status is None:
            return None
        return ProposalConsent(
            status=self.row.consent_status,
            at=self.row.consent_at,
            disclosed=list(self.row.consent_disclosed),
            by_pk=self.row.consent_by_id,
            shown=self._disclosed(info),
        )

    @strawberry.field(
        description=(
            "The financing need; null in recruitment proposals, and for a bank once it declined "
            "the loan (the need went back to the park)."
        )
    )
    async def need(self, info: Info) -> FinancingNeed | None:
        if self.row.financing_need_id is None:
            return None
        need = await info.context.loaders.financing_need_by_id.load(self.row.financing_need_id)
        return None if need is None else FinancingNeed.of(need)

    @strawberry.field
    async def hiring_needs(self, info: Info) -> list[HiringNeed]:
        found = await info.context.loaders.hiring_need_by_id.load_many(self.row.hiring_need_ids)
        return [HiringNeed.of(need) for need in found if need is not None]

    @strawberry.field
    async def product(self, info: Info) -> CreditProduct | None:
        if self.row.product_id is None:
            return None
        return CreditProduct.of(
            await info.context.loaders.credit_product_by_id.load(self.row.product_id)
        )

    @strawberry.field
    async def drive(self, info: Info) -> RecruitmentDrive | None:
        if self.row.drive_id is None:
            return None
        return RecruitmentDrive.of(
            await info.context.loaders.recruitment_drive_by_id.load(self.row.drive_id)
        )

    @strawberry.field
    async def decided_by(self, info: Info) -> User | None:
        if self.row.decided_by_id is None:
            return None
        return User.of(await info.context.loaders.user_by_id.load(self.row.decided_by_id))


@strawberry.type
class Weight:
    name: str
    value: float


@strawberry.type
class RoundFigures:
    needs: int
    targets: int
    eligible_pairs: int
    matched: int
    total_score: float
    solver: str
    exact: bool
    gap: float
    build_ms: float
    solve_ms: float


@strawberry.type
class BlockingRule:
    rule: str
    targets: int

    @strawberry.field(description="The rule in words, in the request's language.")
    def description(self, info: Info) -> str:
        return rule_text(self.rule, info.context.locale)


def _verdict_words(reason: str | None, rules: list[BlockingRule], info: Info) -> str:
    return verdict_text(reason, [vars(rule) for rule in rules], info.context.locale)


@strawberry.type
class UnmatchedNeed:
    reason: str
    blocking_rules: list[BlockingRule]

    @strawberry.field(description="Why it went unmatched, in the request's language.")
    def explanation(self, info: Info) -> str:
        return _verdict_words(self.reason, self.blocking_rules, info)

    company_pk: strawberry.Private[int]
    need_pk: strawberry.Private[int | None]

    @classmethod
    def of(cls, entry: rounds.UnmatchedEntry) -> UnmatchedNeed:
        return cls(
            reason=entry.reason,
            blocking_rules=[BlockingRule(**rule) for rule in entry.blocking_rules],
            company_pk=entry.company_id,
            need_pk=entry.need_id,
        )

    @strawberry.field
    async def company(self, info: Info) -> Company:
        return Company.of(await info.context.loaders.company_by_id.load(self.company_pk))

    @strawberry.field(description="The financing need; null in recruitment rounds.")
    async def need(self, info: Info) -> FinancingNeed | None:
        if self.need_pk is None:
            return None
        need = await info.context.loaders.financing_need_by_id.load(self.need_pk)
        return None if need is None else FinancingNeed.of(need)


def _figures(raw: dict) -> RoundFigures:
    names = RoundFigures.__annotations__
    return RoundFigures(**{key: value for key, value in raw.items() if key in names})


@strawberry.type
class MatchRound:
    id: strawberry.ID
    kind: MatchKind
    dry_run: bool
    created_at: datetime
    weights: list[Weight]
    figures: RoundFigures | None = strawberry.field(
        description="Null until the matching core has solved the round."
    )
    state: RoundState
    stage: RoundStage | None = strawberry.field(description="While RUNNING: where it is.")
    started_at: datetime | None = strawberry.field(
        description="When a runner took the round up (null while QUEUED)."
    )
    finished_at: datetime | None
    failure_text: strawberry.Private[str | None]
    outcome: strawberry.Private[rounds.RoundOutcome]

    @classmethod
    def of(cls, row, outcome: rounds.RoundOutcome | None = None) -> MatchRound:
        return cls(
            id=gid("MatchRound", row.id),
            kind=row.kind,
            dry_run=row.dry_run,
            created_at=row.created_at,
            weights=[
                Weight(name=name, value=round(value, 6))
                for name, value in sorted(row.weights.items())
            ],
            figures=_figures(row.figures) if row.figures else None,
            state=row.state,
            stage=row.stage,
            started_at=row.started_at,
            finished_at=row.finished_at,
            failure_text=row.failure,
            outcome=outcome or rounds.RoundOutcome(row, row.dry_run, [], []),
        )

    @strawberry.field(description="Why it ended FAILED or TIMED_OUT, in the request's language.")
    def failure(self, info: Info) -> str | None:
        if self.failure_text is None:
            return None
        return translate(self.failure_text, info.context.locale)

    async def _preview(self) -> rounds.RoundOutcome:
        """A dry run read back from its stored preview, unless it came with its answer."""
        if self.outcome.round.id > 0 and not self.outcome.preview_proposals:
            self.outcome = await rounds.preview_of(self.outcome.round)
        return self.outcome

    @strawberry.field
    async def park(self, info: Info) -> Park:
        return Park.of(await info.context.loaders.park_by_id.load(self.outcome.round.park_id))

    @strawberry.field
    async def created_by(self, info: Info) -> User:
        user = await info.context.loaders.user_by_id.load(self.outcome.round.created_by_id)
        return User.of(user)

    @strawberry.field
    async def proposals(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Proposal]:
        if self.outcome.dry_run:
            page = _preview_page((await self._preview()).preview_proposals, first, after)
        else:
            loader = info.context.loaders.proposal_page_by_round
            page = await read_after(
                lambda key: loader.load((self.outcome.round.id, first, key)), after
            )
        return Connection.of(page, Proposal.of)

    @strawberry.field
    async def unmatched(self, info: Info) -> list[UnmatchedNeed]:
        if self.outcome.dry_run:
            entries = (await self._preview()).preview_unmatched
        else:
            stored = self.outcome.round
            entries = await info.context.loaders.unmatched_by_round.load((stored.id, stored.kind))
        return [UnmatchedNeed.of(entry) for entry in entries]


def _preview_page(rows: list, first: int | None, after: str | None) -> Page:
    """A dry run's proposals, paged in memory with the same cursors as stored lists."""
    size = check_page_size(first)
    start = 0
    if after is not None:
        position = decode_cursor(after)
        start = next((i + 1 for i, row in enumerate(rows) if row.id == position), len(rows))
    items = rows[start : start + size]
    return Page(
        items=items,
        keys=[row.id for row in items],
        has_next_page=start + size < len(rows),
        total_count=len(rows),
    )


@strawberry.type
class LastRoundResult:
    matched: bool
    reason: str | None
    blocking_rules: list[BlockingRule]
    round_row: strawberry.Private[Any]

    @strawberry.field(
        description="Why it went unmatched, in the request's language; null when it was matched."
    )
    def explanation(self, info: Info) -> str | None:
        return None if self.matched else _verdict_words(self.reason, self.blocking_rules, info)

    @strawberry.field(description="The round; shown to officers and admins only.")
    def round(self) -> MatchRound | None:
        return None if self.round_row is None else MatchRound.of(self.round_row)


def last_round_result(found) -> LastRoundResult | None:
    """From a need's newest verdict (rounds.NeedVerdict), or None."""
    if found is None:
        return None
    verdict = found.verdict
    return LastRoundResult(
        matched=verdict.matched,
        reason=verdict.reason,
        blocking_rules=[BlockingRule(**rule) for rule in verdict.blocking_rules],
        round_row=found.round,
    )


@strawberry.input
class WeightInput:
    name: str
    value: float


@strawberry.input
class ProposalFilter:
    round_id: strawberry.ID | None = None
    status: ProposalStatus | None = None
    kind: MatchKind | None = None
    company_id: strawberry.ID | None = None
    product_id: strawberry.ID | None = None
    drive_id: strawberry.ID | None = None
