"""Counts the SQL statements the ORM sends, from its own query log: those of the requests a test
makes, not those of the server's background sweeper."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from server.services.jobs import SWEEPER_TASK

SQL_VERBS = ("SELECT", "INSERT", "UPDATE", "DELETE")


class _Counter(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.statements: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        task = asyncio.current_task()
        if task is not None and task.get_name() == SWEEPER_TASK:
            return
        text = str(record.msg if not record.args else record.args[0]).lstrip().upper()
        if text.startswith(SQL_VERBS):
            self.statements.append(text)


@contextmanager
def counting_queries() -> Iterator[list[str]]:
    logger = logging.getLogger("tortoise.db_client")
    handler = _Counter()
    previous = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        yield handler.statements
    finally:
        logger.removeHandler(handler)
        logger.setLevel(previous)
