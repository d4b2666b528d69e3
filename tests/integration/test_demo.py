"""`parkmatch demo`: the demo park loads through the services, every printed login signs in
through the API and sees what its persona should, and loading twice adds nothing."""

from __future__ import annotations

from server.demo import COMPANIES, DEMO_PASSWORD, load_demo, uscc
from server.standards import normalise_uscc
from tests.api import operations as ops

COUNTS = """
{
  companies { totalCount }
  financingNeeds { totalCount }
  hiringNeeds { totalCount }
  creditProducts { totalCount }
  recruitmentDrives { totalCount }
  auditEvents { totalCount }
  lprHistory { totalCount }
  parks { id }
}
"""
RATES = """
{
  lprHistory { edges { node { publishedOn oneYear fiveYear } } }
  creditProducts(first: 100) { edges { node { name rateBasis rateInForce } } }
}
"""
OFFICER_COMPANIES = """
{
  me { park { code } }
  companies(first: 100) { totalCount edges { node { name uscc verified park { code } } } }
}
"""


async def _sign_in(api, username: str, password: str) -> dict:
    data = await api.ok(ops.LOGIN, {"u": username, "p": password})
    return data["login"]


def test_the_check_character_is_derived_from_the_body():
    for code in ("91330100716105852F", "91440300708461136T", "91110000600037341L"):
        assert uscc(code[:17]) == code
    assert all(normalise_uscc(uscc(c.body)) for c in COMPANIES)


async def test_every_printed_login_signs_in_as_its_persona(api, settings):
    logins = await load_demo(settings)
    assert len(logins) >= 20
    assert {password for _, password, _ in logins} == {DEMO_PASSWORD}
    assert len(DEMO_PASSWORD) >= 10
    roles = {}
    for username, password, _who in logins:
        session = await _sign_in(api, username, password)
        assert session["token"]
        roles[username] = session["user"]["role"]
    assert set(roles.values()) == {"ADMIN", "OFFICER", "BANK_MANAGER", "COMPANY"}
    assert sum(role == "COMPANY" for role in roles.values()) == len(COMPANIES)

    token = (await _sign_in(api, "gh.officer", DEMO_PASSWORD))["token"]
    data = await api.ok(OFFICER_COMPANIES, token=token)
    park = data["me"]["park"]["code"]
    mine = {c.name for c in COMPANIES if c.park == park}
    listed = [edge["node"] for edge in data["companies"]["edges"]]
    assert {node["name"] for node in listed} == mine
    assert {node["park"]["code"] for node in listed} == {park}
    assert data["companies"]["totalCount"] == len(mine)
    assert any(not node["verified"] for node in listed), "one company is left to verify"


async def test_the_demo_is_sizeable_and_loading_twice_adds_nothing(api, settings):
    first = await load_demo(settings)
    admin = (await _sign_in(api, "demo.admin", DEMO_PASSWORD))["token"]
    before = await api.ok(COUNTS, token=admin)
    assert len(before["parks"]) == 2
    assert before["companies"]["totalCount"] == len(COMPANIES) == 12
    assert before["financingNeeds"]["totalCount"] >= 15
    assert before["hiringNeeds"]["totalCount"] >= 12
    assert before["creditProducts"]["totalCount"] >= 8
    assert before["recruitmentDrives"]["totalCount"] >= 3
    company = (await _sign_in(api, "ruikang", DEMO_PASSWORD))["token"]
    upcoming = await api.ok(
        "{ recruitmentDrives(filter: {upcoming: true}) { totalCount } }", token=company
    )
    assert upcoming["recruitmentDrives"]["totalCount"] == before["recruitmentDrives"]["totalCount"]

    second = await load_demo(settings)
    assert second == first
    assert await api.ok(COUNTS, token=admin) == before


async def test_the_demo_carries_the_lpr_and_products_priced_on_it(api, settings):
    await load_demo(settings)
    company = (await _sign_in(api, "ruikang", DEMO_PASSWORD))["token"]
    data = await api.ok(RATES, token=company)
    assert [edge["node"] for edge in data["lprHistory"]["edges"]] == [
        {"publishedOn": "2025-05-20", "oneYear": "3.00", "fiveYear": "3.50"}
    ]
    linked = {
        node["name"]: (node["rateBasis"], node["rateInForce"])
        for node in (edge["node"] for edge in data["creditProducts"]["edges"])
        if node["rateBasis"] != "FIXED"
    }
    assert linked == {
        "楚科贷（科技型企业信用贷）": ("LPR_1Y", "3.45"),  # 3.00 % + 45 bp
        "厂房抵押经营贷": ("LPR_5Y", "3.60"),  # 3.50 % + 10 bp
    }
