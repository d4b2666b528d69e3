"""Excel workbooks (.xlsx) with a header row per sheet and, where asked, a chart drawn from a
sheet's own cells (so the numbers behind a chart are always beside it)."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import xlsxwriter

COLUMN_WIDTH = 16
CHART_SIZE = {"x_scale": 1.4, "y_scale": 1.2}


@dataclass(frozen=True, slots=True)
class Table:
    name: str
    rows: int  # below the header
    first_row: int = 0  # the header's row


class Book:
    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self._book = xlsxwriter.Workbook(self._buffer, {"in_memory": True, "remove_timezone": True})
        self._header = self._book.add_format({"bold": True, "bg_color": "#DCE6F1", "border": 1})
        self._title = self._book.add_format({"bold": True, "font_size": 14})

    def table(
        self,
        name: str,
        headers: Sequence[str],
        rows: Iterable[Sequence],
        title: Sequence[str] = (),
    ) -> Table:
        """A sheet of `rows` under `headers`, after the lines of `title` (the first in bold)."""
        sheet = self._book.add_worksheet(name)
        for index, line in enumerate(title):
            sheet.write(index, 0, line, self._title if index == 0 else None)
        first = len(title) + 1 if title else 0
        sheet.write_row(first, 0, headers, self._header)
        sheet.freeze_panes(first + 1, 0)
        count = 0
        for count, values in enumerate(rows, start=1):
            sheet.write_row(first + count, 0, values)
        sheet.set_column(0, len(headers) - 1, COLUMN_WIDTH)
        return Table(name, count, first)

    def column_chart(
        self, table: Table, title: str, columns: Sequence[int], headers: Sequence[str]
    ) -> None:
        """A clustered column chart of `columns` of `table`, one category per row (column 0),
        placed on the table's sheet below it."""
        if table.rows == 0:
            return
        chart = self._book.add_chart({"type": "column"})
        top, bottom = table.first_row + 1, table.first_row + table.rows
        for column in columns:
            chart.add_series(
                {
                    "name": headers[column],
                    "categories": [table.name, top, 0, bottom, 0],
                    "values": [table.name, top, column, bottom, column],
                }
            )
        chart.set_title({"name": title})
        chart.set_legend({"position": "bottom"})
        sheet = self._book.get_worksheet_by_name(table.name)
        sheet.insert_chart(bottom + 2, 1, chart, CHART_SIZE)

    def content(self) -> bytes:
        self._book.close()
        return self._buffer.getvalue()
