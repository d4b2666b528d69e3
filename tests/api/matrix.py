"""Machinery behind the authorization matrix (tests/api/test_authorization.py).

A case is (operation, target, persona, expected outcome). The runner sends the operation as the
persona would, checks the outcome, and compares every row of every table before and after: a
refusal (or a query) must change nothing, an allowed mutation exactly what it is for, with one
audit event naming who did it.
"""

from __future__ import annotations

import asyncio
import base64
import secrets
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from datetime import timedelta
from enum import Enum
from typing import Any

from tortoise import Tortoise, connections

import matching
from schema.ids import from_global, to_global
from server import auth
from server.config import Settings
from server.models import AuthToken, MatchRound, RecruitmentDrive, RoundLock
from server.services.clock import local_today, now
from server.standards import MatchKind, RoundStage
from tests.api import operations as ops
from tests.api.client import console_post
from tests.api.world import (
    PASSWORD,
    World,
    drive_day_comes,
    financing_need_input,
    product_input,
)

ALLOWED = "allowed"
NULL = "null"  # the query answers null rather than an error
UNAUTHENTICATED = "UNAUTHENTICATED"
FORBIDDEN = "FORBIDDEN"
NOT_FOUND = "NOT_FOUND"
CONFLICT = "CONFLICT"
CODES = (UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT)

# Without a valid session: no header, a token nobody issued, companyA's token after logout,
# officer1's token after its expiry.
SIGNED_OUT = ("anonymous", "forged", "revoked", "expired")
SIGNED_IN = ("companyA", "companyC", "manager1", "manager2", "officer1", "officer2", "admin")
PERSONAS = SIGNED_OUT + SIGNED_IN

# States a case may start from: the world as built; after product1 was retired, drive1 closed
# and drive2's date passed; after a round of each kind in each park, with proposals in every
# state (see `play_rounds`); with a round running in each park and a dry run read back (see
# `running_rounds`); or with one more officer of park1, `retired`, whose account an admin
# deactivated; or with an LPR recorded (lpr1, published yesterday: 1-year 3.00 %, 5-year 3.50 %)
# and product1 linked to it (1-year LPR + 45 bp); or with a holiday in the list.
FRESH = "fresh"
LATER = "later"
ROUNDS = "rounds"
RUNNING = "running"
CLOSED = "closed"
LPR = "lpr"
HOLIDAY = "holiday"  # with a holiday on HOLIDAY_DATE, set by an admin
HOLIDAY_DATE = "2026-10-01"

GHOST_PK = 999_999
ProbeKey = tuple


@dataclass(frozen=True)
class Sees:
    """A list (or an audit trail) shows exactly these objects of the world."""

    keys: frozenset[str]

    def __str__(self) -> str:
        return "sees{" + ",".join(sorted(self.keys)) + "}"


def sees(*keys: str) -> Sees:
    return Sees(frozenset(keys))


@dataclass(frozen=True)
class Case:
    op: str
    target: str | None
    persona: str
    expect: str | Sees
    state: str = FRESH

    @property
    def label(self) -> str:
        on = f"({self.target})" if self.target else ""
        where = "" if self.state == FRESH else f" [{self.state}]"
        return f"{self.op}{on}{where} as {self.persona} -> {self.expect}"


def row(
    op: str,
    target: str | None = None,
    *,
    state: str = FRESH,
    signed_out: str | Sees | None = None,
    **expect: str | Sees,
) -> list[Case]:
    """One operation on one target, an outcome for every persona: a row of the matrix.

    `signed_out` gives the outcome of the four personas without a valid session at once."""
    if signed_out is not None:
        expect = {name: signed_out for name in SIGNED_OUT} | expect
    missing = [p for p in PERSONAS if p not in expect]
    unknown = [p for p in expect if p not in PERSONAS]
    if missing or unknown:
        raise ValueError(f"{op}({target}): missing personas {missing}, unknown {unknown}")
    return [Case(op, target, persona, expect[persona], state) for persona in PERSONAS]


# --- the world, with the personas the matrix needs ---------------------------------------------


# The ways a persona's token reaches the server: as a bearer header (a program), or as the
# console sends it (the session cookie with the CSRF header and the server's own Origin), or as a
# forged cross-site request would (the cookie alone).
BEARER = "bearer"
CONSOLE = "console"
COOKIE_WITHOUT_CSRF = "cookie without CSRF"
CROSS_SITE = "cookie and CSRF header from another origin"
FOREIGN_ORIGIN = "http://elsewhere.test"


@dataclass
class MatrixWorld:
    world: World
    secret: str
    tokens: dict[str, str | None] = field(default_factory=dict)
    user_ids: dict[str, str] = field(default_factory=dict)
    way: str = BEARER
    # The last session cookie a response set (signIn), as (value, attributes).
    cookie: tuple[str, str] | None = None

    async def send(self, op: Operation, variables: dict, persona: str) -> dict:
        way = op.way or self.way
        token = self.token(persona)
        if way == BEARER:
            return await self.api.post(op.document, variables, token)
        response = await console_post(
            self.api,
            op.document,
            variables,
            token,
            csrf=way != COOKIE_WITHOUT_CSRF,
            **({"origin": FOREIGN_ORIGIN} if way == CROSS_SITE else {}),
        )
        body = response.json()
        if op.response is not None and not body.get("errors"):
            op.response(self, persona, response)
        return body

    def user_pk(self, persona: str) -> int:
        return pk_of(self.user_ids[persona])

    @property
    def api(self):
        return self.world.api

    @property
    def ids(self) -> dict[str, str]:
        return self.world.ids

    def token(self, persona: str) -> str | None:
        return self.tokens[persona]

    def id(self, key: str, type_name: str) -> str:
        """The API id of a world object; `ghost` is an id of that type that names nothing."""
        return to_global(type_name, GHOST_PK) if key == "ghost" else self.ids[key]


async def matrix_world(
    world: World, settings: Settings, state: str, way: str = BEARER
) -> MatrixWorld:
    secret = settings.secret
    mw = MatrixWorld(world, secret, dict(world.tokens), way=way)
    for persona in SIGNED_IN:
        data = await world.api.ok("{ me { id } }", token=mw.tokens[persona])
        mw.user_ids[persona] = data["me"]["id"]
    world.ids["admin"] = mw.user_ids["admin"]
    for company in ("companyA", "companyB", "companyC"):
        data = await world.api.ok("{ me { id } }", token=world.tokens[company])
        world.ids[f"user.{company}"] = data["me"]["id"]
    mw.tokens["anonymous"] = None
    mw.tokens["forged"] = secrets.token_urlsafe(32)
    revoked = await world.login("companyA")
    await world.api.ok("mutation { logout }", token=revoked)
    mw.tokens["revoked"] = revoked
    expired = await world.login("officer1")
    await AuthToken.filter(token_hash=auth.token_digest(expired, secret)).update(
        expires_at=now() - timedelta(seconds=1)
    )
    mw.tokens["expired"] = expired
    if state == LATER:
        await world.as_("manager1", RETIRE, {"id": world.ids["product1"]})
        await world.as_("officer1", CLOSE, {"id": world.ids["drive1"]})
        await RecruitmentDrive.filter(
            id=from_global("RecruitmentDrive", world.ids["drive2"], "id")
        ).update(date=local_today(settings.zone) - timedelta(days=1))
    if state == ROUNDS:
        await play_rounds(world)
    if state == RUNNING:
        await running_rounds(world)
    if state == CLOSED:
        await close_an_account(world)
    if state == LPR:
        await link_a_product(world, local_today(settings.zone) - timedelta(days=1))
    if state == HOLIDAY:
        await world.as_(
            "admin",
            'mutation($d: Date!) { setHoliday(date: $d, name: "国庆节") { date } }',
            {"d": HOLIDAY_DATE},
        )
    return mw


RECORD_LPR = """
mutation($i: LprInput!) { recordLpr(input: $i) { id publishedOn oneYear fiveYear } }
"""
LINKED_PRODUCT = {"rateBasis": "LPR_1Y", "spreadBp": 45, "minAnnualRate": None}


async def link_a_product(world: World, published_on) -> None:
    variables = {"i": {"publishedOn": published_on.isoformat(), "oneYear": "3.00"}}
    variables["i"]["fiveYear"] = "3.50"
    recorded = await world.as_("admin", RECORD_LPR, variables)
    world.ids["lpr1"] = recorded["recordLpr"]["id"]
    draft = product_input([world.ids["park1"]], **LINKED_PRODUCT, maxAnnualRate=None)
    await world.as_("manager1", ops.UPDATE_PRODUCT, {"id": world.ids["product1"], "i": draft})


async def close_an_account(world: World) -> None:
    variables = {"i": {"username": "retired", "password": PASSWORD, "role": "OFFICER"}}
    variables["i"]["parkId"] = world.ids["park1"]
    created = await world.as_("admin", ops.CREATE_USER, variables)
    world.ids["retired"] = created["createUser"]["id"]
    await world.as_("admin", ops.DEACTIVATE_USER, {"id": world.ids["retired"]})


PROPOSE = """
mutation($park: ID!, $kind: MatchKind!, $dry: Boolean) {
  proposeMatches(parkId: $park, kind: $kind, dryRun: $dry) {
    id dryRun proposals(first: 100) { edges { node { id company { id } need { id } } } }
  }
}
"""


async def play_rounds(world: World) -> None:
    """Verified companies, a second financing need for companyA and companyB, then a published
    FINANCING and RECRUITMENT round in each park (round1.fin, round1.hire, round2.fin,
    round2.hire) and decisions, leaving the proposals (named prop<company>.<fin|fin2|hire>):

    - propA.fin   CONFIRMED   companyA.financing  -> product1 (bank1), consent PENDING
    - propA.fin2  PROPOSED    companyA.financing2 -> product1
    - propB.fin   REJECTED    companyB.financing  -> product1
    - propB.fin2  DECLINED    companyB.financing2 -> product1 (confirmed, consented, then bank1
                                                    declined)
    - propC.fin   CONFIRMED   companyC.financing  -> product2 (bank2), consent GIVEN
    - propA.hire  CONFIRMED   companyA            -> drive1
    - propB.hire  PROPOSED    companyB            -> drive1
    - propC.hire  COMPLETED   companyC            -> drive2 (confirmed, then companyC hired 2)
    """
    for officer, companies in (("officer1", "AB"), ("officer2", "C")):
        for letter in companies:
            await world.as_(officer, ops.VERIFY_COMPANY, {"id": world.ids[f"company{letter}"]})
    for letter in "AB":
        need = await world.as_(
            f"company{letter}", ops.POST_FINANCING_NEED, {"i": financing_need_input()}
        )
        world.ids[f"company{letter}.financing2"] = need["postFinancingNeed"]["id"]
    names = {v: k for k, v in world.ids.items()}
    for officer, n in (("officer1", "1"), ("officer2", "2")):
        for kind, short in (("FINANCING", "fin"), ("RECRUITMENT", "hire")):
            variables = {"park": world.ids[f"park{n}"], "kind": kind}
            published = (await world.as_(officer, PROPOSE, variables))["proposeMatches"]
            world.ids[f"round{n}.{short}"] = published["id"]
            for edge in published["proposals"]["edges"]:
                node = edge["node"]
                letter = names[node["company"]["id"]][-1]
                suffix = short
                if node["need"] is not None and names[node["need"]["id"]].endswith("2"):
                    suffix += "2"
                world.ids[f"prop{letter}.{suffix}"] = node["id"]
    expected = ("A.fin", "A.fin2", "B.fin", "B.fin2", "C.fin", "A.hire", "B.hire", "C.hire")
    assert {k for k in world.ids if k.startswith("prop")} == {f"prop{k}" for k in expected}
    for officer, key in (
        ("officer1", "propA.fin"),
        ("officer1", "propB.fin2"),
        ("officer1", "propA.hire"),
        ("officer2", "propC.fin"),
        ("officer2", "propC.hire"),
    ):
        await world.as_(officer, ops.CONFIRM, {"id": world.ids[key]})
    for drive in ("drive1", "drive2"):  # hires are recorded from the drive's day on
        await drive_day_comes(world, drive)
    await world.as_("officer1", ops.REJECT, {"id": world.ids["propB.fin"], "r": "资料不全"})
    for company, key in (("companyB", "propB.fin2"), ("companyC", "propC.fin")):
        await world.as_(company, ops.CONSENT, {"id": world.ids[key]})
    await world.as_("manager1", ops.LOAN_OUTCOME, {"id": world.ids["propB.fin2"], "d": False})
    await world.as_("companyC", ops.HIRING_OUTCOME, {"id": world.ids["propC.hire"], "h": 2})


START = """
mutation($park: ID!, $kind: MatchKind!, $dry: Boolean) {
  startRound(parkId: $park, kind: $kind, dryRun: $dry) { id state dryRun }
}
"""
ROUND_STATE = "query($id: ID!) { matchRound(id: $id) { state } }"


async def until_round_ends(world: World, officer: str, round_id: str) -> str:
    """The round's final state, once it has one (rounds run beside the request)."""
    for _ in range(300):
        found = (await world.as_(officer, ROUND_STATE, {"id": round_id}))["matchRound"]
        if found["state"] != "RUNNING":
            return found["state"]
        await asyncio.sleep(0.05)
    raise AssertionError(f"round {round_id} still running")


async def running_rounds(world: World) -> None:
    """A round RUNNING (still queued) in each park — running1.fin by officer1, running2.hire by
    officer2, holding their park and kind — and preview1.hire, a dry run of park1 read back."""
    for key, park, kind, officer in (
        ("running1.fin", "park1", MatchKind.FINANCING, "officer1"),
        ("running2.hire", "park2", MatchKind.RECRUITMENT, "officer2"),
    ):
        park_pk = from_global("Park", world.ids[park], "id")
        row = await MatchRound.create(
            park_id=park_pk,
            kind=kind,
            created_by_id=from_global("User", world.ids[officer], "id"),
            weights=matching.resolve_weights(kind.value, None),
            deadline_at=now() + timedelta(hours=1),
            stage=RoundStage.QUEUED,
        )
        await RoundLock.create(key=f"{park_pk}:{kind.value}", round_id=row.id)
        world.ids[key] = to_global("MatchRound", row.id)
    variables = {"park": world.ids["park1"], "kind": "RECRUITMENT", "dry": True}
    preview = (await world.as_("officer1", START, variables))["startRound"]
    assert await until_round_ends(world, "officer1", preview["id"]) == "PREVIEWED"
    world.ids["preview1.hire"] = preview["id"]


RETIRE = "mutation($id: ID!) { retireCreditProduct(id: $id) { id } }"
CLOSE = "mutation($id: ID!) { closeRecruitmentDrive(id: $id) { id } }"


# --- the state of the world: every row of every table ------------------------------------------

MISSING = "<missing>"
SET = "<set>"  # in an expected change: any value but None (a timestamp the change stamped)


def pk_of(global_id: str) -> int:
    """The primary key behind an API id of any type."""
    type_name = base64.urlsafe_b64decode(global_id + "=" * (-len(global_id) % 4)).decode()
    return from_global(type_name.partition(":")[0], global_id, "id")


async def snapshot(mw: MatrixWorld) -> dict[ProbeKey, Any]:
    """Every column of every row of every table, as (model, API id, column) -> value, and the
    rows of the product-park link table."""
    state: dict[ProbeKey, Any] = {}
    for name, model in Tortoise.apps["models"].items():
        if model._meta.db_table == "aerich":
            continue
        for row in await model.all().values():
            object_id = to_global(name, row["id"])
            for column, value in row.items():
                if column != "id":
                    state[(name, object_id, column)] = (
                        value.value if isinstance(value, Enum) else value
                    )
    links = await connections.get("default").execute_query_dict("SELECT * FROM credit_product_park")
    for link in links:
        state[("credit_product_park", *sorted(link.items()))] = True
    return state


def diff(before: dict, after: dict) -> dict[ProbeKey, tuple]:
    return {
        key: (before.get(key, MISSING), after.get(key, MISSING))
        for key in before.keys() | after.keys()
        if before.get(key, MISSING) != after.get(key, MISSING)
    }


def describe(changes: dict) -> str:
    return "; ".join(f"{k}: {a!r} -> {b!r}" for k, (a, b) in sorted(changes.items(), key=str))


# --- operations ------------------------------------------------------------------------------

Variables = Callable[[MatrixWorld, str | None, str], dict]
Effect = Callable[[MatrixWorld, Case, Any, dict], Awaitable[None]]


@dataclass(frozen=True)
class Operation:
    document: str
    field: str
    variables: Variables = lambda mw, target, persona: {}
    mutation: bool = False
    # For an allowed mutation: what the user notices, given the result and the state's diff.
    effect: Effect | None = None
    # For a list: how to read the ids shown (edges' nodes by default).
    shown: Callable[[Any], Iterable[str]] | None = None
    # For a query answered with an object: how to check it is the right one (its id by default).
    check: Callable[[MatrixWorld, Case, Any], None] | None = None
    # For an allowed mutation whose work goes on after it answers (a round): waits for the end.
    settle: Callable[[MatrixWorld, Case, Any], Awaitable[None]] | None = None
    # The way this operation is always sent (else the run's), and a check of the HTTP response.
    way: str | None = None
    response: Callable[[MatrixWorld, str, Any], None] | None = None


async def run_group(mw: MatrixWorld, operations: dict[str, Operation], cases: list[Case]):
    """Runs the cases in one world, refusals first; returns the failures as sentences."""
    ordered = sorted(cases, key=lambda c: c.expect == ALLOWED and operations[c.op].mutation)
    failures: list[str] = []
    state = await snapshot(mw)
    for case in ordered:
        try:
            state = await run_case(mw, operations[case.op], case, state)
        except AssertionError as error:
            failures.append(f"{case.label}: {error}")
            state = await snapshot(mw)
    return failures


async def run_case(mw: MatrixWorld, op: Operation, case: Case, before: dict) -> dict:
    variables = op.variables(mw, case.target, case.persona)
    body = await mw.send(op, variables, case.persona)
    errors = body.get("errors")
    data = body.get("data") or {}
    if case.expect in CODES:
        assert errors, f"allowed, answered {data}"
        code = errors[0].get("extensions", {}).get("code")
        assert code == case.expect, f"got {code}: {errors[0].get('message')}"
        assert data.get(op.field) is None, f"a refusal still answered {data}"
        after = await snapshot(mw)
        changes = diff(before, after)
        assert not changes, f"the refusal changed {describe(changes)}"
        return after
    assert not errors, f"refused: {errors}"
    result = data[op.field]
    if op.settle is not None:
        await op.settle(mw, case, result)
    after = await snapshot(mw)
    changes = diff(before, after)
    if op.mutation:
        assert op.effect is not None, "an allowed mutation needs an effect to check"
        await op.effect(mw, case, result, changes)
        return await snapshot(mw)  # the effect's checks may have signed in
    assert not changes, f"a query changed {describe(changes)}"
    check_read(mw, op, case, result)
    return after


def check_read(mw: MatrixWorld, op: Operation, case: Case, result: Any) -> None:
    if case.expect == NULL:
        assert result is None, f"expected null, got {result}"
    elif isinstance(case.expect, Sees):
        shown = list(op.shown(result) if op.shown else _nodes(result))
        expected = {mw.ids[key] for key in case.expect.keys}
        names = {v: k for k, v in mw.ids.items()}
        assert set(shown) == expected, (
            f"shows {sorted(names.get(i, i) for i in set(shown))}, "
            f"expected {sorted(case.expect.keys)}"
        )
        if op.shown is None:
            assert result["totalCount"] == len(expected), f"totalCount {result['totalCount']}"
    else:
        assert result is not None, "answered null"
        if op.check is not None:
            op.check(mw, case, result)
        else:
            assert result["id"] == mw.ids[case.target], f"answered {result}"


def _nodes(connection: dict) -> list[str]:
    return [edge["node"]["id"] for edge in connection["edges"]]


# --- what allowed mutations must do ----------------------------------------------------------


def created(changes: dict, model: str) -> tuple[str, dict, dict]:
    """The one row of this model that appeared: its API id, its columns, and the other changes."""
    new = {k: v for k, v in changes.items() if k[0] == model and v[0] == MISSING}
    ids = {k[1] for k in new}
    assert len(ids) == 1, f"expected one new {model}, got {describe(changes)}"
    rest = {k: v for k, v in changes.items() if k not in new}
    return ids.pop(), {k[2]: v[1] for k, v in new.items()}, rest


def audited_object(event: dict) -> str:
    """The API id of the object an audit event's row names."""
    return to_global(event["object_type"], event["object_pk"])


def audited(changes: dict, action: str, actor_pk: int, object_id: str | None = None) -> dict:
    """The other changes, once exactly one audit event was recorded: this action, by this user,
    on this object (when given)."""
    _, event, rest = created(changes, "AuditEvent")
    assert event["action"] == action, f"audited {event['action']}, expected {action}"
    assert event["actor_id"] == actor_pk, f"audit actor {event['actor_id']}, expected {actor_pk}"
    if object_id is not None:
        assert audited_object(event) == object_id, f"audited object {audited_object(event)}"
    return rest


def matches(expected: Any, actual: Any) -> bool:
    return actual is not None if expected == SET else expected == actual


ANY = "<any>"  # in an expected change: whatever the value was before


def moved(rest: dict, key: ProbeKey, before: Any, after: Any) -> None:
    """Takes one expected change out of `rest`: `before` may be ANY, `after` SET or a function
    of the value before."""
    assert key in rest, f"{key} did not change; changed {describe(rest)}"
    was, now_ = rest.pop(key)
    want = after(was) if callable(after) else after
    assert before in (ANY, was) and matches(want, now_), (
        f"{key}: {was!r} -> {now_!r}, expected {before!r} -> {want!r}"
    )


def audited_each(changes: dict, action: str, actor_pk: int, object_ids: Iterable[str]) -> dict:
    """The other changes, once exactly one audit event per object was recorded: this action,
    by this user."""
    rest = dict(changes)
    events = {k[1] for k, (b, _) in changes.items() if k[0] == "AuditEvent" and b == MISSING}
    seen = []
    for event_id in events:
        columns = {k[2]: rest.pop(k)[1] for k in list(rest) if k[:2] == ("AuditEvent", event_id)}
        assert columns["action"] == action and columns["actor_id"] == actor_pk, columns
        seen.append(audited_object(columns))
    assert sorted(seen) == sorted(object_ids), f"audited {seen}, expected {list(object_ids)}"
    return rest
