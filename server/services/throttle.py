"""Fixed-window throttles kept in the database, so that every server process counts alike.

A place in a window is taken by one conditional statement — an upsert that counts only while
the window has room, or starts a new window once the old one has ended — so that concurrent
attempts can never all read "below the limit" and all go ahead.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.transactions import in_transaction

from server.errors import RateLimited
from server.models import Throttle
from server.services.clock import now

# {n} is the n-th parameter, written per dialect: 1 scope, 2 subject, 3 the end of a window that
# starts now, 4 now, 5 the limit. Times are whole seconds since the epoch.
_TAKE = """
INSERT INTO "throttle" ("scope", "subject", "count", "resets_at") VALUES ({1}, {2}, 1, {3})
ON CONFLICT ("scope", "subject") DO UPDATE SET
  "count" = CASE WHEN "throttle"."resets_at" <= {4} THEN 1 ELSE "throttle"."count" + 1 END,
  "resets_at" = CASE WHEN "throttle"."resets_at" <= {4} THEN {3} ELSE "throttle"."resets_at" END
WHERE "throttle"."resets_at" <= {4} OR "throttle"."count" < {5}
RETURNING "count"
"""
# Giving back and clearing, as raw statements too: they run on every successful sign-in, where
# building them through the ORM cost more of the event loop than the password check's handover.
# {1} scope, {2} subject.
_FORGET_ONE = 'DELETE FROM "throttle" WHERE "scope" = {1} AND "subject" = {2} AND "count" <= 1'
_UNCOUNT_ONE = """
UPDATE "throttle" SET "count" = "count" - 1 WHERE "scope" = {1} AND "subject" = {2} AND "count" > 1
"""
_CLEAR = 'DELETE FROM "throttle" WHERE "scope" = {1} AND "subject" = {2}'
_PLACEHOLDER = {"sqlite": "?{}", "postgres": "${}"}
MAX_SUBJECT = 120  # of the column's 160


@dataclass(frozen=True, slots=True)
class Limit:
    scope: str
    limit: int
    window_seconds: int
    # Said when the limit is reached; {minutes} is the window's length.
    refusal: str


@dataclass(frozen=True, slots=True)
class Place:
    """One subject's count under one limit."""

    limit: Limit
    subject: str

    @property
    def key(self) -> str:
        """The subject as stored: one too long for the column (an address is at most 45
        characters, but a proxy may forward anything) by its digest."""
        if len(self.subject) <= MAX_SUBJECT:
            return self.subject
        return "sha256:" + hashlib.sha256(self.subject.encode()).hexdigest()


def _epoch() -> int:
    return int(now().timestamp())


def _statement(template: str, conn: BaseDBAsyncClient) -> str:
    placeholder = _PLACEHOLDER[conn.capabilities.dialect]
    return template.format(*(placeholder.format(n) for n in range(6)))


def _connection(using_db: BaseDBAsyncClient | None) -> BaseDBAsyncClient:
    return using_db or Throttle._choose_db(for_write=True)


async def take(places: list[Place]) -> None:
    """Counts one attempt in each place, or in none: RateLimited names the first place that is
    full (earlier ones are rolled back)."""
    if not places:
        return
    at = _epoch()
    async with in_transaction() as conn:
        statement = _statement(_TAKE, conn)
        for place in places:
            limit = place.limit
            values = [limit.scope, place.key, at + limit.window_seconds, at, limit.limit]
            if not await conn.execute_query_dict(statement, values):
                minutes = max(1, limit.window_seconds // 60)
                raise RateLimited(limit.refusal.format(minutes=minutes))


async def give_back(places: list[Place], using_db: BaseDBAsyncClient | None = None) -> None:
    """Uncounts an attempt that turned out not to be what the limits count (a sign-in that
    succeeded, work the service refused before doing it). A counter of one goes away, so that
    an attempt given back leaves no trace."""
    conn = _connection(using_db)
    forget, uncount = _statement(_FORGET_ONE, conn), _statement(_UNCOUNT_ONE, conn)
    for place in places:
        # Each statement is atomic; between them a concurrent attempt may only add to the count.
        await conn.execute_query(forget, [place.limit.scope, place.key])
        await conn.execute_query(uncount, [place.limit.scope, place.key])


async def clear(place: Place, using_db: BaseDBAsyncClient | None = None) -> None:
    conn = _connection(using_db)
    await conn.execute_query(_statement(_CLEAR, conn), [place.limit.scope, place.key])


async def purge() -> int:
    """Deletes the counters whose window has ended; returns how many."""
    return await Throttle.filter(resets_at__lte=_epoch()).delete()
