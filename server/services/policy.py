"""Who may see and do what: every role and ownership rule of ParkMatch, in one place.

Reads are scoped by filters (`*_scope`): an object outside the viewer's scope does not exist for
them (NOT_FOUND). Writes name the roles allowed and the ownership that must hold (FORBIDDEN).
Deny by default: a role not named gets nothing.
"""

from __future__ import annotations

from datetime import date

from tortoise.expressions import Q

from server.errors import Forbidden, Unauthenticated
from server.services.viewer import Viewer
from server.standards import ConsentStatus, DriveStatus, MatchKind, ProposalStatus, Role

NOTHING = Q(id__in=[])
# A company and a bank see a proposal from CONFIRMED on.
PARTY_VISIBLE_STATUSES = (
    ProposalStatus.CONFIRMED,
    ProposalStatus.COMPLETED,
    ProposalStatus.DECLINED,
)
# A bank follows a need only while it holds the lead or made the loan: once it declined, the
# need reopens for other banks and its later life is none of the first bank's business.
BANK_LEAD_STATUSES = (ProposalStatus.CONFIRMED, ProposalStatus.COMPLETED)
# A bank learns which company a lead is, and what for, only once the company consented or its
# park pre-authorised disclosure; until then it sees an anonymised lead.
DISCLOSING_CONSENTS = (ConsentStatus.GIVEN, ConsentStatus.PREAUTHORISED)


def signed_in(viewer: Viewer | None) -> Viewer:
    if viewer is None:
        raise Unauthenticated("Sign in first: send a valid bearer token")
    return viewer


def require_role(viewer: Viewer | None, *roles: Role) -> Viewer:
    viewer = signed_in(viewer)
    if viewer.role not in roles:
        raise Forbidden("Your role may not do this")
    return viewer


def require(condition: bool, message: str = "This object is not yours to change") -> None:
    if not condition:
        raise Forbidden(message)


def company_scope(viewer: Viewer) -> Q:
    """A bank keeps seeing the companies disclosed to it, declined loans included (whom it
    turned down is part of its record), though not their needs after a decline; a company that
    never consented stays unknown to it."""
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return Q(park_id=viewer.park_id)
        case Role.COMPANY:
            return Q(id=viewer.company_id)
        case Role.BANK_MANAGER:
            return Q(
                proposals__product__bank_id=viewer.bank_id,
                proposals__status__in=PARTY_VISIBLE_STATUSES,
                proposals__consent_status__in=DISCLOSING_CONSENTS,
            )
    return NOTHING


def need_scope(viewer: Viewer, kind: str) -> Q:
    """Needs of `kind` ("FinancingNeed" or "HiringNeed"): a bank sees only the financing needs of
    its confirmed or completed loans (not those it declined) once disclosed to it, and no hiring
    needs (they are never proposed to a bank). Relations resolve through it too: a declined or
    undisclosed proposal shows its bank no `need`."""
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return Q(company__park_id=viewer.park_id)
        case Role.COMPANY:
            return Q(company_id=viewer.company_id)
        case Role.BANK_MANAGER if kind == "FinancingNeed":
            return Q(
                proposals__product__bank_id=viewer.bank_id,
                proposals__status__in=BANK_LEAD_STATUSES,
                proposals__consent_status__in=DISCLOSING_CONSENTS,
            )
    return NOTHING


def verdict_scope(viewer: Viewer) -> Q:
    """What rounds said of needs (`lastRoundResult`): the company's own, its park's officers',
    admins'. A bank never reads them: a later round's verdict names other banks' matches."""
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return Q(round__park_id=viewer.park_id)
        case Role.COMPANY:
            return Q(company_id=viewer.company_id)
    return NOTHING


def product_scope(viewer: Viewer) -> Q:
    """Everyone browses active products; a bank also sees its retired ones, an officer those
    offered in its park."""
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return Q(active=True) | Q(parks__id=viewer.park_id)
        case Role.BANK_MANAGER:
            return Q(active=True) | Q(bank_id=viewer.bank_id)
    return Q(active=True)


def drive_scope(viewer: Viewer, today: date) -> Q:
    """Everyone browses upcoming open drives; an officer sees every drive of its park."""
    upcoming = Q(status=DriveStatus.OPEN, date__gte=today)
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return upcoming | Q(park_id=viewer.park_id)
    return upcoming


def round_scope(viewer: Viewer) -> Q:
    """Rounds are the officers' working material."""
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return Q(park_id=viewer.park_id)
    return NOTHING


def proposal_scope(viewer: Viewer) -> Q:
    """Officers see every proposal of their park; a company and a bank from CONFIRMED on."""
    match viewer.role:
        case Role.ADMIN:
            return Q()
        case Role.OFFICER:
            return Q(park_id=viewer.park_id)
        case Role.COMPANY:
            return Q(company_id=viewer.company_id, status__in=PARTY_VISIBLE_STATUSES)
        case Role.BANK_MANAGER:
            return Q(product__bank_id=viewer.bank_id, status__in=PARTY_VISIBLE_STATUSES)
    return NOTHING


def discloses_company(viewer: Viewer, proposal) -> bool:
    """Whether the viewer, who sees the proposal, may know its company: a bank only once the
    company consented (or its park pre-authorised disclosure); everyone else who sees it."""
    if viewer.role != Role.BANK_MANAGER or proposal.kind != MatchKind.FINANCING:
        return True
    return proposal.consent_status in DISCLOSING_CONSENTS


def audit_scope(viewer: Viewer) -> Q:
    require_role(viewer, Role.OFFICER, Role.ADMIN)
    return Q() if viewer.role == Role.ADMIN else Q(park_id=viewer.park_id)


def user_scope(viewer: Viewer) -> Q:
    return Q() if viewer.role == Role.ADMIN else Q(id=viewer.user_id)


def require_user_admin(viewer: Viewer | None, user_id: int) -> Viewer:
    """Deactivating and reactivating accounts: an admin, on any account but their own (so that
    the last admin cannot lock everyone out)."""
    viewer = require_role(viewer, Role.ADMIN)
    require(viewer.user_id != user_id, "An admin may not deactivate or reactivate themselves")
    return viewer


def require_company_owner(viewer: Viewer | None, company_id: int) -> Viewer:
    viewer = require_role(viewer, Role.COMPANY)
    require(viewer.company_id == company_id)
    return viewer


def require_park_officer(viewer: Viewer | None, park_id: int) -> Viewer:
    viewer = require_role(viewer, Role.OFFICER)
    require(viewer.park_id == park_id, "Only an officer of this park may do this")
    return viewer


def require_bank_manager(viewer: Viewer | None, bank_id: int) -> Viewer:
    viewer = require_role(viewer, Role.BANK_MANAGER)
    require(viewer.bank_id == bank_id, "Only a manager of this product's bank may do this")
    return viewer


def require_hiring_outcome_author(viewer: Viewer | None, company_id: int, park_id: int) -> Viewer:
    """The company that recruited, or an officer of the park."""
    viewer = require_role(viewer, Role.COMPANY, Role.OFFICER)
    if viewer.role == Role.COMPANY:
        require(viewer.company_id == company_id)
    else:
        require(viewer.park_id == park_id, "Only an officer of this park may do this")
    return viewer


def require_park_figures_viewer(viewer: Viewer | None, park_id: int) -> Viewer:
    """A park's figures (parkStats): its officers and admins."""
    viewer = require_role(viewer, Role.OFFICER, Role.ADMIN)
    if viewer.role == Role.OFFICER:
        require(viewer.park_id == park_id, "Only an officer of this park may see its figures")
    return viewer


def require_park_settings_viewer(viewer: Viewer | None, park_id: int) -> Viewer:
    """A park's settings: its officers and admins read them (its officers change them)."""
    viewer = require_role(viewer, Role.OFFICER, Role.ADMIN)
    if viewer.role == Role.OFFICER:
        require(viewer.park_id == park_id, "Only an officer of this park may see its settings")
    return viewer
