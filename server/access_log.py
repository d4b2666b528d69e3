"""One log line and one set of metrics per request: over HTTP written by the `AccessLog`
middleware once the answer is sent, over a WebSocket per operation (schema/operation_log.py).
The GraphQL layer fills in what only it knows: the operation, the viewer and the error codes."""

from __future__ import annotations

import logging
import time
import uuid
from dataclasses import dataclass, field

from starlette.requests import ClientDisconnect
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server import metrics
from server.limits import refusal

log = logging.getLogger("parkmatch.request")
# nginx's code for a request whose client left before the answer.
CLIENT_CLOSED = 499


@dataclass
class RequestRecord:
    request_id: str
    transport: str  # "http" or "ws"
    method: str | None = None
    path: str | None = None
    status: int | None = None
    operation_name: str | None = None  # as the client named it
    operation_type: str | None = None
    # The root fields the operation selected, where the schema has them; (root field or None,
    # code) for each error.
    fields: list[str] = field(default_factory=list)
    viewer_id: int | None = None
    errors: list[tuple[str | None, str]] = field(default_factory=list)

    @property
    def codes(self) -> list[str]:
        return [code for _, code in self.errors]

    @property
    def outcome(self) -> str:
        """OK, the first error's code, or HTTP_<status> for a request refused before GraphQL."""
        if self.errors:
            return self.errors[0][1]
        if self.status is not None and self.status >= 400:
            return f"HTTP_{self.status}"
        return "OK"

    @property
    def operation_label(self) -> str:
        """The root field, as a metric label: bounded by the schema, whatever clients send."""
        distinct = set(self.fields)
        if len(distinct) == 1:
            return self.fields[0]
        return "(several)" if distinct else "(none)"


def finish(record: RequestRecord, seconds: float) -> None:
    line = {
        "request_id": record.request_id,
        "transport": record.transport,
        "method": record.method,
        "path": record.path,
        "status": record.status,
        "operation": record.operation_name,
        "operation_type": record.operation_type,
        "fields": record.fields,
        "viewer_id": record.viewer_id,
        "codes": record.codes,
        "duration_ms": round(seconds * 1000, 2),
    }
    failed = "INTERNAL" in record.codes or (record.status or 0) >= 500
    log.log(logging.ERROR if failed else logging.INFO, "request", extra=line)
    _observe(record, seconds)


def _observe(record: RequestRecord, seconds: float) -> None:
    if record.transport == "http" and record.path != "/graphql":
        return
    operation = record.operation_label
    metrics.REQUESTS.labels(record.transport, operation, record.outcome).inc()
    if record.operation_type != "subscription":
        metrics.REQUEST_SECONDS.labels(record.transport, operation).observe(seconds)
    for root_field, code in record.errors:
        if root_field == "login" and code == "UNAUTHENTICATED":
            metrics.LOGIN_FAILURES.inc()
        elif code == "RATE_LIMITED":
            metrics.THROTTLED.labels(root_field or "(none)").inc()


class AccessLog:
    """Gives each HTTP request its id and record (`scope["state"]["record"]`) and writes its
    line when it is answered. A client that leaves mid-request is a line with status 499, not a
    server error; an unexpected exception is answered INTERNAL and logged with its traceback."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        record = RequestRecord(
            request_id=uuid.uuid4().hex,
            transport="http",
            method=scope["method"],
            path=scope["path"],
        )
        state = scope.setdefault("state", {})
        state["record"], state["request_id"] = record, record.request_id
        started = time.perf_counter()

        async def recording_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                record.status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, recording_send)
        except ClientDisconnect:
            record.status = CLIENT_CLOSED
        except Exception:
            log.exception("request failed", extra={"request_id": record.request_id})
            if record.status is None:
                answer = refusal(
                    "Internal error", 500, code="INTERNAL", requestId=record.request_id
                )
                await answer(scope, receive, recording_send)
        finally:
            finish(record, time.perf_counter() - started)
