"""Rounds as jobs through the API: startRound answers at once, roundProgress follows the round to
its end, a dry run stays readable and unapplied, cancelRound and the time limit end a round that
stores nothing and frees its park and kind at once. On SQLite the server runs the round itself;
on PostgreSQL a worker takes it off the job queue (tests/conftest.py).

A round of this small world solves in milliseconds; to catch one mid-way, the solver's processes
(its forkserver and the spare process forked from it, which takes the next round) are paused with
SIGSTOP: the round then waits in BUILD, handing its input over, until they are resumed."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from multiprocessing import forkserver

from server.services import rounds
from tests.api import operations as ops
from tests.api.sockets import next_payload, signed_in, subscribe
from tests.api.world import World
from tests.integration.processes import paused, solver_with_spare

START = """
mutation($park: ID!, $kind: MatchKind!, $dry: Boolean) {
  startRound(parkId: $park, kind: $kind, dryRun: $dry) {
    id state stage dryRun startedAt finishedAt failure figures { needs }
  }
}
"""
ROUND = """
query($id: ID!) {
  matchRound(id: $id) {
    id state stage dryRun startedAt finishedAt failure figures { needs matched }
    proposals(first: 10) { totalCount edges { node { id status company { id } } } }
    unmatched { reason }
  }
}
"""
CANCEL = "mutation($id: ID!) { cancelRound(id: $id) { id state finishedAt } }"
PROGRESS = """
subscription($id: ID!) {
  roundProgress(roundId: $id) { state stage percent figures { needs matched } round { id } }
}
"""
SETTINGS = """
mutation($park: ID!, $limit: Int) {
  updateParkSettings(parkId: $park, input: { roundTimeLimitSeconds: $limit }) {
    roundTimeLimitSeconds
  }
}
"""
STAGES = ["QUEUED", "LOAD", "BUILD", "SOLVE", "STORE"]
FINAL = {"PUBLISHED", "PREVIEWED", "FAILED", "TIMED_OUT", "CANCELLED"}


@asynccontextmanager
async def solver_paused() -> AsyncIterator[Callable[[], None]]:
    """Pauses this process's solver and its spare; yields a function that resumes them."""
    forkserver.ensure_running()
    with paused(await solver_with_spare(os.getpid())) as resume:
        yield resume


async def _verified(world: World) -> None:
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})


async def _start(world: World, kind: str = "FINANCING", dry: bool = False) -> dict:
    variables = {"park": world.ids["park1"], "kind": kind, "dry": dry}
    return (await world.as_("officer1", START, variables))["startRound"]


async def _round(world: World, round_id: str) -> dict:
    return (await world.as_("officer1", ROUND, {"id": round_id}))["matchRound"]


async def _until(world: World, round_id: str, predicate, seconds: float = 30.0) -> dict:
    for _ in range(int(seconds / 0.05)):
        found = await _round(world, round_id)
        if predicate(found):
            return found
        await asyncio.sleep(0.05)
    raise AssertionError(f"round never got there: {found}")


def _position(event: dict) -> int:
    return len(STAGES) if event["state"] in FINAL else STAGES.index(event["stage"])


async def test_a_started_round_answers_at_once_and_its_progress_follows_it_to_published(app, world):
    await _verified(world)
    async with solver_paused() as resume:
        started = await _start(world)
        assert started["state"] == "RUNNING" and started["figures"] is None
        assert started["finishedAt"] is None
        waiting = await _until(world, started["id"], lambda r: r["stage"] == "BUILD")
        assert waiting["startedAt"] is not None
        async with signed_in(app, world.tokens["officer1"]) as ws:
            await subscribe(ws, "1", PROGRESS, {"id": started["id"]})
            first = (await next_payload(ws))["data"]["roundProgress"]
            assert (first["state"], first["stage"]) == ("RUNNING", "BUILD")
            events = [first]
            resume()
            while events[-1]["state"] not in FINAL:
                events.append((await next_payload(ws))["data"]["roundProgress"])
            assert (await ws.receive_json(timeout=5.0)) == {"id": "1", "type": "complete"}
    positions = [_position(event) for event in events]
    assert positions == sorted(positions), events
    assert events[-1]["state"] == "PUBLISHED"
    assert events[-1]["figures"] == {"needs": 2, "matched": 2}
    assert {e["round"]["id"] for e in events} == {started["id"]}
    done = await _round(world, started["id"])
    assert done["state"] == "PUBLISHED" and done["stage"] is None and done["finishedAt"]
    assert done["proposals"]["totalCount"] == 2
    # A finished round cannot be cancelled.
    refused = await world.api.fails(CANCEL, {"id": started["id"]}, world.tokens["officer1"])
    assert refused.code == "CONFLICT"


async def test_a_started_dry_run_stays_readable_but_is_never_listed_nor_applied(world):
    await _verified(world)
    started = await _start(world, dry=True)
    assert started["dryRun"] is True
    preview = await _until(world, started["id"], lambda r: r["state"] != "RUNNING")
    assert preview["state"] == "PREVIEWED" and preview["figures"]["matched"] == 2
    assert preview["proposals"]["totalCount"] == 2
    proposal = preview["proposals"]["edges"][0]["node"]
    listed = await world.as_(
        "officer1",
        "query($p: ID!) { matchRounds(parkId: $p) { totalCount } proposals { totalCount } }",
        {"p": world.ids["park1"]},
    )
    assert listed == {"matchRounds": {"totalCount": 0}, "proposals": {"totalCount": 0}}
    for document in (ops.CONFIRM, "query($id: ID!) { proposal(id: $id) { id } }"):
        refused = await world.api.fails(document, {"id": proposal["id"]}, world.tokens["officer1"])
        assert refused.code == "NOT_FOUND"
    # Its park and kind are free: a published round follows.
    published = await _start(world)
    done = await _until(world, published["id"], lambda r: r["state"] != "RUNNING")
    assert done["state"] == "PUBLISHED"


async def test_a_second_round_while_one_runs_is_conflict_and_a_cancelled_one_stores_nothing(
    world,
):
    await _verified(world)
    async with solver_paused():
        running = await _start(world)
        await _until(world, running["id"], lambda r: r["stage"] == "BUILD")
        again = await world.api.fails(
            START,
            {"park": world.ids["park1"], "kind": "FINANCING"},
            world.tokens["officer1"],
        )
        assert again.code == "CONFLICT"
        # Another kind of the same park is not held.
        other = await _start(world, kind="RECRUITMENT")
        cancelled = (await world.as_("officer1", CANCEL, {"id": running["id"]}))["cancelRound"]
        assert cancelled["state"] == "CANCELLED" and cancelled["finishedAt"]
        # The lock is freed at once: the same park and kind start again at once.
        retry = await _start(world)
        assert retry["state"] == "RUNNING"
    for round_id in (running["id"], other["id"], retry["id"]):
        await _until(world, round_id, lambda r: r["state"] != "RUNNING")
    gone = await _round(world, running["id"])
    assert gone["state"] == "CANCELLED"
    assert gone["figures"] is None and gone["proposals"]["totalCount"] == 0
    assert (await _round(world, retry["id"]))["state"] == "PUBLISHED"
    audit = await world.as_(
        "officer1",
        "query($id: String) { auditEvents(filter: { objectId: $id }) "
        "{ edges { node { action actor { username } } } } }",
        {"id": running["id"]},
    )
    actions = [e["node"] for e in audit["auditEvents"]["edges"]]
    assert {"action": "ROUND_CANCELLED", "actor": {"username": "officer1"}} in actions


async def test_a_round_that_fails_while_storing_keeps_none_of_it(world, monkeypatch):
    await _verified(world)
    first = await _start(world)
    first = await _until(world, first["id"], lambda r: r["state"] != "RUNNING")
    assert first["state"] == "PUBLISHED" and first["proposals"]["totalCount"] > 0
    everywhere = await world.as_("officer1", "{ proposals { totalCount } }")

    async def unwritable(*_):
        raise RuntimeError("the needs table is unwritable")

    # Between the round's proposals going in (COPY on PostgreSQL) and its verdicts.
    monkeypatch.setattr(rounds, "_first_proposed", unwritable)
    second = await _start(world)
    ended = await _until(world, second["id"], lambda r: r["state"] != "RUNNING")
    monkeypatch.undo()
    assert ended["state"] == "FAILED" and "RuntimeError" in ended["failure"]
    assert ended["proposals"]["totalCount"] == 0 and ended["unmatched"] == []
    # The first round's proposals were not superseded by the round that failed.
    assert await _round(world, first["id"]) == first
    assert await world.as_("officer1", "{ proposals { totalCount } }") == everywhere


async def test_the_park_time_limit_ends_a_round_timed_out_with_nothing_stored(world):
    await _verified(world)
    limit = await world.as_("officer1", SETTINGS, {"park": world.ids["park1"], "limit": 10})
    assert limit["updateParkSettings"] == {"roundTimeLimitSeconds": 10}
    async with solver_paused():
        running = await _start(world)
        ended = await _until(world, running["id"], lambda r: r["state"] != "RUNNING", seconds=40.0)
    assert ended["state"] == "TIMED_OUT"
    assert "10 s" in ended["failure"]
    # The console asks for Chinese: the reason reads in Chinese.
    body = {"query": ROUND, "variables": {"id": running["id"]}}
    headers = {"Authorization": f"Bearer {world.tokens['officer1']}", "Accept-Language": "zh-CN"}
    chinese = (await world.api.client.post("/graphql", json=body, headers=headers)).json()
    assert chinese["data"]["matchRound"]["failure"] == "未在园区规定的轮次时限 10 秒内完成"
    assert ended["figures"] is None and ended["proposals"]["totalCount"] == 0
    proposals = await world.as_("officer1", "{ proposals { totalCount } }")
    assert proposals["proposals"]["totalCount"] == 0
    retry = await _start(world)
    assert (await _until(world, retry["id"], lambda r: r["state"] != "RUNNING"))[
        "state"
    ] == "PUBLISHED"


async def test_propose_matches_still_answers_with_the_finished_round(world):
    await _verified(world)
    published = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    found = await _round(world, published["proposeMatches"]["id"])
    assert found["state"] == "PUBLISHED" and found["proposals"]["totalCount"] == 2


async def test_round_progress_is_for_the_officers_of_the_rounds_park(app, world):
    started = await _start(world)
    for who, code in (("officer2", "NOT_FOUND"), ("companyA", "NOT_FOUND"), ("admin", "FORBIDDEN")):
        async with signed_in(app, world.tokens[who]) as ws:
            await subscribe(ws, "1", PROGRESS, {"id": started["id"]})
            payload = await next_payload(ws)
            assert payload["data"] is None
            assert [e["extensions"]["code"] for e in payload["errors"]] == [code]
