"""Service clocks through the API, with the park's clock pinned: due times in working days (a
holiday, a make-up Saturday), the overdue list and the dispatch list, the week's progress, on-time
rates, and the announcement of each clock that falls due, once.

Timestamps the lifecycle stamps (posting, confirmation, outcome) are set by hand to the days a
case needs, and "now" is pinned after them; every pinned day lies before the tests were written,
so the world's own needs, posted at the real time, have not started yet."""

from __future__ import annotations

import asyncio
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from schema.ids import from_global
from server.models import ClockAnnouncement, FinancingNeed, HiringNeed, Proposal
from server.services import clock, clocks
from server.services.events import CLOCKS
from tests.api import operations as ops
from tests.api.sockets import bus, next_payload, signed_in, subscribe, wait_for_subscribers
from tests.api.world import confirmed_loan, drive_day_comes, park_time

SHANGHAI = ZoneInfo("Asia/Shanghai")

OVERDUE = """
query($p: ID!, $first: Int, $after: String) {
  overdueItems(parkId: $p, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { clock owner startedOn dueOn dueAt workingDaysOverdue
      need { id } proposal { id } } }
  }
}
"""
DISPATCH = """
query($p: ID!, $d: Date) {
  dispatchList(parkId: $p, date: $d) { clock owner dueOn workingDaysOverdue need { id } }
}
"""
WEEKLY = """
query($p: ID!, $w: Date) {
  weeklyProgress(parkId: $p, weekOf: $w) { weekStart weekEnd opened moved closed stuck }
}
"""
RATES = """
query($p: ID!, $since: Date, $until: Date) {
  parkStats(parkId: $p, since: $since, until: $until) { onTimeRates { clock rate stopped onTime } }
}
"""
SET_HOLIDAY = """
mutation($d: Date!, $n: String!, $w: Boolean) {
  setHoliday(date: $d, name: $n, working: $w) { date name working }
}
"""
SETTINGS = """
mutation($p: ID!, $i: ParkSettingsInput!) {
  updateParkSettings(parkId: $p, input: $i) { firstProposalDueDays outcomeDueDays }
}
"""


@pytest.fixture
def pin(monkeypatch):
    def pin_to(text: str) -> None:
        instant = park_time(text)
        monkeypatch.setattr(clock, "now", lambda: instant)

    return pin_to


def pk_of(world, key: str, type_name: str) -> int:
    return from_global(type_name, world.ids[key], "id")


async def posted_at(world, key: str, when: str) -> None:
    model, type_name = (
        (FinancingNeed, "FinancingNeed") if "financing" in key else (HiringNeed, "HiringNeed")
    )
    await model.filter(id=pk_of(world, key, type_name)).update(created_at=park_time(when))


async def withdrawn_at(world, company: str, key: str, when: str) -> None:
    """The company withdraws its hiring need; the withdrawal is dated as the case needs."""
    await world.as_(company, ops.WITHDRAW_HIRING_NEED, {"id": world.ids[key]})
    await HiringNeed.filter(id=pk_of(world, key, "HiringNeed")).update(withdrawn_at=park_time(when))


async def overdue(world, park: str = "park1", who: str = "officer1") -> list[dict]:
    data = await world.as_(who, OVERDUE, {"p": world.ids[park]})
    return [edge["node"] for edge in data["overdueItems"]["edges"]]


async def settings(world, **values) -> None:
    await world.as_("officer1", SETTINGS, {"p": world.ids["park1"], "i": values})


async def test_a_need_posted_on_a_friday_before_a_holiday_is_due_after_it(world, pin):
    await world.as_("admin", SET_HOLIDAY, {"d": "2026-11-09", "n": "园区测试假日", "w": False})
    await settings(world, firstProposalDueDays=2)
    await posted_at(world, "companyA.financing", "2026-11-06 17:30")  # a Friday evening

    # Monday is off: Tuesday is the first working day after, Wednesday the second.
    pin("2026-11-11 18:00")
    assert await overdue(world) == []
    (due,) = (await world.as_("officer1", DISPATCH, {"p": world.ids["park1"]}))["dispatchList"]
    assert due == {
        "clock": "FIRST_PROPOSAL",
        "owner": "OFFICER",
        "dueOn": "2026-11-11",
        "workingDaysOverdue": 0,
        "need": {"id": world.ids["companyA.financing"]},
    }

    pin("2026-11-12 00:00:30")
    (late,) = await overdue(world)
    assert late["clock"] == "FIRST_PROPOSAL" and late["owner"] == "OFFICER"
    assert late["startedOn"] == "2026-11-06" and late["dueOn"] == "2026-11-11"
    assert datetime.fromisoformat(late["dueAt"]) == park_time("2026-11-12 00:00")
    assert late["workingDaysOverdue"] == 1
    assert late["need"] == {"id": world.ids["companyA.financing"]} and late["proposal"] is None

    # Without the holiday it was due on Tuesday.
    await world.as_("admin", 'mutation { removeHoliday(date: "2026-11-09") { name } }')
    (late,) = await overdue(world)
    assert late["dueOn"] == "2026-11-10" and late["workingDaysOverdue"] == 2


async def test_a_make_up_saturday_counts_as_a_working_day(world, pin):
    await world.as_("admin", SET_HOLIDAY, {"d": "2026-11-14", "n": "调休上班", "w": True})
    await settings(world, firstProposalDueDays=1)
    await posted_at(world, "companyA.hiring", "2026-11-13 09:00")  # a Friday
    pin("2026-11-14 12:00")
    dispatch = (await world.as_("officer1", DISPATCH, {"p": world.ids["park1"]}))["dispatchList"]
    assert [(d["dueOn"], d["need"]["id"]) for d in dispatch] == [
        ("2026-11-14", world.ids["companyA.hiring"])
    ]
    holidays = await world.as_("companyA", "{ holidays(year: 2026) { date name working } }")
    assert holidays["holidays"] == [{"date": "2026-11-14", "name": "调休上班", "working": True}]


async def test_the_overdue_list_comes_most_overdue_first_in_pages(world, pin):
    await settings(world, firstProposalDueDays=1)
    await posted_at(world, "companyB.financing", "2026-11-03 10:00")  # due Wed 4
    await posted_at(world, "companyA.financing", "2026-11-02 10:00")  # due Tue 3
    await posted_at(world, "companyA.hiring", "2026-11-04 10:00")  # due Thu 5
    await posted_at(world, "companyC.financing", "2026-11-02 10:00")  # park2: never listed here
    pin("2026-11-09 09:00")
    first = await world.as_("officer1", OVERDUE, {"p": world.ids["park1"], "first": 2})
    page = first["overdueItems"]
    assert page["totalCount"] == 3 and page["pageInfo"]["hasNextPage"]
    assert [e["node"]["need"]["id"] for e in page["edges"]] == [
        world.ids["companyA.financing"],
        world.ids["companyB.financing"],
    ]
    rest = await world.as_(
        "officer1",
        OVERDUE,
        {"p": world.ids["park1"], "first": 2, "after": page["pageInfo"]["endCursor"]},
    )
    assert [e["node"]["need"]["id"] for e in rest["overdueItems"]["edges"]] == [
        world.ids["companyA.hiring"]
    ]
    assert not rest["overdueItems"]["pageInfo"]["hasNextPage"]
    # A withdrawn need's clock stops counting; the admin sees the park as its officers do.
    await withdrawn_at(world, "companyA", "companyA.hiring", "2026-11-09 08:30")
    assert len(await overdue(world, who="admin")) == 2
    # The dispatch list for a later day adds what falls due by then.
    await posted_at(world, "companyB.hiring", "2026-11-09 08:00")  # due Tue 10
    later = await world.as_("officer1", DISPATCH, {"p": world.ids["park1"], "d": "2026-11-10"})
    assert [d["dueOn"] for d in later["dispatchList"]] == ["2026-11-03", "2026-11-04", "2026-11-10"]


async def test_a_confirmed_loan_is_the_banks_turn_until_its_outcome(world, pin):
    proposal = await confirmed_loan(world)
    await settings(world, firstProposalDueDays=3, outcomeDueDays=2)
    need_pk = pk_of(world, "companyA.financing", "FinancingNeed")
    await FinancingNeed.filter(id=need_pk).update(
        created_at=park_time("2026-11-02 09:00"), first_proposed_at=park_time("2026-11-04 15:00")
    )
    proposal_pk = from_global("Proposal", proposal, "id")
    await Proposal.filter(id=proposal_pk).update(decided_at=park_time("2026-11-05 11:00"))
    pin("2026-11-10 08:00")  # the loan was due by the end of Monday 9
    (late,) = await overdue(world)
    assert late["clock"] == "OUTCOME" and late["owner"] == "BANK_MANAGER"
    assert late["dueOn"] == "2026-11-09"
    assert (
        late["proposal"] == {"id": proposal}
        and late["need"]["id"] == world.ids["companyA.financing"]
    )

    await world.as_("companyA", ops.CONSENT, {"id": proposal})
    done = await world.as_("manager1", ops.LOAN_OUTCOME, {"id": proposal, "d": True})
    assert done["recordLoanOutcome"]["status"] == "COMPLETED"
    await Proposal.filter(id=proposal_pk).update(
        consent_at=park_time("2026-11-09 10:00"), outcome_at=park_time("2026-11-10 09:00")
    )
    pin("2026-11-10 10:00")
    assert await overdue(world) == []
    rates = await world.as_("officer1", RATES, {"p": world.ids["park1"]})
    # Proposed on the second working day of three: on time; consent and the bank's answer in
    # time (defaults: 3 and 10 working days); the outcome came a day late.
    assert rates["parkStats"]["onTimeRates"] == [
        {"clock": "FIRST_PROPOSAL", "rate": 1.0, "stopped": 1, "onTime": 1},
        {"clock": "CONSENT", "rate": 1.0, "stopped": 1, "onTime": 1},
        {"clock": "BANK_RESPONSE", "rate": 1.0, "stopped": 1, "onTime": 1},
        {"clock": "OUTCOME", "rate": 0.0, "stopped": 1, "onTime": 0},
    ]
    outside = await world.as_(
        "officer1", RATES, {"p": world.ids["park1"], "since": "2026-11-03", "until": "2026-11-30"}
    )
    assert [r["stopped"] for r in outside["parkStats"]["onTimeRates"]] == [0, 0, 0, 0]
    assert outside["parkStats"]["onTimeRates"][0]["rate"] is None


async def test_a_drives_outcome_clock_starts_on_its_day_and_is_the_officers(world, pin):
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    round_ = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "RECRUITMENT"}
    )
    (proposal,) = [e["node"]["id"] for e in round_["proposeMatches"]["proposals"]["edges"]]
    await world.as_("officer1", ops.CONFIRM, {"id": proposal})
    await settings(world, outcomeDueDays=1)
    await drive_day_comes(world, "drive1")
    await Proposal.filter(id=from_global("Proposal", proposal, "id")).update(
        decided_at=park_time("2026-11-02 10:00")
    )
    hiring = pk_of(world, "companyA.hiring", "HiringNeed")
    assert (await HiringNeed.get(id=hiring)).first_proposed_at is not None
    # Confirmed long ago, but the drive is today: due at the end of the next working day.
    today = clock.local_today(SHANGHAI)
    pin(f"{today.isoformat()} 12:00")
    dispatch = await world.as_("officer1", DISPATCH, {"p": world.ids["park1"], "d": "2099-12-31"})
    outcome = [d for d in dispatch["dispatchList"] if d["clock"] == "OUTCOME"]
    assert [(d["owner"], d["need"]) for d in outcome] == [("OFFICER", None)]
    assert outcome[0]["dueOn"] > today.isoformat()


async def test_the_weeks_progress_counts_opened_moved_closed_and_stuck(world, pin):
    proposal = await confirmed_loan(world)
    await settings(world, firstProposalDueDays=1, outcomeDueDays=5)
    await posted_at(world, "companyA.financing", "2026-11-09 09:00")  # Monday
    await FinancingNeed.filter(id=pk_of(world, "companyA.financing", "FinancingNeed")).update(
        first_proposed_at=park_time("2026-11-10 09:00")
    )
    await Proposal.filter(id=from_global("Proposal", proposal, "id")).update(
        decided_at=park_time("2026-11-11 09:00")
    )
    await posted_at(world, "companyB.financing", "2026-11-10 09:00")  # stuck by Wednesday's end
    await posted_at(world, "companyA.hiring", "2026-11-13 09:00")  # due Monday 16
    await posted_at(world, "companyB.hiring", "2026-11-02 09:00")  # the week before
    await withdrawn_at(world, "companyB", "companyB.hiring", "2026-11-12 09:00")
    pin("2026-11-20 12:00")
    week = await world.as_("officer1", WEEKLY, {"p": world.ids["park1"], "w": "2026-11-12"})
    assert week["weeklyProgress"] == {
        "weekStart": "2026-11-09",
        "weekEnd": "2026-11-15",
        "opened": 3,
        "moved": 1,
        "closed": 1,
        "stuck": 1,
    }
    # This week, so far: B's need is still stuck, A's hiring need fell due on Monday 16, the
    # company's consent to the loan confirmed on Wednesday 11 on Monday 16 too, and the loan's
    # outcome on Wednesday 18.
    next_week = await world.as_("officer1", WEEKLY, {"p": world.ids["park1"]})
    assert next_week["weeklyProgress"]["weekStart"] == "2026-11-16"
    assert next_week["weeklyProgress"]["stuck"] == 4
    assert next_week["weeklyProgress"]["opened"] == 0


FALLS_DUE = "subscription($p: ID!) { itemFallsDue(parkId: $p) { clock owner dueOn need { id } } }"


async def test_each_clock_that_falls_due_is_announced_once(world, pin, app):
    await settings(world, firstProposalDueDays=1)
    await posted_at(world, "companyA.financing", "2026-11-02 10:00")
    pin("2026-11-04 09:00")
    async with signed_in(app, world.tokens["officer1"]) as ws:
        await subscribe(ws, "1", FALLS_DUE, {"p": world.ids["park1"]})
        await wait_for_subscribers(app, CLOCKS, 1)
        # Two server processes looking at once (their events reach every subscriber, as
        # through Redis): one of them announces it.
        announced = await asyncio.gather(
            clocks.announce_due(bus(app), SHANGHAI), clocks.announce_due(bus(app), SHANGHAI)
        )
        assert sorted(announced) == [0, 1]
        assert (await next_payload(ws))["data"]["itemFallsDue"] == {
            "clock": "FIRST_PROPOSAL",
            "owner": "OFFICER",
            "dueOn": "2026-11-03",
            "need": {"id": world.ids["companyA.financing"]},
        }
        # The next look announces only what fell due since: B's need, not A's again.
        await posted_at(world, "companyB.financing", "2026-11-02 11:00")
        assert await clocks.announce_due(bus(app), SHANGHAI) == 1
        again = (await next_payload(ws))["data"]["itemFallsDue"]
        assert again["need"] == {"id": world.ids["companyB.financing"]}
    assert await ClockAnnouncement.all().count() == 2


async def test_item_falls_due_is_refused_to_other_parks_officers_and_to_companies(app, world):
    for who in ("officer2", "companyA", "admin"):
        async with signed_in(app, world.tokens[who]) as ws:
            await subscribe(ws, "1", FALLS_DUE, {"p": world.ids["park1"]})
            payload = await next_payload(ws)
            assert [e["extensions"]["code"] for e in payload["errors"]] == ["FORBIDDEN"]
    assert bus(app).subscribers(CLOCKS) == 0


async def chinese(world, who: str, query: str, variables: dict) -> dict:
    """The first error of a request sent with a Chinese Accept-Language."""
    headers = {"Authorization": f"Bearer {world.tokens[who]}", "Accept-Language": "zh-CN"}
    body = {"query": query, "variables": variables}
    (error, *_) = (await world.api.client.post("/graphql", json=body, headers=headers)).json()[
        "errors"
    ]
    return {"message": error["message"], **error["extensions"]}


async def test_bad_arguments_are_refused_naming_the_field_in_either_language(world):
    park = world.ids["park1"]
    assert await chinese(world, "officer1", SETTINGS, {"p": park, "i": {"outcomeDueDays": 0}}) == {
        "message": "结果登记时限（工作日）须为 1 到 250 个工作日",
        "code": "BAD_USER_INPUT",
        "field": "outcomeDueDays",
    }
    english = await world.api.fails(
        SETTINGS, {"p": park, "i": {"firstProposalDueDays": 251}}, world.tokens["officer1"]
    )
    assert english.errors[0]["message"] == "firstProposalDueDays must be 1 to 250 working days"
    assert await chinese(world, "companyA", "{ holidays(year: 1999) { date } }", {}) == {
        "message": "年份须为 2000 至 2100",
        "code": "BAD_USER_INPUT",
        "field": "year",
    }
    missing = await chinese(
        world, "admin", 'mutation { removeHoliday(date: "2026-10-01") { date } }', {}
    )
    assert missing == {"message": "该日期没有节假日安排", "code": "NOT_FOUND"}
    for variables, field in (({"first": 101}, "first"), ({"after": "not-a-cursor"}, "after")):
        refused = await world.api.fails(OVERDUE, {"p": park, **variables}, world.tokens["admin"])
        assert refused.errors[0]["extensions"] == {"code": "BAD_USER_INPUT", "field": field}
    settings_now = await world.as_(
        "officer1", "query($p: ID!) { parkSettings(parkId: $p) { outcomeDueDays } }", {"p": park}
    )
    assert settings_now["parkSettings"] == {"outcomeDueDays": 20}
