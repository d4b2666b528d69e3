"""The authorization matrix: every query and mutation × every persona × own / another tenant's
object, as API.md "Who sees what" and QUALITY.md "Security" put it.

Each row is one operation on one target with the outcome for every persona: `allowed` (checked by
what the user would notice), a list showing exactly the objects named by `sees(...)`, or the
error code. Every refusal is checked to change nothing: the whole world as an admin sees it
(plus users, banks and tokens) is the same before and after.

Personas: anonymous (no token), forged (a token nobody issued), revoked (companyA's token after
logout), expired (officer1's token after its expiry), companyA and companyB (park1), companyC
(park2), manager1 (bank1), manager2 (bank2), officer1 (park1), officer2 (park2), admin. companyB
is a target only: it is "another company of the same park" for companyA.

Rules, in short: single objects the viewer may not know exist are NOT_FOUND — whether they exist
or not (the `ghost` target names nothing); operations the viewer's role may not do on an object
it sees are FORBIDDEN; without a valid session UNAUTHENTICATED, except for parks, login and
registerCompany, which are open.
"""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from schema.ids import to_global
from server import auth
from server.models import AuthToken, Company, Proposal, Throttle, User
from server.services import accounts
from server.services.clock import now
from server.services.commands.accounts import CreateAdmin
from server.services.consent import DISCLOSED_FIELDS
from server.standards import MatchKind, normalise_uscc
from tests.api import operations as ops
from tests.api.client import SESSION_COOKIE, console_post
from tests.api.matrix import (
    ALLOWED,
    ANY,
    BEARER,
    CLOSED,
    CONFLICT,
    CONSOLE,
    COOKIE_WITHOUT_CSRF,
    CROSS_SITE,
    FORBIDDEN,
    HOLIDAY,
    HOLIDAY_DATE,
    LATER,
    LPR,
    MISSING,
    NOT_FOUND,
    NULL,
    PERSONAS,
    RECORD_LPR,
    ROUNDS,
    RUNNING,
    SET,
    SIGNED_OUT,
    START,
    UNAUTHENTICATED,
    Case,
    MatrixWorld,
    Operation,
    ProbeKey,
    audited,
    audited_each,
    audited_object,
    created,
    describe,
    matches,
    matrix_world,
    moved,
    pk_of,
    row,
    run_group,
    sees,
    until_round_ends,
)
from tests.api.world import (
    PARK_TIMEZONE,
    PASSWORD,
    build_world,
    company_input,
    drive_input,
    financing_need_input,
    hiring_need_input,
    park_today,
    product_input,
    valid_uscc,
)

UNAUTH = UNAUTHENTICATED
NONE = sees()
ALL_COMPANIES = sees("companyA", "companyB", "companyC")
BOTH_PRODUCTS = sees("product1", "product2")
BOTH_DRIVES = sees("drive1", "drive2")
# The objects whose audit events each officer sees: its park, itself, its companies, their needs
# and its drives. An admin sees them all, plus the banks, the managers, the products and itself.
PARK1_OBJECTS = (
    "park1",
    "officer1",
    "companyA",
    "companyB",
    "companyA.financing",
    "companyA.hiring",
    "companyB.financing",
    "companyB.hiring",
    "drive1",
)
PARK2_OBJECTS = (
    "park2",
    "officer2",
    "companyC",
    "companyC.financing",
    "companyC.hiring",
    "drive2",
)
EVERY_OBJECT = (
    *PARK1_OBJECTS,
    *PARK2_OBJECTS,
    *("admin", "bank1", "bank2", "manager1", "manager2", "product1", "product2"),
)


def _only(allowed: dict[str, str], default: str = NOT_FOUND) -> dict[str, str]:
    """Outcomes of the signed-in personas: `default` except where given."""
    return {p: allowed.get(p, default) for p in PERSONAS if p not in SIGNED_OUT}


CASES: list[Case] = [
    # ---- queries: who sees what --------------------------------------------------------------
    # Without a token `me` is null; a bad, revoked or expired one is refused.
    *row(
        "me",
        signed_out=UNAUTHENTICATED,
        anonymous=NULL,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    ),
    *row(
        "parks",
        signed_out=sees("park1", "park2"),
        companyA=sees("park1", "park2"),
        companyC=sees("park1", "park2"),
        manager1=sees("park1", "park2"),
        manager2=sees("park1", "park2"),
        officer1=sees("park1", "park2"),
        officer2=sees("park1", "park2"),
        admin=sees("park1", "park2"),
    ),
    # The service's zone and today: open, as the console formats dates before anyone signs in.
    *row("serviceTime", signed_out=ALLOWED, **_only({}, ALLOWED)),
    # Banks: every signed-in user (a financing need names its preferred banks).
    *row(
        "banks",
        signed_out=UNAUTH,
        **_only({}, sees("bank1", "bank2")),
    ),
]

# company, financingNeed, hiringNeed: the company itself, its park's officers and admins.
for _op, _suffix in (("company", ""), ("financingNeed", ".financing"), ("hiringNeed", ".hiring")):
    CASES += [
        *row(
            _op,
            f"companyA{_suffix}",
            signed_out=UNAUTH,
            companyA=ALLOWED,
            companyC=NOT_FOUND,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=ALLOWED,
            officer2=NOT_FOUND,
            admin=ALLOWED,
        ),
        *row(
            _op,
            f"companyB{_suffix}",
            signed_out=UNAUTH,
            companyA=NOT_FOUND,
            companyC=NOT_FOUND,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=ALLOWED,
            officer2=NOT_FOUND,
            admin=ALLOWED,
        ),
        *row(
            _op,
            f"companyC{_suffix}",
            signed_out=UNAUTH,
            companyA=NOT_FOUND,
            companyC=ALLOWED,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=NOT_FOUND,
            officer2=ALLOWED,
            admin=ALLOWED,
        ),
        *row(_op, "ghost", signed_out=UNAUTH, **_only({})),
    ]

# The lists are scoped the same way; a bank sees companies and needs only through CONFIRMED
# proposals, and there are none yet. A filter cannot widen the scope.
for _op, _a, _b, _c in (
    ("companies", "companyA", "companyB", "companyC"),
    ("financingNeeds", "companyA.financing", "companyB.financing", "companyC.financing"),
    ("hiringNeeds", "companyA.hiring", "companyB.hiring", "companyC.hiring"),
):
    CASES += row(
        _op,
        signed_out=UNAUTH,
        companyA=sees(_a),
        companyC=sees(_c),
        manager1=NONE,
        manager2=NONE,
        officer1=sees(_a, _b),
        officer2=sees(_c),
        admin=sees(_a, _b, _c),
    )
CASES += [
    *row(
        "companies(parkId: park1)",
        signed_out=UNAUTH,
        companyA=sees("companyA"),
        companyC=NONE,
        manager1=NONE,
        manager2=NONE,
        officer1=sees("companyA", "companyB"),
        officer2=NONE,
        admin=sees("companyA", "companyB"),
    ),
    *row(
        "financingNeeds(companyId: companyB)",
        signed_out=UNAUTH,
        companyA=NONE,
        companyC=NONE,
        manager1=NONE,
        manager2=NONE,
        officer1=sees("companyB.financing"),
        officer2=NONE,
        admin=sees("companyB.financing"),
    ),
    *row(
        "hiringNeeds(parkId: park2)",
        signed_out=UNAUTH,
        companyA=NONE,
        companyC=sees("companyC.hiring"),
        manager1=NONE,
        manager2=NONE,
        officer1=NONE,
        officer2=sees("companyC.hiring"),
        admin=sees("companyC.hiring"),
    ),
]

# The product supermarket: every signed-in user browses active products.
for _target in ("product1", "product2"):
    CASES += row(
        "creditProduct",
        _target,
        signed_out=UNAUTH,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    )
CASES += [
    *row("creditProduct", "ghost", signed_out=UNAUTH, **_only({})),
    *row(
        "creditProducts",
        signed_out=UNAUTH,
        companyA=BOTH_PRODUCTS,
        companyC=BOTH_PRODUCTS,
        manager1=BOTH_PRODUCTS,
        manager2=BOTH_PRODUCTS,
        officer1=BOTH_PRODUCTS,
        officer2=BOTH_PRODUCTS,
        admin=BOTH_PRODUCTS,
    ),
    # A retired product stays visible to its bank, the officers of the parks where it was
    # offered (product1: park1) and admins.
    *row(
        "creditProduct",
        "product1",
        state=LATER,
        signed_out=UNAUTH,
        companyA=NOT_FOUND,
        companyC=NOT_FOUND,
        manager1=ALLOWED,
        manager2=NOT_FOUND,
        officer1=ALLOWED,
        officer2=NOT_FOUND,
        admin=ALLOWED,
    ),
    *row(
        "creditProducts",
        state=LATER,
        signed_out=UNAUTH,
        companyA=sees("product2"),
        companyC=sees("product2"),
        manager1=BOTH_PRODUCTS,
        manager2=sees("product2"),
        officer1=BOTH_PRODUCTS,
        officer2=sees("product2"),
        admin=BOTH_PRODUCTS,
    ),
]

# Upcoming open drives are for everyone; a closed or past drive only for its park's officers.
for _target in ("drive1", "drive2"):
    CASES += row(
        "recruitmentDrive",
        _target,
        signed_out=UNAUTH,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    )
CASES += [
    *row("recruitmentDrive", "ghost", signed_out=UNAUTH, **_only({})),
    *row(
        "recruitmentDrives",
        signed_out=UNAUTH,
        companyA=BOTH_DRIVES,
        companyC=BOTH_DRIVES,
        manager1=BOTH_DRIVES,
        manager2=BOTH_DRIVES,
        officer1=BOTH_DRIVES,
        officer2=BOTH_DRIVES,
        admin=BOTH_DRIVES,
    ),
    *row(  # closed
        "recruitmentDrive",
        "drive1",
        state=LATER,
        signed_out=UNAUTH,
        companyA=NOT_FOUND,
        companyC=NOT_FOUND,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=ALLOWED,
        officer2=NOT_FOUND,
        admin=ALLOWED,
    ),
    *row(  # its date has passed
        "recruitmentDrive",
        "drive2",
        state=LATER,
        signed_out=UNAUTH,
        companyA=NOT_FOUND,
        companyC=NOT_FOUND,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=NOT_FOUND,
        officer2=ALLOWED,
        admin=ALLOWED,
    ),
    *row(
        "recruitmentDrives",
        state=LATER,
        signed_out=UNAUTH,
        companyA=NONE,
        companyC=NONE,
        manager1=NONE,
        manager2=NONE,
        officer1=sees("drive1"),
        officer2=sees("drive2"),
        admin=BOTH_DRIVES,
    ),
    # The audit trail: officers (their park's objects) and admins.
    *row(
        "auditEvents",
        signed_out=UNAUTH,
        companyA=FORBIDDEN,
        companyC=FORBIDDEN,
        manager1=FORBIDDEN,
        manager2=FORBIDDEN,
        officer1=sees(*PARK1_OBJECTS),
        officer2=sees(*PARK2_OBJECTS),
        admin=sees(*EVERY_OBJECT),
    ),
    # ---- mutations: who may do what ----------------------------------------------------------
    # Open to everyone, signed in or not.
    *row(
        "login",
        signed_out=ALLOWED,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    ),
    *row(
        "registerCompany",
        signed_out=ALLOWED,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    ),
    *row(
        "logout",
        signed_out=UNAUTH,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    ),
    # The console's sign-in is open like login, from the console's own pages only; its sign-out
    # is logout's.
    *row("signIn", signed_out=ALLOWED, **_only({}, ALLOWED)),
    *row("signIn(without the CSRF header)", signed_out=FORBIDDEN, **_only({}, FORBIDDEN)),
    *row("signOut", signed_out=UNAUTH, **_only({}, ALLOWED)),
    # A company changes itself only; officers and admins see it but may not change it.
    *row(
        "updateCompany",
        "companyA",
        signed_out=UNAUTH,
        companyA=ALLOWED,
        companyC=NOT_FOUND,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=FORBIDDEN,
        officer2=NOT_FOUND,
        admin=FORBIDDEN,
    ),
    *row(
        "updateCompany",
        "companyB",
        signed_out=UNAUTH,
        companyA=NOT_FOUND,
        companyC=NOT_FOUND,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=FORBIDDEN,
        officer2=NOT_FOUND,
        admin=FORBIDDEN,
    ),
    *row(
        "updateCompany",
        "companyC",
        signed_out=UNAUTH,
        companyA=NOT_FOUND,
        companyC=ALLOWED,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=NOT_FOUND,
        officer2=FORBIDDEN,
        admin=FORBIDDEN,
    ),
    *row("updateCompany", "ghost", signed_out=UNAUTH, **_only({})),
    # Verification: an officer of the company's park, nobody else (not even an admin).
    *row(
        "verifyCompany",
        "companyA",
        signed_out=UNAUTH,
        companyA=FORBIDDEN,
        companyC=NOT_FOUND,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=ALLOWED,
        officer2=NOT_FOUND,
        admin=FORBIDDEN,
    ),
    *row(
        "verifyCompany",
        "companyC",
        signed_out=UNAUTH,
        companyA=NOT_FOUND,
        companyC=FORBIDDEN,
        manager1=NOT_FOUND,
        manager2=NOT_FOUND,
        officer1=NOT_FOUND,
        officer2=ALLOWED,
        admin=FORBIDDEN,
    ),
    *row("verifyCompany", "ghost", signed_out=UNAUTH, **_only({})),
]

# Needs: posted by companies, for themselves; withdrawn by their own company only.
for _post in ("postFinancingNeed", "postHiringNeed"):
    CASES += row(
        _post,
        signed_out=UNAUTH,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=FORBIDDEN,
        manager2=FORBIDDEN,
        officer1=FORBIDDEN,
        officer2=FORBIDDEN,
        admin=FORBIDDEN,
    )
for _op, _suffix in (("withdrawFinancingNeed", ".financing"), ("withdrawHiringNeed", ".hiring")):
    CASES += [
        *row(
            _op,
            f"companyA{_suffix}",
            signed_out=UNAUTH,
            companyA=ALLOWED,
            companyC=NOT_FOUND,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=FORBIDDEN,
            officer2=NOT_FOUND,
            admin=FORBIDDEN,
        ),
        *row(
            _op,
            f"companyB{_suffix}",
            signed_out=UNAUTH,
            companyA=NOT_FOUND,
            companyC=NOT_FOUND,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=FORBIDDEN,
            officer2=NOT_FOUND,
            admin=FORBIDDEN,
        ),
        *row(
            _op,
            f"companyC{_suffix}",
            signed_out=UNAUTH,
            companyA=NOT_FOUND,
            companyC=ALLOWED,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=NOT_FOUND,
            officer2=FORBIDDEN,
            admin=FORBIDDEN,
        ),
        *row(_op, "ghost", signed_out=UNAUTH, **_only({})),
    ]

# Products: a bank manager lists for its own bank and edits or retires its bank's products only.
CASES += row(
    "listCreditProduct",
    signed_out=UNAUTH,
    companyA=FORBIDDEN,
    companyC=FORBIDDEN,
    manager1=ALLOWED,
    manager2=ALLOWED,
    officer1=FORBIDDEN,
    officer2=FORBIDDEN,
    admin=FORBIDDEN,
)
for _op in ("updateCreditProduct", "retireCreditProduct"):
    CASES += [
        *row(
            _op,
            "product1",
            signed_out=UNAUTH,
            companyA=FORBIDDEN,
            companyC=FORBIDDEN,
            manager1=ALLOWED,
            manager2=FORBIDDEN,
            officer1=FORBIDDEN,
            officer2=FORBIDDEN,
            admin=FORBIDDEN,
        ),
        *row(
            _op,
            "product2",
            signed_out=UNAUTH,
            companyA=FORBIDDEN,
            companyC=FORBIDDEN,
            manager1=FORBIDDEN,
            manager2=ALLOWED,
            officer1=FORBIDDEN,
            officer2=FORBIDDEN,
            admin=FORBIDDEN,
        ),
        *row(_op, "ghost", signed_out=UNAUTH, **_only({})),
        # Once retired, product1 is out of sight for all but its bank, park1's officers and
        # admins; its own manager is refused for its state, not its role.
        *row(
            _op,
            "product1",
            state=LATER,
            signed_out=UNAUTH,
            companyA=NOT_FOUND,
            companyC=NOT_FOUND,
            manager1=CONFLICT,
            manager2=NOT_FOUND,
            officer1=FORBIDDEN,
            officer2=NOT_FOUND,
            admin=FORBIDDEN,
        ),
    ]

# Drives: an officer creates them in its park and edits or closes its park's drives only.
CASES += row(
    "createRecruitmentDrive",
    signed_out=UNAUTH,
    companyA=FORBIDDEN,
    companyC=FORBIDDEN,
    manager1=FORBIDDEN,
    manager2=FORBIDDEN,
    officer1=ALLOWED,
    officer2=ALLOWED,
    admin=FORBIDDEN,
)
for _op in ("updateRecruitmentDrive", "closeRecruitmentDrive"):
    CASES += [
        *row(
            _op,
            "drive1",
            signed_out=UNAUTH,
            companyA=FORBIDDEN,
            companyC=FORBIDDEN,
            manager1=FORBIDDEN,
            manager2=FORBIDDEN,
            officer1=ALLOWED,
            officer2=FORBIDDEN,
            admin=FORBIDDEN,
        ),
        *row(
            _op,
            "drive2",
            signed_out=UNAUTH,
            companyA=FORBIDDEN,
            companyC=FORBIDDEN,
            manager1=FORBIDDEN,
            manager2=FORBIDDEN,
            officer1=FORBIDDEN,
            officer2=ALLOWED,
            admin=FORBIDDEN,
        ),
        *row(_op, "ghost", signed_out=UNAUTH, **_only({})),
        *row(  # closed: out of sight for all but park1's officers and admins
            _op,
            "drive1",
            state=LATER,
            signed_out=UNAUTH,
            companyA=NOT_FOUND,
            companyC=NOT_FOUND,
            manager1=NOT_FOUND,
            manager2=NOT_FOUND,
            officer1=CONFLICT,
            officer2=NOT_FOUND,
            admin=FORBIDDEN,
        ),
    ]

# Parks, banks and staff accounts: admins only.
for _op in ("createPark", "createBank", "createUser"):
    CASES += row(
        _op,
        signed_out=UNAUTH,
        companyA=FORBIDDEN,
        companyC=FORBIDDEN,
        manager1=FORBIDDEN,
        manager2=FORBIDDEN,
        officer1=FORBIDDEN,
        officer2=FORBIDDEN,
        admin=ALLOWED,
    )


# Accounts: everyone signed in changes its own password; admins list every account and close or
# reopen any but their own (which they see, so FORBIDDEN); for the others another account does
# not exist (NOT_FOUND), their own is FORBIDDEN.
ALL_USERS = sees(
    "admin",
    "officer1",
    "officer2",
    "manager1",
    "manager2",
    "user.companyA",
    "user.companyB",
    "user.companyC",
)
CASES += [
    *row(
        "changePassword",
        signed_out=UNAUTH,
        companyA=ALLOWED,
        companyC=ALLOWED,
        manager1=ALLOWED,
        manager2=ALLOWED,
        officer1=ALLOWED,
        officer2=ALLOWED,
        admin=ALLOWED,
    ),
    *row("users", signed_out=UNAUTH, **_only({"admin": ALL_USERS}, FORBIDDEN)),
    *row(
        "deactivateUser",
        "manager2",
        signed_out=UNAUTH,
        **_only({"manager2": FORBIDDEN, "admin": ALLOWED}),
    ),
    *row(
        "deactivateUser",
        "user.companyA",
        signed_out=UNAUTH,
        **_only({"companyA": FORBIDDEN, "admin": ALLOWED}),
    ),
    *row("deactivateUser", "admin", signed_out=UNAUTH, **_only({"admin": FORBIDDEN})),
    *row("deactivateUser", "ghost", signed_out=UNAUTH, **_only({})),
    *row(  # already deactivated
        "deactivateUser",
        "retired",
        state=CLOSED,
        signed_out=UNAUTH,
        **_only({"admin": CONFLICT}),
    ),
    *row(
        "reactivateUser",
        "retired",
        state=CLOSED,
        signed_out=UNAUTH,
        **_only({"admin": ALLOWED}),
    ),
    *row(  # active
        "reactivateUser",
        "manager2",
        signed_out=UNAUTH,
        **_only({"manager2": FORBIDDEN, "admin": CONFLICT}),
    ),
    *row("reactivateUser", "admin", signed_out=UNAUTH, **_only({"admin": FORBIDDEN})),
    *row("reactivateUser", "ghost", state=CLOSED, signed_out=UNAUTH, **_only({})),
    # A disputed credit code: an officer of the company's park releases it from a company never
    # verified (every company in the fresh world); a verified one keeps it (CONFLICT).
    *row(
        "releaseCreditCode",
        "companyA",
        signed_out=UNAUTH,
        **_only({"companyA": FORBIDDEN, "officer1": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row(
        "releaseCreditCode",
        "companyB",
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row(
        "releaseCreditCode",
        "companyC",
        signed_out=UNAUTH,
        **_only({"companyC": FORBIDDEN, "officer2": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row("releaseCreditCode", "ghost", signed_out=UNAUTH, **_only({})),
    # (bank1 does not know companyA: its consent to propA.fin is PENDING.)
    *row(
        "releaseCreditCode",
        "companyA",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"companyA": FORBIDDEN, "officer1": CONFLICT, "admin": FORBIDDEN}),
    ),
    *row(
        "releaseCreditCode",
        "companyC",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(
            {
                "companyC": FORBIDDEN,
                "manager2": FORBIDDEN,
                "officer2": CONFLICT,
                "admin": FORBIDDEN,
            }
        ),
    ),
]


# ---- matching rounds and proposals (world: ROUNDS, see tests/api/matrix.py `play_rounds`) ----
ROUND1 = sees("round1.fin", "round1.hire")
ROUND2 = sees("round2.fin", "round2.hire")
PARK1_PROPOSALS = ("propA.fin", "propA.fin2", "propB.fin", "propB.fin2", "propA.hire", "propB.hire")
PARK2_PROPOSALS = ("propC.fin", "propC.hire")
PARK1_FINANCING = (
    "companyA.financing",
    "companyA.financing2",
    "companyB.financing",
    "companyB.financing2",
)


# Rounds are the officers' working material: their park's, and all of them for admins.
CASES += [
    *row(
        "matchRound",
        "round1.fin",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}),
    ),
    *row(
        "matchRound",
        "round2.hire",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer2": ALLOWED, "admin": ALLOWED}),
    ),
    *row("matchRound", "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    *row(
        "matchRounds(parkId: park1)",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": ROUND1, "admin": ROUND1}, NONE),
    ),
    *row(
        "matchRounds(parkId: park2)",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer2": ROUND2, "admin": ROUND2}, NONE),
    ),
    # A park's figures: its officers and admins; parks are public, so another park is FORBIDDEN.
    *row(
        "parkStats",
        "park1",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    *row(
        "parkStats",
        "park2",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer2": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    *row("parkStats", "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    # The same figures by month, size class and industry, for the same people.
    *row(
        "parkTrends",
        "park1",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    *row(
        "parkTrends",
        "park2",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer2": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    *row("parkTrends", "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    # The default weights, for those who run rounds.
    *row(
        "defaultWeights",
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "officer2": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    # Needs posted today: the same scope as every list of needs.
    *row(
        "financingNeeds(postedSince: today)",
        signed_out=UNAUTH,
        companyA=sees("companyA.financing"),
        companyC=sees("companyC.financing"),
        manager1=NONE,
        manager2=NONE,
        officer1=sees("companyA.financing", "companyB.financing"),
        officer2=sees("companyC.financing"),
        admin=sees("companyA.financing", "companyB.financing", "companyC.financing"),
    ),
]

# Proposals: officers see every one of their park; the company and the product's bank only from
# CONFIRMED on (CONFIRMED, COMPLETED, DECLINED); a bank never sees a recruitment proposal.
for _target, _seen_by in (
    ("propA.fin", ("companyA", "manager1", "officer1")),  # CONFIRMED
    ("propA.fin2", ("officer1",)),  # PROPOSED
    ("propB.fin", ("officer1",)),  # REJECTED
    ("propB.fin2", ("manager1", "officer1")),  # DECLINED (companyB's)
    ("propC.fin", ("companyC", "manager2", "officer2")),  # CONFIRMED, park2, bank2
    ("propA.hire", ("companyA", "officer1")),  # CONFIRMED
    ("propB.hire", ("officer1",)),  # PROPOSED
    ("propC.hire", ("companyC", "officer2")),  # COMPLETED
):
    CASES += row(
        "proposal",
        _target,
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(_seen_by, ALLOWED) | {"admin": ALLOWED}),
    )
CASES += [
    *row("proposal", "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    *row(
        "proposals",
        state=ROUNDS,
        signed_out=UNAUTH,
        companyA=sees("propA.fin", "propA.hire"),
        companyC=sees("propC.fin", "propC.hire"),
        manager1=sees("propA.fin", "propB.fin2"),
        manager2=sees("propC.fin"),
        officer1=sees(*PARK1_PROPOSALS),
        officer2=sees(*PARK2_PROPOSALS),
        admin=sees(*PARK1_PROPOSALS, *PARK2_PROPOSALS),
    ),
    # Through its CONFIRMED, COMPLETED and DECLINED proposals a bank now sees the companies that
    # consented (companyB, companyC; companyA's consent is PENDING) and their financing needs
    # (only those), never their hiring needs.
    *row(
        "companies",
        state=ROUNDS,
        signed_out=UNAUTH,
        companyA=sees("companyA"),
        companyC=sees("companyC"),
        manager1=sees("companyB"),
        manager2=sees("companyC"),
        officer1=sees("companyA", "companyB"),
        officer2=sees("companyC"),
        admin=ALL_COMPANIES,
    ),
    *row(
        "financingNeeds",
        state=ROUNDS,
        signed_out=UNAUTH,
        companyA=sees("companyA.financing", "companyA.financing2"),
        companyC=sees("companyC.financing"),
        manager1=NONE,  # not companyB.financing2 (bank1 declined it) nor A's (no consent yet)
        manager2=sees("companyC.financing"),
        officer1=sees(*PARK1_FINANCING),
        officer2=sees("companyC.financing"),
        admin=sees(*PARK1_FINANCING, "companyC.financing"),
    ),
    *row(
        "hiringNeeds",
        state=ROUNDS,
        signed_out=UNAUTH,
        companyA=sees("companyA.hiring"),
        companyC=sees("companyC.hiring"),
        manager1=NONE,
        manager2=NONE,
        officer1=sees("companyA.hiring", "companyB.hiring"),
        officer2=sees("companyC.hiring"),
        admin=sees("companyA.hiring", "companyB.hiring", "companyC.hiring"),
    ),
]

# A bank follows a need only while it holds the lead or made the loan: companyB.financing2,
# whose loan bank1 declined, is out of its sight, and its declined proposal shows no need.
# What rounds said of a need is the company's and its officers' (and admins'): a bank reads
# no lastRoundResult, since later rounds' verdicts tell of other banks' matches.
CASES += [
    *row(
        "financingNeed",
        "companyB.financing2",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}),
    ),
    *row(
        "financingNeed { lastRoundResult }",
        "companyA.financing",  # bank1 waits for companyA's consent to see it
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(("companyA", "officer1", "admin"), ALLOWED)),
    ),
    *row(
        "financingNeed { lastRoundResult }",
        "companyC.financing",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(("companyC", "manager2", "officer2", "admin"), ALLOWED)),
    ),
    *row(
        "proposal { need }",
        "propB.fin2",  # DECLINED by bank1
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(("manager1", "officer1", "admin"), ALLOWED)),
    ),
    *row(
        "proposal { need }",
        "propA.fin",  # CONFIRMED, consent PENDING: bank1 reads no need
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(("companyA", "manager1", "officer1", "admin"), ALLOWED)),
    ),
]

# Consent before disclosure: a bank reads the company of a proposal (and its need) only once the
# company consented (propB.fin2, propC.fin); before (propA.fin) it reads the anonymised lead.
for _target, _seen_by in (
    ("propA.fin", ("companyA", "manager1", "officer1")),  # PENDING
    ("propB.fin2", ("manager1", "officer1")),  # GIVEN, then declined by bank1
    ("propC.fin", ("companyC", "manager2", "officer2")),  # GIVEN
):
    CASES += row(
        "proposal { company lead consent }",
        _target,
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(_seen_by, ALLOWED) | {"admin": ALLOWED}),
    )
# The company decides on its own CONFIRMED loan while its consent is PENDING (propA.fin): it
# consents or declines; given already (propC.fin) or closed (propB.fin2), CONFLICT. Whoever else
# sees the proposal may not (FORBIDDEN).
for _op in ("consentToProposal", "declineProposal"):
    CASES += [
        *row(
            _op,
            "propA.fin",
            state=ROUNDS,
            signed_out=UNAUTH,
            **_only(
                {
                    "companyA": ALLOWED,
                    "manager1": FORBIDDEN,
                    "officer1": FORBIDDEN,
                    "admin": FORBIDDEN,
                }
            ),
        ),
        *row(
            _op,
            "propC.fin",
            state=ROUNDS,
            signed_out=UNAUTH,
            **_only(
                {
                    "companyC": CONFLICT,
                    "manager2": FORBIDDEN,
                    "officer2": FORBIDDEN,
                    "admin": FORBIDDEN,
                }
            ),
        ),
        *row(
            _op,
            "propB.fin2",
            state=ROUNDS,
            signed_out=UNAUTH,
            **_only({"manager1": FORBIDDEN, "officer1": FORBIDDEN, "admin": FORBIDDEN}),
        ),
        *row(_op, "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    ]

# Rounds: an officer of the park runs them (parks are public: another park is FORBIDDEN).
for _op in ("proposeMatches", "proposeMatches(dryRun: true)"):
    CASES += [
        *row(
            _op, "park1", state=ROUNDS, signed_out=UNAUTH, **_only({"officer1": ALLOWED}, FORBIDDEN)
        ),
        *row(
            _op, "park2", state=ROUNDS, signed_out=UNAUTH, **_only({"officer2": ALLOWED}, FORBIDDEN)
        ),
        *row(_op, "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    ]

# Rounds as jobs: startRound is proposeMatches' answer-at-once twin; a round of a park and kind
# while one runs there is CONFLICT; cancelRound is for an officer of the round's park (an admin
# sees rounds, may not stop them) and a finished round is CONFLICT. A dry run stays readable but
# is never listed.
for _op in ("startRound", "startRound(dryRun: true)"):
    CASES += [
        *row(_op, "park1", signed_out=UNAUTH, **_only({"officer1": ALLOWED}, FORBIDDEN)),
        *row(_op, "park2", signed_out=UNAUTH, **_only({"officer2": ALLOWED}, FORBIDDEN)),
        *row(_op, "ghost", signed_out=UNAUTH, **_only({})),
    ]
CASES += [
    *row(
        "startRound",
        "park1",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer1": CONFLICT}, FORBIDDEN),
    ),
    *row(
        "cancelRound",
        "running1.fin",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row(
        "cancelRound",
        "running2.hire",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer2": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row(
        "cancelRound",
        "preview1.hire",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer1": CONFLICT, "admin": FORBIDDEN}),
    ),
    *row("cancelRound", "ghost", state=RUNNING, signed_out=UNAUTH, **_only({})),
    *row(
        "matchRound",
        "running1.fin",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}),
    ),
    *row(
        "matchRound",
        "preview1.hire",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}),
    ),
    *row(
        "matchRounds(parkId: park1)",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({"officer1": sees("running1.fin"), "admin": sees("running1.fin")}, NONE),
    ),
    # A dry run's proposals are not in the proposal lists.
    *row(
        "proposals",
        state=RUNNING,
        signed_out=UNAUTH,
        **_only({}, NONE),
    ),
]

# Park settings: its officers and admins read them, its officers change them; parks are public,
# so another park is FORBIDDEN.
CASES += [
    *row(
        "parkSettings",
        "park1",
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    *row(
        "parkSettings",
        "park2",
        signed_out=UNAUTH,
        **_only({"officer2": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
    ),
    *row("parkSettings", "ghost", signed_out=UNAUTH, **_only({})),
    *row(
        "updateParkSettings",
        "park1",
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED}, FORBIDDEN),
    ),
    *row(
        "updateParkSettings",
        "park2",
        signed_out=UNAUTH,
        **_only({"officer2": ALLOWED}, FORBIDDEN),
    ),
    *row("updateParkSettings", "ghost", signed_out=UNAUTH, **_only({})),
]

# LPRs: admins record them (once per publication date); everyone signed in reads the history and
# the rate terms of the products they see.
EVERYONE = {"companyA", "companyC", "manager1", "manager2", "officer1", "officer2", "admin"}
CASES += [
    *row("recordLpr", signed_out=UNAUTH, **_only({"admin": ALLOWED}, FORBIDDEN)),
    *row(
        "recordLpr(published that day again)",
        state=LPR,
        signed_out=UNAUTH,
        **_only({"admin": CONFLICT}, FORBIDDEN),
    ),
    *row("lprHistory", signed_out=UNAUTH, **_only({}, NONE)),
    *row("lprHistory", state=LPR, signed_out=UNAUTH, **_only({}, sees("lpr1"))),
    *row(
        "creditProduct { rateInForce }",
        "product1",
        state=LPR,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(EVERYONE, ALLOWED)),
    ),
    *row(
        "creditProduct { rateInForce }",
        "product2",
        state=LPR,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(EVERYONE, ALLOWED)),
    ),
]
for _target, _seen_by in (
    ("propA.fin", ("companyA", "manager1", "officer1")),
    ("propC.fin", ("companyC", "manager2", "officer2")),
    ("propA.hire", ("companyA", "officer1")),
):
    CASES += row(
        "proposal { annualRate }",
        _target,
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(dict.fromkeys(_seen_by, ALLOWED) | {"admin": ALLOWED}),
    )
# Service clocks and cadence are the park's figures: its officers and admins; the holiday list
# is everyone's to read and the admins' to edit.
for _op in ("overdueItems", "dispatchList", "weeklyProgress", "parkStats { onTimeRates }"):
    CASES += [
        *row(
            _op,
            "park1",
            signed_out=UNAUTH,
            **_only({"officer1": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
        ),
        *row(
            _op,
            "park2",
            signed_out=UNAUTH,
            **_only({"officer2": ALLOWED, "admin": ALLOWED}, FORBIDDEN),
        ),
        *row(_op, "ghost", signed_out=UNAUTH, **_only({})),
    ]
CASES += [
    *row("holidays", signed_out=UNAUTH, **_only({}, ALLOWED)),
    *row("setHoliday", signed_out=UNAUTH, **_only({"admin": ALLOWED}, FORBIDDEN)),
    *row(
        "removeHoliday",
        state=HOLIDAY,
        signed_out=UNAUTH,
        **_only({"admin": ALLOWED}, FORBIDDEN),
    ),
    *row("removeHoliday", signed_out=UNAUTH, **_only({"admin": NOT_FOUND}, FORBIDDEN)),
]

# Decisions: an officer of the proposal's park, on a PROPOSED proposal. Whoever does not see the
# proposal gets NOT_FOUND (a company and a bank before CONFIRMED, another park's officer); whoever
# sees it but may not decide, FORBIDDEN; a decision in the wrong state, CONFLICT.
# confirmProposals takes its ids together: all or nothing.
for _op in ("confirmProposal", "rejectProposal"):
    CASES += [
        *row(
            _op,
            "propA.fin2",
            state=ROUNDS,
            signed_out=UNAUTH,
            **_only({"officer1": ALLOWED, "admin": FORBIDDEN}),
        ),
        *row(
            _op,
            "propA.fin",
            state=ROUNDS,
            signed_out=UNAUTH,  # CONFIRMED
            **_only(
                {
                    "companyA": FORBIDDEN,
                    "manager1": FORBIDDEN,
                    "officer1": CONFLICT,
                    "admin": FORBIDDEN,
                }
            ),
        ),
        *row(
            _op,
            "propB.fin",
            state=ROUNDS,
            signed_out=UNAUTH,  # REJECTED
            **_only({"officer1": CONFLICT, "admin": FORBIDDEN}),
        ),
        *row(
            _op,
            "propC.hire",
            state=ROUNDS,
            signed_out=UNAUTH,  # COMPLETED
            **_only({"companyC": FORBIDDEN, "officer2": CONFLICT, "admin": FORBIDDEN}),
        ),
        *row(_op, "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    ]
CASES += [
    *row(
        "confirmProposals",
        "propA.fin2+propB.hire",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row(
        "confirmProposals",
        "propA.fin2+propB.fin",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"officer1": CONFLICT, "admin": FORBIDDEN}),
    ),
    *row(
        "confirmProposals",
        "propA.fin2+propC.fin",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"admin": FORBIDDEN}),
    ),
    *row("confirmProposals", "propA.fin2+ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
]

# Outcomes, on a CONFIRMED proposal: a loan by the product's bank's manager once the company
# consented (propA.fin's is PENDING: CONFLICT); hires by the company or an officer of the park.
CASES += [
    *row(
        "recordLoanOutcome",
        "propA.fin",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(
            {"companyA": FORBIDDEN, "manager1": CONFLICT, "officer1": FORBIDDEN, "admin": FORBIDDEN}
        ),
    ),
    *row(
        "recordLoanOutcome",
        "propC.fin",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only(
            {"companyC": FORBIDDEN, "manager2": ALLOWED, "officer2": FORBIDDEN, "admin": FORBIDDEN}
        ),
    ),
    *row(
        "recordLoanOutcome",
        "propA.fin2",
        state=ROUNDS,
        signed_out=UNAUTH,  # PROPOSED
        **_only({"officer1": FORBIDDEN, "admin": FORBIDDEN}),
    ),
    *row(
        "recordLoanOutcome",
        "propB.fin2",
        state=ROUNDS,
        signed_out=UNAUTH,  # DECLINED
        **_only({"manager1": CONFLICT, "officer1": FORBIDDEN, "admin": FORBIDDEN}),
    ),
    *row("recordLoanOutcome", "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
    *row(
        "recordHiringOutcome",
        "propA.hire",
        state=ROUNDS,
        signed_out=UNAUTH,
        **_only({"companyA": ALLOWED, "officer1": ALLOWED, "admin": FORBIDDEN}),
    ),
    *row(
        "recordHiringOutcome",
        "propB.hire",
        state=ROUNDS,
        signed_out=UNAUTH,  # PROPOSED
        **_only({"officer1": CONFLICT, "admin": FORBIDDEN}),
    ),
    *row(
        "recordHiringOutcome",
        "propC.hire",
        state=ROUNDS,
        signed_out=UNAUTH,  # COMPLETED
        **_only({"companyC": CONFLICT, "officer2": CONFLICT, "admin": FORBIDDEN}),
    ),
    *row("recordHiringOutcome", "ghost", state=ROUNDS, signed_out=UNAUTH, **_only({})),
]


# ---- the operations, as a persona's program sends them ----------------------------------------

PARK_OF = {"officer1": "park1", "officer2": "park2", "product1": "park1", "product2": "park2"}
BANK_OF = {"manager1": "bank1", "manager2": "bank2"}


def by_id(type_name: str):
    return lambda mw, target, persona: {"id": mw.id(target, type_name)}


def connection(field: str, args: str = "", params: str = "") -> str:
    head = f"query({params})" if params else "query"
    inner = f"first: 100{', ' + args if args else ''}"
    return f"{head} {{ {field}({inner}) {{ totalCount edges {{ node {{ id }} }} }} }}"


def check_me(mw: MatrixWorld, case: Case, result: dict) -> None:
    assert result["username"] == case.persona, f"answered {result}"


def check_service_time(mw: MatrixWorld, case: Case, result: dict) -> None:
    assert result == {"zone": PARK_TIMEZONE, "today": park_today().isoformat()}, result


async def confirm_visible(mw: MatrixWorld, persona: str, field: str, object_id: str) -> None:
    """The persona finds the object by its id."""
    data = await mw.api.ok(
        f"query($id: ID!) {{ {field}(id: $id) {{ id }} }}", {"id": object_id}, mw.token(persona)
    )
    assert data[field]["id"] == object_id


async def logged_in(mw, case, result, changes) -> None:
    _, token, rest = created(changes, "AuthToken")
    assert token["user_id"] == mw.user_pk("companyC") and token["revoked_at"] is None
    assert not rest, f"login changed {describe(rest)}"
    data = await mw.api.ok("{ me { username } }", token=result["token"])
    assert data["me"]["username"] == "companyC"


async def logged_out(mw, case, result, changes) -> None:
    token = mw.token(case.persona)
    row = await AuthToken.get(token_hash=auth.token_digest(token, mw.secret))
    assert result is True
    key = ("AuthToken", to_global("AuthToken", row.id), "revoked_at")
    assert list(changes) == [key] and changes[key][0] is None, describe(changes)
    refused = await mw.api.fails("{ companies { totalCount } }", token=token)
    assert refused.code == UNAUTHENTICATED


def session_cookie_set(mw: MatrixWorld, persona: str, response) -> None:
    """signIn's answer sets the session as an HttpOnly, SameSite=Strict cookie for the whole
    site and never hands the token to the page."""
    header = response.headers.get("set-cookie", "")
    name, _, rest = header.partition("=")
    value, _, attributes = rest.partition(";")
    assert name == SESSION_COOKIE and value, f"set-cookie {header!r}"
    assert value not in response.text, "the token reached the response body"
    mw.cookie = (value, attributes.lower())


async def signed_in_by_cookie(mw, case, result, changes) -> None:
    _, token, rest = created(changes, "AuthToken")
    assert token["user_id"] == mw.user_pk("companyC") and token["revoked_at"] is None
    assert not rest, f"signIn changed {describe(rest)}"
    value, attributes = mw.cookie
    for attribute in ("httponly", "samesite=strict", "path=/"):
        assert attribute in attributes, f"cookie attributes {attributes!r}"
    assert "secure" not in attributes, "development serves plain HTTP"
    assert result["user"]["username"] == "companyC" and "token" not in result
    answer = (await console_post(mw.api, "{ me { username } }", session=value)).json()
    assert answer["data"]["me"]["username"] == "companyC"


async def signed_out(mw, case, result, changes) -> None:
    await logged_out(mw, case, result, changes)


def session_cookie_cleared(mw: MatrixWorld, persona: str, response) -> None:
    header = response.headers.get("set-cookie", "")
    assert header.startswith(f"{SESSION_COOKIE}=") and "max-age=0" in header.lower(), header


async def registered(mw, case, result, changes) -> None:
    company_id, company, rest = created(changes, "Company")
    user_id, user, rest = created(rest, "User")
    _, token, rest = created(rest, "AuthToken")
    # One more registration counted against the caller's address.
    [counter] = [k for k in rest if k[0] == "Throttle"]
    assert counter[2] == "count", describe(rest)
    moved(rest, counter, ANY, lambda was: was + 1)
    assert company["name"] == f"新注册{case.persona}" and company["verified"] is False
    assert company["park_id"] == pk_of(mw.ids["park1"])
    assert user["role"] == "COMPANY" and user["company_id"] == pk_of(company_id)
    assert token["user_id"] == pk_of(user_id) and token["revoked_at"] is None
    rest = audited(rest, "COMPANY_REGISTERED", pk_of(user_id), company_id)
    assert not rest, describe(rest)
    data = await mw.api.ok("{ me { role company { id } } }", token=result["token"])
    assert data["me"] == {"role": "COMPANY", "company": {"id": company_id}}


def changed(model: str, action: str, *columns: tuple):
    """An effect: the target's columns moved (column, before, after) and nothing else changed,
    with one audit event. `before` and `after` may be functions of the case; SET is any value."""

    def value(v, case):
        return v(case) if callable(v) else v

    async def effect(mw, case, result, changes) -> None:
        target = mw.ids[case.target]
        rest = audited(changes, action, mw.user_pk(case.persona), target)
        expected = {(model, target, c): (value(b, case), value(a, case)) for c, b, a in columns}
        assert rest.keys() == expected.keys(), f"changed {describe(rest)}"
        for key, (before, after) in expected.items():
            assert rest[key][0] == before and matches(after, rest[key][1]), describe(rest)
        assert result["id"] == target

    return effect


def posted(model: str, column: str, value_of):
    async def effect(mw, case, result, changes) -> None:
        need_id, need, rest = created(changes, model)
        assert need["company_id"] == pk_of(mw.ids[case.persona]) and need["status"] == "OPEN"
        assert need[column] == value_of(case.persona)
        rest = audited(rest, "NEED_POSTED", mw.user_pk(case.persona), need_id)
        assert not rest, describe(rest)
        assert result["id"] == need_id
        await confirm_visible(mw, case.persona, model[0].lower() + model[1:], need_id)

    return effect


async def product_listed(mw, case, result, changes) -> None:
    product_id, product, rest = created(changes, "CreditProduct")
    assert product["bank_id"] == pk_of(mw.ids[BANK_OF[case.persona]]), "for its own bank"
    assert product["active"] is True and product["name"] == f"{case.persona}的新产品"
    rest = audited(rest, "PRODUCT_LISTED", mw.user_pk(case.persona), product_id)
    links = [key for key in rest if key[0] == "credit_product_park"]
    assert len(links) == 1 and len(rest) == 1, describe(rest)
    await confirm_visible(mw, "companyC", "creditProduct", product_id)


async def drive_created(mw, case, result, changes) -> None:
    drive_id, drive, rest = created(changes, "RecruitmentDrive")
    assert drive["park_id"] == pk_of(mw.ids[PARK_OF[case.persona]]), "in its own park"
    assert drive["status"] == "OPEN" and drive["title"] == f"{case.persona}的招聘会"
    rest = audited(rest, "DRIVE_CREATED", mw.user_pk(case.persona), drive_id)
    assert not rest, describe(rest)
    await confirm_visible(mw, "companyA", "recruitmentDrive", drive_id)


async def park_created(mw, case, result, changes) -> None:
    park_id, park, rest = created(changes, "Park")
    assert park["code"] == f"P-{case.persona.upper()}" and result["id"] == park_id
    rest = audited(rest, "PARK_CREATED", mw.user_pk(case.persona), park_id)
    assert not rest, describe(rest)


async def bank_created(mw, case, result, changes) -> None:
    bank_id, bank, rest = created(changes, "Bank")
    assert bank["code"] == f"B-{case.persona.upper()}" and result["id"] == bank_id
    rest = audited(rest, "BANK_CREATED", mw.user_pk(case.persona), bank_id)
    assert not rest, describe(rest)


async def lpr_recorded(mw, case, result, changes) -> None:
    lpr_id, lpr, rest = created(changes, "Lpr")
    assert (lpr["one_year_bp"], lpr["five_year_bp"]) == (300, 350) and result["id"] == lpr_id
    assert lpr["recorded_by_id"] == mw.user_pk(case.persona)
    rest = audited(rest, "LPR_RECORDED", mw.user_pk(case.persona), lpr_id)
    assert not rest, describe(rest)
    history = await mw.api.ok(
        "{ lprHistory { edges { node { id } } } }", token=mw.token("companyC")
    )
    assert [edge["node"]["id"] for edge in history["lprHistory"]["edges"]] == [lpr_id]


def lpr_variables(published_on):
    return lambda mw, target, persona: {
        "i": {"publishedOn": published_on().isoformat(), "oneYear": "3.00", "fiveYear": "3.50"}
    }


def check_rates(mw: MatrixWorld, case: Case, result: dict) -> None:
    """product1 follows the 1-year LPR (3.00 %) plus 45 bp; product2 keeps its fixed range."""
    expected = {
        "product1": ("LPR_1Y", 45, "3.45", "3.45"),
        "product2": ("FIXED", None, "3.45", "4.20"),
    }[case.target]
    shown = (result["rateBasis"], result["spreadBp"], result["rateInForce"])
    assert (*shown, result["maxAnnualRate"]) == expected, f"answered {result}"


def check_annual_rate(mw: MatrixWorld, case: Case, result: dict) -> None:
    """A financing proposal keeps its product's rate in force on the round's date (fixed: its
    lowest, 3.45 %); a recruitment one has none."""
    expected = None if case.target.endswith("hire") else "3.45"
    assert result["id"] == mw.ids[case.target] and result["annualRate"] == expected, result


async def user_created(mw, case, result, changes) -> None:
    user_id, user, rest = created(changes, "User")
    assert user["username"] == f"made.by.{case.persona}" and result["id"] == user_id
    assert user["role"] == "OFFICER" and user["park_id"] == pk_of(mw.ids["park2"])
    rest = audited(rest, "USER_CREATED", mw.user_pk(case.persona), user_id)
    assert not rest, describe(rest)
    # The new officer signs in and works in park2.
    token = await mw.world.login(user["username"])
    data = await mw.api.ok("{ companies { totalCount } }", token=token)
    assert data["companies"]["totalCount"] == 1


def _user_of(mw: MatrixWorld, key: str) -> str:
    """The persona signed in as the user a target names (`user.companyA` is companyA)."""
    return key.removeprefix("user.")


async def password_changed(mw, case, result, changes) -> None:
    user_id = mw.user_ids[case.persona]
    rest = audited(changes, "PASSWORD_CHANGED", mw.user_pk(case.persona), user_id)
    moved(rest, ("User", user_id, "password_hash"), ANY, SET)
    assert not rest, f"changed {describe(rest)}"
    assert result is True
    # The session used stays signed in; the new password signs in, the old one no longer.
    await mw.api.ok("{ me { id } }", token=mw.token(case.persona))
    await mw.api.ok(ops.LOGIN, {"u": case.persona, "p": f"new password of {case.persona}"})
    refused = await mw.api.fails(ops.LOGIN, {"u": case.persona, "p": PASSWORD})
    assert refused.code == UNAUTHENTICATED


async def _revoked_tokens_of(rest: dict, user_id: str) -> int:
    """Takes the tokens revoked out of `rest`, once each is the user's; returns how many."""
    keys = [k for k in rest if k[0] == "AuthToken" and k[2] == "revoked_at"]
    for key in keys:
        token = await AuthToken.get(id=pk_of(key[1]))
        assert token.user_id == pk_of(user_id), "another user's token was revoked"
        moved(rest, key, None, SET)
    return len(keys)


async def user_deactivated(mw, case, result, changes) -> None:
    target = mw.ids[case.target]
    rest = audited(changes, "USER_DEACTIVATED", mw.user_pk(case.persona), target)
    moved(rest, ("User", target, "active"), True, False)
    assert await _revoked_tokens_of(rest, target) >= 1, "its session was not revoked"
    assert not rest, f"changed {describe(rest)}"
    assert result == {"id": target, "active": False}
    persona = _user_of(mw, case.target)
    assert (await mw.api.fails("{ me { id } }", token=mw.token(persona))).code == UNAUTHENTICATED
    refused = await mw.api.fails(ops.LOGIN, {"u": persona, "p": PASSWORD})
    assert refused.code == UNAUTHENTICATED


async def user_reactivated(mw, case, result, changes) -> None:
    target = mw.ids[case.target]
    rest = audited(changes, "USER_REACTIVATED", mw.user_pk(case.persona), target)
    moved(rest, ("User", target, "active"), False, True)
    assert not rest, f"changed {describe(rest)}"
    assert result == {"id": target, "active": True}
    await mw.world.login(case.target)


async def code_released(mw, case, result, changes) -> None:
    target = mw.ids[case.target]
    company = await Company.get(id=pk_of(target))
    code = company.released_uscc
    rest = audited(changes, "CREDIT_CODE_RELEASED", mw.user_pk(case.persona), target)
    moved(rest, ("Company", target, "uscc"), code, SET)
    assert normalise_uscc(company.uscc) is None, "the placeholder must be no valid code"
    moved(rest, ("Company", target, "released_uscc"), None, code)
    moved(rest, ("Company", target, "released_at"), None, SET)
    moved(rest, ("User", mw.ids[f"user.{case.target}"], "active"), True, False)
    assert await _revoked_tokens_of(rest, mw.ids[f"user.{case.target}"]) >= 1
    for model, suffix in (("FinancingNeed", ".financing"), ("HiringNeed", ".hiring")):
        need = mw.ids[f"{case.target}{suffix}"]
        moved(rest, (model, need, "status"), "OPEN", "WITHDRAWN")
        moved(rest, (model, need, "withdrawn_at"), None, SET)
    assert not rest, f"changed {describe(rest)}"
    assert result["uscc"] == code and result["creditCodeReleasedAt"] is not None
    refused = await mw.api.fails("{ me { id } }", token=mw.tokens[case.target])
    assert refused.code == UNAUTHENTICATED
    # The code's owner now registers with it.
    owner = {
        "username": f"owner.of.{case.target}",
        "password": PASSWORD,
        "company": company_input("真正的企业", code, to_global("Park", company.park_id)),
    }
    data = await mw.api.ok(ops.REGISTER_COMPANY, {"i": owner})
    assert data["registerCompany"]["user"]["company"]["uscc"] == code


def withdrawn(model: str):
    return changed(
        model, "NEED_WITHDRAWN", ("status", "OPEN", "WITHDRAWN"), ("withdrawn_at", None, SET)
    )


# ---- rounds and proposals: what an allowed mutation must do -----------------------------------

PROPOSE = """
mutation($park: ID!, $kind: MatchKind!, $dry: Boolean) {
  proposeMatches(parkId: $park, kind: $kind, dryRun: $dry) {
    id dryRun kind proposals(first: 100) { totalCount edges { node { id status } } }
  }
}
"""
# What a round of each park finds to propose in the ROUNDS world: park1's FINANCING round only
# companyA.financing2 again (A.financing is MATCHED, B.financing's pair REJECTED, B.financing2's
# DECLINED); its RECRUITMENT round companyB again; park2 has no OPEN need left.
ROUND_PROPOSES = {
    ("park1", "FINANCING"): 1,
    ("park1", "RECRUITMENT"): 1,
    ("park2", "FINANCING"): 0,
    ("park2", "RECRUITMENT"): 0,
}
PARK_NEEDS_POSTED = {"park1": 6, "park2": 2}


def propose_variables(kind: str, dry_run: bool):
    return lambda mw, target, persona: {
        "park": mw.id(target, "Park"),
        "kind": kind,
        "dry": dry_run,
    }


def _new_rows(rest: dict, model: str) -> dict[str, dict]:
    """Takes the new rows of `model` out of `rest`: API id -> columns."""
    rows: dict[str, dict] = {}
    for key in [k for k, (b, _) in rest.items() if k[0] == model and b == MISSING]:
        rows.setdefault(key[1], {})[key[2]] = rest.pop(key)[1]
    return rows


async def round_published(mw, case, result, changes) -> None:
    park = PARK_OF[case.persona]
    round_id, stored, rest = created(changes, "MatchRound")
    assert stored["park_id"] == pk_of(mw.ids[park]) and stored["kind"] == "FINANCING"
    assert stored["created_by_id"] == mw.user_pk(case.persona)
    rest = audited(rest, "ROUND_PUBLISHED", mw.user_pk(case.persona), round_id)
    proposals = _new_rows(rest, "Proposal")
    assert len(proposals) == ROUND_PROPOSES[(park, "FINANCING")], f"{len(proposals)} proposals"
    for columns in proposals.values():
        assert columns["round_id"] == pk_of(round_id) and columns["status"] == "PROPOSED"
    for columns in _new_rows(rest, "RoundVerdict").values():
        assert columns["round_id"] == pk_of(round_id)
    # A need proposed for the first time stops its FIRST_PROPOSAL clock.
    proposed = {to_global("FinancingNeed", c["financing_need_id"]) for c in proposals.values()}
    for key in [k for k in rest if k[0] == "FinancingNeed" and k[2] == "first_proposed_at"]:
        assert key[1] in proposed, f"{key} moved without a proposal"
        moved(rest, key, None, SET)
    # The park's earlier PROPOSED proposals of that kind are superseded; nothing else moves.
    superseded = {"park1": ["propA.fin2"], "park2": []}[park]
    for key in superseded:
        moved(rest, ("Proposal", mw.ids[key], "status"), "PROPOSED", "SUPERSEDED")
    assert not rest, f"changed {describe(rest)}"
    assert result["id"] == round_id and result["dryRun"] is False
    assert {e["node"]["id"] for e in result["proposals"]["edges"]} == set(proposals)


async def round_previewed(mw, case, result, changes) -> None:
    assert not changes, f"a dry run changed {describe(changes)}"
    park = PARK_OF[case.persona]
    assert result["dryRun"] is True and result["kind"] == "RECRUITMENT"
    assert result["proposals"]["totalCount"] == ROUND_PROPOSES[(park, "RECRUITMENT")]
    refused = await mw.api.fails(
        "query($id: ID!) { matchRound(id: $id) { id } }",
        {"id": result["id"]},
        mw.token(case.persona),
    )
    assert refused.code == NOT_FOUND, "a dry run's round is never stored"


async def round_settled(mw, case, result) -> None:
    await until_round_ends(mw.world, case.persona, result["id"])


def _round_started(mw, case, result, changes, state: str) -> tuple[str, dict, dict]:
    """The new round, ended in `state`, and the other changes once its two audit events (started
    by the officer, then the end) are taken out."""
    round_id, stored, rest = created(changes, "MatchRound")
    park = PARK_OF[case.persona]
    assert stored["park_id"] == pk_of(mw.ids[park]) and stored["state"] == state, stored
    assert stored["created_by_id"] == mw.user_pk(case.persona)
    assert stored["started_at"] is not None and stored["finished_at"] is not None
    events = _new_rows(rest, "AuditEvent")
    actions = sorted(event["action"] for event in events.values())
    expected = ["ROUND_STARTED"] + (["ROUND_PUBLISHED"] if state == "PUBLISHED" else [])
    assert actions == sorted(expected), actions
    for event in events.values():
        assert audited_object(event) == round_id and event["actor_id"] == mw.user_pk(case.persona)
    assert result["id"] == round_id and result["state"] == "RUNNING"
    return round_id, stored, rest


async def round_started(mw, case, result, changes) -> None:
    """A FINANCING round of the fresh world: no company is verified yet, so it publishes a round
    without proposals whose verdicts tell each need why (COMPANY_NOT_VERIFIED), and frees its
    park and kind."""
    round_id, stored, rest = _round_started(mw, case, result, changes, "PUBLISHED")
    assert stored["dry_run"] is False and stored["figures"]["needs"] == 0
    verdicts = _new_rows(rest, "RoundVerdict")
    assert verdicts, "the park's open needs get a verdict"
    for columns in verdicts.values():
        assert columns["round_id"] == pk_of(round_id) and columns["matched"] is False
        assert columns["reason"] == "COMPANY_NOT_VERIFIED"
    assert not rest, f"changed {describe(rest)}"


async def dry_run_started(mw, case, result, changes) -> None:
    round_id, stored, rest = _round_started(mw, case, result, changes, "PREVIEWED")
    assert stored["dry_run"] is True
    previews = _new_rows(rest, "RoundPreview")
    assert [p["round_id"] for p in previews.values()] == [pk_of(round_id)]
    assert not rest, f"changed {describe(rest)}"
    found = await mw.api.ok(
        "query($id: ID!) { matchRound(id: $id) { state dryRun } }",
        {"id": round_id},
        mw.token(case.persona),
    )
    assert found["matchRound"] == {"state": "PREVIEWED", "dryRun": True}


async def round_cancelled(mw, case, result, changes) -> None:
    rest = audited(changes, "ROUND_CANCELLED", mw.user_pk(case.persona), mw.ids[case.target])
    target = mw.ids[case.target]
    moved(rest, ("MatchRound", target, "state"), "RUNNING", "CANCELLED")
    moved(rest, ("MatchRound", target, "stage"), "QUEUED", None)
    moved(rest, ("MatchRound", target, "finished_at"), None, SET)
    locks = [k for k, (b, a) in rest.items() if k[0] == "RoundLock" and a == MISSING]
    assert {rest.pop(k)[0] for k in locks} >= {pk_of(target)}, "its lock is freed"
    assert not rest, f"changed {describe(rest)}"
    assert result["state"] == "CANCELLED"


async def settings_updated(mw, case, result, changes) -> None:
    park = PARK_OF[case.persona]
    rest = audited(changes, "PARK_SETTINGS_UPDATED", mw.user_pk(case.persona), mw.ids[park])
    _, stored, rest = created(rest, "ParkSettings")
    assert stored["park_id"] == pk_of(mw.ids[park])
    assert stored["round_time_limit_s"] == 120
    assert (stored["first_proposal_due_days"], stored["outcome_due_days"]) == (5, 15)
    assert (stored["consent_due_days"], stored["bank_response_due_days"]) == (2, 10)
    assert stored["preauthorised_disclosure"] is True
    assert not rest, f"changed {describe(rest)}"
    assert result == {
        "roundTimeLimitSeconds": 120,
        "firstProposalDueDays": 5,
        "outcomeDueDays": 15,
        "consentDueDays": 2,
        "preauthorisedDisclosure": True,
    }


def _needs_of(proposal: Proposal) -> list[tuple[str, str]]:
    if proposal.kind == MatchKind.FINANCING:
        return [("FinancingNeed", to_global("FinancingNeed", proposal.financing_need_id))]
    return [("HiringNeed", to_global("HiringNeed", pk)) for pk in proposal.hiring_need_ids]


def _capacity_key(proposal: Proposal) -> list[tuple[ProbeKey, int]]:
    """The capacity a confirmation takes: (column, amount)."""
    if proposal.kind == MatchKind.FINANCING:
        product = to_global("CreditProduct", proposal.product_id)
        return [
            (("CreditProduct", product, "used_count"), 1),
            (("CreditProduct", product, "used_amount_fen"), proposal.amount_fen),
        ]
    return [
        (("RecruitmentDrive", to_global("RecruitmentDrive", proposal.drive_id), "booths_used"), 1)
    ]


async def proposals_confirmed(mw, case, result, changes) -> None:
    actor = mw.user_pk(case.persona)
    targets = [mw.ids[key] for key in case.target.split("+")]
    rest = audited_each(changes, "PROPOSAL_CONFIRMED", actor, targets)
    for target in targets:
        proposal = await Proposal.get(id=pk_of(target))
        moved(rest, ("Proposal", target, "status"), "PROPOSED", "CONFIRMED")
        moved(rest, ("Proposal", target, "decided_by_id"), None, actor)
        moved(rest, ("Proposal", target, "decided_at"), None, SET)
        for model, need in _needs_of(proposal):
            moved(rest, (model, need, "status"), "OPEN", "MATCHED")
            moved(rest, (model, need, "first_confirmed_at"), None, SET)
        for key, taken in _capacity_key(proposal):
            moved(rest, key, ANY, lambda was, taken=taken: was + taken)
        if proposal.kind == MatchKind.FINANCING:  # the bank waits for the company's consent
            moved(rest, ("Proposal", target, "consent_status"), None, "PENDING")
    assert not rest, f"changed {describe(rest)}"
    answered = result if isinstance(result, list) else [result]
    assert [p["id"] for p in answered] == sorted(targets, key=pk_of)
    assert {p["status"] for p in answered} == {"CONFIRMED"}


async def proposal_rejected(mw, case, result, changes) -> None:
    actor, target = mw.user_pk(case.persona), mw.ids[case.target]
    rest = audited(changes, "PROPOSAL_REJECTED", actor, target)
    moved(rest, ("Proposal", target, "status"), "PROPOSED", "REJECTED")
    moved(rest, ("Proposal", target, "decided_by_id"), None, actor)
    moved(rest, ("Proposal", target, "decided_at"), None, SET)
    moved(rest, ("Proposal", target, "decision_note"), None, f"{case.persona}驳回")
    assert not rest, f"changed {describe(rest)}"
    assert result == {"id": target, "status": "REJECTED"}


async def consent_given(mw, case, result, changes) -> None:
    actor, target = mw.user_pk(case.persona), mw.ids[case.target]
    rest = audited(changes, "PROPOSAL_CONSENT_GIVEN", actor, target)
    moved(rest, ("Proposal", target, "consent_status"), "PENDING", "GIVEN")
    moved(rest, ("Proposal", target, "consent_by_id"), None, actor)
    moved(rest, ("Proposal", target, "consent_at"), None, SET)
    moved(rest, ("Proposal", target, "consent_disclosed"), [], list(DISCLOSED_FIELDS))
    assert not rest, f"changed {describe(rest)}"
    assert result == {"id": target, "status": "CONFIRMED", "consent": {"status": "GIVEN"}}


async def proposal_declined_by_company(mw, case, result, changes) -> None:
    """CONFIRMED -> DECLINED by the company: consent DECLINED, the need OPEN again, the quota
    given back."""
    actor, target = mw.user_pk(case.persona), mw.ids[case.target]
    proposal = await Proposal.get(id=pk_of(target))
    rest = audited(changes, "PROPOSAL_DECLINED", actor, target)
    moved(rest, ("Proposal", target, "status"), "CONFIRMED", "DECLINED")
    moved(rest, ("Proposal", target, "consent_status"), "PENDING", "DECLINED")
    moved(rest, ("Proposal", target, "consent_by_id"), None, actor)
    moved(rest, ("Proposal", target, "consent_at"), None, SET)
    moved(rest, ("Proposal", target, "outcome_by_id"), None, actor)
    moved(rest, ("Proposal", target, "outcome_at"), None, SET)
    moved(rest, ("Proposal", target, "outcome_note"), None, f"{case.persona}拒绝")
    for model, need in _needs_of(proposal):
        moved(rest, (model, need, "status"), "MATCHED", "OPEN")
    for key, taken in _capacity_key(proposal):
        moved(rest, key, ANY, lambda was, taken=taken: was - taken)
    assert not rest, f"changed {describe(rest)}"
    assert result == {"id": target, "status": "DECLINED", "consent": {"status": "DECLINED"}}


def completed(**outcome):
    """An effect: CONFIRMED -> COMPLETED with these outcome columns, the needs FULFILLED and,
    for a loan, the quota held down to the amount disbursed."""

    async def effect(mw, case, result, changes) -> None:
        actor, target = mw.user_pk(case.persona), mw.ids[case.target]
        proposal = await Proposal.get(id=pk_of(target))
        rest = audited(changes, "PROPOSAL_COMPLETED", actor, target)
        moved(rest, ("Proposal", target, "status"), "CONFIRMED", "COMPLETED")
        moved(rest, ("Proposal", target, "outcome_by_id"), None, actor)
        moved(rest, ("Proposal", target, "outcome_at"), None, SET)
        moved(rest, ("Proposal", target, "outcome_note"), None, f"{case.persona}登记")
        for column, value in outcome.items():
            moved(rest, ("Proposal", target, column), None, value)
        for model, need in _needs_of(proposal):
            moved(rest, (model, need, "status"), "MATCHED", "FULFILLED")
            moved(rest, (model, need, "fulfilled_at"), None, SET)
        if proposal.kind == MatchKind.FINANCING:
            product = to_global("CreditProduct", proposal.product_id)
            given_back = proposal.amount_fen - outcome["outcome_amount_fen"]
            key = ("CreditProduct", product, "used_amount_fen")
            moved(rest, key, ANY, lambda was: was - given_back)
        assert not rest, f"changed {describe(rest)}"
        assert result["id"] == target and result["status"] == "COMPLETED"

    return effect


def _default_settings(result: dict) -> None:
    expected = {
        "roundTimeLimitSeconds": 600,
        "firstProposalDueDays": 5,
        "outcomeDueDays": 20,
        "consentDueDays": 3,
        "bankResponseDueDays": 10,
        "preauthorisedDisclosure": False,
    }
    assert result == expected, f"answered {result}"


SIGN_IN = """
mutation($u: String!, $p: String!) {
  signIn(username: $u, password: $p) { expiresAt user { id username } }
}
"""


def _nothing_overdue(items: list) -> None:
    """In a world posted just now, no clock is due yet (and no holiday is listed)."""
    assert items == [], f"answered {items}"


def check_week(mw: MatrixWorld, case: Case, result: dict) -> None:
    # The world's needs, all posted this week: two per company.
    expected = {"opened": {"park1": 4, "park2": 2}[case.target], "moved": 0, "closed": 0}
    expected["stuck"] = 0
    assert result == expected, f"answered {result}"


def _no_clock_stopped(result: dict) -> None:
    expected = [
        {"clock": clock, "rate": None, "stopped": 0}
        for clock in ("FIRST_PROPOSAL", "CONSENT", "BANK_RESPONSE", "OUTCOME")
    ]
    assert result["onTimeRates"] == expected, f"answered {result}"


async def holiday_set(mw, case, result, changes) -> None:
    rest = audited(changes, "HOLIDAY_SET", mw.user_pk(case.persona))
    _, stored, rest = created(rest, "Holiday")
    assert (stored["day"].isoformat(), stored["name"], stored["working"]) == (
        "2026-10-02",
        "国庆节",
        False,
    )
    assert not rest, f"changed {describe(rest)}"
    assert result == {"date": "2026-10-02", "name": "国庆节", "working": False}


async def holiday_removed(mw, case, result, changes) -> None:
    rest = audited(changes, "HOLIDAY_REMOVED", mw.user_pk(case.persona))
    gone = {k[1] for k, (before, after) in rest.items() if k[0] == "Holiday" and after == MISSING}
    assert len(gone) == 1, f"changed {describe(rest)}"
    rest = {k: v for k, v in rest.items() if k[0] != "Holiday"}
    assert not rest, f"changed {describe(rest)}"
    assert result == {"date": HOLIDAY_DATE, "name": "国庆节"}


def check_stats(mw: MatrixWorld, case: Case, result: dict) -> None:
    assert result["needsPosted"] == PARK_NEEDS_POSTED[case.target], f"answered {result}"


BANKS = ("manager1", "manager2")
ROUND_READERS = ("officer1", "officer2", "admin")


def check_last_round_result(mw: MatrixWorld, case: Case, result: dict) -> None:
    """The need's company and officers read the verdict (the round itself: officers only); a
    bank that sees the need reads none."""
    assert result["id"] == mw.ids[case.target], f"answered {result}"
    verdict = result["lastRoundResult"]
    if case.persona in BANKS:
        assert verdict is None, f"a bank read the verdict {verdict}"
        return
    assert verdict is not None and verdict["matched"] is True, f"verdict {verdict}"
    assert verdict["explanation"] is None, f"a matched need explained {verdict}"
    round_key = "round1.fin" if case.target.startswith(("companyA", "companyB")) else "round2.fin"
    expected = {"id": mw.ids[round_key]} if case.persona in ROUND_READERS else None
    assert verdict["round"] == expected, f"round {verdict['round']}"


def check_proposal_need(mw: MatrixWorld, case: Case, result: dict) -> None:
    """A declined proposal, or one whose company has not consented, shows its bank no need;
    everyone else who sees it, the need."""
    assert result["id"] == mw.ids[case.target], f"answered {result}"
    hidden = case.persona in BANKS and (result["status"] == "DECLINED" or case.target in PENDING)
    need = {"propA.fin": "companyA.financing", "propB.fin2": "companyB.financing2"}[case.target]
    expected = None if hidden else {"id": mw.ids[need]}
    assert result["need"] == expected, f"need {result['need']}, expected {expected}"


# The proposals of the ROUNDS world whose company has not consented yet.
PENDING = {"propA.fin"}
COMPANY_OF = {"propA.fin": "companyA", "propB.fin2": "companyB", "propC.fin": "companyC"}


def check_disclosure(mw: MatrixWorld, case: Case, result: dict) -> None:
    """The bank reads the anonymised lead only while consent is PENDING; everyone who sees the
    proposal reads the lead and the consent."""
    assert result["id"] == mw.ids[case.target], f"answered {result}"
    pending = case.target in PENDING
    assert result["lead"] == {"industry": "I", "amount": "5000000.00"}, f"lead {result['lead']}"
    consent = {"status": "PENDING", "by": None} if pending else {"status": "GIVEN"}
    if not pending:
        consent["by"] = {"username": COMPANY_OF[case.target]}
    assert result["consent"] == consent, f"consent {result['consent']}"
    if pending and case.persona in BANKS:
        assert result["company"] is None, f"company {result['company']} shown before consent"
    else:
        assert result["company"]["id"] == mw.ids[COMPANY_OF[case.target]], result["company"]


def check_trends(mw: MatrixWorld, case: Case, result: dict) -> None:
    posted = sum(month["figures"]["needsPosted"] for month in result["byMonth"])
    assert posted == PARK_NEEDS_POSTED[case.target], f"answered {result}"


def check_weights(mw: MatrixWorld, case: Case, result: list) -> None:
    assert [w["name"] for w in result] == ["skills", "headcount", "timing", "industry"], result


def proposal_variables(field: str = "id"):
    return lambda mw, target, persona: {field: mw.id(target, "Proposal")}


def renamed(case: Case) -> str:
    return f"{case.persona}改名"


ORIGINAL_NAMES = {"companyA": "武汉芯测科技有限公司", "companyC": "张江智能软件有限公司"}

OPERATIONS: dict[str, Operation] = {
    "me": Operation("{ me { id username role } }", "me", check=check_me),
    "parks": Operation(
        "{ parks { id preauthorisedDisclosure } }", "parks", shown=lambda r: [p["id"] for p in r]
    ),
    "serviceTime": Operation(
        "{ serviceTime { zone today } }", "serviceTime", check=check_service_time
    ),
    "banks": Operation("{ banks { id } }", "banks", shown=lambda r: [b["id"] for b in r]),
    "company": Operation(
        "query($id: ID!) { company(id: $id) { id name } }", "company", by_id("Company")
    ),
    "financingNeed": Operation(
        "query($id: ID!) { financingNeed(id: $id) { id status } }",
        "financingNeed",
        by_id("FinancingNeed"),
    ),
    "hiringNeed": Operation(
        "query($id: ID!) { hiringNeed(id: $id) { id status } }", "hiringNeed", by_id("HiringNeed")
    ),
    "companies": Operation(connection("companies"), "companies"),
    "financingNeeds": Operation(connection("financingNeeds"), "financingNeeds"),
    "hiringNeeds": Operation(connection("hiringNeeds"), "hiringNeeds"),
    "companies(parkId: park1)": Operation(
        connection("companies", "filter: {parkId: $p}", "$p: ID!"),
        "companies",
        lambda mw, target, persona: {"p": mw.ids["park1"]},
    ),
    "financingNeeds(companyId: companyB)": Operation(
        connection("financingNeeds", "filter: {companyId: $c}", "$c: ID!"),
        "financingNeeds",
        lambda mw, target, persona: {"c": mw.ids["companyB"]},
    ),
    "hiringNeeds(parkId: park2)": Operation(
        connection("hiringNeeds", "filter: {parkId: $p}", "$p: ID!"),
        "hiringNeeds",
        lambda mw, target, persona: {"p": mw.ids["park2"]},
    ),
    "creditProduct": Operation(
        "query($id: ID!) { creditProduct(id: $id) { id active } }",
        "creditProduct",
        by_id("CreditProduct"),
    ),
    "creditProducts": Operation(connection("creditProducts"), "creditProducts"),
    "recruitmentDrive": Operation(
        "query($id: ID!) { recruitmentDrive(id: $id) { id status } }",
        "recruitmentDrive",
        by_id("RecruitmentDrive"),
    ),
    "recruitmentDrives": Operation(connection("recruitmentDrives"), "recruitmentDrives"),
    "auditEvents": Operation(
        "{ auditEvents(first: 100) { totalCount edges { node { objectId } } } }",
        "auditEvents",
        shown=lambda r: {e["node"]["objectId"] for e in r["edges"]},
    ),
    "login": Operation(
        ops.LOGIN,
        "login",
        lambda mw, target, persona: {"u": "companyC", "p": PASSWORD},
        mutation=True,
        effect=logged_in,
    ),
    "logout": Operation("mutation { logout }", "logout", mutation=True, effect=logged_out),
    "signIn": Operation(
        SIGN_IN,
        "signIn",
        lambda mw, target, persona: {"u": "companyC", "p": PASSWORD},
        mutation=True,
        effect=signed_in_by_cookie,
        way=CONSOLE,
        response=session_cookie_set,
    ),
    "signIn(without the CSRF header)": Operation(
        SIGN_IN,
        "signIn",
        lambda mw, target, persona: {"u": "companyC", "p": PASSWORD},
        mutation=True,
        way=COOKIE_WITHOUT_CSRF,
    ),
    "signOut": Operation(
        "mutation { signOut }",
        "signOut",
        mutation=True,
        effect=signed_out,
        response=session_cookie_cleared,
    ),
    "registerCompany": Operation(
        ops.REGISTER_COMPANY,
        "registerCompany",
        lambda mw, target, persona: {
            "i": {
                "username": f"new.{persona}",
                "password": PASSWORD,
                "company": company_input(
                    f"新注册{persona}", valid_uscc(900 + PERSONAS.index(persona)), mw.ids["park1"]
                ),
            }
        },
        mutation=True,
        effect=registered,
    ),
    "updateCompany": Operation(
        ops.UPDATE_COMPANY,
        "updateCompany",
        lambda mw, target, persona: {
            "id": mw.id(target, "Company"),
            "i": {"name": f"{persona}改名"},
        },
        mutation=True,
        effect=changed(
            "Company", "COMPANY_UPDATED", ("name", lambda c: ORIGINAL_NAMES[c.target], renamed)
        ),
    ),
    "verifyCompany": Operation(
        ops.VERIFY_COMPANY,
        "verifyCompany",
        by_id("Company"),
        mutation=True,
        effect=changed(
            "Company",
            "COMPANY_VERIFIED",
            ("verified", False, True),
            ("verified_at", None, SET),
            # What was verified: a later change of these sends the company back to an officer.
            (
                "verified_profile",
                None,
                {"industry": "I", "sizeClass": "SMALL", "techDesignations": "TECH_SME"},
            ),
        ),
    ),
    "postFinancingNeed": Operation(
        ops.POST_FINANCING_NEED.replace("company { id }", "company { id } purpose"),
        "postFinancingNeed",
        lambda mw, target, persona: {"i": financing_need_input(purpose=f"{persona}的融资需求")},
        mutation=True,
        effect=posted("FinancingNeed", "purpose", lambda p: f"{p}的融资需求"),
    ),
    "postHiringNeed": Operation(
        ops.POST_HIRING_NEED,
        "postHiringNeed",
        lambda mw, target, persona: {"i": hiring_need_input(title=f"{persona}的岗位")},
        mutation=True,
        effect=posted("HiringNeed", "title", lambda p: f"{p}的岗位"),
    ),
    "withdrawFinancingNeed": Operation(
        ops.WITHDRAW_FINANCING_NEED,
        "withdrawFinancingNeed",
        by_id("FinancingNeed"),
        mutation=True,
        effect=withdrawn("FinancingNeed"),
    ),
    "withdrawHiringNeed": Operation(
        ops.WITHDRAW_HIRING_NEED,
        "withdrawHiringNeed",
        by_id("HiringNeed"),
        mutation=True,
        effect=withdrawn("HiringNeed"),
    ),
    "listCreditProduct": Operation(
        ops.LIST_PRODUCT,
        "listCreditProduct",
        lambda mw, target, persona: {
            "i": product_input([mw.ids["park1"]], name=f"{persona}的新产品")
        },
        mutation=True,
        effect=product_listed,
    ),
    "updateCreditProduct": Operation(
        ops.UPDATE_PRODUCT,
        "updateCreditProduct",
        lambda mw, target, persona: {
            "id": mw.id(target, "CreditProduct"),
            "i": product_input(
                [mw.ids[PARK_OF.get(target, "park1")]], name=f"{persona}改版", quotaCount=30
            ),
        },
        mutation=True,
        effect=changed(
            "CreditProduct",
            "PRODUCT_UPDATED",
            ("name", "科创信用贷", lambda c: f"{c.persona}改版"),
            ("quota_count", 20, 30),
        ),
    ),
    "retireCreditProduct": Operation(
        ops.RETIRE_PRODUCT,
        "retireCreditProduct",
        by_id("CreditProduct"),
        mutation=True,
        effect=changed("CreditProduct", "PRODUCT_RETIRED", ("active", True, False)),
    ),
    "createRecruitmentDrive": Operation(
        ops.CREATE_DRIVE,
        "createRecruitmentDrive",
        lambda mw, target, persona: {"i": drive_input(title=f"{persona}的招聘会")},
        mutation=True,
        effect=drive_created,
    ),
    "updateRecruitmentDrive": Operation(
        ops.UPDATE_DRIVE,
        "updateRecruitmentDrive",
        lambda mw, target, persona: {
            "id": mw.id(target, "RecruitmentDrive"),
            "i": drive_input(title=f"{persona}改期", boothCapacity=50),
        },
        mutation=True,
        effect=changed(
            "RecruitmentDrive",
            "DRIVE_UPDATED",
            ("title", "春季专场招聘会", lambda c: f"{c.persona}改期"),
            ("booth_capacity", 40, 50),
        ),
    ),
    "closeRecruitmentDrive": Operation(
        ops.CLOSE_DRIVE,
        "closeRecruitmentDrive",
        by_id("RecruitmentDrive"),
        mutation=True,
        effect=changed("RecruitmentDrive", "DRIVE_CLOSED", ("status", "OPEN", "CLOSED")),
    ),
    "createPark": Operation(
        ops.CREATE_PARK,
        "createPark",
        lambda mw, target, persona: {
            "i": {"name": f"{persona}园区", "code": f"P-{persona.upper()}", "region": "湖北"}
        },
        mutation=True,
        effect=park_created,
    ),
    "recordLpr": Operation(
        RECORD_LPR,
        "recordLpr",
        lpr_variables(park_today),
        mutation=True,
        effect=lpr_recorded,
    ),
    "recordLpr(published that day again)": Operation(
        RECORD_LPR,
        "recordLpr",
        lpr_variables(lambda: park_today() - timedelta(days=1)),
        mutation=True,
    ),
    "lprHistory": Operation(connection("lprHistory"), "lprHistory"),
    "creditProduct { rateInForce }": Operation(
        "query($id: ID!) { creditProduct(id: $id) {"
        " id rateBasis spreadBp rateInForce maxAnnualRate } }",
        "creditProduct",
        by_id("CreditProduct"),
        check=check_rates,
    ),
    "proposal { annualRate }": Operation(
        "query($id: ID!) { proposal(id: $id) { id annualRate } }",
        "proposal",
        by_id("Proposal"),
        check=check_annual_rate,
    ),
    "createBank": Operation(
        ops.CREATE_BANK,
        "createBank",
        lambda mw, target, persona: {
            "i": {"name": f"{persona}银行", "code": f"B-{persona.upper()}"}
        },
        mutation=True,
        effect=bank_created,
    ),
    "createUser": Operation(
        ops.CREATE_USER,
        "createUser",
        lambda mw, target, persona: {
            "i": {
                "username": f"made.by.{persona}",
                "password": PASSWORD,
                "role": "OFFICER",
                "parkId": mw.ids["park2"],
            }
        },
        mutation=True,
        effect=user_created,
    ),
    "changePassword": Operation(
        ops.CHANGE_PASSWORD,
        "changePassword",
        lambda mw, target, persona: {"c": PASSWORD, "n": f"new password of {persona}"},
        mutation=True,
        effect=password_changed,
    ),
    "users": Operation(connection("users"), "users"),
    "deactivateUser": Operation(
        ops.DEACTIVATE_USER,
        "deactivateUser",
        by_id("User"),
        mutation=True,
        effect=user_deactivated,
    ),
    "reactivateUser": Operation(
        ops.REACTIVATE_USER,
        "reactivateUser",
        by_id("User"),
        mutation=True,
        effect=user_reactivated,
    ),
    "releaseCreditCode": Operation(
        ops.RELEASE_CREDIT_CODE,
        "releaseCreditCode",
        lambda mw, target, persona: {"id": mw.id(target, "Company"), "r": f"{persona}：冒名注册"},
        mutation=True,
        effect=code_released,
    ),
    "matchRound": Operation(
        "query($id: ID!) { matchRound(id: $id) { id } }", "matchRound", by_id("MatchRound")
    ),
    "matchRounds(parkId: park1)": Operation(
        connection("matchRounds", "parkId: $p", "$p: ID!"),
        "matchRounds",
        lambda mw, target, persona: {"p": mw.ids["park1"]},
    ),
    "matchRounds(parkId: park2)": Operation(
        connection("matchRounds", "parkId: $p", "$p: ID!"),
        "matchRounds",
        lambda mw, target, persona: {"p": mw.ids["park2"]},
    ),
    "proposal": Operation(
        "query($id: ID!) { proposal(id: $id) { id status } }", "proposal", by_id("Proposal")
    ),
    "proposals": Operation(connection("proposals"), "proposals"),
    "financingNeed { lastRoundResult }": Operation(
        "query($id: ID!) { financingNeed(id: $id) {"
        " id lastRoundResult { matched explanation round { id } } } }",
        "financingNeed",
        by_id("FinancingNeed"),
        check=check_last_round_result,
    ),
    "proposal { need }": Operation(
        "query($id: ID!) { proposal(id: $id) { id status need { id } } }",
        "proposal",
        by_id("Proposal"),
        check=check_proposal_need,
    ),
    "proposal { company lead consent }": Operation(
        "query($id: ID!) { proposal(id: $id) { id company { id name uscc }"
        " lead { industry amount } consent { status by { username } } } }",
        "proposal",
        by_id("Proposal"),
        check=check_disclosure,
    ),
    "parkStats": Operation(
        "query($p: ID!) { parkStats(parkId: $p) { needsPosted } }",
        "parkStats",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=check_stats,
    ),
    "parkTrends": Operation(
        "query($p: ID!) { parkTrends(parkId: $p) { byMonth { key figures { needsPosted } } } }",
        "parkTrends",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=check_trends,
    ),
    "defaultWeights": Operation(
        "{ defaultWeights(kind: RECRUITMENT) { name value } }",
        "defaultWeights",
        check=check_weights,
    ),
    "financingNeeds(postedSince: today)": Operation(
        connection("financingNeeds", "filter: {postedSince: $d}", "$d: Date!"),
        "financingNeeds",
        lambda mw, target, persona: {"d": park_today().isoformat()},
    ),
    "proposeMatches": Operation(
        PROPOSE,
        "proposeMatches",
        propose_variables("FINANCING", dry_run=False),
        mutation=True,
        effect=round_published,
    ),
    "proposeMatches(dryRun: true)": Operation(
        PROPOSE,
        "proposeMatches",
        propose_variables("RECRUITMENT", dry_run=True),
        mutation=True,
        effect=round_previewed,
    ),
    "startRound": Operation(
        START,
        "startRound",
        propose_variables("FINANCING", dry_run=False),
        mutation=True,
        effect=round_started,
        settle=round_settled,
    ),
    "startRound(dryRun: true)": Operation(
        START,
        "startRound",
        propose_variables("RECRUITMENT", dry_run=True),
        mutation=True,
        effect=dry_run_started,
        settle=round_settled,
    ),
    "cancelRound": Operation(
        "mutation($id: ID!) { cancelRound(id: $id) { id state } }",
        "cancelRound",
        by_id("MatchRound"),
        mutation=True,
        effect=round_cancelled,
    ),
    "parkSettings": Operation(
        "query($p: ID!) { parkSettings(parkId: $p) {"
        " roundTimeLimitSeconds firstProposalDueDays outcomeDueDays consentDueDays"
        " bankResponseDueDays preauthorisedDisclosure } }",
        "parkSettings",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=lambda mw, case, result: _default_settings(result),
    ),
    "updateParkSettings": Operation(
        "mutation($p: ID!) { updateParkSettings(parkId: $p, input: {roundTimeLimitSeconds: 120,"
        " outcomeDueDays: 15, consentDueDays: 2, preauthorisedDisclosure: true}) {"
        " roundTimeLimitSeconds firstProposalDueDays outcomeDueDays consentDueDays"
        " preauthorisedDisclosure } }",
        "updateParkSettings",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        mutation=True,
        effect=settings_updated,
    ),
    "overdueItems": Operation(
        "query($p: ID!) { overdueItems(parkId: $p) { totalCount edges { node { clock } } } }",
        "overdueItems",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=lambda mw, case, result: _nothing_overdue(result["edges"]),
    ),
    "dispatchList": Operation(
        "query($p: ID!) { dispatchList(parkId: $p) { clock dueOn } }",
        "dispatchList",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=lambda mw, case, result: _nothing_overdue(result),
    ),
    "weeklyProgress": Operation(
        "query($p: ID!) { weeklyProgress(parkId: $p) { opened moved closed stuck } }",
        "weeklyProgress",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=check_week,
    ),
    "parkStats { onTimeRates }": Operation(
        "query($p: ID!) { parkStats(parkId: $p) { onTimeRates { clock rate stopped } } }",
        "parkStats",
        lambda mw, target, persona: {"p": mw.id(target, "Park")},
        check=lambda mw, case, result: _no_clock_stopped(result),
    ),
    "holidays": Operation(
        "{ holidays(year: 2026) { date name working } }",
        "holidays",
        check=lambda mw, case, result: _nothing_overdue(result),
    ),
    "setHoliday": Operation(
        'mutation { setHoliday(date: "2026-10-02", name: "国庆节") { date name working } }',
        "setHoliday",
        mutation=True,
        effect=holiday_set,
    ),
    "removeHoliday": Operation(
        "mutation($d: Date!) { removeHoliday(date: $d) { date name } }",
        "removeHoliday",
        lambda mw, target, persona: {"d": HOLIDAY_DATE},
        mutation=True,
        effect=holiday_removed,
    ),
    "confirmProposal": Operation(
        "mutation($id: ID!) { confirmProposal(id: $id) { id status } }",
        "confirmProposal",
        proposal_variables(),
        mutation=True,
        effect=proposals_confirmed,
    ),
    "confirmProposals": Operation(
        ops.CONFIRM_MANY,
        "confirmProposals",
        lambda mw, target, persona: {"ids": [mw.id(key, "Proposal") for key in target.split("+")]},
        mutation=True,
        effect=proposals_confirmed,
    ),
    "rejectProposal": Operation(
        "mutation($id: ID!, $r: String!) { rejectProposal(id: $id, reason: $r) { id status } }",
        "rejectProposal",
        lambda mw, target, persona: {"id": mw.id(target, "Proposal"), "r": f"{persona}驳回"},
        mutation=True,
        effect=proposal_rejected,
    ),
    "recordLoanOutcome": Operation(
        ops.LOAN_OUTCOME,
        "recordLoanOutcome",
        lambda mw, target, persona: {
            "id": mw.id(target, "Proposal"),
            "d": True,
            "a": "4500000.00",
            "n": f"{persona}登记",
        },
        mutation=True,
        effect=completed(outcome_amount_fen=450_000_000),
    ),
    "consentToProposal": Operation(
        "mutation($id: ID!) { consentToProposal(id: $id) { id status consent { status } } }",
        "consentToProposal",
        proposal_variables(),
        mutation=True,
        effect=consent_given,
    ),
    "declineProposal": Operation(
        "mutation($id: ID!, $r: String!) { declineProposal(id: $id, reason: $r) {"
        " id status consent { status } } }",
        "declineProposal",
        lambda mw, target, persona: {"id": mw.id(target, "Proposal"), "r": f"{persona}拒绝"},
        mutation=True,
        effect=proposal_declined_by_company,
    ),
    "recordHiringOutcome": Operation(
        ops.HIRING_OUTCOME,
        "recordHiringOutcome",
        lambda mw, target, persona: {
            "id": mw.id(target, "Proposal"),
            "h": 3,
            "n": f"{persona}登记",
        },
        mutation=True,
        effect=completed(hires=3),
    ),
}


def _groups() -> dict[str, list[Case]]:
    """Reads share one world per state; each mutation gets its own world per state, and a second
    persona allowed on the same target its own (the first one's success would change the state
    the second one acts on)."""
    groups: dict[str, list[Case]] = {}
    allowed_on: set[tuple] = set()
    for case in CASES:
        op = OPERATIONS[case.op]
        key = f"{case.op}-{case.state}" if op.mutation else f"queries-{case.state}"
        if op.mutation and case.expect == ALLOWED and case.target is not None:
            if (case.op, case.target, case.state) in allowed_on:
                key = f"{key}-{case.persona}"
            allowed_on.add((case.op, case.target, case.state))
        groups.setdefault(key, []).append(case)
    return groups


GROUPS = _groups()


# Subscriptions cannot be sent as one request of the HTTP API: tests/api/test_subscriptions.py
# (itemFallsDue: tests/api/test_clocks.py) covers who may subscribe (the token checked at
# connection_init, a bad one refused) and who hears which event.
NOT_IN_THE_MATRIX = {"proposalEvents", "needPosted", "roundProgress", "itemFallsDue"}


def test_the_matrix_covers_every_operation_of_the_schema():
    from schema.root import build_schema

    schema = build_schema()._schema
    fields = {*schema.query_type.fields, *schema.mutation_type.fields}
    if schema.subscription_type is not None:
        fields |= set(schema.subscription_type.fields)
    covered = {name.split("(")[0] for name in OPERATIONS}
    missing = fields - covered - NOT_IN_THE_MATRIX
    assert not missing, f"operations without a row in the matrix: {sorted(missing)}"
    assert fields >= NOT_IN_THE_MATRIX, "an exception names an operation the schema lacks"
    assert {case.op for case in CASES} == set(OPERATIONS)


async def _run(api, settings, cases: list[Case], way: str = BEARER) -> None:
    world = await build_world(api)
    mw = await matrix_world(world, settings, cases[0].state, way)
    failures = await run_group(mw, OPERATIONS, cases)
    assert not failures, f"{len(failures)} of {len(cases)} cases failed:\n" + "\n".join(failures)


@pytest.mark.parametrize("group", sorted(GROUPS))
async def test_authorization_matrix(group, api, settings):
    await _run(api, settings, GROUPS[group])


# ---- the console's way in: the session cookie ---------------------------------------------------

# Every query, and mutations of each kind (sign-out, posting, deciding, running a round): the
# console's cookie, sent as its pages send it, gets the answers the bearer token gets.
BY_COOKIE = {"queries", "signOut", "logout", "postFinancingNeed", "verifyCompany"}
BY_COOKIE |= {"proposeMatches", "confirmProposals", "rejectProposal", "recordLoanOutcome"}
COOKIE_GROUPS = sorted(g for g in GROUPS if g.split("-")[0] in BY_COOKIE)


@pytest.mark.parametrize("group", COOKIE_GROUPS)
async def test_the_console_cookie_gets_the_answers_of_the_bearer_token(group, api, settings):
    await _run(api, settings, GROUPS[group], CONSOLE)


def _forged(case: Case) -> Case:
    """What a forged cross-site request of an allowed mutation gets: the cookie is no session
    there, so the mutation is refused as if signed out (sign-in itself is refused outright)."""
    expect = FORBIDDEN if case.op.startswith("signIn") else UNAUTHENTICATED
    return Case(case.op, case.target, case.persona, expect, case.state)


# Mutations a session allows (login and registration need none and stay open).
FORGEABLE = [
    _forged(case)
    for case in CASES
    if OPERATIONS[case.op].mutation
    and OPERATIONS[case.op].way is None
    and case.expect == ALLOWED
    and case.persona not in SIGNED_OUT
    and case.op not in ("login", "registerCompany")
]
FORGED_GROUPS = {
    f"{state}-{way}": [case for case in FORGEABLE if case.state == state]
    for state in {case.state for case in FORGEABLE}
    for way in (COOKIE_WITHOUT_CSRF, CROSS_SITE)
}


@pytest.mark.parametrize("group", sorted(FORGED_GROUPS))
async def test_a_mutation_by_cookie_without_the_csrf_check_is_refused_and_changes_nothing(
    group, api, settings
):
    await _run(api, settings, FORGED_GROUPS[group], group.split("-", 1)[1])


# ---- sessions: logout, expiry, deactivation, sign-in throttling --------------------------------

SIGNED_IN_QUERY = "{ auditEvents(first: 1) { totalCount } }"


async def test_logout_revokes_the_token_used_and_no_other(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    first = (await api.ok(ops.LOGIN, {"u": "admin", "p": PASSWORD}))["login"]["token"]
    second = (await api.ok(ops.LOGIN, {"u": "admin", "p": PASSWORD}))["login"]["token"]
    assert (await api.ok("mutation { logout }", token=first)) == {"logout": True}
    assert (await api.fails(SIGNED_IN_QUERY, token=first)).code == UNAUTHENTICATED
    assert (await api.fails("mutation { logout }", token=first)).code == UNAUTHENTICATED
    assert (await api.fails("{ me { id } }", token=first)).code == UNAUTHENTICATED
    data = await api.ok(SIGNED_IN_QUERY, token=second)
    assert data["auditEvents"]["totalCount"] == 1


async def test_a_token_is_refused_once_expired(api, settings):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    session = (await api.ok(ops.LOGIN, {"u": "admin", "p": PASSWORD}))["login"]
    expires_at = datetime.fromisoformat(session["expiresAt"])
    assert now() < expires_at <= now() + timedelta(seconds=settings.token_ttl_seconds)
    await api.ok(SIGNED_IN_QUERY, token=session["token"])
    digest = auth.token_digest(session["token"], settings.secret)
    await AuthToken.filter(token_hash=digest).update(expires_at=now() - timedelta(seconds=1))
    assert (await api.fails(SIGNED_IN_QUERY, token=session["token"])).code == UNAUTHENTICATED


async def test_a_deactivated_user_is_signed_out_and_cannot_sign_in(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    token = (await api.ok(ops.LOGIN, {"u": "admin", "p": PASSWORD}))["login"]["token"]
    await User.filter(username="admin").update(active=False)
    assert (await api.fails(SIGNED_IN_QUERY, token=token)).code == UNAUTHENTICATED
    refused = await api.fails(ops.LOGIN, {"u": "admin", "p": PASSWORD})
    assert refused.code == UNAUTHENTICATED
    assert refused.errors[0]["message"] == accounts.BAD_CREDENTIALS


async def test_an_unknown_user_and_a_wrong_password_get_one_message(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    wrong = await api.fails(ops.LOGIN, {"u": "admin", "p": "not the password"})
    unknown = await api.fails(ops.LOGIN, {"u": "nobody", "p": "not the password"})
    assert wrong.code == unknown.code == UNAUTHENTICATED
    assert wrong.errors[0]["message"] == unknown.errors[0]["message"]
    assert "admin" not in wrong.errors[0]["message"]


async def test_five_failures_lock_the_account_even_against_the_right_password(api):
    for username in ("admin", "other"):
        await accounts.create_admin(CreateAdmin(username, PASSWORD))
    for _ in range(5):
        failed = await api.fails(ops.LOGIN, {"u": "admin", "p": "not the password"})
        assert failed.code == UNAUTHENTICATED
    locked = await api.fails(ops.LOGIN, {"u": "admin", "p": PASSWORD})
    assert locked.code == "RATE_LIMITED"
    assert not await AuthToken.filter(user__username="admin").exists(), "no token issued"
    # Per account: four failures of another account do not lock it.
    for _ in range(4):
        await api.fails(ops.LOGIN, {"u": "other", "p": "not the password"})
    await api.ok(ops.LOGIN, {"u": "other", "p": PASSWORD})
    # Fifteen minutes later the lock is gone.
    await Throttle.filter(subject__startswith="admin").update(resets_at=int(now().timestamp()))
    await api.ok(ops.LOGIN, {"u": "admin", "p": PASSWORD})


async def test_unknown_usernames_are_throttled_like_real_ones(api):
    for _ in range(5):
        await api.fails(ops.LOGIN, {"u": "nobody", "p": "not the password"})
    assert (await api.fails(ops.LOGIN, {"u": "nobody", "p": "whatever it is"})).code == (
        "RATE_LIMITED"
    )
