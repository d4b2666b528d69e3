"""With Redis unreachable, changes still commit and say so: the live events they raise are lost
(logged and counted), never turned into an error a client would retry."""

from __future__ import annotations

import dataclasses
import logging
import socket as sockets

import httpx
import pytest

from server.config import Settings
from tests.api import operations as ops
from tests.api.client import Api
from tests.api.sockets import NEED_POSTED, next_payload, signed_in, subscribe
from tests.api.world import financing_need_input
from tests.conftest import app_with

NEEDS_OF_A = "{ financingNeeds { totalCount } }"


def unreachable_redis() -> str:
    """A Redis URL on a loopback port nothing listens on."""
    with sockets.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"redis://127.0.0.1:{port}/0"


@pytest.fixture
async def no_redis(settings: Settings):
    async with app_with(dataclasses.replace(settings, redis_url=unreachable_redis())) as app:
        yield app


async def test_a_committed_mutation_answers_ok_when_redis_is_down(no_redis, world, caplog):
    transport = httpx.ASGITransport(app=no_redis)
    async with httpx.AsyncClient(transport=transport, base_url="http://down.test") as client:
        api = Api(client)
        company = world.tokens["companyA"]
        before = (await api.ok(NEEDS_OF_A, token=company))["financingNeeds"]["totalCount"]
        with caplog.at_level(logging.WARNING, logger="parkmatch.events"):
            posted = await api.ok(ops.POST_FINANCING_NEED, {"i": financing_need_input()}, company)
        assert posted["postFinancingNeed"]["id"]
        after = (await api.ok(NEEDS_OF_A, token=company))["financingNeeds"]["totalCount"]
        assert after == before + 1
        dropped = [r for r in caplog.records if r.getMessage() == "events not published"]
        assert [(r.channel, r.dropped) for r in dropped] == [("parkmatch:needs", 1)]


async def test_a_socket_stays_usable_while_redis_is_down(no_redis, world):
    async with signed_in(no_redis, world.tokens["officer1"]) as ws:
        await subscribe(ws, "needs", NEED_POSTED, {"park": world.ids["park1"]})
        await subscribe(ws, "me", "{ me { username } }")
        assert (await next_payload(ws))["data"]["me"]["username"] == "officer1"
