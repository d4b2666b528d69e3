"""One round from QUEUED to its end, as a job: load, hand to the solver, solve, store — within the
round's time limit, stopped as soon as it is cancelled, and stamped with a heartbeat meanwhile so
that the other processes can tell a slow round from an orphaned one.

The same code runs a round in a server's own pool (SQLite) and in a `parkmatch worker` (the job
queue): whatever happens, the round ends in exactly one final state and stores nothing unless
it ends PUBLISHED or PREVIEWED."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from zoneinfo import ZoneInfo

from server import metrics
from server.models import MatchRound
from server.services import round_end, rounds
from server.services.clock import now
from server.services.events import EventBus
from server.services.round_progress import Progress, announce
from server.services.solver import SolverError, SolverPool, solve
from server.standards import RoundStage, RoundState

log = logging.getLogger("parkmatch.rounds")

# The rounds this process runs now: the sweeper leaves them to their runner.
running_here: set[int] = set()


STOPPING = frozenset({RoundState.CANCELLED, RoundState.FAILED, RoundState.TIMED_OUT})


class Reporter:
    """The round's progress: announced on the bus at once, and written to its row with a
    heartbeat by a task of its own (started outside any transaction the stages open)."""

    def __init__(self, row: MatchRound, events: EventBus) -> None:
        self.row = row
        self.events = events
        self.stage = RoundStage.LOAD
        self.percent: float | None = None
        self._changed = asyncio.Event()

    async def report(self, stage: RoundStage, percent: float | None = None) -> None:
        self.stage, self.percent = stage, percent
        progress = Progress(self.row.id, self.row.park_id, RoundState.RUNNING, stage, percent)
        await announce(self.events, progress)
        self._changed.set()

    async def beat(self, work: asyncio.Task) -> None:
        """Stamps the row until the work ends; if the round has been ended by someone else
        meanwhile (a cancel, the sweeper), stops the work."""
        while not work.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._changed.wait(), round_end.HEARTBEAT_SECONDS)
            self._changed.clear()
            still_running = await MatchRound.filter(
                id=self.row.id, state=RoundState.RUNNING
            ).update(stage=self.stage, percent=self.percent, heartbeat_at=now())
            if not still_running:
                ended = await MatchRound.filter(id=self.row.id).values_list("state", flat=True)
                # Only the work itself publishes or previews (and a dry run read back by
                # proposeMatches is gone at once); any other end stops the work.
                if STOPPING & set(ended):
                    work.cancel()
                return


async def _claim(round_id: int) -> MatchRound | None:
    """QUEUED → LOAD for this runner only; None if the round is no longer waiting."""
    claimed = await MatchRound.filter(
        id=round_id, state=RoundState.RUNNING, stage=RoundStage.QUEUED
    ).update(stage=RoundStage.LOAD, started_at=now(), heartbeat_at=now())
    return await MatchRound.get(id=round_id) if claimed else None


async def _work(row: MatchRound, reporter: Reporter, solver: SolverPool, zone: ZoneInfo) -> None:
    await reporter.report(RoundStage.LOAD)
    today = row.created_at.astimezone(zone).date()
    loaded = await rounds.load_round(row.kind, row.park_id, today, rounds.scoring_weights(row))
    await reporter.report(RoundStage.BUILD)
    result = await solver.run(
        solve,
        rounds.with_time_limit(loaded.matching, row),
        on_started=lambda: reporter.report(RoundStage.SOLVE),
    )
    await reporter.report(RoundStage.STORE, 0.0)

    async def stored(share: float) -> None:
        await reporter.report(RoundStage.STORE, round(100 * share, 1))

    if row.dry_run:
        await rounds.save_preview(row, loaded, result, reporter.events)
    else:
        await rounds.publish(row, loaded, result, reporter.events, on_stored=stored)


async def run_round(round_id: int, solver: SolverPool, events: EventBus, zone: ZoneInfo) -> None:
    """Runs the round if it is still waiting; returns once it has ended, one way or another."""
    row = await _claim(round_id)
    if row is None:
        return
    running_here.add(round_id)
    reporter = Reporter(row, events)
    work = asyncio.create_task(_work(row, reporter, solver, zone))
    beat = asyncio.create_task(reporter.beat(work))
    try:
        left = (row.deadline_at - now()).total_seconds()
        done, _ = await asyncio.wait({work}, timeout=max(0.0, left))
        if not done:
            # Ended first, so that the park and kind are free at once; then the work is
            # stopped (its solve process ended).
            await round_end.end_round(
                round_id, RoundState.TIMED_OUT, round_end.over_time(row), events=events
            )
            work.cancel()
            await asyncio.gather(work, return_exceptions=True)
        else:
            await _settle(round_id, work, events)
    except asyncio.CancelledError:
        # The runner itself is stopping (shutdown): the round ends visibly, nothing stored.
        await asyncio.shield(
            round_end.end_round(round_id, RoundState.FAILED, STOPPED, events=events)
        )
        work.cancel()
        await asyncio.gather(work, return_exceptions=True)
        raise
    finally:
        beat.cancel()
        await asyncio.gather(beat, return_exceptions=True)
        running_here.discard(round_id)
        await _observe(round_id)


STOPPED = "the process running the round was stopped"


async def _settle(round_id: int, work: asyncio.Task, events: EventBus) -> None:
    """After the work: nothing to do if it stored its answer or the round was ended elsewhere;
    otherwise the round FAILED, with the reason in a line (details to the log)."""
    if work.cancelled():
        return
    error = work.exception()
    if error is None or isinstance(error, round_end.RoundEnded):
        return
    if isinstance(error, SolverError):
        log.error("round %s: %s\n%s", round_id, error.reason, error.details)
        reason = error.reason
    else:
        log.error("round %s failed", round_id, exc_info=error)
        reason = f"an internal error ({type(error).__name__}); the details are in the log"
    await round_end.end_round(round_id, RoundState.FAILED, reason, events=events)


async def _observe(round_id: int) -> None:
    row = await MatchRound.filter(id=round_id).first()
    if row is None or row.finished_at is None:
        return
    seconds = (row.finished_at - row.created_at).total_seconds()
    metrics.observe_round(row.kind.value, row.state.value, seconds, row.figures)
