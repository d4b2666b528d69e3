"""Runs a round's solve in a process of its own, so the event loop keeps answering meanwhile
(scipy's sparse matching holds the GIL for the whole solve) and a solve can be stopped at any
moment — a cancel, a time limit, a shutdown — by ending its process, which leaves nothing behind.

Each solve forks from a forkserver that has imported the matching core already, so a solve
starts in milliseconds and a stopped one never breaks a shared pool."""

from __future__ import annotations

import asyncio
import multiprocessing
import traceback
from collections.abc import Awaitable, Callable
from multiprocessing import forkserver
from multiprocessing.connection import Connection
from typing import Any, TypeVar

import matching

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


def _solve_in_child(out: Connection, function: Callable[[Any], Any], argument: Any) -> None:
    out.send(("started", None))
    try:
        answer = function(argument)
    except Exception as exc:
        out.send(("failed", (f"{type(exc).__name__}: {exc}", traceback.format_exc())))
    else:
        out.send(("done", answer))
    out.close()


class SolverPool:
    """At most `workers` solves at once; the others wait for a free slot."""

    def __init__(self, workers: int = 1) -> None:
        self.workers = workers
        self._slots = asyncio.Semaphore(workers)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload([__name__])

    async def start(self) -> None:
        """Starts the forkserver now (it imports numpy, scipy and the core once) rather than at
        the first round."""
        await asyncio.to_thread(forkserver.ensure_running)

    async def run(
        self,
        function: Callable[[T], R],
        argument: T,
        on_started: Callable[[], Awaitable[None]] | None = None,
    ) -> R:
        """`function(argument)` in a fresh process; `on_started` is awaited once that process
        holds its argument and begins. Cancelling the call ends the process."""
        async with self._slots:
            reader, writer = self._context.Pipe(duplex=False)
            process = self._context.Process(
                target=_solve_in_child, args=(writer, function, argument), daemon=True
            )
            receiving: asyncio.Future | None = None
            try:
                # Starting hands the (large) argument to the process: off the event loop.
                await asyncio.to_thread(process.start)
                writer.close()
                for _ in range(2):
                    receiving = asyncio.ensure_future(asyncio.to_thread(_receive, reader, process))
                    kind, payload = await receiving
                    receiving = None
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
                await asyncio.shield(_stop(process, receiving))
                reader.close()


def _receive(reader: Connection, process) -> tuple[str, Any]:
    try:
        return reader.recv()
    except EOFError:
        process.join(STOP_GRACE)
        raise SolverError(
            f"the solver process stopped unexpectedly (exit code {process.exitcode})"
        ) from None


async def _stop(process, receiving: asyncio.Future | None) -> None:
    """Ends the process if it still runs, then waits for the reading thread to let go of the
    pipe (ending the process is what wakes it)."""
    if process.is_alive():
        process.terminate()
        await asyncio.to_thread(process.join, STOP_GRACE)
        if process.is_alive():
            process.kill()
    if process.pid is not None:
        await asyncio.to_thread(process.join)
    if receiving is not None:
        await asyncio.gather(receiving, return_exceptions=True)
