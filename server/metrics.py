"""Prometheus metrics of the service (served by `GET /metrics`, see server/app.py).

With several worker processes (`parkmatch serve --workers N`), each keeps its figures in files
under PROMETHEUS_MULTIPROC_DIR (prometheus-client's multiprocess mode; `serve` sets it) and any
worker's endpoint adds up every worker's. Without it, the endpoint shows only the worker that
answered the scrape."""

from __future__ import annotations

import os
import re

from prometheus_client import (
    REGISTRY,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    multiprocess,
)

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"

REQUESTS = Counter(
    "parkmatch_requests_total",
    "Requests by transport, GraphQL root field and outcome (OK or the first error's code).",
    ["transport", "operation", "code"],
)
REQUEST_SECONDS = Histogram(
    "parkmatch_request_duration_seconds",
    "Time to answer a request (queries and mutations; not subscriptions).",
    ["transport", "operation"],
    buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0),
)
LOGIN_FAILURES = Counter(
    "parkmatch_login_failures_total", "Sign-ins refused for a wrong username or password."
)
THROTTLED = Counter(
    "parkmatch_throttled_total", "Requests refused as RATE_LIMITED, by root field.", ["operation"]
)
ROUND_SECONDS = Histogram(
    "parkmatch_round_duration_seconds",
    "A matching round from its start to its end (queue, load, solve, store), by kind, final "
    "state and solver ('none' for a round that ended unsolved).",
    ["kind", "state", "solver"],
    buckets=(0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0, 300.0),
)
SOLVER_SECONDS = Histogram(
    "parkmatch_solver_seconds",
    "The matching core's solve time within a round, by kind and solver.",
    ["kind", "solver"],
    buckets=(0.01, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0),
)
WEBSOCKETS = Gauge(
    "parkmatch_websocket_connections",
    "Signed-in WebSocket connections open now.",
    multiprocess_mode="livesum",
)
WEBSOCKETS_CLOSED = Counter(
    "parkmatch_websocket_closed_total",
    "WebSocket connections the server closed, by reason.",
    ["reason"],
)
EVENTS_DROPPED = Counter(
    "parkmatch_events_dropped_total",
    "Live events not published: the broker (Redis or PostgreSQL) did not take them.",
    ["channel"],
)
EVENTS_RECONNECTS = Counter(
    "parkmatch_events_listener_reconnects_total",
    "Times the shared listening connection (Redis or PostgreSQL) was lost and reopened.",
)

# Solvers are named with a count of restricted solves ("column-generation-3"): the family is
# the label, so that the number of series stays bounded.
_SOLVE_COUNT = re.compile(r"-\d+$")


def observe_round(kind: str, state: str, seconds: float, figures: dict | None) -> None:
    """A round that ended: its duration, and its solver's time where it was solved."""
    family = _SOLVE_COUNT.sub("", figures["solver"]) if figures else "none"
    ROUND_SECONDS.labels(kind=kind, state=state, solver=family).observe(seconds)
    if figures:
        SOLVER_SECONDS.labels(kind=kind, solver=family).observe(figures["solve_ms"] / 1000)


def exposition() -> bytes:
    """Every metric in Prometheus's text format, from all workers in multiprocess mode."""
    if os.environ.get(MULTIPROCESS_DIR):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry)
    return generate_latest(REGISTRY)
