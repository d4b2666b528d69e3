"""Subscriptions over graphql-transport-ws through the ASGI app and its in-process bus: each
viewer hears only what it may see, and the token is checked at connection_init."""

from __future__ import annotations

import pytest
from httpx_ws import WebSocketDisconnect

from schema.view import MAX_SUBSCRIPTIONS_PER_CONNECTION
from server.services.events import NEEDS, PROPOSALS
from tests.api import operations as ops
from tests.api.sockets import (
    NEED_POSTED,
    PROPOSAL_EVENTS,
    TIMEOUT,
    bus,
    next_payload,
    signed_in,
    socket,
    subscribe,
    until,
    wait_for_subscribers,
)
from tests.api.world import financing_need_input, hiring_need_input


async def _propose(world) -> list[dict]:
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    published = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    return [edge["node"] for edge in published["proposeMatches"]["proposals"]["edges"]]


async def test_officers_hear_every_event_of_their_park_parties_only_their_confirmed(app, world):
    async with (
        signed_in(app, world.tokens["officer1"]) as officer,
        signed_in(app, world.tokens["companyA"]) as company,
        signed_in(app, world.tokens["manager1"]) as bank,
    ):
        for ws in (officer, company, bank):
            await subscribe(ws, "1", PROPOSAL_EVENTS)
        await wait_for_subscribers(app, PROPOSALS, 3)

        proposals = await _propose(world)
        assert len(proposals) == 2
        heard = [(await next_payload(officer))["data"]["proposalEvents"] for _ in proposals]
        assert {(e["event"], e["proposal"]["id"]) for e in heard} == {
            ("PROPOSED", p["id"]) for p in proposals
        }

        # The other company's proposal is confirmed first: companyA must not hear of it, and
        # neither of the PROPOSED events before it.
        own = next(p for p in proposals if p["company"]["id"] == world.ids["companyA"])
        other = next(p for p in proposals if p["company"]["id"] == world.ids["companyB"])
        for proposal in (other, own):
            await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
        assert (await next_payload(company))["data"]["proposalEvents"] == {
            "event": "CONFIRMED",
            "proposal": {
                "id": own["id"],
                "status": "CONFIRMED",
                "company": {"id": world.ids["companyA"]},
            },
        }
        # The product's bank hears of both confirmations, not of the proposals before them.
        for proposal in (other, own):
            event = (await next_payload(bank))["data"]["proposalEvents"]
            assert (event["event"], event["proposal"]["id"]) == ("CONFIRMED", proposal["id"])

        # companyA lets the bank know who it is; the bank then declines the loan.
        await world.as_("companyA", ops.CONSENT, {"id": own["id"]})
        await world.as_("manager1", ops.LOAN_OUTCOME, {"id": own["id"], "d": False, "n": "未放款"})
        for ws in (company, bank):
            heard = [(await next_payload(ws))["data"]["proposalEvents"] for _ in range(2)]
            assert [(e["event"], e["proposal"]["id"]) for e in heard] == [
                ("CONSENTED", own["id"]),
                ("DECLINED", own["id"]),
            ]
        events = [(await next_payload(officer))["data"]["proposalEvents"] for _ in range(4)]
        assert [(e["event"], e["proposal"]["id"]) for e in events] == [
            ("CONFIRMED", other["id"]),
            ("CONFIRMED", own["id"]),
            ("CONSENTED", own["id"]),
            ("DECLINED", own["id"]),
        ]


async def test_officers_of_another_park_hear_nothing_of_this_one(app, world):
    async with signed_in(app, world.tokens["officer2"]) as officer2:
        await subscribe(officer2, "1", PROPOSAL_EVENTS)
        await wait_for_subscribers(app, PROPOSALS, 1)
        await _propose(world)
        # Then an event of park2: it must be the first one officer2 hears.
        await world.as_("officer2", ops.VERIFY_COMPANY, {"id": world.ids["companyC"]})
        published = await world.as_(
            "officer2", ops.PROPOSE, {"park": world.ids["park2"], "kind": "FINANCING"}
        )
        [proposal] = [e["node"] for e in published["proposeMatches"]["proposals"]["edges"]]
        event = (await next_payload(officer2))["data"]["proposalEvents"]
        assert (event["event"], event["proposal"]["id"]) == ("PROPOSED", proposal["id"])


@pytest.mark.parametrize(
    "payload",
    [
        {"Authorization": "Bearer not-a-token"},
        {"Authorization": "not-a-bearer"},
        {"Authorization": 42},
        {},
        None,
    ],
)
async def test_a_bad_or_missing_token_closes_the_socket_at_connection_init(app, api, payload):
    async with socket(app) as ws:
        message = {"type": "connection_init"}
        if payload is not None:
            message["payload"] = payload
        await ws.send_json(message)
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4403


async def test_a_subscribe_before_connection_init_closes_thesocket(app, api):
    async with socket(app) as ws:
        await subscribe(ws, "1", PROPOSAL_EVENTS)
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4401


async def test_a_revoked_token_is_refused_at_connection_init(app, world):
    token = world.tokens["officer1"]
    assert (await world.as_("officer1", "mutation { logout }"))["logout"] is True
    async with socket(app) as ws:
        await ws.send_json(
            {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
        )
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4403


async def test_need_posted_reaches_the_parks_officers(app, world):
    async with signed_in(app, world.tokens["officer1"]) as officer:
        await subscribe(officer, "1", NEED_POSTED, {"park": world.ids["park1"]})
        await wait_for_subscribers(app, NEEDS, 1)

        # A need of park2 first: officer1's first event must be companyA's.
        await world.as_("companyC", ops.POST_HIRING_NEED, {"i": hiring_need_input()})
        posted = await world.as_(
            "companyA", ops.POST_FINANCING_NEED, {"i": financing_need_input(amount="2000000.00")}
        )
        need = (await next_payload(officer))["data"]["needPosted"]["need"]
        assert need == {
            "__typename": "FinancingNeed",
            "id": posted["postFinancingNeed"]["id"],
            "status": "OPEN",
            "company": {"id": world.ids["companyA"]},
            "amount": "2000000.00",
        }

        hiring = await world.as_("companyB", ops.POST_HIRING_NEED, {"i": hiring_need_input()})
        need = (await next_payload(officer))["data"]["needPosted"]["need"]
        assert (need["__typename"], need["id"]) == ("HiringNeed", hiring["postHiringNeed"]["id"])


async def test_need_posted_is_refused_to_other_parks_officers_and_to_companies(app, world):
    for who in ("officer2", "companyA"):
        async with signed_in(app, world.tokens[who]) as ws:
            await subscribe(ws, "1", NEED_POSTED, {"park": world.ids["park1"]})
            payload = await next_payload(ws)
            assert payload["data"] is None
            assert [e["extensions"]["code"] for e in payload["errors"]] == ["FORBIDDEN"]
            assert (await ws.receive_json(timeout=TIMEOUT)) == {"id": "1", "type": "complete"}
    assert bus(app).subscribers(NEEDS) == 0


async def test_subscriptions_per_connection_are_capped(app, world):
    async with signed_in(app, world.tokens["officer1"]) as ws:
        for n in range(MAX_SUBSCRIPTIONS_PER_CONNECTION):
            await subscribe(ws, str(n), PROPOSAL_EVENTS)
        await subscribe(ws, "one-too-many", PROPOSAL_EVENTS)
        refused = await ws.receive_json(timeout=TIMEOUT)
        assert refused["id"] == "one-too-many"
        assert refused["type"] == "error"
        await wait_for_subscribers(app, PROPOSALS, MAX_SUBSCRIPTIONS_PER_CONNECTION)
        # Completing one frees its place.
        await ws.send_json({"id": "0", "type": "complete"})
        events = bus(app)
        await until(lambda: events.subscribers(PROPOSALS) < MAX_SUBSCRIPTIONS_PER_CONNECTION)
        await subscribe(ws, "again", PROPOSAL_EVENTS)
        await wait_for_subscribers(app, PROPOSALS, MAX_SUBSCRIPTIONS_PER_CONNECTION)
