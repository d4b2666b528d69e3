"""Consent before disclosure through the API: the bank reads an anonymised lead until the company
consents (or its park pre-authorised disclosure), the company may decline instead (the quota
comes back and the pair is never proposed again), an outcome waits for consent, and the CONSENT
and BANK_RESPONSE clocks run between those steps."""

from __future__ import annotations

import json

from schema.ids import from_global
from server.models import FinancingNeed, Proposal
from server.services.events import PROPOSALS
from tests.api import operations as ops
from tests.api.query_counter import counting_queries
from tests.api.sockets import next_payload, signed_in, subscribe, wait_for_subscribers
from tests.api.world import USCC, confirmed_loan, park_time

COMPANY_A = "武汉芯测科技有限公司"
PURPOSE = "研发设备采购"

# Every field of a proposal through which a bank could learn who the company is.
AS_BANK = """
query($id: ID!) {
  proposal(id: $id) {
    id status outcomeNote
    company { id name uscc }
    need { id purpose company { name uscc } }
    lead { industry sizeClass amount termMonths collateral }
    consent { status at disclosed by { id username } }
  }
  proposals(first: 100) { edges { node { id company { name uscc } need { purpose } } } }
  companies(first: 100) { totalCount edges { node { name uscc } } }
}
"""
COMPANY = "query($id: ID!) { company(id: $id) { name } }"
NEED = "query($id: ID!) { financingNeed(id: $id) { purpose } }"
PRODUCT = "query($id: ID!) { creditProduct(id: $id) { remainingQuotaCount remainingQuotaAmount } }"
PARKS = "{ parks { name preauthorisedDisclosure } }"
SETTINGS = """
mutation($p: ID!, $i: ParkSettingsInput!) {
  updateParkSettings(parkId: $p, input: $i) {
    preauthorisedDisclosure consentDueDays bankResponseDueDays
  }
}
"""
AUDIT = """
query($id: String!) { auditEvents(first: 20, filter: { objectId: $id }) {
  edges { node { action actor { username } summary } } } }
"""
LIVE = """
subscription { proposalEvents { event proposal { id status company { name } lead { amount } } } }
"""


def _names_nothing(answer: dict) -> None:
    text = json.dumps(answer, ensure_ascii=False)
    assert COMPANY_A not in text and USCC[0] not in text and PURPOSE not in text


async def test_the_bank_reads_an_anonymised_lead_until_the_company_consents(world):
    proposal = await confirmed_loan(world)
    before = await world.as_("manager1", AS_BANK, {"id": proposal})
    assert before["proposal"] == {
        "id": proposal,
        "status": "CONFIRMED",
        "outcomeNote": None,
        "company": None,
        "need": None,
        "lead": {
            "industry": "I",
            "sizeClass": "SMALL",
            "amount": "5000000.00",
            "termMonths": 36,
            "collateral": ["CREDIT", "IP_PLEDGE"],
        },
        "consent": {"status": "PENDING", "at": None, "disclosed": [], "by": None},
    }
    assert before["proposals"]["edges"] == [
        {"node": {"id": proposal, "company": None, "need": None}}
    ]
    assert before["companies"]["totalCount"] == 0
    _names_nothing(before)
    for query, key in ((COMPANY, "companyA"), (NEED, "companyA.financing")):
        hidden = await world.api.fails(query, {"id": world.ids[key]}, world.tokens["manager1"])
        assert hidden.code == "NOT_FOUND"

    # The outcome waits for the consent, and nothing changes.
    early = await world.api.fails(
        ops.LOAN_OUTCOME, {"id": proposal, "d": True}, world.tokens["manager1"]
    )
    assert early.code == "CONFLICT"
    assert early.errors[0]["message"] == (
        "The company has not consented to disclosure yet: the outcome waits for its consent"
    )
    # The officer and the company see everything, as before.
    for who in ("officer1", "companyA"):
        seen = await world.as_(who, AS_BANK, {"id": proposal})
        assert seen["proposal"]["company"]["name"] == COMPANY_A
        assert seen["proposal"]["need"]["purpose"] == PURPOSE
        assert seen["proposal"]["consent"]["status"] == "PENDING"

    given = await world.as_("companyA", ops.CONSENT, {"id": proposal})
    assert given["consentToProposal"] == {
        "id": proposal,
        "status": "CONFIRMED",
        "consent": {"status": "GIVEN"},
    }
    after = await world.as_("manager1", AS_BANK, {"id": proposal})
    assert after["proposal"]["company"] == {
        "id": world.ids["companyA"],
        "name": COMPANY_A,
        "uscc": USCC[0],
    }
    assert after["proposal"]["need"]["purpose"] == PURPOSE
    consent = after["proposal"]["consent"]
    assert consent["status"] == "GIVEN" and consent["at"] is not None
    assert consent["by"]["username"] == "companyA"
    assert "company.uscc" in consent["disclosed"] and "need.purpose" in consent["disclosed"]
    assert [e["node"]["name"] for e in after["companies"]["edges"]] == [COMPANY_A]
    assert (await world.as_("manager1", COMPANY, {"id": world.ids["companyA"]}))["company"]

    again = await world.api.fails(ops.CONSENT, {"id": proposal}, world.tokens["companyA"])
    assert (again.code, again.errors[0]["message"]) == (
        "CONFLICT",
        "The company has already consented to disclosure",
    )
    audit = await world.as_("officer1", AUDIT, {"id": proposal})
    actions = [
        (e["node"]["action"], e["node"]["actor"]["username"]) for e in audit["auditEvents"]["edges"]
    ]
    assert ("PROPOSAL_CONSENT_GIVEN", "companyA") in actions
    done = await world.as_("manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True})
    assert done["recordLoanOutcome"]["status"] == "COMPLETED"


async def test_the_bank_hears_of_the_lead_anonymised_then_of_the_consent(app, world):
    async with signed_in(app, world.tokens["manager1"]) as bank:
        await subscribe(bank, "1", LIVE)
        await wait_for_subscribers(app, PROPOSALS, 1)
        proposal = await confirmed_loan(world)
        confirmed = (await next_payload(bank))["data"]["proposalEvents"]
        assert confirmed == {
            "event": "CONFIRMED",
            "proposal": {
                "id": proposal,
                "status": "CONFIRMED",
                "company": None,
                "lead": {"amount": "5000000.00"},
            },
        }
        await world.as_("companyA", ops.CONSENT, {"id": proposal})
        consented = (await next_payload(bank))["data"]["proposalEvents"]
        assert consented["event"] == "CONSENTED"
        assert consented["proposal"]["company"] == {"name": COMPANY_A}


async def test_a_park_that_preauthorises_discloses_on_confirmation(world):
    anonymous = await world.api.ok(PARKS)
    assert {p["name"]: p["preauthorisedDisclosure"] for p in anonymous["parks"]} == {
        "光谷生物城": False,
        "张江科学城": False,
    }
    changed = await world.as_(
        "officer1", SETTINGS, {"p": world.ids["park1"], "i": {"preauthorisedDisclosure": True}}
    )
    assert changed["updateParkSettings"] == {
        "preauthorisedDisclosure": True,
        "consentDueDays": 3,
        "bankResponseDueDays": 10,
    }
    parks = (await world.api.ok(PARKS))["parks"]
    assert {p["name"]: p["preauthorisedDisclosure"] for p in parks}["光谷生物城"] is True

    proposal = await confirmed_loan(world)
    seen = await world.as_("manager1", AS_BANK, {"id": proposal})
    assert seen["proposal"]["company"]["name"] == COMPANY_A
    assert seen["proposal"]["need"]["purpose"] == PURPOSE
    consent = seen["proposal"]["consent"]
    assert consent["status"] == "PREAUTHORISED" and consent["by"] is None
    assert consent["at"] is not None and "company.name" in consent["disclosed"]
    for operation, variables in ((ops.CONSENT, {}), (ops.DECLINE, {"r": "不需要"})):
        refused = await world.api.fails(
            operation, {"id": proposal, **variables}, world.tokens["companyA"]
        )
        assert (refused.code, refused.errors[0]["message"]) == (
            "CONFLICT",
            "The park disclosed the company to the bank on confirmation",
        )
    done = await world.as_("manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": False})
    assert done["recordLoanOutcome"]["status"] == "DECLINED"


async def test_the_company_declines_the_quota_returns_and_the_pair_is_not_proposed_again(world):
    full = await world.as_("manager1", PRODUCT, {"id": world.ids["product1"]})
    proposal = await confirmed_loan(world)
    taken = await world.as_("manager1", PRODUCT, {"id": world.ids["product1"]})
    assert taken["creditProduct"]["remainingQuotaCount"] == 19

    blank = await world.api.fails(
        ops.DECLINE, {"id": proposal, "r": "  "}, world.tokens["companyA"]
    )
    assert (blank.code, blank.field) == ("BAD_USER_INPUT", "reason")
    for who, code in (("companyB", "NOT_FOUND"), ("manager1", "FORBIDDEN")):
        refused = await world.api.fails(ops.DECLINE, {"id": proposal, "r": "x"}, world.tokens[who])
        assert refused.code == code
    assert (await world.as_("manager1", PRODUCT, {"id": world.ids["product1"]})) == taken

    declined = await world.as_("companyA", ops.DECLINE, {"id": proposal, "r": "已获得其他融资"})
    assert declined["declineProposal"] == {
        "id": proposal,
        "status": "DECLINED",
        "outcomeNote": "已获得其他融资",
        "consent": {"status": "DECLINED"},
    }
    assert await world.as_("manager1", PRODUCT, {"id": world.ids["product1"]}) == full
    need = await world.as_("companyA", NEED, {"id": world.ids["companyA.financing"]})
    assert need["financingNeed"] == {"purpose": PURPOSE}
    need_pk = from_global("FinancingNeed", world.ids["companyA.financing"], "id")
    assert (await FinancingNeed.get(id=need_pk)).status == "OPEN"
    # The bank learns it was declined, never by whom nor why.
    seen = await world.as_("manager1", AS_BANK, {"id": proposal})
    assert seen["proposal"]["status"] == "DECLINED" and seen["proposal"]["company"] is None
    assert seen["proposal"]["outcomeNote"] is None and seen["proposal"]["consent"]["by"] is None
    _names_nothing(seen)
    officer = await world.as_("officer1", AS_BANK, {"id": proposal})
    assert officer["proposal"]["consent"]["by"]["username"] == "companyA"
    assert officer["proposal"]["outcomeNote"] == "已获得其他融资"
    twice = await world.api.fails(ops.CONSENT, {"id": proposal}, world.tokens["companyA"])
    assert twice.code == "CONFLICT"

    # The next round: the need is open again, but never proposed with this product again.
    again = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    assert again["proposeMatches"]["proposals"]["edges"] == []


async def test_a_recruitment_proposal_asks_no_consent(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    round_ = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "RECRUITMENT"}
    )
    (proposal,) = [e["node"]["id"] for e in round_["proposeMatches"]["proposals"]["edges"]]
    await world.as_("officer1", ops.CONFIRM, {"id": proposal})
    seen = await world.as_("companyA", AS_BANK, {"id": proposal})
    assert seen["proposal"]["consent"] is None and seen["proposal"]["lead"] is None
    refused = await world.api.fails(ops.CONSENT, {"id": proposal}, world.tokens["companyA"])
    assert (refused.code, refused.field) == ("BAD_USER_INPUT", "id")


OVERDUE = """
query($p: ID!) { overdueItems(parkId: $p) {
  edges { node { clock owner dueOn proposal { id } } } } }
"""
RATES = "query($p: ID!) { parkStats(parkId: $p) { onTimeRates { clock stopped onTime } } }"


async def test_the_consent_is_the_companys_turn_and_then_the_bank_responds(world, pin_clock):
    proposal = await confirmed_loan(world)
    await world.as_(
        "officer1",
        SETTINGS,
        {"p": world.ids["park1"], "i": {"consentDueDays": 1, "bankResponseDueDays": 2}},
    )
    proposal_pk = from_global("Proposal", proposal, "id")
    await Proposal.filter(id=proposal_pk).update(decided_at=park_time("2026-11-02 10:00"))
    pin_clock(park_time("2026-11-04 09:00"))  # consent was due by the end of Tuesday 3
    late = [
        n["node"]
        for n in (await world.as_("officer1", OVERDUE, {"p": world.ids["park1"]}))["overdueItems"][
            "edges"
        ]
    ]
    assert {
        "clock": "CONSENT",
        "owner": "COMPANY",
        "dueOn": "2026-11-03",
        "proposal": {"id": proposal},
    } in late

    await world.as_("companyA", ops.CONSENT, {"id": proposal})
    await Proposal.filter(id=proposal_pk).update(consent_at=park_time("2026-11-04 08:30"))
    late = [
        n["node"]
        for n in (await world.as_("officer1", OVERDUE, {"p": world.ids["park1"]}))["overdueItems"][
            "edges"
        ]
    ]
    assert [n["clock"] for n in late] == []
    pin_clock(
        park_time("2026-11-07 09:00")
    )  # a Saturday: the bank's two working days ended on Friday 6
    late = [
        n["node"]
        for n in (await world.as_("officer1", OVERDUE, {"p": world.ids["park1"]}))["overdueItems"][
            "edges"
        ]
    ]
    assert [(n["clock"], n["owner"], n["dueOn"]) for n in late] == [
        ("BANK_RESPONSE", "BANK_MANAGER", "2026-11-06")
    ]
    await world.as_("manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True})
    await Proposal.filter(id=proposal_pk).update(outcome_at=park_time("2026-11-09 09:00"))
    rates = await world.as_("officer1", RATES, {"p": world.ids["park1"]})
    by_clock = {r["clock"]: (r["stopped"], r["onTime"]) for r in rates["parkStats"]["onTimeRates"]}
    assert by_clock["CONSENT"] == (1, 0) and by_clock["BANK_RESPONSE"] == (1, 0)


async def test_a_preauthorised_loan_runs_no_consent_clock(world, pin_clock):
    await world.as_(
        "officer1",
        SETTINGS,
        {"p": world.ids["park1"], "i": {"preauthorisedDisclosure": True, "consentDueDays": 1}},
    )
    proposal = await confirmed_loan(world)
    proposal_pk = from_global("Proposal", proposal, "id")
    await Proposal.filter(id=proposal_pk).update(
        decided_at=park_time("2026-11-02 10:00"), consent_at=park_time("2026-11-02 10:00")
    )
    pin_clock(park_time("2026-12-31 09:00"))
    late = (await world.as_("officer1", OVERDUE, {"p": world.ids["park1"]}))["overdueItems"]
    clocks_late = {
        (e["node"]["clock"], e["node"]["owner"]) for e in late["edges"] if e["node"]["proposal"]
    }
    assert clocks_late == {("BANK_RESPONSE", "BANK_MANAGER"), ("OUTCOME", "BANK_MANAGER")}


CONSENT_STATUS = "query($id: ID!) { proposal(id: $id) { consent { status } } }"


async def _proposed(world, officer: str, park: str, companies: tuple[str, ...]) -> list[str]:
    for company in companies:
        await world.as_(officer, ops.VERIFY_COMPANY, {"id": world.ids[company]})
    round_ = await world.as_(officer, ops.PROPOSE, {"park": world.ids[park], "kind": "FINANCING"})
    return [edge["node"]["id"] for edge in round_["proposeMatches"]["proposals"]["edges"]]


async def test_a_batch_reads_each_parks_preauthorisation_once_and_discloses_per_park(world):
    await world.as_(
        "officer1", SETTINGS, {"p": world.ids["park1"], "i": {"preauthorisedDisclosure": True}}
    )
    batch = await _proposed(world, "officer1", "park1", ("companyA", "companyB"))
    (elsewhere,) = await _proposed(world, "officer2", "park2", ("companyC",))
    assert len(batch) == 2

    with counting_queries() as sent:
        await world.as_("officer1", ops.CONFIRM_MANY, {"ids": batch})
    await world.as_("officer2", ops.CONFIRM, {"id": elsewhere})

    # One read of the pre-authorisation for the batch, not one per proposal.
    assert len([s for s in sent if "PARK_SETTINGS" in s and s.startswith("SELECT")]) == 1
    seen = {
        proposal: (await world.as_("admin", CONSENT_STATUS, {"id": proposal}))["proposal"]
        for proposal in (*batch, elsewhere)
    }
    assert {proposal: found["consent"]["status"] for proposal, found in seen.items()} == {
        batch[0]: "PREAUTHORISED",
        batch[1]: "PREAUTHORISED",
        elsewhere: "PENDING",
    }
