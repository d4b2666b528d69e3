"""A financing round end to end, as the officer, the company and the bank see it."""

from tests.api import operations as ops

NEED_STATUS = (
    "query($id: ID!) { financingNeed(id: $id) { status lastRoundResult { matched reason } } }"
)
PRODUCT_QUOTA = (
    "query($id: ID!) { creditProduct(id: $id) { remainingQuotaCount remainingQuotaAmount } }"
)


async def _verified(world, *companies):
    for company in companies:
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})


async def test_officer_previews_publishes_and_confirms_then_the_bank_completes(world):
    await _verified(world, "companyA", "companyB")
    preview = (
        await world.as_(
            "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING", "dry": True}
        )
    )["proposeMatches"]
    assert preview["dryRun"] is True
    assert preview["figures"]["needs"] == 2
    assert preview["figures"]["matched"] == 2
    found = await world.api.fails(
        "query($id: ID!) { matchRound(id: $id) { id } }",
        {"id": preview["id"]},
        world.tokens["officer1"],
    )
    assert found.code == "NOT_FOUND"

    published = (
        await world.as_("officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"})
    )["proposeMatches"]
    edges = published["proposals"]["edges"]
    assert published["dryRun"] is False
    assert {e["node"]["need"]["id"] for e in edges} == {
        world.ids["companyA.financing"],
        world.ids["companyB.financing"],
    }
    proposal = edges[0]["node"]
    assert proposal["product"]["id"] == world.ids["product1"]
    assert (
        abs(sum(c["value"] * c["weight"] for c in proposal["breakdown"]) - proposal["score"]) < 1e-9
    )
    assert proposal["reasons"]

    # Before confirmation the company does not see the proposal.
    company = proposal["company"]["id"]
    owner = "companyA" if company == world.ids["companyA"] else "companyB"
    hidden = await world.as_(owner, "{ proposals { totalCount } }")
    assert hidden["proposals"]["totalCount"] == 0

    confirmed = await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
    assert confirmed["confirmProposal"]["status"] == "CONFIRMED"
    seen = await world.as_(owner, "{ proposals { totalCount edges { node { id reasons } } } }")
    assert seen["proposals"]["totalCount"] == 1
    need = await world.as_(owner, NEED_STATUS, {"id": proposal["need"]["id"]})
    assert need["financingNeed"] == {
        "status": "MATCHED",
        "lastRoundResult": {"matched": True, "reason": None},
    }
    quota = await world.as_("manager1", PRODUCT_QUOTA, {"id": world.ids["product1"]})
    assert quota["creditProduct"] == {
        "remainingQuotaCount": 19,
        "remainingQuotaAmount": "95000000.00",
    }

    again = await world.api.fails(ops.CONFIRM, {"id": proposal["id"]}, world.tokens["officer1"])
    assert again.code == "CONFLICT"

    await world.as_(owner, ops.CONSENT, {"id": proposal["id"]})
    done = await world.as_(
        "manager1",
        ops.LOAN_OUTCOME,
        {"id": proposal["id"], "d": True, "a": "4500000.00", "n": "已放款"},
    )
    assert done["recordLoanOutcome"]["status"] == "COMPLETED"
    need = await world.as_(owner, NEED_STATUS, {"id": proposal["need"]["id"]})
    assert need["financingNeed"]["status"] == "FULFILLED"
    quota = await world.as_("manager1", PRODUCT_QUOTA, {"id": world.ids["product1"]})
    assert quota["creditProduct"] == {
        "remainingQuotaCount": 19,
        "remainingQuotaAmount": "95500000.00",
    }
