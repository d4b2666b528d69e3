"""Subscriptions over graphql-transport-ws through the ASGI app and its in-process bus: each
viewer hears only what it may see, and the token is checked at connection_init."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from starlette.routing import WebSocketRoute

from schema.view import MAX_SUBSCRIPTIONS_PER_CONNECTION
from server.services.events import NEEDS, PROPOSALS
from tests.api import operations as ops
from tests.api.world import financing_need_input, hiring_need_input

TIMEOUT = 5.0
POLL = 0.01
PROPOSAL_EVENTS = """
subscription { proposalEvents { event proposal { id status company { id } } } }
"""
NEED_POSTED = """
subscription($park: ID!) {
  needPosted(parkId: $park) {
    need { __typename id status company { id } ... on FinancingNeed { amount } }
  }
}
"""


def _bus(app):
    """The app's event bus (the `app` fixture is the Starlette app inside asgi-lifespan's
    state wrapper)."""
    starlette = next(
        cell.cell_contents
        for cell in app.__closure__ or ()
        if hasattr(cell.cell_contents, "routes")
    )
    for route in starlette.routes:
        if isinstance(route, WebSocketRoute):
            return route.endpoint.events
    raise AssertionError("no WebSocket route")


async def _until(condition: Callable[[], bool]) -> None:
    for _ in range(int(TIMEOUT / POLL)):
        if condition():
            return
        await asyncio.sleep(POLL)
    raise AssertionError("timed out")


async def _wait_for_subscribers(app, channel: str, count: int) -> None:
    """A subscription registers with the bus just after `subscribe` is sent; the protocol has
    no acknowledgement for it, so wait until the bus sees it."""
    bus = _bus(app)
    await _until(lambda: bus.subscribers(channel) >= count)


@asynccontextmanager
async def _socket(app) -> AsyncIterator:
    transport = ASGIWebSocketTransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client,
        aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        yield ws


@asynccontextmanager
async def _signed_in(app, token: str) -> AsyncIterator:
    async with _socket(app) as ws:
        await ws.send_json(
            {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
        )
        assert (await ws.receive_json(timeout=TIMEOUT))["type"] == "connection_ack"
        yield ws


async def _subscribe(ws, op_id: str, query: str, variables: dict | None = None) -> None:
    await ws.send_json(
        {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables}}
    )


async def _next(ws) -> dict:
    message = await ws.receive_json(timeout=TIMEOUT)
    assert message["type"] == "next", message
    return message["payload"]


async def _propose(world) -> list[dict]:
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    published = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    return [edge["node"] for edge in published["proposeMatches"]["proposals"]["edges"]]


async def test_officers_hear_every_event_of_their_park_parties_only_their_confirmed(app, world):
    async with (
        _signed_in(app, world.tokens["officer1"]) as officer,
        _signed_in(app, world.tokens["companyA"]) as company,
        _signed_in(app, world.tokens["manager1"]) as bank,
    ):
        for ws in (officer, company, bank):
            await _subscribe(ws, "1", PROPOSAL_EVENTS)
        await _wait_for_subscribers(app, PROPOSALS, 3)

        proposals = await _propose(world)
        assert len(proposals) == 2
        heard = [(await _next(officer))["data"]["proposalEvents"] for _ in proposals]
        assert {(e["event"], e["proposal"]["id"]) for e in heard} == {
            ("PROPOSED", p["id"]) for p in proposals
        }

        # The other company's proposal is confirmed first: companyA must not hear of it, and
        # neither of the PROPOSED events before it.
        own = next(p for p in proposals if p["company"]["id"] == world.ids["companyA"])
        other = next(p for p in proposals if p["company"]["id"] == world.ids["companyB"])
        for proposal in (other, own):
            await world.as_("officer1", ops.CONFIRM, {"id": proposal["id"]})
        assert (await _next(company))["data"]["proposalEvents"] == {
            "event": "CONFIRMED",
            "proposal": {
                "id": own["id"],
                "status": "CONFIRMED",
                "company": {"id": world.ids["companyA"]},
            },
        }
        # The product's bank hears of both confirmations, not of the proposals before them.
        for proposal in (other, own):
            event = (await _next(bank))["data"]["proposalEvents"]
            assert (event["event"], event["proposal"]["id"]) == ("CONFIRMED", proposal["id"])

        await world.as_("manager1", ops.LOAN_OUTCOME, {"id": own["id"], "d": False, "n": "未放款"})
        for ws in (company, bank):
            event = (await _next(ws))["data"]["proposalEvents"]
            assert (event["event"], event["proposal"]["id"]) == ("DECLINED", own["id"])
        events = [(await _next(officer))["data"]["proposalEvents"] for _ in range(3)]
        assert [(e["event"], e["proposal"]["id"]) for e in events] == [
            ("CONFIRMED", other["id"]),
            ("CONFIRMED", own["id"]),
            ("DECLINED", own["id"]),
        ]


async def test_officers_of_another_park_hear_nothing_of_this_one(app, world):
    async with _signed_in(app, world.tokens["officer2"]) as officer2:
        await _subscribe(officer2, "1", PROPOSAL_EVENTS)
        await _wait_for_subscribers(app, PROPOSALS, 1)
        await _propose(world)
        # Then an event of park2: it must be the first one officer2 hears.
        await world.as_("officer2", ops.VERIFY_COMPANY, {"id": world.ids["companyC"]})
        published = await world.as_(
            "officer2", ops.PROPOSE, {"park": world.ids["park2"], "kind": "FINANCING"}
        )
        [proposal] = [e["node"] for e in published["proposeMatches"]["proposals"]["edges"]]
        event = (await _next(officer2))["data"]["proposalEvents"]
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
    async with _socket(app) as ws:
        message = {"type": "connection_init"}
        if payload is not None:
            message["payload"] = payload
        await ws.send_json(message)
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4403


async def test_a_subscribe_before_connection_init_closes_the_socket(app, api):
    async with _socket(app) as ws:
        await _subscribe(ws, "1", PROPOSAL_EVENTS)
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4401


async def test_a_revoked_token_is_refused_at_connection_init(app, world):
    token = world.tokens["officer1"]
    assert (await world.as_("officer1", "mutation { logout }"))["logout"] is True
    async with _socket(app) as ws:
        await ws.send_json(
            {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
        )
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4403


async def test_need_posted_reaches_the_parks_officers(app, world):
    async with _signed_in(app, world.tokens["officer1"]) as officer:
        await _subscribe(officer, "1", NEED_POSTED, {"park": world.ids["park1"]})
        await _wait_for_subscribers(app, NEEDS, 1)

        # A need of park2 first: officer1's first event must be companyA's.
        await world.as_("companyC", ops.POST_HIRING_NEED, {"i": hiring_need_input()})
        posted = await world.as_(
            "companyA", ops.POST_FINANCING_NEED, {"i": financing_need_input(amount="2000000.00")}
        )
        need = (await _next(officer))["data"]["needPosted"]["need"]
        assert need == {
            "__typename": "FinancingNeed",
            "id": posted["postFinancingNeed"]["id"],
            "status": "OPEN",
            "company": {"id": world.ids["companyA"]},
            "amount": "2000000.00",
        }

        hiring = await world.as_("companyB", ops.POST_HIRING_NEED, {"i": hiring_need_input()})
        need = (await _next(officer))["data"]["needPosted"]["need"]
        assert (need["__typename"], need["id"]) == ("HiringNeed", hiring["postHiringNeed"]["id"])


async def test_need_posted_is_refused_to_other_parks_officers_and_to_companies(app, world):
    for who in ("officer2", "companyA"):
        async with _signed_in(app, world.tokens[who]) as ws:
            await _subscribe(ws, "1", NEED_POSTED, {"park": world.ids["park1"]})
            payload = await _next(ws)
            assert payload["data"] is None
            assert [e["extensions"]["code"] for e in payload["errors"]] == ["FORBIDDEN"]
            assert (await ws.receive_json(timeout=TIMEOUT)) == {"id": "1", "type": "complete"}
    assert _bus(app).subscribers(NEEDS) == 0


async def test_subscriptions_per_connection_are_capped(app, world):
    async with _signed_in(app, world.tokens["officer1"]) as ws:
        for n in range(MAX_SUBSCRIPTIONS_PER_CONNECTION):
            await _subscribe(ws, str(n), PROPOSAL_EVENTS)
        await _subscribe(ws, "one-too-many", PROPOSAL_EVENTS)
        refused = await ws.receive_json(timeout=TIMEOUT)
        assert refused["id"] == "one-too-many"
        assert refused["type"] == "error"
        await _wait_for_subscribers(app, PROPOSALS, MAX_SUBSCRIPTIONS_PER_CONNECTION)
        # Completing one frees its place.
        await ws.send_json({"id": "0", "type": "complete"})
        bus = _bus(app)
        await _until(lambda: bus.subscribers(PROPOSALS) < MAX_SUBSCRIPTIONS_PER_CONNECTION)
        await _subscribe(ws, "again", PROPOSAL_EVENTS)
        await _wait_for_subscribers(app, PROPOSALS, MAX_SUBSCRIPTIONS_PER_CONNECTION)
