"""The console's way in, beside the bearer token: the session cookie on WebSockets (from the
server's own origin only), and the security headers every response carries."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpx
import pytest
from httpx_ws import WebSocketDisconnect, aconnect_ws
from httpx_ws.transport import ASGIWebSocketTransport

from server.web.security import CONTENT_SECURITY_POLICY
from tests.api.client import CONSOLE_ORIGIN, console_headers, console_post

TIMEOUT = 5.0
ME = "{ me { username } }"


@asynccontextmanager
async def _socket(app, headers: dict[str, str]) -> AsyncIterator:
    transport = ASGIWebSocketTransport(app=app)
    async with (
        httpx.AsyncClient(transport=transport, base_url=CONSOLE_ORIGIN) as client,
        aconnect_ws(
            "/graphql", client, subprotocols=["graphql-transport-ws"], headers=headers
        ) as ws,
    ):
        await ws.send_json({"type": "connection_init", "payload": {}})
        yield ws


async def test_a_websocket_signs_in_with_the_cookie_from_the_servers_own_origin(app, world):
    headers = console_headers(world.tokens["officer1"], csrf=False)
    async with _socket(app, headers) as ws:
        assert (await ws.receive_json(timeout=TIMEOUT))["type"] == "connection_ack"


@pytest.mark.parametrize("origin", ["http://elsewhere.test", "null"])
async def test_a_cross_origin_websocket_is_refused(app, world, origin):
    headers = console_headers(world.tokens["officer1"], csrf=False, origin=origin)
    codes = []
    try:
        async with _socket(app, headers) as ws:
            await ws.receive_json(timeout=TIMEOUT)
    except* WebSocketDisconnect as refused:
        codes = [error.code for error in refused.exceptions]
    assert codes == [1008]  # refused at the handshake, before any message


async def test_a_websocket_without_origin_is_refused_the_cookie(app, world):
    # Browsers always send Origin on a handshake; without one the cookie is no credential.
    headers = console_headers(world.tokens["officer1"], csrf=False, origin=None)
    async with _socket(app, headers) as ws:
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4403


async def test_a_program_still_signs_a_websocket_in_with_its_bearer_token(app, world):
    transport = ASGIWebSocketTransport(app=app)
    token = world.tokens["officer1"]
    async with (
        httpx.AsyncClient(transport=transport, base_url=CONSOLE_ORIGIN) as client,
        aconnect_ws("/graphql", client, subprotocols=["graphql-transport-ws"]) as ws,
    ):
        await ws.send_json(
            {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
        )
        assert (await ws.receive_json(timeout=TIMEOUT))["type"] == "connection_ack"


async def test_a_bearer_token_wins_over_the_cookie(world):
    headers = {"Authorization": f"Bearer {world.tokens['companyA']}"}
    headers |= console_headers(world.tokens["officer1"])
    response = await world.api.client.post("/graphql", json={"query": ME}, headers=headers)
    assert response.json()["data"]["me"]["username"] == "companyA"


async def test_a_revoked_cookie_is_refused_like_a_revoked_token(world):
    token = world.tokens["officer1"]
    signed_out = await console_post(world.api, "mutation { signOut }", session=token)
    assert signed_out.json()["data"] == {"signOut": True}
    answer = (await console_post(world.api, ME, session=token)).json()
    assert answer["errors"][0]["extensions"]["code"] == "UNAUTHENTICATED"


async def test_queries_by_cookie_without_the_csrf_header_run_as_signed_out(world):
    answer = await console_post(world.api, ME, session=world.tokens["officer1"], csrf=False)
    assert answer.json()["data"]["me"] is None


@pytest.mark.parametrize("path", ["/", "/graphql", "/healthz", "/officer/dashboard"])
async def test_every_response_carries_the_security_headers(api, path):
    response = await api.client.get(path, headers={"accept": "text/html"})
    headers = response.headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"
    assert "strict-transport-security" not in headers, "development serves plain HTTP"


def test_the_policy_allows_this_origin_only_and_no_inline_script_or_eval():
    directives = dict(part.partition(" ")[::2] for part in CONTENT_SECURITY_POLICY.split("; "))
    assert directives["default-src"] == "'self'"
    for directive in ("script-src", "style-src", "connect-src", "font-src"):
        assert directives[directive] == "'self'", directive
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert directives["frame-ancestors"] == "'none'" and directives["object-src"] == "'none'"
