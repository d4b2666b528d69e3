"""What later rounds, withdrawals, retirements and outcomes do to proposals and needs."""

from tests.api import operations as ops
from tests.api.world import drive_day_comes

PROPOSAL = "query($id: ID!) { proposal(id: $id) { status } }"
NEED = """
query($id: ID!) {
  financingNeed(id: $id) {
    status lastRoundResult { matched reason blockingRules { rule targets } }
  }
}
"""
TRAIL = "query($id: String!) { auditEvents(filter: {objectId: $id}) { edges { node { action } } } }"
HIRING = "query($id: ID!) { hiringNeed(id: $id) { status lastRoundResult { matched reason } } }"


async def _round(world, kind="FINANCING", **extra) -> dict:
    data = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": kind, **extra}
    )
    return data["proposeMatches"]


def _by_need(round_: dict) -> dict[str, dict]:
    return {e["node"]["need"]["id"]: e["node"] for e in round_["proposals"]["edges"]}


async def _verify(world, *companies) -> None:
    for company in companies:
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})


async def test_a_rejected_pair_is_never_proposed_again_and_the_need_learns_why(world):
    await _verify(world, "companyA")
    need = world.ids["companyA.financing"]
    first = _by_need(await _round(world))[need]
    rejected = await world.as_("officer1", ops.REJECT, {"id": first["id"], "r": "企业资料不全"})
    assert rejected["rejectProposal"] == {
        "id": first["id"],
        "status": "REJECTED",
        "decisionNote": "企业资料不全",
    }

    second = await _round(world)
    assert second["proposals"]["totalCount"] == 0
    assert second["unmatched"] == [
        {
            "company": {"id": world.ids["companyA"]},
            "need": {"id": need},
            "reason": "NO_ELIGIBLE_TARGET",
            "blockingRules": [{"rule": "history", "targets": 1}],
        },
        {  # not verified: left out of the round, and told why
            "company": {"id": world.ids["companyB"]},
            "need": {"id": world.ids["companyB.financing"]},
            "reason": "COMPANY_NOT_VERIFIED",
            "blockingRules": [],
        },
    ]
    seen = await world.as_("companyA", NEED, {"id": need})
    assert seen["financingNeed"] == {
        "status": "OPEN",
        "lastRoundResult": {
            "matched": False,
            "reason": "NO_ELIGIBLE_TARGET",
            "blockingRules": [{"rule": "history", "targets": 1}],
        },
    }


async def test_a_later_round_supersedes_proposed_but_never_touches_confirmed(world):
    await _verify(world, "companyA", "companyB")
    first = _by_need(await _round(world))
    kept = first[world.ids["companyA.financing"]]
    replaced = first[world.ids["companyB.financing"]]
    await world.as_("officer1", ops.CONFIRM, {"id": kept["id"]})

    second = await _round(world)
    assert set(_by_need(second)) == {world.ids["companyB.financing"]}
    assert (await world.as_("officer1", PROPOSAL, {"id": kept["id"]}))["proposal"][
        "status"
    ] == "CONFIRMED"
    assert (await world.as_("officer1", PROPOSAL, {"id": replaced["id"]}))["proposal"][
        "status"
    ] == "SUPERSEDED"
    refused = await world.api.fails(ops.CONFIRM, {"id": replaced["id"]}, world.tokens["officer1"])
    assert refused.code == "CONFLICT"


async def test_withdrawing_a_matched_need_declines_its_proposal_and_returns_the_quota(world):
    await _verify(world, "companyA")
    proposal = _by_need(await _round(world))[world.ids["companyA.financing"]]
    await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
    quota = "query($id: ID!) { creditProduct(id: $id) { remainingQuotaCount } }"
    assert (await world.as_("manager1", quota, {"id": world.ids["product1"]}))["creditProduct"] == {
        "remainingQuotaCount": 19
    }
    await world.as_(
        "companyA", ops.WITHDRAW_FINANCING_NEED, {"id": world.ids["companyA.financing"]}
    )
    assert (await world.as_("companyA", PROPOSAL, {"id": proposal["id"]}))["proposal"][
        "status"
    ] == "DECLINED"
    assert (await world.as_("manager1", quota, {"id": world.ids["product1"]}))["creditProduct"] == {
        "remainingQuotaCount": 20
    }
    trail = await world.as_(
        "officer1",
        TRAIL,
        {"id": proposal["id"]},
    )
    assert [e["node"]["action"] for e in trail["auditEvents"]["edges"]] == [
        "PROPOSAL_DECLINED",
        "PROPOSAL_CONFIRMED",
    ]


async def test_retiring_a_product_supersedes_its_pending_proposals(world):
    await _verify(world, "companyA")
    proposal = _by_need(await _round(world))[world.ids["companyA.financing"]]
    await world.as_("manager1", ops.RETIRE_PRODUCT, {"id": world.ids["product1"]})
    assert (await world.as_("officer1", PROPOSAL, {"id": proposal["id"]}))["proposal"][
        "status"
    ] == "SUPERSEDED"


async def test_confirming_several_is_all_or_nothing(world):
    await _verify(world, "companyA", "companyB")
    proposals = list(_by_need(await _round(world)).values())
    await world.as_("officer1", ops.REJECT, {"id": proposals[1]["id"], "r": "重复申请"})
    refused = await world.api.fails(
        ops.CONFIRM_MANY, {"ids": [p["id"] for p in proposals]}, world.tokens["officer1"]
    )
    assert refused.code == "CONFLICT"
    untouched = await world.as_("officer1", PROPOSAL, {"id": proposals[0]["id"]})
    assert untouched["proposal"]["status"] == "PROPOSED"


async def test_a_dry_run_with_other_weights_stores_nothing(world):
    await _verify(world, "companyA", "companyB")
    preview = await _round(world, dry=True, w=[{"name": "rate", "value": 0.9}])
    assert preview["dryRun"] is True
    # Shown as given, the defaults filling in the rest; each breakdown shows the normalised
    # weight its component counted with.
    weights = {w["name"]: w["value"] for w in preview["weights"]}
    assert weights == {
        "rate": 0.9,
        "amount_fit": 0.2,
        "term_fit": 0.1,
        "urgency": 0.15,
        "policy": 0.1,
        "preference": 0.1,
    }
    breakdown = preview["proposals"]["edges"][0]["node"]["breakdown"]
    assert {part["name"]: round(part["weight"], 6) for part in breakdown} == {
        name: round(value / 1.55, 6) for name, value in weights.items()
    }
    rounds = await world.as_(
        "officer1",
        "query($p: ID!) { matchRounds(parkId: $p) { totalCount } }",
        {"p": world.ids["park1"]},
    )
    assert rounds["matchRounds"]["totalCount"] == 0
    need = await world.as_("companyA", NEED, {"id": world.ids["companyA.financing"]})
    assert need["financingNeed"]["lastRoundResult"] is None
    refused = await world.api.fails(
        ops.CONFIRM,
        {"id": preview["proposals"]["edges"][0]["node"]["id"]},
        world.tokens["officer1"],
    )
    assert refused.code == "NOT_FOUND"


async def test_unknown_negative_or_all_zero_weights_are_refused(world):
    for weights in (
        [{"name": "charm", "value": 1}],
        [{"name": "rate", "value": -1}],
        [
            {"name": n, "value": 0}
            for n in ("rate", "amount_fit", "term_fit", "urgency", "policy", "preference")
        ],
    ):
        refused = await world.api.fails(
            ops.PROPOSE,
            {"park": world.ids["park1"], "kind": "FINANCING", "w": weights},
            world.tokens["officer1"],
        )
        assert (refused.code, refused.field) == ("BAD_USER_INPUT", "weights")


async def test_a_recruitment_round_books_a_booth_and_the_company_records_hires(world):
    await _verify(world, "companyA", "companyB")
    round_ = await _round(world, kind="RECRUITMENT")
    assert round_["figures"]["matched"] == 2
    proposal = next(
        e["node"]
        for e in round_["proposals"]["edges"]
        if e["node"]["company"]["id"] == world.ids["companyA"]
    )
    assert proposal["drive"]["id"] == world.ids["drive1"]
    assert proposal["hiringNeeds"] == [{"id": world.ids["companyA.hiring"]}]
    assert proposal["need"] is None
    await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
    booths = "query($id: ID!) { recruitmentDrive(id: $id) { remainingBooths } }"
    assert (await world.as_("officer1", booths, {"id": world.ids["drive1"]}))[
        "recruitmentDrive"
    ] == {"remainingBooths": 39}
    await drive_day_comes(world, "drive1")
    hired = await world.as_(
        "companyA", ops.HIRING_OUTCOME, {"id": proposal["id"], "h": 3, "n": "招到3人"}
    )
    assert hired["recordHiringOutcome"] == {"id": proposal["id"], "status": "COMPLETED", "hires": 3}
    need = await world.as_("companyA", HIRING, {"id": world.ids["companyA.hiring"]})
    assert need["hiringNeed"] == {
        "status": "FULFILLED",
        "lastRoundResult": {"matched": True, "reason": None},
    }


async def test_hiring_nobody_declines_and_frees_the_booth(world):
    await _verify(world, "companyA")
    proposal = (await _round(world, kind="RECRUITMENT"))["proposals"]["edges"][0]["node"]
    await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
    await drive_day_comes(world, "drive1")
    declined = await world.as_("officer1", ops.HIRING_OUTCOME, {"id": proposal["id"], "h": 0})
    assert declined["recordHiringOutcome"]["status"] == "DECLINED"
    booths = "query($id: ID!) { recruitmentDrive(id: $id) { remainingBooths } }"
    assert (await world.as_("officer1", booths, {"id": world.ids["drive1"]}))[
        "recruitmentDrive"
    ] == {"remainingBooths": 40}
    need = await world.as_("companyA", HIRING, {"id": world.ids["companyA.hiring"]})
    assert need["hiringNeed"]["status"] == "OPEN"
    # The pair is never proposed again.
    again = await _round(world, kind="RECRUITMENT")
    assert again["proposals"]["totalCount"] == 0


async def test_outcomes_come_from_the_right_party_in_the_right_state(world):
    await _verify(world, "companyA")
    proposal = _by_need(await _round(world))[world.ids["companyA.financing"]]
    early = await world.api.fails(
        ops.LOAN_OUTCOME, {"id": proposal["id"], "d": True}, world.tokens["manager1"]
    )
    assert early.code == "NOT_FOUND"  # the bank does not see a proposal before confirmation
    await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
    await world.as_("companyA", ops.CONSENT, {"id": proposal["id"]})
    foreign = await world.api.fails(
        ops.LOAN_OUTCOME, {"id": proposal["id"], "d": True}, world.tokens["manager2"]
    )
    assert foreign.code == "NOT_FOUND"
    too_much = await world.api.fails(
        ops.LOAN_OUTCOME,
        {"id": proposal["id"], "d": True, "a": "5000000.01"},
        world.tokens["manager1"],
    )
    assert (too_much.code, too_much.field) == ("BAD_USER_INPUT", "amount")
    await world.as_("manager1", ops.LOAN_OUTCOME, {"id": proposal["id"], "d": True})
    twice = await world.api.fails(
        ops.LOAN_OUTCOME, {"id": proposal["id"], "d": False}, world.tokens["manager1"]
    )
    assert twice.code == "CONFLICT"
