"""Logging as JSON lines on stderr: one object per record, with the record's `extra` fields (a
request's id, viewer, codes, ...) as keys of their own, and a traceback only where one was
logged."""

from __future__ import annotations

import json
import logging
import sys
from datetime import UTC, datetime

# The attributes every LogRecord has; anything else on a record came from `extra`.
# uvicorn adds `color_message`, its message with terminal colours.
_STANDARD = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {
    "message",
    "asctime",
    "taskName",
    "color_message",
}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": record.getMessage(),
        }
        line.update((key, value) for key, value in vars(record).items() if key not in _STANDARD)
        if record.exc_info:
            line["traceback"] = self.formatException(record.exc_info)
        return json.dumps(line, ensure_ascii=False, default=str)


def configure() -> None:
    """JSON lines on stderr for the whole process (uvicorn's own records included), unless
    logging was set up already."""
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        root.addHandler(handler)
        root.setLevel(logging.INFO)
