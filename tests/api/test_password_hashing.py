"""Passwords are hashed and checked off the event loop, on a bounded pool: the service keeps
answering while argon2 works, at most the configured number of hashes run at once, and work
beyond the pool's queue is refused at once (RATE_LIMITED) instead of piling up."""

from __future__ import annotations

import asyncio
import os
import sys
import threading
from collections.abc import Iterator

import pytest
from argon2 import PasswordHasher

from server import auth
from server.config import Limits
from server.models import Throttle
from server.services import accounts
from server.services.commands.accounts import CreateAdmin
from tests.api import operations as ops
from tests.api.world import PASSWORD, build_world
from tests.conftest import cheap_hasher

PARKS = "{ parks { id } }"
GATE_TIMEOUT = 10  # seconds a held check waits at most, so that a broken build fails, not hangs


class WatchedHasher(PasswordHasher):
    """argon2id with the tests' low costs that records the thread of every hash and check, and
    can hold checks at a gate."""

    def __init__(self) -> None:
        template = cheap_hasher()
        super().__init__(
            time_cost=template.time_cost,
            memory_cost=template.memory_cost,
            parallelism=template.parallelism,
        )
        self.threads: list[tuple[str, int]] = []
        self.policies: set[int] = set()  # the scheduling policies the work ran under
        self.gate = threading.Event()
        self.gate.set()
        self.running = 0
        self.most_at_once = 0
        self._lock = threading.Lock()

    def _enter(self, kind: str) -> None:
        with self._lock:
            self.threads.append((kind, threading.get_ident()))
            if sys.platform == "linux":
                self.policies.add(os.sched_getscheduler(0))
            self.running += 1
            self.most_at_once = max(self.most_at_once, self.running)

    def _leave(self) -> None:
        with self._lock:
            self.running -= 1

    def hash(self, password, *, salt=None) -> str:
        self._enter("hash")
        try:
            return super().hash(password, salt=salt)
        finally:
            self._leave()

    def verify(self, hash, password) -> bool:
        self._enter("verify")
        try:
            self.gate.wait(GATE_TIMEOUT)
            return super().verify(hash, password)
        finally:
            self._leave()


@pytest.fixture
def hasher() -> Iterator[WatchedHasher]:
    watched = WatchedHasher()
    auth.use_hasher(watched)
    yield watched
    watched.gate.set()
    auth.use_hasher(cheap_hasher())


@pytest.fixture
def pool():
    """Sizes the hashing pool for one test; the default again afterwards."""
    defaults = Limits()
    yield auth.configure_hashing
    auth.configure_hashing(defaults.password_hash_threads, defaults.password_hash_queue)


async def until(condition, seconds: float = GATE_TIMEOUT) -> None:
    """Waits, yielding to the event loop, until the condition holds."""
    for _ in range(int(seconds * 100)):
        if condition():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the condition never held")


async def sign_in(api, username: str = "admin") -> dict:
    return await api.ok(ops.LOGIN, {"u": username, "p": PASSWORD})


async def test_every_password_operation_hashes_off_the_event_loop(api, hasher):
    world = await build_world(api)  # createUser and registerCompany hash, login checks
    loop_thread = threading.get_ident()
    await world.as_(
        "companyA",
        ops.CHANGE_PASSWORD,
        {"c": PASSWORD, "n": "another long password"},
    )
    # A hash made with other parameters is upgraded at the next sign-in.
    auth.use_hasher(PasswordHasher(time_cost=1, memory_cost=2048, parallelism=1))
    await accounts.create_admin(CreateAdmin("old.params", PASSWORD))
    auth.use_hasher(hasher)
    await api.ok(ops.LOGIN, {"u": "old.params", "p": PASSWORD})
    kinds = {kind for kind, _ in hasher.threads}
    assert kinds == {"hash", "verify"}
    on_the_loop = [kind for kind, thread in hasher.threads if thread == loop_thread]
    assert not on_the_loop, f"{len(on_the_loop)} of {len(hasher.threads)} ran on the loop"


@pytest.mark.skipif(sys.platform != "linux", reason="SCHED_IDLE is Linux's")
async def test_password_work_takes_only_cores_nothing_else_wants(api, hasher):
    """A storm of sign-ins must not slow every other request: argon2 runs under SCHED_IDLE."""
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    await sign_in(api)
    assert hasher.policies == {os.SCHED_IDLE}


async def test_the_service_answers_while_a_password_is_checked(api, hasher):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    hasher.gate.clear()
    signing_in = asyncio.create_task(sign_in(api))
    await until(lambda: hasher.running == 1)
    await api.ok(PARKS)
    assert not signing_in.done(), "the query waited for the password check"
    hasher.gate.set()
    assert (await signing_in)["login"]["token"]


async def test_at_most_the_pool_s_threads_hash_at_once(api, hasher, pool):
    pool(2, 10)
    # Six people: one account's attempts in flight count against its throttle.
    for n in range(6):
        await accounts.create_admin(CreateAdmin(f"admin{n}", PASSWORD))
    hasher.gate.clear()
    logins = [asyncio.create_task(sign_in(api, f"admin{n}")) for n in range(6)]
    await until(lambda: hasher.running == 2)
    await api.ok(PARKS)  # a round trip: the waiting sign-ins had every chance to start
    assert hasher.most_at_once == 2
    hasher.gate.set()
    for login in logins:
        assert (await login)["login"]["token"]
    assert hasher.most_at_once == 2


async def test_work_beyond_the_queue_is_refused_at_once_and_not_counted(api, hasher, pool):
    pool(1, 1)
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    hasher.gate.clear()
    held = [asyncio.create_task(sign_in(api)) for _ in range(2)]
    await until(lambda: hasher.running == 1)
    busy = await api.fails(ops.LOGIN, {"u": "admin", "p": "a wrong password"})
    assert busy.code == "RATE_LIMITED" and "busy" in busy.errors[0]["message"]
    hasher.gate.set()
    for login in held:
        assert (await login)["login"]["token"]
    # The refused attempt's password was never checked: it counts against no throttle.
    assert not await Throttle.filter(count__gt=0).exists()
