"""Many rows of one model in a few statements, without building a model object per row.

A published round stores about 20,000 rows; Tortoise's bulk_create spent most of that time
constructing and validating model instances. Here each value still goes through its field's own
to_db_value, and the rows go in a batch at a time, so that other requests are served between
batches: on PostgreSQL by COPY (asyncpg's copy_records_to_table, several times faster than an
INSERT executed per row), elsewhere as one parameterised INSERT executed for the batch. Columns
left out take their database default (NULL for the nullable ones).
"""

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from pypika_tortoise.terms import Parameter
from tortoise.backends.asyncpg.client import AsyncpgDBClient
from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.models import Model

from server import collector

BATCH = 1000


def _writer(
    model: type[Model], names: list[str], conn: BaseDBAsyncClient
) -> Callable[[list[list]], Awaitable[None]]:
    """Writes a batch of rows (database values in the order of `names`) on this connection."""
    meta = model._meta
    columns = [meta.fields_db_projection[name] for name in names]
    if isinstance(conn, AsyncpgDBClient):

        async def copy(values: list[list]) -> None:
            # The transaction's own asyncpg connection: COPY takes part in the transaction.
            async with conn.acquire_connection() as connection:
                await connection.copy_records_to_table(
                    meta.db_table, records=values, columns=columns
                )

        return copy
    statement = str(
        conn.query_class.into(meta.basetable)
        .columns(*columns)
        .insert(*(Parameter(idx=k) for k in range(1, len(names) + 1)))
    )

    async def insert(values: list[list]) -> None:
        await conn.execute_many(statement, values)

    return insert


@dataclass(frozen=True, slots=True)
class Rows:
    """Rows of one model as database values, in the order of `names`, ready to be written."""

    model: type[Model]
    names: list[str]
    values: list[list]


async def prepare(
    model: type[Model], rows: list[dict[str, Any]], same: dict[str, Any] | None = None
) -> Rows:
    """Rows given as {field name: python value}, every row naming the same fields, and `same`
    the fields whose value all rows share (converted once): converted a batch at a time, other
    requests served between batches. Done before the transaction that writes them, which on
    SQLite holds the one connection."""
    same = same or {}
    names = list(rows[0]) if rows else []
    fields = [model._meta.fields_map[name] for name in names]
    shared = [
        model._meta.fields_map[name].to_db_value(value, model) for name, value in same.items()
    ]
    values: list[list] = []
    for start in range(0, len(rows), BATCH):
        with collector.paused():  # a burst of small objects (server/collector.py)
            values += [
                [
                    field.to_db_value(row[name], model)
                    for name, field in zip(names, fields, strict=True)
                ]
                + shared
                for row in rows[start : start + BATCH]
            ]
        await asyncio.sleep(0)
    return Rows(model, names + list(same), values)


async def insert_many(
    rows: Rows,
    conn: BaseDBAsyncClient,
    on_batch: Callable[[int], Awaitable[None]] | None = None,
) -> None:
    """Writes the rows a batch at a time; `on_batch` hears how many are in after each batch."""
    if not rows.values:
        return
    write = _writer(rows.model, rows.names, conn)
    for start in range(0, len(rows.values), BATCH):
        batch = rows.values[start : start + BATCH]
        await write(batch)
        if on_batch is not None:
            await on_batch(start + len(batch))
