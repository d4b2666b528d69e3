"""What one WebSocket may cost the server: messages are capped in size, a subscriber that falls
behind is closed rather than buffered without end, and production says no more over a socket
than over HTTP."""

from __future__ import annotations

import dataclasses
import json

import httpx
import pytest
from httpx_ws import WebSocketDisconnect

from schema.ids import from_global
from server.config import Settings
from server.services.events import PROPOSALS, proposal_event
from tests.api import operations as ops
from tests.api.client import Api
from tests.api.sockets import (
    PROPOSAL_EVENTS,
    TIMEOUT,
    bus,
    next_payload,
    signed_in,
    subscribe,
    wait_for_subscribers,
)
from tests.conftest import app_with

ME = "{ me { username } }"


def padded(size: int) -> str:
    """A subscribe message of exactly `size` bytes (padded in `extensions`, which the schema
    ignores)."""
    message = {"id": "1", "type": "subscribe", "payload": {"query": ME, "extensions": {"p": ""}}}
    bare = len(json.dumps(message).encode())
    message["payload"]["extensions"]["p"] = "x" * (size - bare)
    return json.dumps(message)


async def test_a_message_over_the_cap_closes_the_socket(app, world, settings: Settings):
    cap = settings.ws_max_message_bytes
    async with signed_in(app, world.tokens["officer1"]) as ws:
        await ws.send_text(padded(cap))
        assert (await next_payload(ws))["data"]["me"]["username"] == "officer1"
        assert (await ws.receive_json(timeout=TIMEOUT))["type"] == "complete"
        await ws.send_text(padded(cap + 1))
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 1009


async def test_a_subscriber_that_falls_behind_is_closed(world, settings: Settings):
    # A backlog of one event: a round's two PROPOSED events arrive at once, so the officer's
    # subscription is one behind the moment they are published. The round runs on the suite's
    # app (on PostgreSQL its worker announces on that app's bus); its events are then announced
    # on the bus of the app with the small backlog, as its own round would announce them.
    officer = world.tokens["officer1"]
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    round_ = {"park": world.ids["park1"], "kind": "FINANCING"}
    published = await world.as_("officer1", ops.PROPOSE, round_)
    proposals = [edge["node"]["id"] for edge in published["proposeMatches"]["proposals"]["edges"]]
    assert len(proposals) == 2
    park = from_global("Park", world.ids["park1"], "park")
    announced = [
        proposal_event("PROPOSED", from_global("Proposal", gid, "id"), park) for gid in proposals
    ]
    async with app_with(dataclasses.replace(settings, ws_backlog=1)) as app:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://small.test") as client:
            async with signed_in(app, officer) as ws:
                await subscribe(ws, "1", PROPOSAL_EVENTS)
                await wait_for_subscribers(app, PROPOSALS, 1)
                await bus(app).publish_many(PROPOSALS, announced)
                with pytest.raises(WebSocketDisconnect) as closed:
                    while True:  # at most the first event gets out before the close
                        await next_payload(ws)
                assert closed.value.code == 1013
            assert (await Api(client).ok("{ me { username } }", token=officer))["me"]


@pytest.mark.parametrize(
    "query",
    [
        "{ prks { id } }",
        "{ parks { idd } }",
        'mutation { login(username: "a", pasword: "b") { token } }',
        'mutation { createPark(input: {name: "P", cod: "C", region: "R"}) { id } }',
    ],
)
async def test_production_sockets_give_no_suggestions(world, settings: Settings, query: str):
    production = dataclasses.replace(settings, env="production")
    async with app_with(production) as app, signed_in(app, world.tokens["admin"]) as ws:
        await subscribe(ws, "1", query)
        refused = await ws.receive_json(timeout=TIMEOUT)
    assert refused["type"] == "error", refused
    assert {error["extensions"]["code"] for error in refused["payload"]} == {"BAD_USER_INPUT"}
    assert "Did you mean" not in json.dumps(refused)
