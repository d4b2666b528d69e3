"""Edges of the lifecycle: loans above what may be lent or paid out in part, hires before the
drive, needs of companies awaiting verification, and weights no round can normalise."""

from __future__ import annotations

import json

from tests.api import operations as ops
from tests.api.world import drive_day_comes, product_input

PROPOSAL = "query($id: ID!) { proposal(id: $id) { status outcomeAmount hires } }"
QUOTA = "query($id: ID!) { creditProduct(id: $id) { remainingQuotaCount remainingQuotaAmount } }"
BOOTHS = "query($id: ID!) { recruitmentDrive(id: $id) { remainingBooths } }"
FINANCING_NEED = """
query($id: ID!) {
  financingNeed(id: $id) { status lastRoundResult { matched reason blockingRules { rule } } }
}
"""
HIRING_NEED = (
    "query($id: ID!) { hiringNeed(id: $id) { status lastRoundResult { matched reason } } }"
)
LOANS = """
query($park: ID!) {
  parkStats(parkId: $park) {
    financingConfirmed financingDisbursed loansPartlyDisbursed financingUndisbursed
  }
}
"""


async def _round(world, kind: str = "FINANCING", **extra) -> dict:
    data = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": kind, **extra}
    )
    return data["proposeMatches"]


async def _confirmed(world, kind: str = "FINANCING") -> str:
    """companyA verified, one round, its proposal confirmed (a loan: and companyA consented to
    be disclosed to the bank): the proposal's id."""
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    (edge,) = (await _round(world, kind))["proposals"]["edges"]
    await world.as_("officer1", ops.CONFIRM, {"id": edge["node"]["id"]})
    if kind == "FINANCING":
        await world.as_("companyA", ops.CONSENT, {"id": edge["node"]["id"]})
    return edge["node"]["id"]


async def test_a_loan_above_the_products_maximum_is_refused(world):
    proposal = await _confirmed(world)  # 5,000,000 confirmed on product1 (max 10,000,000)
    await world.as_(
        "manager1",
        ops.UPDATE_PRODUCT,
        {
            "id": world.ids["product1"],
            "i": product_input([world.ids["park1"]], maxAmount="4000000.00"),
        },
    )
    for amount in ("4500000.00", None):  # None: the whole amount confirmed
        refused = await world.api.fails(
            ops.LOAN_OUTCOME, {"id": proposal, "d": True, "a": amount}, world.tokens["manager1"]
        )
        assert (refused.code, refused.field) == ("BAD_USER_INPUT", "amount")
        assert "4,000,000.00" in refused.errors[0]["message"]
    assert (await world.as_("manager1", PROPOSAL, {"id": proposal}))["proposal"]["status"] == (
        "CONFIRMED"
    )
    done = await world.as_(
        "manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True, "a": "4000000.00"}
    )
    assert done["recordLoanOutcome"]["status"] == "COMPLETED"


async def test_a_partial_disbursement_completes_the_loan_and_shows_in_the_figures(world):
    proposal = await _confirmed(world)
    before = (await world.as_("manager1", QUOTA, {"id": world.ids["product1"]}))["creditProduct"]
    assert before == {"remainingQuotaCount": 19, "remainingQuotaAmount": "95000000.00"}

    done = await world.as_(
        "manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True, "a": "3000000.00"}
    )
    assert done["recordLoanOutcome"]["outcomeAmount"] == "3000000.00"
    assert done["recordLoanOutcome"]["status"] == "COMPLETED"
    need = await world.as_("companyA", FINANCING_NEED, {"id": world.ids["companyA.financing"]})
    assert need["financingNeed"]["status"] == "FULFILLED"
    # The quota holds what was paid out, not what was confirmed.
    after = (await world.as_("manager1", QUOTA, {"id": world.ids["product1"]}))["creditProduct"]
    assert after == {"remainingQuotaCount": 19, "remainingQuotaAmount": "97000000.00"}
    figures = await world.as_("officer1", LOANS, {"park": world.ids["park1"]})
    assert figures["parkStats"] == {
        "financingConfirmed": "5000000.00",
        "financingDisbursed": "3000000.00",
        "loansPartlyDisbursed": 1,
        "financingUndisbursed": "2000000.00",
    }


async def test_hires_are_recorded_from_the_drives_day_on(world):
    proposal = await _confirmed(world, "RECRUITMENT")  # drive1, 30 days ahead
    for who, hires in (("companyA", 3), ("officer1", 0)):
        early = await world.api.fails(
            ops.HIRING_OUTCOME, {"id": proposal, "h": hires}, world.tokens[who]
        )
        assert early.code == "CONFLICT"
        assert "recorded from that day on" in early.errors[0]["message"]
    # Refused means unchanged: still confirmed, the booth still held.
    assert (await world.as_("officer1", PROPOSAL, {"id": proposal}))["proposal"] == {
        "status": "CONFIRMED",
        "outcomeAmount": None,
        "hires": None,
    }
    assert (await world.as_("officer1", BOOTHS, {"id": world.ids["drive1"]}))[
        "recruitmentDrive"
    ] == {"remainingBooths": 39}

    await drive_day_comes(world, "drive1")
    done = await world.as_("companyA", ops.HIRING_OUTCOME, {"id": proposal, "h": 3})
    assert done["recordHiringOutcome"]["status"] == "COMPLETED"


async def test_a_need_of_an_unverified_company_learns_why_no_round_took_it(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    # A preview says so too, and stores nothing.
    preview = await _round(world, dry=True)
    assert {
        "company": {"id": world.ids["companyB"]},
        "need": {"id": world.ids["companyB.financing"]},
        "reason": "COMPANY_NOT_VERIFIED",
        "blockingRules": [],
    } in preview["unmatched"]
    need = await world.as_("companyB", FINANCING_NEED, {"id": world.ids["companyB.financing"]})
    assert need["financingNeed"]["lastRoundResult"] is None

    for kind in ("FINANCING", "RECRUITMENT"):
        published = await _round(world, kind)
        assert published["figures"]["needs"] == 1, "companyB's needs are not considered"
        left_out = [u for u in published["unmatched"] if u["reason"] == "COMPANY_NOT_VERIFIED"]
        assert [u["company"]["id"] for u in left_out] == [world.ids["companyB"]]
    financing = await world.as_("companyB", FINANCING_NEED, {"id": world.ids["companyB.financing"]})
    assert financing["financingNeed"] == {
        "status": "OPEN",
        "lastRoundResult": {
            "matched": False,
            "reason": "COMPANY_NOT_VERIFIED",
            "blockingRules": [],
        },
    }
    hiring = await world.as_("companyB", HIRING_NEED, {"id": world.ids["companyB.hiring"]})
    assert hiring["hiringNeed"]["lastRoundResult"] == {
        "matched": False,
        "reason": "COMPANY_NOT_VERIFIED",
    }

    # Once verified, the next round considers it.
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyB"]})
    await _round(world)
    financing = await world.as_("companyB", FINANCING_NEED, {"id": world.ids["companyB.financing"]})
    assert financing["financingNeed"]["lastRoundResult"]["matched"] is True


async def test_weights_no_round_can_normalise_are_bad_input(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    for weights in (
        [{"name": "rate", "value": 1e308}, {"name": "amount_fit", "value": 1e308}],
        [{"name": "rate", "value": 1e300}],
        [{"name": "urgency", "value": 1_000_000.5}],
    ):
        for dry in (True, False):
            refused = await world.api.fails(
                ops.PROPOSE,
                {"park": world.ids["park1"], "kind": "FINANCING", "dry": dry, "w": weights},
                world.tokens["officer1"],
            )
            assert (refused.code, refused.field) == ("BAD_USER_INPUT", "weights"), refused.errors
    # Infinity, NaN and overflowing numbers are not JSON the endpoint reads: the body is refused.
    for literal in ("Infinity", "NaN", "1e400"):
        variables = {"park": world.ids["park1"], "kind": "FINANCING"}
        variables["w"] = [{"name": "rate", "value": "VALUE"}]
        body = json.dumps({"query": ops.PROPOSE, "variables": variables})
        body = body.replace('"VALUE"', literal)
        response = await world.api.client.post(
            "/graphql",
            content=body,
            headers={
                "authorization": f"Bearer {world.tokens['officer1']}",
                "content-type": "application/json",
            },
        )
        assert response.status_code == 400
        error = response.json()["errors"][0]
        assert error["extensions"] == {"code": "BAD_USER_INPUT"}, error
    rounds = await world.as_(
        "officer1",
        "query($p: ID!) { matchRounds(parkId: $p) { totalCount } }",
        {"p": world.ids["park1"]},
    )
    assert rounds["matchRounds"]["totalCount"] == 0
    # The largest weight allowed still runs.
    top = await _round(world, w=[{"name": "rate", "value": 1_000_000}])
    assert {w["name"]: w["value"] for w in top["weights"]}["rate"] == 1_000_000


async def test_refusals_of_decisions_and_outcomes_name_the_mutations_arguments(world):
    """The services name their commands' fields; each mutation shows its own argument, in
    `extensions.field` and in the message, and nothing moves."""
    proposal = await _confirmed(world)
    cases = [
        ("officer1", ops.CONFIRM_MANY, {"ids": []}, "ids", "ids takes 1–100 distinct proposals"),
        ("officer1", ops.REJECT, {"id": proposal, "r": " "}, "reason", None),
        (
            "manager1",
            ops.LOAN_OUTCOME,
            {"id": proposal, "d": False, "a": "1.00"},
            "amount",
            "amount: a declined loan disburses nothing",
        ),
        ("manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True, "a": "-1"}, "amount", None),
        ("manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True, "n": "注" * 1001}, "note", None),
        (
            "companyA",
            ops.HIRING_OUTCOME,
            {"id": proposal, "h": 1},
            "proposalId",
            "proposalId: a financing proposal has no hires",
        ),
    ]
    for persona, operation, variables, field, message in cases:
        refused = await world.api.fails(operation, variables, world.tokens[persona])
        assert (refused.code, refused.field) == ("BAD_USER_INPUT", field), variables
        shown = refused.errors[0]["message"]
        assert shown == message if message else shown.startswith(f"{field} "), shown
        assert "." not in shown.split(" ")[0], shown  # no domain name such as outcome.amount
    assert (await world.as_("manager1", PROPOSAL, {"id": proposal}))["proposal"]["status"] == (
        "CONFIRMED"
    )
