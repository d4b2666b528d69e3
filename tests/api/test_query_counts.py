"""A page of needs with their companies and parks costs the same few queries at any size."""

from tests.api import operations as ops
from tests.api.query_counter import counting_queries
from tests.api.world import financing_need_input

NEEDS_WITH_COMPANIES = """
query($first: Int) {
  financingNeeds(first: $first) {
    totalCount
    edges { node { id amount company { id name park { id code } } } }
  }
}
"""


async def _post_needs(world, company: str, count: int) -> None:
    for _ in range(count):
        await world.as_(company, ops.POST_FINANCING_NEED, {"i": financing_need_input()})


async def _statements_for_page(world, size: int) -> int:
    with counting_queries() as statements:
        data = await world.as_("officer1", NEEDS_WITH_COMPANIES, {"first": size})
    assert len(data["financingNeeds"]["edges"]) == size
    assert all(
        e["node"]["company"]["park"]["code"] == "WH-BIO" for e in data["financingNeeds"]["edges"]
    )
    return len(statements)


async def test_a_page_of_100_costs_what_a_page_of_5_costs(world):
    await _post_needs(world, "companyA", 60)
    await _post_needs(world, "companyB", 45)
    small = await _statements_for_page(world, 5)
    large = await _statements_for_page(world, 100)
    assert large == small
    # token check, count, page, companies, parks
    assert small <= 5
