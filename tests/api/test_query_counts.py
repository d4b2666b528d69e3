"""Every list field, top-level or nested, costs the same SQL statements for a page of 2 as for a
page of 100: relations and nested connections go through per-request DataLoaders, never a query
per row (N+1)."""

from __future__ import annotations

import pytest

from tests.api import operations as ops
from tests.api.client import Api
from tests.api.query_counter import counting_queries
from tests.api.world import (
    PASSWORD,
    build_world,
    company_input,
    drive_input,
    financing_need_input,
    hiring_need_input,
    product_input,
    valid_uscc,
)
from tests.conftest import _empty_tables

EXTRA_COMPANIES = 9  # park1 then holds 11 companies
NEEDS_PER_COMPANY = 3
SMALL, LARGE = 2, 100
# Nested connections' pages on the large request: within the query cost budget (schema/cost.py).
LARGE_INNER = 45

NEED_FIELDS = """
  id amount company { id name park { id code } }
  preferredBanks { id name }
  lastRoundResult { matched reason blockingRules { rule targets } round { id kind } }
"""
PROPOSAL_FIELDS = """
  id status score breakdown { name value weight }
  round { id kind park { id } createdBy { id } }
  company { id park { id } } need { id company { id } lastRoundResult { matched } }
  hiringNeeds { id company { id } } product { id bank { id } parks { id } }
  drive { id park { id } } decidedBy { id username company { id } park { id } bank { id } }
  lead { industry sizeClass termMonths collateral } consent { status at by { id username } }
"""
ROUND_FIELDS = f"""
  id kind park {{ id }} createdBy {{ id username }}
  proposals(first: $inner) {{ totalCount edges {{ node {{ {PROPOSAL_FIELDS} }} }} }}
  unmatched {{ reason company {{ id }} need {{ id company {{ id }} }} }}
"""

# (persona, query): each takes $first (nested connections $inner, and $park where needed).
LISTS = {
    "companies with their needs": (
        "officer1",
        f"""query($first: Int, $inner: Int) {{
          companies(first: $first) {{ totalCount edges {{ node {{
          id park {{ id }}
          financingNeeds(first: $inner) {{ totalCount edges {{ node {{ {NEED_FIELDS} }} }} }}
          hiringNeeds(first: $inner) {{ totalCount edges {{ node {{
            id title company {{ id }} lastRoundResult {{ matched round {{ id }} }} }} }} }}
        }} }} }} }}""",
    ),
    "financingNeeds": (
        "officer1",
        f"query($first: Int) {{ financingNeeds(first: $first) {{ totalCount edges {{ node {{"
        f" {NEED_FIELDS} }} }} }} }}",
    ),
    "financingNeeds as a bank": (
        "manager1",
        f"query($first: Int) {{ financingNeeds(first: $first) {{ totalCount edges {{ node {{"
        f" {NEED_FIELDS} }} }} }} }}",
    ),
    "hiringNeeds": (
        "officer1",
        """query($first: Int) { hiringNeeds(first: $first) { totalCount edges { node {
          id title company { id park { id } } lastRoundResult { matched round { id } } } } } }""",
    ),
    "creditProducts": (
        "companyA",
        """query($first: Int) { creditProducts(first: $first) { totalCount edges { node {
          id name bank { id name } parks { id code }
          minAnnualRate maxAnnualRate rateInForce } } } }""",
    ),
    "recruitmentDrives": (
        "companyA",
        """query($first: Int) { recruitmentDrives(first: $first) { totalCount edges { node {
          id title park { id code } } } } }""",
    ),
    "matchRounds with their proposals": (
        "officer1",
        f"""query($first: Int, $inner: Int, $park: ID!) {{
          matchRounds(parkId: $park, first: $first) {{
          totalCount edges {{ node {{ {ROUND_FIELDS} }} }} }} }}""",
    ),
    # By kind: a page of financing proposals reads products, one of recruitment drives.
    **{
        f"proposals of {kind.lower()}": (
            "officer1",
            f"query($first: Int) {{ proposals(first: $first, filter: {{kind: {kind}}}) {{"
            f" totalCount edges {{ node {{ {PROPOSAL_FIELDS} }} }} }} }}",
        )
        for kind in ("FINANCING", "RECRUITMENT")
    },
    "proposals as a bank": (
        "manager1",
        f"query($first: Int) {{ proposals(first: $first) {{ totalCount edges {{ node {{"
        f" {PROPOSAL_FIELDS} }} }} }} }}",
    ),
    "auditEvents": (
        "admin",
        """query($first: Int) { auditEvents(first: $first) { totalCount edges { node {
          id action actor { id username } } } } }""",
    ),
    "me and parks": (
        "companyA",
        """query($first: Int) { parks { id code } me { id company { id park { id }
          financingNeeds(first: $first) { totalCount edges { node { id company { id } } } }
        } } }""",
    ),
}


async def _populate(world) -> None:
    """park1: 11 verified companies with 3 financing and 3 hiring needs each, 4 products and 4
    drives, two financing rounds and a recruitment round, a third of the proposals confirmed."""
    api = world.api
    companies = ["companyA", "companyB"]
    for n in range(EXTRA_COMPANIES):
        key = f"extra{n}"
        registered = await api.ok(
            ops.REGISTER_COMPANY,
            {
                "i": {
                    "username": key,
                    "password": PASSWORD,
                    "company": company_input(
                        f"园区企业{n}", valid_uscc(500 + n), world.ids["park1"]
                    ),
                }
            },
        )
        world.tokens[key] = registered["registerCompany"]["token"]
        world.ids[key] = registered["registerCompany"]["user"]["company"]["id"]
        companies.append(key)
    for key in companies:
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[key]})
        for n in range(NEEDS_PER_COMPANY):
            if key not in ("companyA", "companyB") or n:
                need = financing_need_input(
                    amount=f"{2_000_000 + n * 100_000}.00",
                    preferredBankIds=[world.ids["bank1"], world.ids["bank2"]],
                )
                await world.as_(key, ops.POST_FINANCING_NEED, {"i": need})
                await world.as_(key, ops.POST_HIRING_NEED, {"i": hiring_need_input()})
    for n in range(3):
        await world.as_(
            "manager1",
            ops.LIST_PRODUCT,
            # In park1 alone, like product1: every page then names the same parks, so that
            # no page reads a park the first one had not (a cache hit, not a cost of size).
            {"i": product_input([world.ids["park1"]], name=f"产品{n}")},
        )
    for n in range(3):
        await world.as_("officer1", ops.CREATE_DRIVE, {"i": drive_input(title=f"专场{n}")})
    for kind in ("FINANCING", "FINANCING", "RECRUITMENT"):
        published = await world.as_(
            "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": kind}
        )
    edges = published["proposeMatches"]["proposals"]["edges"]
    financing = await world.as_(
        "officer1",
        "{ proposals(first: 100, filter: {status: PROPOSED, kind: FINANCING}) "
        "{ edges { node { id } } } }",
    )
    chosen = [e["node"]["id"] for e in financing["proposals"]["edges"][::3]]
    chosen += [e["node"]["id"] for e in edges[::3]]
    await world.as_("officer1", ops.CONFIRM_MANY, {"ids": chosen})
    # Their companies let the banks know who they are: a bank reads their needs from then on.
    confirmed = await world.as_(
        "officer1",
        "{ proposals(first: 100, filter: {status: CONFIRMED, kind: FINANCING}) "
        "{ edges { node { id company { id } } } } }",
    )
    key_of = {world.ids[key]: key for key in companies}
    for edge in confirmed["proposals"]["edges"]:
        company = key_of[edge["node"]["company"]["id"]]
        await world.as_(company, ops.CONSENT, {"id": edge["node"]["id"]})


@pytest.fixture(scope="module")
async def populated(app):
    import httpx

    await _empty_tables()
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://parkmatch.test") as client:
        world = await build_world(Api(client))
        await _populate(world)
        yield world


def _sizes(data) -> list[int]:
    """The number of edges of every connection in the answer, depth first."""
    found: list[int] = []

    def walk(value) -> None:
        if isinstance(value, dict):
            if "edges" in value:
                found.append(len(value["edges"]))
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    walk(data)
    return found


async def statements(world, persona: str, query: str, first: int) -> tuple[int, dict]:
    variables = {"first": first}
    if "$inner" in query:
        variables["inner"] = min(first, LARGE_INNER)
    if "$park" in query:
        variables["park"] = world.ids["park1"]
    with counting_queries() as sent:
        data = await world.as_(persona, query, variables)
    return len(sent), data


@pytest.mark.parametrize("name", LISTS)
async def test_statements_per_request_do_not_grow_with_the_page(populated, name):
    persona, query = LISTS[name]
    small, small_data = await statements(populated, persona, query, SMALL)
    large, large_data = await statements(populated, persona, query, LARGE)
    assert max(_sizes(large_data)) > SMALL, "the large page must hold more than the small one"
    assert sum(_sizes(large_data)) > sum(_sizes(small_data))
    assert large == small, f"{name}: {small} statements for pages of {SMALL}, {large} of {LARGE}"
