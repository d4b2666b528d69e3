"""An open WebSocket follows its sign-in: after a logout over HTTP, at the token's expiry, or once
the user is deactivated, the socket is closed (4403) and runs nothing more."""

from __future__ import annotations

import dataclasses
import time
from contextlib import AsyncExitStack
from datetime import datetime

import httpx
import pytest
from httpx_ws import WebSocketDisconnect

from server.config import Settings
from server.models import User
from server.services.clock import now
from server.services.events import NEEDS
from tests.api import operations as ops
from tests.api.client import Api
from tests.api.sockets import (
    NEED_POSTED,
    TIMEOUT,
    graphql_view,
    init,
    next_payload,
    signed_in,
    socket,
    subscribe,
    until,
    wait_for_subscribers,
)
from tests.api.world import PASSWORD, drive_input, financing_need_input
from tests.conftest import app_with

CREDIT_CODES = "{ companies { edges { node { uscc } } } }"


async def closed_code(ws) -> int:
    """The code the server closed the socket with; fails if anything else arrives first."""
    with pytest.raises(WebSocketDisconnect) as closed:
        message = await ws.receive_json(timeout=TIMEOUT)
        raise AssertionError(f"expected the socket to close, got {message}")
    return closed.value.code


async def drive_titles(world) -> list[str]:
    data = await world.as_("officer1", "{ recruitmentDrives { edges { node { title } } } }")
    return [edge["node"]["title"] for edge in data["recruitmentDrives"]["edges"]]


async def test_before_logout_the_socket_reads_and_hears(app, world):
    # What the issue reproduced after logout, shown to work while signed in.
    async with signed_in(app, world.tokens["officer1"]) as ws:
        await subscribe(ws, "codes", CREDIT_CODES)
        codes = (await next_payload(ws))["data"]["companies"]["edges"]
        assert codes and all(edge["node"]["uscc"] for edge in codes)


async def test_http_logout_closes_the_socket_within_a_second(app, world):
    officer = world.tokens["officer1"]
    async with signed_in(app, officer) as ws:
        await subscribe(ws, "needs", NEED_POSTED, {"park": world.ids["park1"]})
        await wait_for_subscribers(app, NEEDS, 1)

        started = time.monotonic()
        assert (await world.as_("officer1", "mutation { logout }"))["logout"] is True
        assert await closed_code(ws) == 4403
        assert time.monotonic() - started < 1.0
    # A need posted afterwards reached nobody: the subscription is gone with the socket.
    await world.as_("companyA", ops.POST_FINANCING_NEED, {"i": financing_need_input()})


async def test_after_logout_no_operation_runs_on_the_socket(app, world):
    async with signed_in(app, world.tokens["officer1"]) as ws:
        await world.as_("officer1", "mutation { logout }")
        # Sent at once, racing the close: the socket checks the token before running them.
        await subscribe(ws, "codes", CREDIT_CODES)
        await subscribe(ws, "drive", ops.CREATE_DRIVE, {"i": drive_input(title="退出后的招聘会")})
        await subscribe(ws, "needs", NEED_POSTED, {"park": world.ids["park1"]})
        assert await closed_code(ws) == 4403
    await world.as_("companyA", ops.POST_FINANCING_NEED, {"i": financing_need_input()})
    world.tokens["officer1"] = await world.login("officer1")
    assert "退出后的招聘会" not in await drive_titles(world)


async def test_a_deactivated_user_is_refused_at_the_next_operation(app, world):
    # Deactivation that announces nothing (as a row changed by hand would): the operation's
    # own check of the token finds the user inactive.
    async with signed_in(app, world.tokens["officer1"]) as ws:
        await subscribe(ws, "codes", CREDIT_CODES)
        assert (await next_payload(ws))["data"]["companies"]
        assert (await ws.receive_json(timeout=TIMEOUT))["type"] == "complete"
        await User.filter(username="officer1").update(active=False)
        await subscribe(ws, "drive", ops.CREATE_DRIVE, {"i": drive_input(title="停用后的招聘会")})
        assert await closed_code(ws) == 4403
    await User.filter(username="officer1").update(active=True)
    assert "停用后的招聘会" not in await drive_titles(world)


async def test_the_socket_closes_when_its_token_expires(world, settings: Settings):
    short = dataclasses.replace(settings, token_ttl_seconds=2)
    async with app_with(short) as app:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://short.test") as client:
            login = await Api(client).ok(ops.LOGIN, {"u": "officer1", "p": PASSWORD})
        expires_at = datetime.fromisoformat(login["login"]["expiresAt"])
        async with signed_in(app, login["login"]["token"]) as ws:
            await subscribe(ws, "needs", NEED_POSTED, {"park": world.ids["park1"]})
            assert await closed_code(ws) == 4403
            late = (now() - expires_at).total_seconds()
    assert 0 <= late < 1.0


async def test_a_user_holds_a_bounded_number_of_sockets(app, world, settings: Settings):
    token = world.tokens["companyA"]
    sockets = graphql_view(app).sockets
    user_id = (await User.get(username="companyA")).id
    async with AsyncExitStack() as held:
        for _ in range(settings.ws_connections_per_user - 1):
            await held.enter_async_context(signed_in(app, token))
        async with signed_in(app, token):
            async with socket(app) as extra:
                await extra.send_json(
                    {"type": "connection_init", "payload": {"Authorization": f"Bearer {token}"}}
                )
                assert await closed_code(extra) == 4429
            # Another user is not held back by this one.
            async with signed_in(app, world.tokens["companyB"]):
                pass
        # A socket closed frees its place.
        await until(lambda: sockets.of_user(user_id) < settings.ws_connections_per_user)
        async with socket(app) as again:
            assert (await init(again, token))["type"] == "connection_ack"
