"""Consent before disclosure (PRODUCT.md, lifecycle additions).

When an officer confirms a financing proposal, the product's bank gets an anonymised lead
(industry, size class, amount, term, collateral) and the proposal's consent is PENDING; the
company then consents (GIVEN: the bank is shown the company and the need's purpose) or declines
(`proposals.decline_proposal`: DECLINED, the capacity goes back). A park may pre-authorise
disclosure in its settings: its confirmed proposals are PREAUTHORISED at once, and its
companies are told so when they register. A recruitment proposal asks no consent (its
`consent_status` stays null): the company put itself forward for the drive.

Who may read the company of a proposal is the policy's business (`policy.discloses_company`,
the bank's company and need scopes); this module moves the consent state."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict
from server.lifecycle import AuditAction, ProposalEvent
from server.models import Company, FinancingNeed, Proposal
from server.services import audit, lookups, park_settings, policy
from server.services.clock import now
from server.services.commands.proposals import PROPOSAL_ID, ConsentToProposal
from server.services.events import PROPOSALS, EventBus, proposal_event
from server.services.viewer import Viewer
from server.standards import ConsentStatus, MatchKind, ProposalStatus

# What consent shows the bank, as the API names it; kept with each consent, so that a record
# says what was disclosed then even if the API later shows more.
DISCLOSED_FIELDS = (
    "company.name",
    "company.uscc",
    "company.industry",
    "company.sizeClass",
    "company.foundedOn",
    "company.employees",
    "company.annualRevenue",
    "company.techDesignations",
    "need.purpose",
)


@dataclass(frozen=True, slots=True)
class LeadFacts:
    """What a bank knows of a lead before disclosure, besides the proposal's amount."""

    industry: str
    size_class: str
    term_months: int
    collateral: list[str]


async def preauthorising_parks(proposals: Iterable[Proposal]) -> set[int]:
    """Of the parks of these financing proposals, those that pre-authorised disclosure: read
    once for a batch of confirmations, whatever its size."""
    parks = sorted({p.park_id for p in proposals if p.kind == MatchKind.FINANCING})
    if not parks:
        return set()
    chosen = await park_settings.preauthorised_disclosure(parks)
    return {park for park, preauthorised in zip(parks, chosen, strict=True) if preauthorised}


async def on_confirmed(proposal: Proposal, preauthorised: bool, conn) -> None:
    """In the confirmation's transaction: a financing proposal waits for its company's consent,
    or is disclosed at once where its park pre-authorised disclosure (`preauthorised`)."""
    if proposal.kind != MatchKind.FINANCING:
        return
    if preauthorised:
        changes = {
            "consent_status": ConsentStatus.PREAUTHORISED,
            "consent_at": now(),
            "consent_disclosed": list(DISCLOSED_FIELDS),
        }
    else:
        changes = {"consent_status": ConsentStatus.PENDING}
    await Proposal.filter(id=proposal.id).using_db(conn).update(**changes)


async def deciding_company(viewer: Viewer | None, proposal_id: int) -> tuple[Viewer, Proposal]:
    """The company's own financing proposal it is to consent to or decline."""
    proposal = await lookups.get_proposal(viewer, proposal_id)
    viewer = policy.require_company_owner(viewer, proposal.company_id)
    if proposal.kind != MatchKind.FINANCING:
        raise BadInput(f"{PROPOSAL_ID}: a recruitment proposal asks no consent", field=PROPOSAL_ID)
    return viewer, proposal


async def _refusal(proposal_id: int) -> Conflict:
    """Why the consent of the proposal can no longer be given or declined."""
    found = await Proposal.get(id=proposal_id)
    if found.status != ProposalStatus.CONFIRMED:
        return Conflict(f"The proposal is {found.status.value}: consent is asked while CONFIRMED")
    if found.consent_status == ConsentStatus.PREAUTHORISED:
        return Conflict("The park disclosed the company to the bank on confirmation")
    return Conflict("The company has already consented to disclosure")


async def settle(viewer: Viewer, proposal: Proposal, outcome: ConsentStatus, conn) -> None:
    """PENDING → GIVEN or DECLINED, in the caller's transaction; CONFLICT naming why not."""
    moved = (
        await Proposal.filter(
            id=proposal.id, status=ProposalStatus.CONFIRMED, consent_status=ConsentStatus.PENDING
        )
        .using_db(conn)
        .update(
            consent_status=outcome,
            consent_at=now(),
            consent_by_id=viewer.user_id,
            consent_disclosed=list(DISCLOSED_FIELDS) if outcome == ConsentStatus.GIVEN else [],
        )
    )
    if not moved:
        raise await _refusal(proposal.id)


async def consent_to_proposal(
    viewer: Viewer | None, command: ConsentToProposal, events: EventBus
) -> Proposal:
    """The company lets the bank know who it is: the bank sees its profile and need from now on."""
    viewer, proposal = await deciding_company(viewer, command.proposal_id)
    async with in_transaction() as conn:
        await settle(viewer, proposal, ConsentStatus.GIVEN, conn)
        await audit.record(
            viewer,
            AuditAction.PROPOSAL_CONSENT_GIVEN,
            "Proposal",
            proposal.id,
            park_id=proposal.park_id,
            summary={
                "before": {"consent": "PENDING"},
                "after": {"consent": "GIVEN"},
                "disclosed": list(DISCLOSED_FIELDS),
            },
            using_db=conn,
        )
    given = await Proposal.get(id=proposal.id)
    await events.publish(
        PROPOSALS, proposal_event(ProposalEvent.CONSENTED, given.id, given.park_id)
    )
    return given


def require_disclosed(proposal: Proposal) -> None:
    """A bank records what came of a loan only for a company it was allowed to know."""
    if proposal.consent_status not in policy.DISCLOSING_CONSENTS:
        raise Conflict(
            "The company has not consented to disclosure yet: the outcome waits for its consent"
        )


async def lead_facts(keys: list[tuple[int, int]]) -> list[LeadFacts]:
    """The anonymised lead of each (company id, financing need id)."""
    companies = {c.id: c for c in await Company.filter(id__in={company for company, _ in keys})}
    needs = {n.id: n for n in await FinancingNeed.filter(id__in={need for _, need in keys})}
    return [
        LeadFacts(
            industry=companies[company].industry,
            size_class=companies[company].size_class,
            term_months=needs[need].term_months,
            collateral=needs[need].collateral,
        )
        for company, need in keys
    ]
