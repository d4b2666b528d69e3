"""WebSocket clients of the ASGI app (graphql-transport-ws), as the subscription tests use them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

import httpx
from httpx_ws import aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport
from starlette.routing import WebSocketRoute

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


def graphql_view(app):
    """The app's GraphQL view (the `app` fixture is the Starlette app inside asgi-lifespan's
    state wrapper)."""
    starlette = next(
        cell.cell_contents
        for cell in app.__closure__ or ()
        if hasattr(cell.cell_contents, "routes")
    )
    for route in starlette.routes:
        if isinstance(route, WebSocketRoute):
            return route.endpoint
    raise AssertionError("no WebSocket route")


def bus(app):
    return graphql_view(app).events


async def until(condition: Callable[[], bool]) -> None:
    for _ in range(int(TIMEOUT / POLL)):
        if condition():
            return
        await asyncio.sleep(POLL)
    raise AssertionError("timed out")


async def wait_for_subscribers(app, channel: str, count: int) -> None:
    """A subscription registers with the bus just after `subscribe` is sent; the protocol has
    no acknowledgement for it, so wait until the bus sees it."""
    events = bus(app)
    await until(lambda: events.subscribers(channel) >= count)


@asynccontextmanager
async def socket(app) -> AsyncIterator:
    transport = ASGIWebSocketTransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client,
        aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        yield ws


async def init(ws, token: str) -> dict:
    """Sends connection_init with the token; the server's answer."""
    await ws.send_json({"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}})
    return await ws.receive_json(timeout=TIMEOUT)


@asynccontextmanager
async def signed_in(app, token: str) -> AsyncIterator:
    async with socket(app) as ws:
        assert (await init(ws, token))["type"] == "connection_ack"
        yield ws


async def subscribe(ws, op_id: str, query: str, variables: dict | None = None) -> None:
    await ws.send_json(
        {"id": op_id, "type": "subscribe", "payload": {"query": query, "variables": variables}}
    )


async def next_payload(ws) -> dict:
    message = await ws.receive_json(timeout=TIMEOUT)
    assert message["type"] == "next", message
    return message["payload"]
