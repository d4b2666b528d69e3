"""Sign-in and self-registration throttles, as one caller hammering the API would meet them:
counted atomically (concurrent attempts cannot all slip under a limit), per account and client
address so that a stranger's guesses do not lock the owner out, per address across accounts
(password spraying), and per account from anywhere. The client address is the one the ASGI
server reports, never a header the caller writes."""

from __future__ import annotations

import asyncio
import threading
from collections import Counter
from dataclasses import replace

import pytest
from argon2 import PasswordHasher

from server import auth
from server.app import create_app
from server.config import Limits
from server.models import Company, Throttle
from server.services import accounts
from server.services.clock import now
from server.services.commands.accounts import CreateAdmin
from tests.api import operations as ops
from tests.api.client import Api, api_at
from tests.api.world import PASSWORD, company_input, valid_uscc
from tests.conftest import cheap_hasher

WRONG = "not the password at all"
LIMITS = Limits()  # the defaults: what a park's service runs with unless told otherwise


class CountingHasher(PasswordHasher):
    """argon2id with the tests' low costs that counts the password checks it makes."""

    def __init__(self) -> None:
        template = cheap_hasher()
        super().__init__(
            time_cost=template.time_cost,
            memory_cost=template.memory_cost,
            parallelism=template.parallelism,
        )
        self.checks = 0
        self._lock = threading.Lock()

    def verify(self, hash, password) -> bool:
        with self._lock:
            self.checks += 1
        return super().verify(hash, password)


@pytest.fixture
def counting_hasher():
    hasher = CountingHasher()
    auth.use_hasher(hasher)
    yield hasher
    auth.use_hasher(cheap_hasher())


def codes(bodies: list[dict]) -> Counter:
    return Counter(
        body["errors"][0]["extensions"]["code"] if body.get("errors") else "OK" for body in bodies
    )


async def sign_in(api: Api, username: str, password: str) -> dict:
    return await api.post(ops.LOGIN, {"u": username, "p": password})


def end_the_windows() -> object:
    """Moves every throttle window to its end, as fifteen minutes passing would."""
    return Throttle.all().update(resets_at=int(now().timestamp()))


async def test_forty_concurrent_wrong_passwords_get_five_checks_and_the_owner_still_signs_in(
    api, app, counting_hasher
):
    await accounts.create_admin(CreateAdmin("owner", PASSWORD))
    bodies = await asyncio.gather(*(sign_in(api, "owner", WRONG) for _ in range(40)))
    seen = codes(bodies)
    assert counting_hasher.checks <= LIMITS.login_failures_per_account_and_address, seen
    assert seen["UNAUTHENTICATED"] == counting_hasher.checks
    assert seen["RATE_LIMITED"] == 40 - counting_hasher.checks, seen
    # From the guesser's address even the right password is refused now...
    assert codes([await sign_in(api, "owner", PASSWORD)]) == {"RATE_LIMITED": 1}
    # ...but the owner, elsewhere, signs in.
    async with api_at(app, "198.51.100.20") as owner:
        signed_in = await owner.ok(ops.LOGIN, {"u": "owner", "p": PASSWORD})
        assert signed_in["login"]["token"]


async def test_a_forwarded_for_header_does_not_change_the_address_counted(api):
    await accounts.create_admin(CreateAdmin("owner", PASSWORD))
    for n in range(LIMITS.login_failures_per_account_and_address):
        response = await api.client.post(
            "/graphql",
            json={"query": ops.LOGIN, "variables": {"u": "owner", "p": WRONG}},
            headers={"X-Forwarded-For": f"203.0.113.{n}", "X-Real-IP": f"203.0.113.{n}"},
        )
        assert codes([response.json()]) == {"UNAUTHENTICATED": 1}
    spoofed = await api.client.post(
        "/graphql",
        json={"query": ops.LOGIN, "variables": {"u": "owner", "p": PASSWORD}},
        headers={"X-Forwarded-For": "203.0.113.99"},
    )
    assert codes([spoofed.json()]) == {"RATE_LIMITED": 1}


async def test_one_address_spraying_many_accounts_is_throttled_across_them(api, app):
    for n in range(LIMITS.login_failures_per_address):
        assert codes([await sign_in(api, f"someone.{n}", WRONG)]) == {"UNAUTHENTICATED": 1}
    await accounts.create_admin(CreateAdmin("fresh.account", PASSWORD))
    refused = await sign_in(api, "fresh.account", PASSWORD)
    assert codes([refused]) == {"RATE_LIMITED": 1}
    assert "your address" in refused["errors"][0]["message"]
    async with api_at(app, "198.51.100.30") as elsewhere:
        await elsewhere.ok(ops.LOGIN, {"u": "fresh.account", "p": PASSWORD})
    await end_the_windows()
    await api.ok(ops.LOGIN, {"u": "fresh.account", "p": PASSWORD})


async def test_an_account_guessed_at_from_many_addresses_is_locked_everywhere(app):
    await accounts.create_admin(CreateAdmin("target", PASSWORD))
    per_address = LIMITS.login_failures_per_account_and_address
    addresses = LIMITS.login_failures_per_account // per_address
    for n in range(addresses):
        async with api_at(app, f"192.0.2.{n + 1}") as guesser:
            for _ in range(per_address):
                assert codes([await sign_in(guesser, "target", WRONG)]) == {"UNAUTHENTICATED": 1}
    async with api_at(app, "198.51.100.40") as owner:
        assert codes([await sign_in(owner, "target", PASSWORD)]) == {"RATE_LIMITED": 1}
        await end_the_windows()
        await owner.ok(ops.LOGIN, {"u": "target", "p": PASSWORD})


async def test_a_right_password_forgets_the_failures_from_its_address(api):
    await accounts.create_admin(CreateAdmin("forgetful", PASSWORD))
    for _round in range(3):
        for _ in range(LIMITS.login_failures_per_account_and_address - 1):
            assert codes([await sign_in(api, "forgetful", WRONG)]) == {"UNAUTHENTICATED": 1}
        await api.ok(ops.LOGIN, {"u": "forgetful", "p": PASSWORD})
    # The looser limits count the failures only, never the successes.
    failures = 3 * (LIMITS.login_failures_per_account_and_address - 1)
    account = await Throttle.get(scope="login-account", subject="forgetful")
    assert account.count == failures


# --- self-registration ---------------------------------------------------------------------------


@pytest.fixture
async def default_app(app, settings):
    """The app with every limit at its default (the session's app allows the tests' many
    registrations from one address); the ORM is the session's."""
    return create_app(replace(settings, limits=LIMITS))


def registration(serial: int, park_id: str, **company) -> dict:
    return {
        "i": {
            "username": f"company.{serial}",
            "password": PASSWORD,
            "company": company_input(
                f"注册测试企业{serial}", valid_uscc(serial), park_id, **company
            ),
        }
    }


async def a_park(api: Api) -> str:
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    token = (await api.ok(ops.LOGIN, {"u": "admin", "p": PASSWORD}))["login"]["token"]
    park = {"i": {"name": "光谷生物城", "code": "WH-BIO", "region": "湖北"}}
    return (await api.ok(ops.CREATE_PARK, park, token))["createPark"]["id"]


async def test_registrations_are_throttled_per_address(api, default_app):
    park = await a_park(api)
    async with api_at(default_app, "203.0.113.50") as squatter:
        # Refused registrations do not count.
        for serial in (1, 2, 3):
            bad = await squatter.fails(
                ops.REGISTER_COMPANY, registration(serial, park, employees=-1)
            )
            assert bad.code == "BAD_USER_INPUT"
        for serial in range(LIMITS.registrations_per_address):
            await squatter.ok(ops.REGISTER_COMPANY, registration(100 + serial, park))
        refused = await squatter.fails(ops.REGISTER_COMPANY, registration(999, park))
        assert refused.code == "RATE_LIMITED"
        assert not await Company.filter(name="注册测试企业999").exists(), "it changed nothing"
    async with api_at(default_app, "203.0.113.51") as neighbour:
        await neighbour.ok(ops.REGISTER_COMPANY, registration(999, park))
    await end_the_windows()
    async with api_at(default_app, "203.0.113.50") as squatter:
        await squatter.ok(ops.REGISTER_COMPANY, registration(1000, park))


async def test_concurrent_registrations_from_one_address_stop_at_the_limit(api, default_app):
    park = await a_park(api)
    attempts = LIMITS.registrations_per_address + 10
    async with api_at(default_app, "203.0.113.60") as burst:
        bodies = await asyncio.gather(
            *(
                burst.post(ops.REGISTER_COMPANY, registration(200 + n, park))
                for n in range(attempts)
            )
        )
    assert codes(bodies) == {"OK": LIMITS.registrations_per_address, "RATE_LIMITED": 10}
    assert await Company.all().count() == LIMITS.registrations_per_address


async def test_an_address_longer_than_any_ip_is_still_counted(app):
    """A proxy trusted with --forwarded-allow-ips passes on whatever it was sent."""
    await accounts.create_admin(CreateAdmin("owner", PASSWORD))
    async with api_at(app, "2001:db8::1, " * 30) as odd:
        for _ in range(LIMITS.login_failures_per_account_and_address):
            assert codes([await sign_in(odd, "owner", WRONG)]) == {"UNAUTHENTICATED": 1}
        assert codes([await sign_in(odd, "owner", PASSWORD)]) == {"RATE_LIMITED": 1}
