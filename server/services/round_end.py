"""How a round ends: one conditional change from RUNNING to a final state, which frees the park
and kind at once. Whoever gets there first — the runner publishing, an officer cancelling, the
time limit, the sweeper finding a runner gone — wins; the others change nothing.

The sweeper runs in every server and worker process: it ends rounds past their time limit or
whose runner stopped beating, and drops dry runs read long enough ago."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from server.models import MatchRound, RoundLock
from server.services import audit
from server.services.clock import now
from server.services.events import EventBus
from server.services.round_progress import Progress, announce
from server.services.viewer import Viewer
from server.standards import RoundStage, RoundState

log = logging.getLogger("parkmatch.rounds")

# A runner stamps its round this often; a round unstamped for STALE_AFTER has lost its runner.
HEARTBEAT_SECONDS = 1.0
STALE_AFTER = timedelta(seconds=15)
# The time limit is the runner's to enforce; the sweeper steps in only this much later.
DEADLINE_GRACE = timedelta(seconds=5)
# A dry run stays readable at least this long after it ended.
PREVIEW_KEPT = timedelta(hours=1)
SWEEP_SECONDS = 2.0

ACTIONS = {
    RoundState.CANCELLED: "ROUND_CANCELLED",
    RoundState.FAILED: "ROUND_FAILED",
    RoundState.TIMED_OUT: "ROUND_TIMED_OUT",
}


class RoundEnded(Exception):
    """The round left RUNNING while this transaction worked on it: roll the work back."""


async def finish_in(conn: BaseDBAsyncClient, round_id: int, state: RoundState, **fields) -> None:
    """Inside the caller's transaction: RUNNING → `state` and the lock freed, or RoundEnded."""
    changed = (
        await MatchRound.filter(id=round_id, state=RoundState.RUNNING)
        .using_db(conn)
        .update(state=state, stage=None, percent=None, finished_at=now(), **fields)
    )
    if not changed:
        raise RoundEnded(round_id)
    await RoundLock.filter(round_id=round_id).using_db(conn).delete()


async def end_round(
    round_id: int,
    state: RoundState,
    failure: str | None,
    *,
    actor: Viewer | None = None,
    events: EventBus | None = None,
) -> bool:
    """Ends a round that stored nothing (cancelled, failed, timed out), audited; False when it
    had ended already."""
    try:
        async with in_transaction() as conn:
            await finish_in(conn, round_id, state, failure=failure)
            row = await MatchRound.get(id=round_id).using_db(conn)
            await audit.record(
                actor,
                ACTIONS[state],
                "MatchRound",
                round_id,
                park_id=row.park_id,
                summary={"after": {"state": state.value, "failure": failure}},
                using_db=conn,
            )
    except RoundEnded:
        return False
    log.info("round %s ended %s: %s", round_id, state.value, failure or "-")
    if events is not None:
        await announce_end(row, state, events)
    return True


async def announce_end(row: MatchRound, state: RoundState, events: EventBus) -> None:
    """Tells the round's followers of its end (from what the ender knows: a dry run's row may
    be gone a moment later)."""
    await announce(events, Progress(row.id, row.park_id, state, None, None))


async def sweep_round(round_id: int, events: EventBus | None = None) -> None:
    """Ends this round if it is past its time limit or its runner has stopped beating."""
    row = await MatchRound.filter(id=round_id, state=RoundState.RUNNING).first()
    if row is None:
        return
    at = now()
    if row.deadline_at + DEADLINE_GRACE < at:
        await end_round(row.id, RoundState.TIMED_OUT, over_time(row), events=events)
    elif row.stage != RoundStage.QUEUED and (row.heartbeat_at or row.created_at) < at - STALE_AFTER:
        await end_round(row.id, RoundState.FAILED, RUNNER_LOST, events=events)


RUNNER_LOST = "the process running the round stopped before it finished"


def over_time(row: MatchRound) -> str:
    limit = (row.deadline_at - row.created_at).total_seconds()
    return f"not finished within the park's round time limit of {limit:.0f} s"


async def sweep(events: EventBus, running_here: set[int]) -> None:
    """One pass over every running round (but those this process runs itself, which it watches
    more closely) and over old dry runs."""
    at = now()
    suspects = await MatchRound.filter(
        Q(deadline_at__lt=at - DEADLINE_GRACE)
        | Q(heartbeat_at__lt=at - STALE_AFTER)
        | Q(heartbeat_at__isnull=True, created_at__lt=at - STALE_AFTER),
        state=RoundState.RUNNING,
    ).values_list("id", flat=True)
    for round_id in suspects:
        if round_id not in running_here:
            await sweep_round(round_id, events)
    await MatchRound.filter(dry_run=True, finished_at__lt=at - PREVIEW_KEPT).delete()


async def keep_sweeping(events: EventBus, running_here: set[int]) -> None:
    """The sweeper's loop, for a process's lifetime; a failed pass is logged and retried."""
    while True:
        try:
            await sweep(events, running_here)
        except Exception:
            log.exception("sweeping rounds failed")
        await asyncio.sleep(SWEEP_SECONDS)
