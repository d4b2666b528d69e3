"""What the console needs of the API beyond the first contract: the park's figures by month,
size class and industry; the default weights; needs filtered by when they were posted; a batch
confirmation's CONFLICT naming its proposal; Excel exports; Chinese messages and reasons."""

from __future__ import annotations

import io
import zipfile
from datetime import timedelta

from tests.api import operations as ops
from tests.api.world import park_today

TRENDS = """
query($park: ID!, $since: Date, $until: Date) {
  parkTrends(parkId: $park, since: $since, until: $until) {
    since until
    byMonth { key figures { needsPosted financingRequested } needsByStatus { status count } }
    bySizeClass { key figures { needsPosted headcountRequested } }
    byIndustry { key figures { needsPosted } }
  }
}
"""
ZH = {"Accept-Language": "zh-CN,zh;q=0.9"}


async def _round(world) -> dict:
    for company in ("companyA", "companyB"):
        await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids[company]})
    variables = {"park": world.ids["park1"], "kind": "FINANCING"}
    return (await world.as_("officer1", ops.PROPOSE, variables))["proposeMatches"]


async def test_park_trends_break_the_figures_down_by_month_size_and_industry(world):
    today = park_today()
    data = await world.as_("officer1", TRENDS, {"park": world.ids["park1"]})
    trends = data["parkTrends"]
    assert trends["until"] == today.isoformat() and len(trends["byMonth"]) == 12
    assert trends["byMonth"][-1]["key"] == f"{today:%Y-%m}"
    this_month = trends["byMonth"][-1]
    # The world's park1 has two companies, each with a financing and a hiring need, posted now.
    assert this_month["figures"] == {"needsPosted": 4, "financingRequested": "10000000.00"}
    assert {"status": "OPEN", "count": 4} in this_month["needsByStatus"]
    assert all(m["figures"]["needsPosted"] == 0 for m in trends["byMonth"][:-1])
    sizes = {g["key"]: g["figures"] for g in trends["bySizeClass"]}
    assert list(sizes) == ["MICRO", "SMALL", "MEDIUM", "LARGE"]
    assert sizes["SMALL"] == {"needsPosted": 4, "headcountRequested": 10}
    assert sum(g["needsPosted"] for g in sizes.values()) == 4
    assert [(g["key"], g["figures"]["needsPosted"]) for g in trends["byIndustry"]] == [("I", 4)]


async def test_park_trends_refuse_a_span_beyond_three_years(world):
    since = (park_today() - timedelta(days=4 * 366)).isoformat()
    refused = await world.api.fails(
        TRENDS, {"park": world.ids["park1"], "since": since}, world.tokens["officer1"]
    )
    assert (refused.code, refused.field) == ("BAD_USER_INPUT", "since")


async def test_default_weights_are_the_matching_rules(world):
    data = await world.as_("officer1", "{ defaultWeights(kind: FINANCING) { name value } }")
    weights = {w["name"]: w["value"] for w in data["defaultWeights"]}
    assert weights["rate"] == 0.35 and abs(sum(weights.values()) - 1) < 1e-9


async def test_needs_filter_by_the_day_they_were_posted(world):
    query = """query($f: NeedFilter) { financingNeeds(filter: $f) { totalCount } }"""
    today, yesterday = park_today(), park_today() - timedelta(days=1)
    count = {}
    for name, since, until in (("today", today, today), ("before", None, yesterday)):
        f = {"postedSince": since and since.isoformat(), "postedUntil": until.isoformat()}
        data = await world.as_("officer1", query, {"f": f})
        count[name] = data["financingNeeds"]["totalCount"]
    assert count == {"today": 2, "before": 0}


async def test_a_batch_conflict_names_the_proposal(world):
    published = await _round(world)
    ids = [e["node"]["id"] for e in published["proposals"]["edges"]]
    await world.as_("officer1", ops.REJECT, {"id": ids[0], "r": "资料不全"})
    refused = await world.api.fails(ops.CONFIRM_MANY, {"ids": ids}, world.tokens["officer1"])
    assert refused.code == "CONFLICT"
    assert refused.errors[0]["extensions"]["objectId"] == ids[0]


async def test_chinese_messages_and_reasons_for_an_accept_language_starting_with_zh(world):
    published = await _round(world)
    query = "query($id: ID!) { proposal(id: $id) { reasons } }"
    proposal_id = published["proposals"]["edges"][0]["node"]["id"]
    english = published["proposals"]["edges"][0]["node"]["reasons"]
    body = {"query": query, "variables": {"id": proposal_id}}
    token = {"Authorization": f"Bearer {world.tokens['officer1']}"}
    chinese = (await world.api.client.post("/graphql", json=body, headers=token | ZH)).json()
    reasons = chinese["data"]["proposal"]["reasons"]
    assert len(reasons) == len(english) and reasons[0].startswith("利率")
    assert english[0].startswith("rate ")
    bad = {"query": ops.POST_FINANCING_NEED, "variables": {"i": _bad_need()}}
    token = {"Authorization": f"Bearer {world.tokens['companyA']}"}
    error = (await world.api.client.post("/graphql", json=bad, headers=token | ZH)).json()
    extensions = error["errors"][0]["extensions"]
    assert error["errors"][0]["message"] == "期限（月）须在 1 到 360 之间"
    assert extensions == {"code": "BAD_USER_INPUT", "field": "termMonths"}
    english = await world.api.fails(
        ops.POST_FINANCING_NEED, bad["variables"], world.tokens["companyA"]
    )
    assert english.errors[0]["message"] == "termMonths must be between 1 and 360"


async def test_a_value_of_the_wrong_type_is_worded_in_chinese_beside_its_field(world):
    from tests.api.world import financing_need_input

    token = {"Authorization": f"Bearer {world.tokens['companyA']}"}
    for changed, field, chinese in (
        ({"amount": "五百万"}, "amount", "金额格式不正确"),
        ({"neededBy": None}, "neededBy", "需求日期为必填项"),
    ):
        bad = {
            "query": ops.POST_FINANCING_NEED,
            "variables": {"i": financing_need_input(**changed)},
        }
        answer = (await world.api.client.post("/graphql", json=bad, headers=token | ZH)).json()
        (error,) = answer["errors"]
        assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
        assert error["message"] == chinese
        english = await world.api.fails(
            ops.POST_FINANCING_NEED, bad["variables"], world.tokens["companyA"]
        )
        assert english.errors[0]["message"].startswith("Variable '$i' has invalid value")


def _bad_need() -> dict:
    from tests.api.world import financing_need_input

    return financing_need_input(termMonths=400)


async def test_blocking_rules_and_verdicts_come_in_words(world):
    await world.as_("companyA", ops.POST_FINANCING_NEED, {"i": {**_need_nobody_serves()}})
    published = await _round(world)
    unmatched = [u for u in published["unmatched"] if u["reason"] == "NO_ELIGIBLE_TARGET"]
    assert unmatched, published["unmatched"]
    query = """query($id: ID!) {
      matchRound(id: $id) { unmatched { explanation blockingRules { rule description } } }
    }"""
    body = {"query": query, "variables": {"id": published["id"]}}
    token = {"Authorization": f"Bearer {world.tokens['officer1']}"}
    answer = (await world.api.client.post("/graphql", json=body, headers=token | ZH)).json()
    (left,) = answer["data"]["matchRound"]["unmatched"]
    assert left["explanation"].startswith("没有符合条件的对象：主要原因是")
    assert all(
        rule["description"] and rule["description"] != rule["rule"]
        for rule in left["blockingRules"]
    )


async def test_a_company_reads_why_its_need_went_unmatched_in_words(world):
    posted = await world.as_("companyA", ops.POST_FINANCING_NEED, {"i": _need_nobody_serves()})
    await _round(world)
    query = """query($id: ID!) {
      financingNeed(id: $id) { lastRoundResult { matched explanation } }
    }"""
    body = {"query": query, "variables": {"id": posted["postFinancingNeed"]["id"]}}
    token = {"Authorization": f"Bearer {world.tokens['companyA']}"}
    answer = (await world.api.client.post("/graphql", json=body, headers=token | ZH)).json()
    verdict = answer["data"]["financingNeed"]["lastRoundResult"]
    assert verdict["matched"] is False
    assert verdict["explanation"].startswith("没有符合条件的对象：主要原因是")
    matched = await world.as_("companyA", query, {"id": world.ids["companyA.financing"]})
    assert matched["financingNeed"]["lastRoundResult"] == {"matched": True, "explanation": None}


def _need_nobody_serves() -> dict:
    from tests.api.world import financing_need_input

    return financing_need_input(amount="900000000.00", purpose="超大额融资")


async def test_a_round_exports_as_an_excel_file_with_chinese_headers(world):
    published = await _round(world)
    response = await world.api.client.get(
        f"/exports/rounds/{published['id']}.xlsx",
        headers={"Authorization": f"Bearer {world.tokens['officer1']}"},
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    sheet = _sheet_text(response.content)
    assert "企业名称" in sheet and "匹配理由" in sheet and "利率" in sheet
    refused = await world.api.client.get(
        f"/exports/rounds/{published['id']}.xlsx",
        headers={"Authorization": f"Bearer {world.tokens['officer2']}"},
    )
    assert refused.status_code == 404
    anonymous = await world.api.client.get(f"/exports/rounds/{published['id']}.xlsx")
    assert anonymous.status_code == 401


async def test_the_parks_figures_export_as_an_excel_file(world):
    response = await world.api.client.get(
        f"/exports/parks/{world.ids['park1']}/figures.xlsx",
        headers={"Authorization": f"Bearer {world.tokens['officer1']}"},
    )
    assert response.status_code == 200
    sheet = _sheet_text(response.content)
    assert "发布需求" in sheet and "融资申请（万元）" in sheet and "小型" in sheet
    refused = await world.api.client.get(
        f"/exports/parks/{world.ids['park1']}/figures.xlsx",
        headers={"Authorization": f"Bearer {world.tokens['companyA']}"},
    )
    assert refused.status_code == 403


def _sheet_text(content: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(content)) as book:
        return book.read("xl/sharedStrings.xml").decode()
