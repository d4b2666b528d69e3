"""Runs a round's solve in a process of its own, so the event loop keeps answering meanwhile
(scipy's sparse matching holds the GIL for the whole solve) and a solve can be stopped at any
moment — a cancel, a time limit, a shutdown — by ending its process, which leaves nothing behind.

Each solve gets a fresh process, forked from a forkserver that has imported the matching core
already, and started ahead of need: one spare waits for the next round's input, so a round pays
only for handing its input over, and a stopped solve never breaks a shared pool."""

from __future__ import annotations

import asyncio
import multiprocessing
import pickle
import traceback
from collections.abc import Awaitable, Callable
from contextlib import suppress
from dataclasses import dataclass
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from typing import Any, TypeVar

import matching
from server import collector

T = TypeVar("T")
R = TypeVar("R")

# Seconds a stopped solve gets to end on SIGTERM before SIGKILL.
STOP_GRACE = 2.0


class SolverError(Exception):
    """The solve did not come back with an answer: `reason` says why in a line, `details`
    (for the log) how."""

    def __init__(self, reason: str, details: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.details = details


def solve(inp: matching.FinancingInput | matching.RecruitmentInput) -> matching.RoundResult:
    if isinstance(inp, matching.FinancingInput):
        return matching.solve_financing(inp)
    return matching.solve_recruitment(inp)


def _solve_in_child(inbox: Connection, out: Connection) -> None:
    collector.freeze_what_is_alive()  # the modules the forkserver imported
    with collector.paused():
        function, argument = inbox.recv()
    out.send(("started", None))
    try:
        answer = function(argument)
    except Exception as exc:
        out.send(("failed", (f"{type(exc).__name__}: {exc}", traceback.format_exc())))
    else:
        with collector.paused():
            out.send(("done", answer))
    out.close()


@dataclass
class _Child:
    process: Any
    inbox: Connection
    outbox: Connection


class SolverPool:
    """At most `workers` solves at once; the others wait for a free slot."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._slots = asyncio.Semaphore(workers)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload([__name__])
        self._spare: asyncio.Task[_Child] | None = None

    async def start(self) -> None:
        """Starts the forkserver (it imports numpy, scipy and the core once) and a spare
        process now rather than at the first round."""
        await asyncio.to_thread(forkserver.ensure_running)
        self._refill()
        await asyncio.wait({self._spare})

    async def close(self) -> None:
        if self._spare is not None:
            spare, self._spare = self._spare, None
            spare.cancel()
            child = (await asyncio.gather(spare, return_exceptions=True))[0]
            if isinstance(child, _Child):
                await _stop(child, [])

    async def _spawn(self) -> _Child:
        inbox_reader, inbox = self._context.Pipe(duplex=False)
        outbox, outbox_writer = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=_solve_in_child, args=(inbox_reader, outbox_writer), daemon=True
        )
        await asyncio.to_thread(process.start)
        inbox_reader.close()
        outbox_writer.close()
        return _Child(process, inbox, outbox)

    def _refill(self) -> None:
        self._spare = asyncio.ensure_future(self._spawn())

    async def _take(self) -> _Child:
        spare, self._spare = self._spare, None
        self._refill()
        if spare is not None:
            with suppress(Exception):
                child = await spare
                if child.process.is_alive():
                    return child
        return await self._spawn()

    async def run(
        self,
        function: Callable[[T], R],
        argument: T,
        on_started: Callable[[], Awaitable[None]] | None = None,
    ) -> R:
        """`function(argument)` in a process of its own; `on_started` is awaited once that
        process holds its argument and begins. Cancelling the call ends the process."""
        async with self._slots:
            child = await self._take()
            pending: list[asyncio.Future] = []
            try:
                # Handing over pickles the (large) argument: off the event loop.
                pending.append(
                    asyncio.ensure_future(asyncio.to_thread(_send, child, (function, argument)))
                )
                await pending[-1]
                for _ in range(2):
                    pending.append(asyncio.ensure_future(asyncio.to_thread(_receive, child)))
                    kind, payload = await pending[-1]
                    if kind == "started":
                        if on_started is not None:
                            await on_started()
                    elif kind == "failed":
                        message, details = payload
                        raise SolverError(f"the matching core failed: {message}", details)
                    else:
                        return payload
                raise SolverError("the solver process said nothing more")
            finally:
                await asyncio.shield(_stop(child, pending))


def _send(child: _Child, message: tuple) -> None:
    try:
        child.inbox.send(message)
    except (BrokenPipeError, ConnectionResetError):
        raise _lost(child) from None


def _receive(child: _Child) -> tuple[str, Any]:
    try:
        message = child.outbox.recv_bytes()
    except EOFError:
        raise _lost(child) from None
    with collector.paused():
        return pickle.loads(message)  # noqa: S301 - from the solve process this one started


def _lost(child: _Child) -> SolverError:
    child.process.join(STOP_GRACE)
    return SolverError(
        f"the solver process stopped unexpectedly (exit code {child.process.exitcode})"
    )


async def _stop(child: _Child, pending: list[asyncio.Future]) -> None:
    """Ends the process if it still runs, then waits for the threads that talk to it to let
    go of its pipes (ending the process is what wakes them)."""
    process = child.process
    if process.is_alive():
        process.terminate()
        await asyncio.to_thread(process.join, STOP_GRACE)
        if process.is_alive():
            process.kill()
    await asyncio.to_thread(process.join)
    await asyncio.gather(*pending, return_exceptions=True)
    child.inbox.close()
    child.outbox.close()
