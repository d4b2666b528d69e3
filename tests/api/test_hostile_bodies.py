"""Bodies and socket messages that no client library sends, from callers who need not sign in:
each is refused as the request's fault — 400 with a GraphQL error saying what is wrong over HTTP,
4400 over a WebSocket — never a server error, and nothing changes."""

from __future__ import annotations

import json

import pytest
from httpx_ws import WebSocketDisconnect

from tests.api.sockets import TIMEOUT, signed_in

CREATE_PARK = 'mutation { createPark(input: {name: "P", code: "HOSTILE", region: "R"}) { id } }'
DIGITS = "9" * 4301


def body(**fields) -> bytes:
    return json.dumps({"query": CREATE_PARK, **fields}).encode()


@pytest.mark.parametrize(
    ("raw", "says"),
    [
        (b'{"query": "\xff"}', "not valid UTF-8"),
        (b'{"query": "{ parks { id } }", "x": "\xc0\xaf"}', "not valid UTF-8"),
        (body()[:-1] + b', "variables": {"n": ' + DIGITS.encode() + b"}}", "more than 4300 digits"),
        (DIGITS.encode(), "more than 4300 digits"),
        (body()[:-1] + b', "variables": {"n": -' + DIGITS.encode() + b"}}", "4300 digits"),
        (b"null", "must be a JSON object"),
        (b'"x"', "must be a JSON object"),
        (b"123", "must be a JSON object"),
        (b"true", "must be a JSON object"),
        (b"[]", "must be a JSON object"),
        (b"[" * 100_000, "nested too deeply"),
        (body()[:-1] + b', "variables": {"f": 1e999}}', "out of range"),
        (body()[:-1] + b', "variables": {"f": NaN}}', "NaN is not JSON"),
        (body()[:-1] + b', "variables": {"f": -Infinity}}', "-Infinity is not JSON"),
        (b"", "Unable to parse"),
        (json.dumps({"query": 5}).encode(), "`query` must be a string"),
        (body(variables=[1]), "`variables` must be an object"),
        (body(variables="x"), "`variables` must be an object"),
        (body(extensions=5), "`extensions` must be an object"),
        (body(operationName=123), "`operationName` must be a string"),
        (body(operationName=["A"]), "`operationName` must be a string"),
    ],
)
async def test_malformed_bodies_are_400_with_a_reason(shared, raw: bytes, says: str):
    response = await shared.api.client.post(
        "/graphql",
        content=raw,
        headers={"content-type": "application/json", "authorization": "Bearer x"},
    )
    assert response.status_code == 400, response.text
    [error] = response.json()["errors"]
    assert says in error["message"]
    assert error["extensions"]["code"] == "BAD_USER_INPUT"
    parks = await shared.as_("admin", "{ parks { code } }")
    assert "HOSTILE" not in {park["code"] for park in parks["parks"]}


@pytest.mark.parametrize(
    "content_type", [None, "text/plain", "application/x-www-form-urlencoded", "application/graphql"]
)
async def test_other_content_types_are_refused_as_graphql_errors(shared, content_type):
    headers = {"content-type": content_type} if content_type else {}
    token = shared.tokens["admin"]
    response = await shared.api.client.post(
        "/graphql", content=body(), headers={**headers, "authorization": f"Bearer {token}"}
    )
    assert response.status_code == 400
    assert response.json()["errors"][0]["extensions"]["code"] == "BAD_USER_INPUT"
    parks = await shared.as_("admin", "{ parks { code } }")
    assert "HOSTILE" not in {park["code"] for park in parks["parks"]}


@pytest.mark.parametrize(
    "message",
    [
        "123",
        "null",
        '"x"',
        "[1]",
        '{"type": "ping", "n": ' + DIGITS + "}",
        '{"type": "ping", "f": NaN}',
        '{"type": 5}',
        '{"type": "subscribe", "id": "1", "payload": "x"}',
        '{"type": "subscribe", "id": 1, "payload": {"query": "{ me { id } }"}}',
        '{"type": "subscribe", "id": [1], "payload": {"query": "{ me { id } }"}}',
        '{"type": "subscribe", "id": "", "payload": {"query": "{ me { id } }"}}',
        '{"type": "subscribe", "id": "' + "i" * 129 + '", "payload": {"query": "{ me { id } }"}}',
        '{"type": "subscribe", "id": "1", "payload": {"query": 5}}',
        '{"type": "subscribe", "id": "1", "payload": {"query": "{ me { id } }", "variables": [1]}}',
        '{"type": "subscribe", "id": "1", "payload": {"query": "{ me { id } }", "extensions": 5}}',
        '{"type": "subscribe", "id": "1", "payload": {"query": "{ me { id } }", '
        '"operationName": 5}}',
        '{"type": "complete", "id": [1]}',
        '{"type": "complete"}',
    ],
)
async def test_malformed_socket_messages_close_with_4400(app, shared, message: str):
    async with signed_in(app, shared.tokens["officer1"]) as ws:
        await ws.send_text(message)
        with pytest.raises(WebSocketDisconnect) as closed:
            await ws.receive_json(timeout=TIMEOUT)
        assert closed.value.code == 4400
