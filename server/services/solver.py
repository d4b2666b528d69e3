"""Runs a round's solve in a separate process, so the event loop keeps answering meanwhile
(scipy's sparse matching holds the GIL for the whole solve)."""

from __future__ import annotations

import asyncio
import multiprocessing
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class SolverPool:
    def __init__(self, workers: int = 1) -> None:
        self._workers = workers
        self._pool: ProcessPoolExecutor | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # forkserver: workers start from a clean process, not a copy of the server's
            # sockets and threads.
            context = multiprocessing.get_context("forkserver")
            self._pool = ProcessPoolExecutor(max_workers=self._workers, mp_context=context)
        return self._pool

    async def run(self, function: Callable[[T], R], argument: T) -> R:
        return await asyncio.get_running_loop().run_in_executor(
            self._executor(), function, argument
        )

    def close(self) -> None:
        """Stops the workers, a solve under way included: an unfinished round stores nothing."""
        if self._pool is None:
            return
        # The executor offers no way to stop a running task; its worker processes are the
        # only handle on a solve that would otherwise outlive the server.
        for process in list(self._pool._processes.values()):
            process.terminate()
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pool = None
