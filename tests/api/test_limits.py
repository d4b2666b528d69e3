"""Abuse limits of QUALITY.md "Security": depth, aliases, tokens, body size, batching, GET,
masked errors, and what production turns off."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import AsyncIterator

import httpx
import pytest

from schema.root import MAX_ALIASES, MAX_DEPTH, MAX_TOKENS
from server.config import Settings, SettingsError, load_settings
from server.limits import MAX_BODY_BYTES
from server.services import parties
from tests.api.world import PASSWORD, hiring_need_input
from tests.conftest import TEST_SECRET, app_with

ME = "{ me { id } }"


def nested(fields: int) -> str:
    """A query `fields` fields deep: companies > edges > node > financingNeeds > edges > node >
    company > financingNeeds > ... down to a scalar leaf."""
    chain = ["companies", "edges", "node"]
    cycle = ["financingNeeds", "edges", "node", "company"]
    while len(chain) < fields - 1:
        chain.append(cycle[(len(chain) - 3) % len(cycle)])
    chain = chain[: fields - 1]
    leaf = {"companies": "totalCount", "financingNeeds": "totalCount", "edges": "cursor"}
    return "{ " + " { ".join(chain) + " { " + leaf.get(chain[-1], "id") + " }" * len(chain) + " }"


async def raw(api, body: bytes | str, token: str | None = None, **headers) -> httpx.Response:
    headers.setdefault("content-type", "application/json")
    if token:
        headers["authorization"] = f"Bearer {token}"
    return await api.client.post("/graphql", content=body, headers=headers)


def codes(body: dict) -> list[str]:
    return [error["extensions"]["code"] for error in body.get("errors", [])]


async def test_depth_limit(world):
    # Depth counts the levels below the root field: `{ a { b } }` is depth 1.
    admin = world.tokens["admin"]
    at_limit = await world.api.post(nested(MAX_DEPTH + 1), token=admin)
    assert "errors" not in at_limit, at_limit
    too_deep = await world.api.post(nested(MAX_DEPTH + 2), token=admin)
    assert codes(too_deep) == ["BAD_USER_INPUT"]
    assert "exceeds maximum operation depth" in too_deep["errors"][0]["message"]
    assert too_deep.get("data") is None


async def test_alias_limit(world):
    def aliased(n: int) -> str:
        return "{ " + " ".join(f"a{i}: parks {{ id }}" for i in range(n)) + " }"

    assert "errors" not in await world.api.post(aliased(MAX_ALIASES))
    refused = await world.api.post(aliased(MAX_ALIASES + 1))
    assert codes(refused) == ["BAD_USER_INPUT"]
    assert "aliases" in refused["errors"][0]["message"].lower()


async def test_token_limit(world):
    # Unused variable definitions: four tokens each ("$", name, ":", type), cheap to validate.
    def fat(count: int) -> str:  # 10 + 4 * count tokens
        pad = " ".join(f"$v{i}: Int" for i in range(count))
        return f"query({pad}) {{ parks {{ id }} }}"

    most = (MAX_TOKENS - 10) // 4
    at_limit = await world.api.post(fat(most))
    assert "tokens" not in json.dumps(at_limit)  # refused for the unused variables, not size
    refused = await world.api.post(fat(most + 1))
    assert codes(refused) == ["BAD_USER_INPUT"]
    assert f"more than {MAX_TOKENS} tokens" in refused["errors"][0]["message"]


async def test_huge_query_text_is_refused_not_crashed(world):
    for query in ("{" * 100_000, "{ parks " + "{ id " * 50_000 + "} }"):
        response = await raw(world.api, json.dumps({"query": query}))
        assert response.status_code < 500
        assert codes(response.json()) == ["BAD_USER_INPUT"]


async def test_body_over_one_mebibyte_is_413(world):
    before = await world.as_("admin", "{ auditEvents { totalCount } }")
    purpose = "x" * (MAX_BODY_BYTES + 1)
    mutation = (
        'mutation($p: String!) { createPark(input: {name: $p, code: "BIG", region: $p}) { id } }'
    )
    body = json.dumps({"query": mutation, "variables": {"p": purpose}}).encode()
    declared = await raw(world.api, body, world.tokens["admin"])
    assert declared.status_code == 413

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted as it streams
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    streamed = await raw(world.api, chunks(), world.tokens["admin"])
    assert streamed.status_code == 413
    assert await world.as_("admin", "{ auditEvents { totalCount } }") == before
    # Just under the cap is an ordinary request (refused for its content, not its size).
    small = json.dumps({"query": ME, "variables": {"pad": "y" * (MAX_BODY_BYTES - 100)}})
    assert len(small.encode()) <= MAX_BODY_BYTES
    assert (await raw(world.api, small)).status_code == 200


async def test_batching_is_refused(world):
    batch = json.dumps([{"query": ME}, {"query": ME}])
    response = await raw(world.api, batch, world.tokens["admin"])
    assert response.status_code == 400
    assert "data" not in response.text


async def test_mutations_only_over_post(world):
    token = world.tokens["companyA"]
    headers = {"authorization": f"Bearer {token}"}
    for query in ("mutation { logout }", ME):
        response = await world.api.client.get("/graphql", params={"query": query}, headers=headers)
        assert response.status_code in (400, 405), response.text
    # The token was not revoked by the GET.
    assert (await world.api.ok(ME, token=token))["me"] is not None
    form = await world.api.client.post(
        "/graphql", data={"query": "mutation { logout }"}, headers=headers
    )
    assert form.status_code in (400, 415)
    assert (await world.api.ok(ME, token=token))["me"] is not None


async def test_unexpected_exception_is_masked_with_a_request_id(world, monkeypatch, caplog):
    async def broken() -> list:
        raise RuntimeError("connection string postgres://secret@db/prod leaked")

    monkeypatch.setattr(parties, "list_parks", broken)
    with caplog.at_level(logging.ERROR, logger="parkmatch.errors"):
        body = await world.api.post("{ parks { id } }")
    (error,) = body["errors"]
    assert error["message"] == "Internal error"
    assert error["extensions"]["code"] == "INTERNAL"
    request_id = error["extensions"]["requestId"]
    assert re.fullmatch(r"[0-9a-f]{32}", request_id)
    assert "secret" not in json.dumps(body)
    # The details went to the log, under the same request id.
    logged = [r for r in caplog.records if request_id in r.getMessage()]
    assert logged and "secret@db" in str(logged[0].exc_info[1])
    # Each request has its own id.
    again = await world.api.post("{ parks { id } }")
    assert again["errors"][0]["extensions"]["requestId"] != request_id


async def test_health_and_readiness(api):
    healthz = await api.client.get("/healthz")
    readyz = await api.client.get("/readyz")
    assert (healthz.status_code, readyz.status_code) == (200, 200)


async def test_development_serves_graphiql_and_introspection(api):
    page = await api.client.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code == 200 and "graphiql" in page.text.lower()
    body = await api.post("{ __schema { queryType { name } } }")
    assert body["data"]["__schema"]["queryType"]["name"] == "Query"
    typo = await api.post("{ prks { id } }")
    assert "Did you mean" in typo["errors"][0]["message"]


def test_production_refuses_a_short_secret():
    with pytest.raises(SettingsError, match="PARKMATCH_SECRET"):
        load_settings({"PARKMATCH_ENV": "production", "PARKMATCH_SECRET": "x" * 31})
    with pytest.raises(SettingsError, match="PARKMATCH_SECRET"):
        load_settings({"PARKMATCH_ENV": "production"})
    with pytest.raises(SettingsError, match="PARKMATCH_SECRET"):
        # 31 bytes, though 11 characters: the floor is in bytes.
        load_settings({"PARKMATCH_ENV": "production", "PARKMATCH_SECRET": "密" * 10 + "x"})
    settings = load_settings({"PARKMATCH_ENV": "production", "PARKMATCH_SECRET": "k" * 32})
    assert settings.production


@pytest.fixture
async def production(api, settings: Settings) -> AsyncIterator[httpx.AsyncClient]:
    """A production app of its own on the same database, with its own lifespan."""
    prod = Settings(
        database_url=settings.database_url, secret=TEST_SECRET, env="production"
    ).validated()
    async with app_with(prod) as app:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://prod.test") as c:
            yield c


async def test_production_turns_off_graphiql_introspection_and_suggestions(production):
    page = await production.get("/graphql", headers={"accept": "text/html"})
    assert page.status_code in (404, 400, 405), page.text
    assert "graphiql" not in page.text.lower()

    for query in (
        "{ __schema { queryType { name } } }",
        '{ __type(name: "Company") { fields { name } } }',
    ):
        body = (await production.post("/graphql", json={"query": query})).json()
        assert set(codes(body)) == {"BAD_USER_INPUT"}, body
        assert "introspection has been disabled" in body["errors"][0]["message"]
        assert not body.get("data")

    for query in ("{ prks { id } }", "{ parks { idd } }"):
        body = (await production.post("/graphql", json={"query": query})).json()
        assert codes(body) == ["BAD_USER_INPUT"]
        assert "Did you mean" not in json.dumps(body)

    # An input field typo gets no suggestion either.
    body = (
        await production.post(
            "/graphql",
            json={
                "query": "mutation($u: String!) { login(username: $u, pasword: $u) { token } }",
                "variables": {"u": "admin"},
            },
        )
    ).json()
    assert "Did you mean" not in json.dumps(body)

    # The API itself works, against the same database.
    signed_in = (
        await production.post(
            "/graphql",
            json={
                "query": "mutation($u: String!, $p: String!) {"
                " login(username: $u, password: $p) { token } }",
                "variables": {"u": "nobody", "p": PASSWORD},
            },
        )
    ).json()
    assert codes(signed_in) == ["UNAUTHENTICATED"]
    assert (await production.get("/readyz")).status_code == 200


# ---- query cost: connections multiply the nodes inside them ----------------------------------

COSTLY = """query($outer: Int, $inner: Int) {
  companies(first: $outer) { edges { node {
    financingNeeds(first: $inner) { totalCount edges { node { id } } }
    hiringNeeds(first: $inner) { totalCount }
  } } }
}"""


async def test_a_query_above_the_node_budget_is_refused_before_it_runs(world):
    admin = world.tokens["admin"]
    # 100 + 100 × 49 × 2 = 9,900 nodes: within the budget.
    within = await world.api.post(COSTLY, {"outer": 100, "inner": 49}, token=admin)
    assert "errors" not in within, within
    # 100 + 100 × 50 × 2 = 10,100 nodes: over it, whatever the data holds.
    over = await raw(
        world.api,
        json.dumps({"query": COSTLY, "variables": {"outer": 100, "inner": 50}}),
        admin,
    )
    assert over.status_code == 200
    body = over.json()
    assert codes(body) == ["QUERY_TOO_COSTLY"]
    assert "10,100 nodes" in body["errors"][0]["message"]
    assert body.get("data") is None
    # Page sizes written in the query count the same; nested aliases add up.
    literal = COSTLY.split("{", 1)[1].replace("$outer", "100").replace("$inner", "50")
    literal = "query {" + literal
    assert codes(await world.api.post(literal, token=admin)) == ["QUERY_TOO_COSTLY"]
    aliased = """{ a: companies(first: 100) { totalCount } b: companies(first: 100) {
      edges { node { financingNeeds(first: 100) { totalCount } } } } }"""
    assert codes(await world.api.post(aliased, token=admin)) == ["QUERY_TOO_COSTLY"]


async def test_fragments_count_like_the_fields_they_spread(world):
    fragment = """
    query($park: ID!) { matchRounds(parkId: $park, first: 100) { ...Rounds } }
    fragment Rounds on MatchRoundConnection { edges { node { ... on MatchRound {
      proposals(first: 100) { totalCount } } } } }
    """
    body = await world.api.post(fragment, {"park": world.ids["park1"]}, world.tokens["officer1"])
    assert codes(body) == ["QUERY_TOO_COSTLY"]
    assert "10,100 nodes" in body["errors"][0]["message"]


async def test_a_mutation_is_refused_whole_when_its_answer_would_cost_too_much(world):
    """The rule runs before any resolver: a mutation over budget changes nothing."""
    costly = """mutation($i: HiringNeedInput!) { postHiringNeed(input: $i) { id
      company { financingNeeds(first: 100) { edges { node { company {
        hiringNeeds(first: 100) { totalCount } } } } } } } }"""
    body = await world.api.post(costly, {"i": hiring_need_input()}, token=world.tokens["companyA"])
    assert codes(body) == ["QUERY_TOO_COSTLY"]
    listed = await world.api.post("{ hiringNeeds { totalCount } }", token=world.tokens["companyA"])
    assert listed["data"]["hiringNeeds"]["totalCount"] == 1
