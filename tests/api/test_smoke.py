async def test_parks_are_listed_for_anyone(api):
    data = await api.ok("{ parks { id name } }")
    assert data == {"parks": []}
