"""What the people who run the service see: one JSON log line per request (without tracebacks
for a client's mistakes), and Prometheus metrics of requests, sign-ins, rounds and sockets."""

from __future__ import annotations

import dataclasses
import json
import logging

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from schema.view import ParkMatchGraphQL
from server.config import Settings
from server.logs import JsonFormatter
from server.services import parties
from tests.api import operations as ops
from tests.api.sockets import signed_in
from tests.conftest import app_with

AUDIT = "query Audit { auditEvents { totalCount } }"
COMPANIES = "{ companies { totalCount } }"
REQUESTS = "parkmatch_requests_total"


def request_lines(caplog) -> list[logging.LogRecord]:
    return [
        r for r in caplog.records if r.name == "parkmatch.request" and r.getMessage() == "request"
    ]


async def test_each_request_is_one_json_line_without_a_traceback(world, caplog):
    caplog.set_level(logging.DEBUG)
    cases = [  # (persona, query, the error code expected)
        ("companyA", AUDIT, "FORBIDDEN"),
        (None, COMPANIES, "UNAUTHENTICATED"),
        ("officer1", '{ company(id: "Q29tcGFueTo5OTk5") { id } }', "NOT_FOUND"),
        ("officer1", "{ companies(first: 1000) { totalCount } }", "BAD_USER_INPUT"),
        ("admin", ops.CREATE_PARK, "CONFLICT"),
    ]
    park = {"i": {"name": "光谷生物城", "code": "WH-BIO", "region": "湖北"}}
    for persona, query, code in cases:
        caplog.clear()
        token = world.tokens[persona] if persona else None
        body = await world.api.post(query, park if query == ops.CREATE_PARK else None, token)
        assert body["errors"][0]["extensions"]["code"] == code
        [line] = request_lines(caplog)
        assert not any(record.exc_info for record in caplog.records), code
        logged = json.loads(JsonFormatter().format(line))
        assert logged["codes"] == [code]
        assert logged["status"] == 200
        assert logged["level"] == "info"
        assert len(logged["request_id"]) == 32
        assert logged["duration_ms"] >= 0
        if persona == "companyA":
            assert logged["operation"] == "Audit"
            assert logged["fields"] == ["auditEvents"]
            assert logged["viewer_id"] is not None
        if persona is None:
            assert logged["viewer_id"] is None


async def test_an_unexpected_error_logs_its_traceback_under_the_request_id(
    world, caplog, monkeypatch
):
    async def broken() -> list:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(parties, "list_parks", broken)
    with caplog.at_level(logging.INFO):
        body = await world.api.post("{ parks { id } }")
    request_id = body["errors"][0]["extensions"]["requestId"]
    [line] = request_lines(caplog)
    assert (line.levelname, line.request_id, line.codes) == ("ERROR", request_id, ["INTERNAL"])
    traced = [r for r in caplog.records if r.exc_info and request_id in r.getMessage()]
    assert traced and "disk on fire" in str(traced[0].exc_info[1])


async def test_an_exception_outside_graphql_is_answered_and_logged_with_its_id(
    world, caplog, monkeypatch
):
    async def broken(*_args, **_kwargs) -> None:
        raise RuntimeError("context on fire")

    monkeypatch.setattr(ParkMatchGraphQL, "get_context", broken)
    with caplog.at_level(logging.INFO):
        response = await world.api.client.post("/graphql", json={"query": "{ parks { id } }"})
    assert response.status_code == 500
    [error] = response.json()["errors"]
    assert error["extensions"]["code"] == "INTERNAL"
    assert "fire" not in response.text
    [line] = request_lines(caplog)
    assert (line.status, line.request_id) == (500, error["extensions"]["requestId"])
    traced = [r for r in caplog.records if r.exc_info]
    assert {r.request_id for r in traced} == {line.request_id}, [r.getMessage() for r in traced]
    assert "context on fire" in str(traced[0].exc_info[1])


async def test_a_client_that_leaves_mid_request_is_not_a_server_error(app, caplog):
    sent: list[dict] = []
    messages = iter(
        [
            {"type": "http.request", "body": b'{"query": ', "more_body": True},
            {"type": "http.disconnect"},
        ]
    )

    async def receive() -> dict:
        return next(messages)

    async def send(message: dict) -> None:
        sent.append(message)

    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "POST",
        "scheme": "http",
        "path": "/graphql",
        "raw_path": b"/graphql",
        "query_string": b"",
        "headers": [(b"content-type", b"application/json"), (b"host", b"parkmatch.test")],
        "client": ("127.0.0.1", 5000),
        "server": ("127.0.0.1", 80),
    }
    with caplog.at_level(logging.INFO):
        await app(scope, receive, send)
    assert sent == []  # nobody to answer
    [line] = request_lines(caplog)
    assert line.status == 499
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]


def samples(text: str) -> dict[tuple[str, tuple], float]:
    return {
        (sample.name, tuple(sorted(sample.labels.items()))): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


async def scrape(client: httpx.AsyncClient, **headers) -> dict[tuple[str, tuple], float]:
    response = await client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    return samples(response.text)


def grown(before: dict, after: dict, name: str, **labels) -> float:
    key = (name, tuple(sorted(labels.items())))
    return after.get(key, 0.0) - before.get(key, 0.0)


async def test_metrics_count_requests_sign_ins_rounds_and_sockets(app, world):
    client = world.api.client
    before = await scrape(client)
    await world.api.post(AUDIT, token=world.tokens["companyA"])
    await world.api.post(ops.LOGIN, {"u": "officer1", "p": "wrong password"})
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    await world.as_("officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"})
    async with signed_in(app, world.tokens["officer1"]):
        during = await scrape(client)
    after = await scrape(client)

    def growth(name: str, **labels) -> float:
        return grown(before, after, name, **labels)

    assert growth(REQUESTS, transport="http", operation="auditEvents", code="FORBIDDEN") == 1
    assert growth(REQUESTS, transport="http", operation="login", code="UNAUTHENTICATED") == 1
    assert growth("parkmatch_login_failures_total") == 1
    proposals = {"transport": "http", "operation": "proposeMatches"}
    assert growth("parkmatch_request_duration_seconds_count", **proposals) == 1
    [(_, labels)] = [
        key
        for key in after
        if key[0] == "parkmatch_round_duration_seconds_count" and growth(*key[:1], **dict(key[1]))
    ]
    assert dict(labels)["kind"] == "FINANCING"
    assert dict(labels)["state"] == "PUBLISHED"
    solver = dict(labels)["solver"]
    assert not solver[-1].isdigit()  # the solver's family, not its count of restricted solves
    assert growth("parkmatch_solver_seconds_count", kind="FINANCING", solver=solver) == 1
    assert grown(before, during, "parkmatch_websocket_connections") == 1
    assert growth("parkmatch_websocket_connections") == 0


async def test_throttled_sign_ins_are_counted(world):
    before = await scrape(world.api.client)
    for _ in range(6):
        await world.api.post(ops.LOGIN, {"u": "manager2", "p": "wrong password"})
    after = await scrape(world.api.client)
    assert grown(before, after, "parkmatch_throttled_total", operation="login") >= 1


@pytest.mark.parametrize("token", [None, "m" * 32])
async def test_production_serves_metrics_only_with_a_token(api, settings: Settings, token):
    production = dataclasses.replace(settings, env="production", metrics_token=token)
    async with app_with(production) as app:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://prod.test") as client:
            anonymous = await client.get("/metrics")
            if token is None:
                assert anonymous.status_code == 404
                return
            assert anonymous.status_code == 401
            wrong = await client.get("/metrics", headers={"authorization": "Bearer x" * 4})
            assert wrong.status_code == 401
            scraped = await client.get("/metrics", headers={"authorization": f"Bearer {token}"})
            assert scraped.status_code == 200
            assert "parkmatch_requests_total" in scraped.text
