async def test_parks_are_listed_for_anyone(api):
    data = await api.ok("{ parks { id name } }")
    assert data == {"parks": []}


async def test_world_builds_through_the_api(world):
    data = await world.as_(
        "officer1", "{ companies { totalCount edges { node { name park { code } } } } }"
    )
    assert data["companies"]["totalCount"] == 2
    assert {e["node"]["park"]["code"] for e in data["companies"]["edges"]} == {"WH-BIO"}
