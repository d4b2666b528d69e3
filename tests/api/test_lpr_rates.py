"""LPR-linked rates: an admin records each published LPR, linked products re-price from the next
day, a round holds needs to the rates in force on its date, and a proposal keeps the rate it was
made at."""

from __future__ import annotations

from datetime import timedelta

import pytest

from server.services import clock
from tests.api import operations as ops
from tests.api.world import park_today, product_input

RECORD = """
mutation($i: LprInput!) {
  recordLpr(input: $i) { id publishedOn oneYear fiveYear inForceFrom recordedAt }
}
"""
HISTORY = """
query($first: Int, $after: String) {
  lprHistory(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id publishedOn oneYear fiveYear } }
  }
}
"""
PRODUCT_RATES = """
query($id: ID!, $on: Date) {
  creditProduct(id: $id) {
    rateBasis spreadBp floorRate ceilingRate minAnnualRate maxAnnualRate
    today: rateInForce on: rateInForce(on: $on)
  }
}
"""
PROPOSE = """
mutation($park: ID!) {
  proposeMatches(parkId: $park, kind: FINANCING) {
    figures { matched }
    unmatched { need { id } blockingRules { rule targets } }
    proposals(first: 10) {
      edges { node { id annualRate product { id } breakdown { name value } } }
    }
  }
}
"""
PROPOSAL_RATE = "query($id: ID!) { proposal(id: $id) { id status annualRate } }"


def day(offset: int) -> str:
    return (park_today() + timedelta(days=offset)).isoformat()


def lpr(published_on: str, one_year: str = "3.00", five_year: str = "3.50") -> dict:
    return {"i": {"publishedOn": published_on, "oneYear": one_year, "fiveYear": five_year}}


def linked(world, **overrides) -> dict:
    """product1's input, LPR-linked: no rate range of its own."""
    draft = product_input(
        [world.ids["park1"]], **{"rateBasis": "LPR_1Y", "spreadBp": 45} | overrides
    )
    del draft["minAnnualRate"], draft["maxAnnualRate"]
    return draft


async def relink(world, **overrides) -> dict:
    variables = {"id": world.ids["product1"], "i": linked(world, **overrides)}
    return await world.as_("manager1", ops.UPDATE_PRODUCT, variables)


async def rates(world, who: str = "companyA", on: str | None = None) -> dict:
    variables = {"id": world.ids["product1"], "on": on}
    return (await world.as_(who, PRODUCT_RATES, variables))["creditProduct"]


async def test_an_admin_records_lprs_and_everyone_signed_in_reads_them_newest_first(world):
    recorded = (await world.as_("admin", RECORD, lpr("2025-05-20")))["recordLpr"]
    assert recorded["oneYear"] == "3.00" and recorded["fiveYear"] == "3.50"
    assert recorded["inForceFrom"] == "2025-05-21"
    await world.as_("admin", RECORD, lpr("2025-04-21", "3.10", "3.60"))  # an older one, later

    for who in ("companyA", "manager2", "officer1", "admin"):
        page = (await world.as_(who, HISTORY, {"first": 1}))["lprHistory"]
        assert page["totalCount"] == 2 and page["pageInfo"]["hasNextPage"] is True
        assert [e["node"]["publishedOn"] for e in page["edges"]] == ["2025-05-20"]
        after = {"first": 1, "after": page["pageInfo"]["endCursor"]}
        rest = (await world.as_(who, HISTORY, after))["lprHistory"]
        assert [e["node"]["oneYear"] for e in rest["edges"]] == ["3.10"]
        assert rest["pageInfo"]["hasNextPage"] is False

    again = await world.api.fails(RECORD, lpr("2025-05-20", "2.90"), world.tokens["admin"])
    assert again.code == "CONFLICT"
    trail = await world.as_(
        "admin",
        '{ auditEvents(filter: {objectType: "Lpr"}) { edges { node { action objectId } } } }',
    )
    events = [e["node"] for e in trail["auditEvents"]["edges"]]
    assert [e["action"] for e in events] == ["LPR_RECORDED", "LPR_RECORDED"]
    assert recorded["id"] in {e["objectId"] for e in events}
    history = (await world.as_("companyC", HISTORY))["lprHistory"]
    assert history["totalCount"] == 2
    assert history["edges"][0]["node"]["oneYear"] == "3.00", "the refused one changed nothing"


@pytest.mark.parametrize(
    ("variables", "field"),
    [
        (lpr(day(1)), "publishedOn"),  # not yet published: the park's tomorrow
        (lpr(day(0), one_year="0"), "oneYear"),
        (lpr(day(0), one_year="3.001"), "oneYear"),
        (lpr(day(0), five_year="20.01"), "fiveYear"),
    ],
)
async def test_a_bad_lpr_is_refused_naming_the_field(world, variables, field):
    refused = await world.api.fails(RECORD, variables, world.tokens["admin"])
    assert (refused.code, refused.field) == ("BAD_USER_INPUT", field)
    assert (await world.as_("admin", HISTORY))["lprHistory"]["totalCount"] == 0


async def test_a_product_is_linked_only_once_an_lpr_is_recorded(world):
    refused = await world.api.fails(
        ops.UPDATE_PRODUCT,
        {"id": world.ids["product1"], "i": linked(world)},
        world.tokens["manager1"],
    )
    assert (refused.code, refused.field) == ("BAD_USER_INPUT", "rateBasis")
    assert (await rates(world))["rateBasis"] == "FIXED"


@pytest.mark.parametrize(
    ("linked_input", "overrides", "field"),
    [
        (False, {"spreadBp": 45}, "spreadBp"),
        (False, {"floorRate": "3.00"}, "floorRate"),
        (False, {"ceilingRate": "5.00"}, "ceilingRate"),
        (False, {"minAnnualRate": None}, "minAnnualRate"),
        (True, {"minAnnualRate": "3.45"}, "minAnnualRate"),
        (True, {"spreadBp": None}, "spreadBp"),
        (True, {"spreadBp": 1001}, "spreadBp"),
        (True, {"spreadBp": -1001}, "spreadBp"),
        (True, {"spreadBp": -400}, "spreadBp"),  # 3.00 % − 4.00 %: no rate left
        (True, {"floorRate": "4.00", "ceilingRate": "3.50"}, "floorRate"),
        (True, {"ceilingRate": "36.01"}, "ceilingRate"),
    ],
)
async def test_rate_terms_of_the_other_basis_or_out_of_bounds_are_refused(
    world, linked_input, overrides, field
):
    await world.as_("admin", RECORD, lpr(day(-1)))
    draft = linked(world) if linked_input else product_input([world.ids["park1"]])
    draft |= overrides
    refused = await world.api.fails(ops.LIST_PRODUCT, {"i": draft}, world.tokens["manager1"])
    assert (refused.code, refused.field) == ("BAD_USER_INPUT", field)
    listed = await world.as_("manager1", "{ creditProducts { totalCount } }")
    assert listed["creditProducts"]["totalCount"] == 2


async def test_a_linked_product_reprices_from_the_day_after_publication(world, pin_clock):
    await world.as_("admin", RECORD, lpr(day(-30)))
    await relink(world, floorRate="3.20", ceilingRate="4.00")
    shown = await rates(world, "companyC", on=day(1))
    assert shown == {
        "rateBasis": "LPR_1Y",
        "spreadBp": 45,
        "floorRate": "3.20",
        "ceilingRate": "4.00",
        "minAnnualRate": "3.45",
        "maxAnnualRate": "3.45",
        "today": "3.45",
        "on": "3.45",
    }
    # A cut published today re-prices from tomorrow; the floor holds it at 3.20 %.
    await world.as_("admin", RECORD, lpr(day(0), one_year="2.50"))
    shown = await rates(world, on=day(1))
    assert (shown["today"], shown["minAnnualRate"], shown["on"]) == ("3.45", "3.45", "3.20")
    assert (await rates(world, on=day(-1)))["on"] == "3.45"

    pin_clock(clock.now() + timedelta(days=1))
    shown = await rates(world)
    assert (shown["today"], shown["minAnnualRate"], shown["maxAnnualRate"]) == ("3.20",) * 3

    # A fixed product keeps its own range whatever the LPR; its rate in force is its lowest.
    fixed = await world.as_("companyC", PRODUCT_RATES, {"id": world.ids["product2"], "on": None})
    assert fixed["creditProduct"] == {
        "rateBasis": "FIXED",
        "spreadBp": None,
        "floorRate": None,
        "ceilingRate": None,
        "minAnnualRate": "3.45",
        "maxAnnualRate": "4.20",
        "today": "3.45",
        "on": "3.45",
    }


async def test_a_product_goes_back_to_a_fixed_rate_without_its_linked_terms(world):
    await world.as_("admin", RECORD, lpr(day(-1), five_year="3.80"))
    await relink(world, rateBasis="LPR_5Y", spreadBp=-30, ceilingRate="4.50")
    assert (await rates(world))["today"] == "3.50"
    fixed = product_input([world.ids["park1"]], minAnnualRate="3.90", maxAnnualRate="4.60")
    await world.as_("manager1", ops.UPDATE_PRODUCT, {"id": world.ids["product1"], "i": fixed})
    shown = await rates(world)
    assert (shown["rateBasis"], shown["spreadBp"], shown["ceilingRate"]) == ("FIXED", None, None)
    assert (shown["minAnnualRate"], shown["maxAnnualRate"], shown["today"]) == (
        "3.90",
        "4.60",
        "3.90",
    )


async def test_a_round_holds_needs_to_the_rates_in_force_and_proposals_keep_theirs(
    world, pin_clock
):
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    await world.as_("admin", RECORD, lpr(day(-1)))
    # Published today: a cut the round of today does not see yet.
    await world.as_("admin", RECORD, lpr(day(0), one_year="2.00"))
    # 3.00 % + 3.20 % = 6.20 %, above both needs' highest acceptable 6.00 %.
    await relink(world, spreadBp=320)
    blocked = (await world.as_("officer1", PROPOSE, {"park": world.ids["park1"]}))["proposeMatches"]
    assert blocked["figures"]["matched"] == 0
    assert {
        (rule["rule"], rule["targets"])
        for left in blocked["unmatched"]
        for rule in left["blockingRules"]
    } == {("rate", 1)}

    await relink(world, spreadBp=250)  # 5.50 %
    published = (await world.as_("officer1", PROPOSE, {"park": world.ids["park1"]}))[
        "proposeMatches"
    ]
    proposals = [edge["node"] for edge in published["proposals"]["edges"]]
    assert published["figures"]["matched"] == 2
    assert {p["annualRate"] for p in proposals} == {"5.50"}
    rate_term = {part["name"]: part["value"] for part in proposals[0]["breakdown"]}["rate"]
    assert rate_term == pytest.approx((6.00 - 5.50) / 6.00)
    await world.as_("officer1", ops.CONFIRM, {"id": proposals[0]["id"]})

    # Tomorrow today's cut is in force: the product re-prices, the proposals keep 5.50 %.
    pin_clock(clock.now() + timedelta(days=1))
    assert (await rates(world))["today"] == "4.50"
    for proposal in proposals:
        shown = await world.as_("officer1", PROPOSAL_RATE, {"id": proposal["id"]})
        assert shown["proposal"]["annualRate"] == "5.50"
    owner = await world.as_("manager1", "{ proposals { edges { node { id annualRate } } } }")
    assert [e["node"] for e in owner["proposals"]["edges"]] == [
        {"id": proposals[0]["id"], "annualRate": "5.50"}
    ]


async def test_a_recruitment_proposal_has_no_rate(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    found = await world.as_(
        "officer1",
        "mutation($p: ID!) { proposeMatches(parkId: $p, kind: RECRUITMENT) {"
        " proposals { edges { node { annualRate } } } } }",
        {"p": world.ids["park1"]},
    )
    edges = found["proposeMatches"]["proposals"]["edges"]
    assert edges and all(edge["node"]["annualRate"] is None for edge in edges)
