"""Passwords (argon2id) and opaque bearer tokens (only their keyed hash is stored).

argon2 takes ~30 ms of a core per password and releases the GIL, so the services hash and verify
on a few threads of their own (`hash_off_loop`, `verify_off_loop`) while the event loop keeps
answering. At most `threads` hashes run at once and `queue` more wait; beyond that the work is
refused at once (HashingBusy) rather than left to pile up behind a storm of sign-ins.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import os
import secrets
import sys
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

T = TypeVar("T")

# OWASP's recommended argon2id parameters (19 MiB, 2 passes, 1 lane: ~30 ms of one core). A hash
# fits in a server's last-level cache and on one core, so a storm of sign-ins leaves the other
# requests their cache; argon2-cffi's default (RFC 9106's 64 MiB over 4 lanes, ~0.2 s of a core)
# evicted the event loop's working set on every sign-in (bench.logins). A hash made with other
# parameters is redone at its owner's next sign-in.
PRODUCTION_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)

_hashers = [PRODUCTION_HASHER]


class HashingBusy(Exception):
    """Every hashing thread is taken and the queue of waiting work is full."""


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the argon2id parameters (the tests use minimal costs to stay fast)."""
    _hashers[0] = hasher


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    # Verifying against this keeps an unknown username as slow as a wrong password.
    return hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hashers[0].hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    hasher = _hashers[0]
    try:
        return hasher.verify(password_hash or _dummy_hash(hasher), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hashers[0].check_needs_rehash(password_hash)


def _yield_to_the_event_loop() -> None:
    """Hashing threads run only when no other thread wants the core (Linux's SCHED_IDLE, a
    thread's own and inherited by the threads argon2 starts for its lanes): a storm of sign-ins
    waits for the cores instead of taking them from the event loop."""
    if sys.platform == "linux":
        os.sched_setscheduler(threading.get_native_id(), os.SCHED_IDLE, os.sched_param(0))


class HashingPool:
    """A bounded semaphore in front of a few threads: `run` takes a place (running or waiting)
    without blocking, or raises HashingBusy when none is left."""

    def __init__(self, threads: int, queue: int) -> None:
        self.threads = threads
        self.capacity = threads + queue
        self.in_flight = 0  # only ever changed on the event loop's thread
        self._executor = ThreadPoolExecutor(
            max_workers=threads,
            thread_name_prefix="password-hashing",
            initializer=_yield_to_the_event_loop,
        )

    @property
    def full(self) -> bool:
        return self.in_flight >= self.capacity

    async def run(self, work: Callable[..., T], *args) -> T:
        if self.full:
            raise HashingBusy
        self.in_flight += 1
        try:
            return await asyncio.get_running_loop().run_in_executor(self._executor, work, *args)
        finally:
            self.in_flight -= 1

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)


_pool = [HashingPool(threads=2, queue=8)]


def configure_hashing(threads: int, queue: int) -> None:
    """Size the hashing pool (PARKMATCH_PASSWORD_HASH_THREADS and _QUEUE)."""
    old, _pool[0] = _pool[0], HashingPool(threads, queue)
    old.close()


def hashing_full() -> bool:
    """Every place of the pool is taken: work sent now would be refused."""
    return _pool[0].full


async def hash_off_loop(password: str) -> str:
    return await _pool[0].run(hash_password, password)


async def verify_off_loop(password_hash: str | None, password: str) -> bool:
    return await _pool[0].run(verify_password, password_hash, password)


def new_token() -> str:
    """256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_digest(token: str, secret: str) -> str:
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()
