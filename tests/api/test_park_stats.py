"""parkStats over a scenario whose every figure is known: two financing rounds and a recruitment
round in park1 (confirmations, a rejection, a partial disbursement, hires, a decline, withdrawals
before and after confirmation), a full loop in park2 that must not leak into park1, and posting
times set by hand so that windows, the park's zone and the median are exact."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from schema.ids import from_global, to_global
from server.models import FinancingNeed, HiringNeed
from tests.api import operations as ops
from tests.api.world import drive_day_comes, financing_need_input, hiring_need_input

SHANGHAI = ZoneInfo("Asia/Shanghai")
STATUSES = ["PROPOSED", "CONFIRMED", "REJECTED", "SUPERSEDED", "COMPLETED", "DECLINED"]


def by_status(**counts: int) -> list[dict]:
    return [{"status": s, "count": counts.get(s, 0)} for s in STATUSES]


ZEROS = {
    "needsPosted": 0,
    "needsMatched": 0,
    "needsFulfilled": 0,
    "needsWithdrawn": 0,
    "resolutionRate": None,
    "medianHoursToConfirm": None,
    "financingRequested": "0.00",
    "financingConfirmed": "0.00",
    "financingDisbursed": "0.00",
    "loansPartlyDisbursed": 0,
    "financingUndisbursed": "0.00",
    "headcountRequested": 0,
    "hiresRecorded": 0,
    "proposalsByStatus": by_status(),
}


async def stats(world, who: str, park: str, since: str | None = None, until: str | None = None):
    variables = {"park": world.ids[park], "since": since, "until": until}
    return (await world.as_(who, ops.PARK_STATS, variables))["parkStats"]


async def propose(world, officer: str, park: str, kind: str) -> list[dict]:
    result = await world.as_(officer, ops.PROPOSE, {"park": world.ids[park], "kind": kind})
    return [edge["node"] for edge in result["proposeMatches"]["proposals"]["edges"]]


def financing_proposal_of(proposals: list[dict], need: str) -> str:
    (found,) = [p["id"] for p in proposals if p["need"] and p["need"]["id"] == need]
    return found


def recruitment_proposal_of(proposals: list[dict], company: str) -> str:
    (found,) = [p["id"] for p in proposals if p["company"]["id"] == company]
    return found


async def post(world, company: str, key: str, kind: str, **overrides) -> None:
    if kind == "financing":
        data = await world.as_(
            company, ops.POST_FINANCING_NEED, {"i": financing_need_input(**overrides)}
        )
        world.ids[key] = data["postFinancingNeed"]["id"]
    else:
        data = await world.as_(company, ops.POST_HIRING_NEED, {"i": hiring_need_input(**overrides)})
        world.ids[key] = data["postHiringNeed"]["id"]


async def set_times(world, key: str, posted: datetime, hours_to_confirm: int | None) -> None:
    """Test setup: when the need was posted and, if it was confirmed, when first."""
    model, type_name = (
        (FinancingNeed, "FinancingNeed") if "financing" in key else (HiringNeed, "HiringNeed")
    )
    pk = from_global(type_name, world.ids[key], "id")
    need = await model.get(id=pk)
    assert (need.first_confirmed_at is not None) == (hours_to_confirm is not None), key
    changes = {"created_at": posted}
    if hours_to_confirm is not None:
        changes["first_confirmed_at"] = posted + timedelta(hours=hours_to_confirm)
    await model.filter(id=pk).update(**changes)


async def build_scenario(world) -> None:
    for company, officer in (
        ("companyA", "officer1"),
        ("companyB", "officer1"),
        ("companyC", "officer2"),
    ):
        await world.as_(officer, ops.VERIFY_COMPANY, {"id": world.ids[company]})

    # park1, beside the world's A.financing, A.hiring, B.financing, B.hiring:
    await post(world, "companyA", "A.financing2", "financing", amount="2000000.00")
    await post(world, "companyA", "A.financing3", "financing", amount="1500000.25")
    await post(world, "companyB", "B.financing2", "financing", amount="3000000.00")
    await post(world, "companyB", "B.hiring2", "hiring", headcount=3, roleCategory="PRODUCTION")
    # Withdrawn before any round: leaves the resolution rate's denominator.
    await world.as_("companyA", ops.WITHDRAW_FINANCING_NEED, {"id": world.ids["A.financing2"]})

    # A first financing round whose four proposals the second one supersedes.
    first = await propose(world, "officer1", "park1", "FINANCING")
    assert len(first) == 4
    second = await propose(world, "officer1", "park1", "FINANCING")
    assert len(second) == 4
    a1 = financing_proposal_of(second, world.ids["companyA.financing"])
    b1 = financing_proposal_of(second, world.ids["companyB.financing"])
    a3 = financing_proposal_of(second, world.ids["A.financing3"])
    await world.as_("officer1", ops.CONFIRM, {"id": a1})
    await world.as_("officer1", ops.CONFIRM, {"id": b1})
    await world.as_("officer1", ops.REJECT, {"id": a3, "r": "企业近期有逾期记录"})
    await world.as_("companyA", ops.CONSENT, {"id": a1})
    # B.financing2's proposal is left PROPOSED; A's loan is partly disbursed, B's pending.
    done = await world.as_(
        "manager1", ops.LOAN_OUTCOME, {"id": a1, "d": True, "a": "4250000.55", "n": "部分放款"}
    )
    assert done["recordLoanOutcome"]["status"] == "COMPLETED"

    recruitment = await propose(world, "officer1", "park1", "RECRUITMENT")
    assert len(recruitment) == 2
    ra = recruitment_proposal_of(recruitment, world.ids["companyA"])
    rb = recruitment_proposal_of(recruitment, world.ids["companyB"])
    b_needs = {n["id"] for n in next(p for p in recruitment if p["id"] == rb)["hiringNeeds"]}
    assert b_needs == {world.ids["companyB.hiring"], world.ids["B.hiring2"]}
    await world.as_("officer1", ops.CONFIRM_MANY, {"ids": [ra, rb]})
    await drive_day_comes(world, "drive1")
    hired = await world.as_("companyB", ops.HIRING_OUTCOME, {"id": rb, "h": 4, "n": "录用4人"})
    assert hired["recordHiringOutcome"]["status"] == "COMPLETED"
    nobody = await world.as_("officer1", ops.HIRING_OUTCOME, {"id": ra, "h": 0})
    assert nobody["recordHiringOutcome"]["status"] == "DECLINED"
    # Reopened by the decline, then withdrawn: withdrawn after a confirmation, still matched.
    await world.as_("companyA", ops.WITHDRAW_HIRING_NEED, {"id": world.ids["companyA.hiring"]})

    # park2: a full loop of its own that must not show in park1.
    (c_loan,) = await propose(world, "officer2", "park2", "FINANCING")
    await world.as_("officer2", ops.CONFIRM, {"id": c_loan["id"]})
    await world.as_("companyC", ops.CONSENT, {"id": c_loan["id"]})
    await world.as_("manager2", ops.LOAN_OUTCOME, {"id": c_loan["id"], "d": True})
    (c_drive,) = await propose(world, "officer2", "park2", "RECRUITMENT")
    await world.as_("officer2", ops.CONFIRM, {"id": c_drive["id"]})
    await drive_day_comes(world, "drive2")
    await world.as_("companyC", ops.HIRING_OUTCOME, {"id": c_drive["id"], "h": 2})

    # Posting times, local to the park. A's first needs were posted at 00:30 on 1 March, which
    # is still 29 February in UTC.
    early = datetime(2024, 3, 1, 0, 30, tzinfo=SHANGHAI)
    later = datetime(2024, 3, 2, 12, 0, tzinfo=SHANGHAI)
    for key, posted, hours in (
        ("companyA.financing", early, 2),
        ("companyA.hiring", early, 30),
        ("companyB.financing", later, 5),
        ("companyB.hiring", later, 1),
        ("B.hiring2", later, 8),
        ("A.financing2", later, None),
        ("A.financing3", later, None),
        ("B.financing2", later, None),
        ("companyC.financing", later, 3),
        ("companyC.hiring", later, 7),
    ):
        await set_times(world, key, posted, hours)


async def test_every_figure_of_a_known_scenario(world):
    await build_scenario(world)

    park1 = {
        # A.financing, A.financing2, A.financing3, A.hiring, B.financing, B.financing2,
        # B.hiring, B.hiring2.
        "needsPosted": 8,
        # A.financing, A.hiring, B.financing, B.hiring, B.hiring2.
        "needsMatched": 5,
        # A.financing (loan disbursed), B.hiring and B.hiring2 (4 hired).
        "needsFulfilled": 3,
        # A.financing2 (before any confirmation), A.hiring (after one).
        "needsWithdrawn": 2,
        "resolutionRate": 5 / 7,
        # Hours to confirm 2, 30, 5, 1, 8: the median, not the mean (9.2).
        "medianHoursToConfirm": 5.0,
        # 5,000,000 + 2,000,000 + 1,500,000.25 + 5,000,000 + 3,000,000.
        "financingRequested": "16500000.25",
        "financingConfirmed": "10000000.00",
        "financingDisbursed": "4250000.55",
        "loansPartlyDisbursed": 1,  # A.financing: 4,250,000.55 of 5,000,000
        "financingUndisbursed": "749999.45",
        "headcountRequested": 13,
        "hiresRecorded": 4,
        # First round: 4 SUPERSEDED; second: A1 COMPLETED, B1 CONFIRMED, A3 REJECTED,
        # B2 PROPOSED; recruitment: B COMPLETED, A DECLINED.
        "proposalsByStatus": by_status(
            PROPOSED=1, CONFIRMED=1, REJECTED=1, SUPERSEDED=4, COMPLETED=2, DECLINED=1
        ),
    }
    assert await stats(world, "officer1", "park1") == park1
    assert await stats(world, "admin", "park1") == park1
    # The period is inclusive at both ends.
    assert await stats(world, "officer1", "park1", "2024-03-01", "2024-03-02") == park1

    assert await stats(world, "officer2", "park2") == {
        "needsPosted": 2,
        "needsMatched": 2,
        "needsFulfilled": 2,
        "needsWithdrawn": 0,
        "resolutionRate": 1.0,
        "medianHoursToConfirm": 5.0,
        "financingRequested": "5000000.00",
        "financingConfirmed": "5000000.00",
        "financingDisbursed": "5000000.00",
        "loansPartlyDisbursed": 0,
        "financingUndisbursed": "0.00",
        "headcountRequested": 5,
        "hiresRecorded": 2,
        "proposalsByStatus": by_status(COMPLETED=2),
    }

    # 1 March local: only A's first two needs.
    assert await stats(world, "officer1", "park1", "2024-03-01", "2024-03-01") == {
        "needsPosted": 2,
        "needsMatched": 2,
        "needsFulfilled": 1,
        "needsWithdrawn": 1,
        "resolutionRate": 1.0,
        "medianHoursToConfirm": 16.0,
        "financingRequested": "5000000.00",
        "financingConfirmed": "5000000.00",
        "financingDisbursed": "4250000.55",
        "loansPartlyDisbursed": 1,
        "financingUndisbursed": "749999.45",
        "headcountRequested": 5,
        "hiresRecorded": 0,
        "proposalsByStatus": by_status(SUPERSEDED=1, COMPLETED=1, DECLINED=1),
    }
    # From 2 March on: the rest; B's recruitment proposal counts once for its two needs.
    assert await stats(world, "officer1", "park1", since="2024-03-02") == {
        "needsPosted": 6,
        "needsMatched": 3,
        "needsFulfilled": 2,
        "needsWithdrawn": 1,
        "resolutionRate": 3 / 5,
        "medianHoursToConfirm": 5.0,
        "financingRequested": "11500000.25",
        "financingConfirmed": "5000000.00",
        "financingDisbursed": "0.00",
        "loansPartlyDisbursed": 0,
        "financingUndisbursed": "0.00",
        "headcountRequested": 8,
        "hiresRecorded": 4,
        "proposalsByStatus": by_status(
            PROPOSED=1, CONFIRMED=1, REJECTED=1, SUPERSEDED=3, COMPLETED=1
        ),
    }
    # 29 February is the UTC date of A's first needs, not the park's: nothing.
    assert await stats(world, "officer1", "park1", until="2024-02-29") == ZEROS
    assert await stats(world, "officer1", "park1", since="2024-03-03") == ZEROS


async def test_a_park_without_needs_has_zeros_and_no_rate(world):
    for key in ("companyC.financing", "companyC.hiring"):
        kind = "FINANCING" if "financing" in key else "HIRING"
        await world.as_("companyC", getattr(ops, f"WITHDRAW_{kind}_NEED"), {"id": world.ids[key]})
    figures = await stats(world, "officer2", "park2")
    # Both needs withdrawn before any confirmation: nothing left to judge.
    assert figures == {
        **ZEROS,
        "needsPosted": 2,
        "needsWithdrawn": 2,
        "financingRequested": "5000000.00",
        "headcountRequested": 5,
    }


async def test_since_after_until_is_bad_input(world):
    error = await world.api.fails(
        ops.PARK_STATS,
        {"park": world.ids["park1"], "since": "2024-03-02", "until": "2024-03-01"},
        world.tokens["officer1"],
    )
    assert error.code == "BAD_USER_INPUT"
    assert error.field == "since"


async def test_only_the_parks_officers_and_admins_see_its_figures(world):
    for who in ("companyA", "manager1", "officer2"):
        error = await world.api.fails(
            ops.PARK_STATS, {"park": world.ids["park1"]}, world.tokens[who]
        )
        assert error.code == "FORBIDDEN", who
    error = await world.api.fails(ops.PARK_STATS, {"park": world.ids["park1"]})
    assert error.code == "UNAUTHENTICATED"
    error = await world.api.fails(
        ops.PARK_STATS, {"park": to_global("Park", 999_999)}, world.tokens["admin"]
    )
    assert error.code == "NOT_FOUND"
