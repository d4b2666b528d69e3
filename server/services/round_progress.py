"""A round's progress as its followers see it: state, stage and percent, pushed on the event bus
by whoever runs the round and kept on the round's row, so that a follower on any process — with
or without a bus that crosses processes — sees the same events in the same order."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import aclosing, suppress
from dataclasses import dataclass
from typing import Any

from server.models import MatchRound
from server.services.events import EventBus
from server.standards import RoundStage, RoundState

ROUNDS = "parkmatch:rounds"
STAGES = tuple(RoundStage)
FINAL_STATES = frozenset(RoundState) - {RoundState.RUNNING}
# How often a follower reads the round's row: between bus messages, and the only source when the
# bus does not cross processes (several server processes on SQLite without Redis, the round run
# by another one).
POLL_SECONDS = 1.0
POLL_SECONDS_SHARED_BUS = 5.0


@dataclass(frozen=True, slots=True)
class Progress:
    round_id: int
    park_id: int
    state: RoundState
    stage: RoundStage | None
    percent: float | None

    @property
    def final(self) -> bool:
        return self.state in FINAL_STATES

    @property
    def position(self) -> tuple[int, float]:
        """Later progress has a larger position: stages in order, percent within a stage, a
        final state after everything."""
        if self.final:
            return (len(STAGES), 0.0)
        return (STAGES.index(self.stage or RoundStage.QUEUED), self.percent or 0.0)

    def message(self) -> dict[str, Any]:
        return {
            "round_id": self.round_id,
            "park_id": self.park_id,
            "state": self.state.value,
            "stage": None if self.stage is None else self.stage.value,
            "percent": self.percent,
        }

    @classmethod
    def of_message(cls, message: dict[str, Any]) -> Progress | None:
        try:
            return cls(
                round_id=int(message["round_id"]),
                park_id=int(message["park_id"]),
                state=RoundState(message["state"]),
                stage=None if message["stage"] is None else RoundStage(message["stage"]),
                percent=None if message["percent"] is None else float(message["percent"]),
            )
        except (KeyError, TypeError, ValueError):
            return None

    @classmethod
    def of_row(cls, row: MatchRound) -> Progress:
        return cls(row.id, row.park_id, row.state, row.stage, row.percent)


async def announce(events: EventBus, progress: Progress) -> None:
    await events.publish(ROUNDS, progress.message())


async def current(round_id: int) -> Progress:
    return Progress.of_row(await MatchRound.get(id=round_id))


async def follow(
    round_id: int, events: EventBus, poll_seconds: float = POLL_SECONDS
) -> AsyncIterator[Progress]:
    """The round's progress now, then each later step as it happens; ends after a final state."""
    async with aclosing(events.subscribe(ROUNDS)) as stream:
        # Listening starts before the row is read, so that no step falls between the two.
        listening = asyncio.ensure_future(anext(stream))
        await asyncio.sleep(0)
        try:
            latest = await current(round_id)
            yield latest
            clock = asyncio.get_running_loop()
            next_read = clock.time() + poll_seconds
            while not latest.final:
                heard = await _next(listening, max(0.0, next_read - clock.time()))
                if heard is None:
                    step = await current(round_id)
                    next_read = clock.time() + poll_seconds
                else:
                    listening = asyncio.ensure_future(anext(stream))
                    step = Progress.of_message(heard)
                    if step is None or step.round_id != round_id:
                        continue
                if step.position > latest.position:
                    latest = step
                    yield latest
        finally:
            listening.cancel()
            with suppress(asyncio.CancelledError, StopAsyncIteration):
                await listening


async def _next(listening: asyncio.Future, seconds: float) -> dict[str, Any] | None:
    """The next bus message, or None after `seconds` without one (the listener goes on)."""
    done, _ = await asyncio.wait({listening}, timeout=seconds)
    return listening.result() if done else None
