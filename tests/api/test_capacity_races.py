"""Capacity holds under concurrent confirmations, on SQLite and PostgreSQL alike."""

import asyncio
from datetime import timedelta

from schema.ids import from_global, to_global
from server.models import MatchRound, RoundLock
from server.services.clock import now
from server.standards import MatchKind, RoundStage, RoundState
from tests.api import operations as ops
from tests.api.world import (
    PASSWORD,
    company_input,
    financing_need_input,
    product_input,
    valid_uscc,
)

REPETITIONS = 8
COMPANIES = 30
SLOTS = 5
QUOTA_AMOUNT = "200000000.00"
AUDIT_CONFIRMED = """
{ auditEvents(first: 100, filter: {objectType: "Proposal"}) { edges { node { action } } } }
"""
PRODUCT = "query($id: ID!) { creditProduct(id: $id) { remainingQuotaCount quotaCount } }"
MATCHED = """
query($p: ID!) { financingNeeds(first: 100, filter: {parkId: $p, status: MATCHED}) { totalCount } }
"""


async def _park_of_thirty(world) -> list[str]:
    tokens = []
    for n in range(COMPANIES):
        name = f"race{n}"
        registered = await world.api.ok(
            ops.REGISTER_COMPANY,
            {
                "i": {
                    "username": name,
                    "password": PASSWORD,
                    "company": company_input(
                        f"竞速科技{n}号有限公司", valid_uscc(1000 + n), world.ids["park1"]
                    ),
                }
            },
        )
        token = registered["registerCompany"]["token"]
        company = registered["registerCompany"]["user"]["company"]["id"]
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": company})
        await world.api.ok(ops.POST_FINANCING_NEED, {"i": financing_need_input()}, token)
        tokens.append(token)
    return tokens


async def _confirm(world, proposal_id: str) -> str:
    body = await world.api.post(ops.CONFIRM, {"id": proposal_id}, world.tokens["officer1"])
    if body.get("errors"):
        return body["errors"][0]["extensions"]["code"]
    return body["data"]["confirmProposal"]["status"]


async def _confirmed_events(world) -> int:
    data = await world.as_("admin", AUDIT_CONFIRMED)
    return sum(e["node"]["action"] == "PROPOSAL_CONFIRMED" for e in data["auditEvents"]["edges"])


async def test_thirty_confirmations_for_five_slots_give_five_successes(world):
    await world.as_("manager1", ops.RETIRE_PRODUCT, {"id": world.ids["product1"]})
    await _park_of_thirty(world)
    # The park discloses on confirmation: the bank declines without waiting for consents.
    await world.as_("officer1", ops.PREAUTHORISE, {"p": world.ids["park1"]})
    for repetition in range(REPETITIONS):
        product = (
            await world.as_(
                "manager1",
                ops.LIST_PRODUCT,
                {
                    "i": product_input(
                        [world.ids["park1"]], quotaCount=COMPANIES, quotaAmount=QUOTA_AMOUNT
                    )
                },
            )
        )["listCreditProduct"]["id"]
        round_ = await world.as_(
            "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
        )
        proposals = [e["node"] for e in round_["proposeMatches"]["proposals"]["edges"]]
        assert len(proposals) == COMPANIES
        assert {p["product"]["id"] for p in proposals} == {product}
        # The bank lowers the quota: PROPOSED proposals survive and meet capacity at confirmation.
        await world.as_(
            "manager1",
            ops.UPDATE_PRODUCT,
            {
                "id": product,
                "i": product_input(
                    [world.ids["park1"]], quotaCount=SLOTS, quotaAmount=QUOTA_AMOUNT
                ),
            },
        )
        events_before = await _confirmed_events(world)

        outcomes = await asyncio.gather(*(_confirm(world, p["id"]) for p in proposals))

        assert outcomes.count("CONFIRMED") == SLOTS, (repetition, outcomes)
        assert outcomes.count("CONFLICT") == COMPANIES - SLOTS, (repetition, outcomes)
        quota = await world.as_("manager1", PRODUCT, {"id": product})
        assert quota["creditProduct"]["remainingQuotaCount"] == 0
        assert await _confirmed_events(world) - events_before == SLOTS
        matched = await world.as_("officer1", MATCHED, {"p": world.ids["park1"]})
        assert matched["financingNeeds"]["totalCount"] == SLOTS
        # The bank declines them all: the needs reopen for the next repetition's product.
        for proposal, outcome in zip(proposals, outcomes, strict=True):
            if outcome == "CONFIRMED":
                await world.as_("manager1", ops.LOAN_OUTCOME, {"id": proposal["id"], "d": False})
        await world.as_("manager1", ops.RETIRE_PRODUCT, {"id": product})


async def test_two_identical_confirmations_change_state_once(world):
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    round_ = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    proposal = round_["proposeMatches"]["proposals"]["edges"][0]["node"]["id"]
    before = await _confirmed_events(world)
    outcomes = await asyncio.gather(_confirm(world, proposal), _confirm(world, proposal))
    assert sorted(outcomes) == ["CONFIRMED", "CONFLICT"]
    assert await _confirmed_events(world) - before == 1


async def test_a_round_already_computing_refuses_a_second(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    # A round another process is computing: RUNNING, holding the park's FINANCING lock.
    park = _pk(world.ids["park1"])
    computing = await MatchRound.create(
        park_id=park,
        kind=MatchKind.FINANCING,
        created_by_id=from_global("User", world.ids["officer1"], "id"),
        weights={},
        stage=RoundStage.SOLVE,
        heartbeat_at=now(),
        deadline_at=now() + timedelta(minutes=10),
    )
    await RoundLock.create(key=f"{park}:FINANCING", round_id=computing.id)
    refused = await world.api.fails(
        ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}, world.tokens["officer1"]
    )
    assert refused.code == "CONFLICT"
    # Another kind, or the same kind once the first is done, runs.
    await world.as_("officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "RECRUITMENT"})
    cancel = "mutation($id: ID!) { cancelRound(id: $id) { state } }"
    await world.as_("officer1", cancel, {"id": to_global("MatchRound", computing.id)})
    await world.as_("officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"})


async def test_a_lock_whose_round_lost_its_runner_is_freed_for_the_next_round(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    park = _pk(world.ids["park1"])
    orphan = await MatchRound.create(
        park_id=park,
        kind=MatchKind.FINANCING,
        created_by_id=from_global("User", world.ids["officer1"], "id"),
        weights={},
        stage=RoundStage.SOLVE,
        heartbeat_at=now() - timedelta(minutes=1),
        deadline_at=now() + timedelta(minutes=10),
    )
    await RoundLock.create(key=f"{park}:FINANCING", round_id=orphan.id)
    published = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    assert published["proposeMatches"]["figures"]["matched"] == 1
    ended = await MatchRound.get(id=orphan.id)
    assert ended.state == RoundState.FAILED and "stopped" in ended.failure


async def test_concurrent_rounds_for_one_park_and_kind_run_one_at_a_time(world):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    variables = {"park": world.ids["park1"], "kind": "FINANCING"}
    bodies = await asyncio.gather(
        *(world.api.post(ops.PROPOSE, variables, world.tokens["officer1"]) for _ in range(3))
    )
    codes = [
        body["errors"][0]["extensions"]["code"] if body.get("errors") else "OK" for body in bodies
    ]
    assert codes.count("OK") >= 1
    assert set(codes) <= {"OK", "CONFLICT"}
    rounds = await world.as_(
        "officer1",
        "query($p: ID!) { matchRounds(parkId: $p) { totalCount } }",
        {"p": world.ids["park1"]},
    )
    assert rounds["matchRounds"]["totalCount"] == codes.count("OK")


def _pk(global_id: str) -> int:
    from schema.ids import from_global

    return from_global("Park", global_id, "parkId")
