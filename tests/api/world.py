"""A small world of two parks, two banks and every persona, built through the API."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from schema.ids import from_global
from server.models import RecruitmentDrive
from server.services import accounts
from server.services.clock import local_today
from server.services.commands.accounts import CreateAdmin
from server.standards import uscc_check_character
from tests.api import operations as ops
from tests.api.client import Api

PASSWORD = "correct horse battery"
# The zone the test service is configured with; "today" in a test is always the park's today.
PARK_TIMEZONE = "Asia/Shanghai"


def park_today() -> date:
    """Today as the service judges it: the park's date from the service's own clock."""
    return local_today(ZoneInfo(PARK_TIMEZONE))


def park_time(text: str) -> datetime:
    """An instant given as the park's wall-clock time, "2026-11-06 10:00"."""
    return datetime.fromisoformat(text).replace(tzinfo=ZoneInfo(PARK_TIMEZONE)).astimezone(UTC)


async def drive_day_comes(world: World, key: str) -> None:
    """The day of the drive `key` comes (hires are recorded from then on): its date becomes
    the park's today, as no test waits a month."""
    drive_id = from_global("RecruitmentDrive", world.ids[key], "id")
    await RecruitmentDrive.filter(id=drive_id).update(date=park_today())


async def confirmed_loan(world: World) -> str:
    """companyA, verified, gets its loan with product1 (bank1) proposed and confirmed by
    officer1; the proposal's id. Its consent is PENDING."""
    await world.as_("officer1", ops.VERIFY_COMPANY, {"id": world.ids["companyA"]})
    round_ = await world.as_(
        "officer1", ops.PROPOSE, {"park": world.ids["park1"], "kind": "FINANCING"}
    )
    (proposal,) = [e["node"]["id"] for e in round_["proposeMatches"]["proposals"]["edges"]]
    await world.as_("officer1", ops.CONFIRM, {"id": proposal})
    return proposal


# Real codes that pass the GB 32100-2015 check.
USCC = ["91330100716105852F", "91440300708461136T", "91110000600037341L"]


def valid_uscc(serial: int) -> str:
    """A made-up credit code that passes the GB 32100-2015 check."""
    body = f"91420100{serial:09d}"
    return body + uscc_check_character(body)


def company_input(name: str, uscc: str, park_id: str, **overrides) -> dict:
    return {
        "name": name,
        "uscc": uscc,
        "parkId": park_id,
        "industry": "I",
        "sizeClass": "SMALL",
        "foundedOn": "2018-03-01",
        "employees": 45,
        "annualRevenue": "12000000.00",
        "techDesignations": ["TECH_SME"],
        **overrides,
    }


def financing_need_input(**overrides) -> dict:
    return {
        "amount": "5000000.00",
        "termMonths": 36,
        "purpose": "研发设备采购",
        "collateral": ["CREDIT", "IP_PLEDGE"],
        "maxAnnualRate": "6.00",
        "neededBy": (park_today() + timedelta(days=60)).isoformat(),
        **overrides,
    }


def hiring_need_input(**overrides) -> dict:
    return {
        "title": "嵌入式软件工程师",
        "roleCategory": "ENGINEERING_RD",
        "headcount": 5,
        "skills": ["C", "嵌入式"],
        "minEducation": "BACHELOR",
        "salaryMin": "12000.00",
        "salaryMax": "20000.00",
        "neededBy": (park_today() + timedelta(days=90)).isoformat(),
        **overrides,
    }


def product_input(park_ids: list[str], **overrides) -> dict:
    return {
        "name": "科创信用贷",
        "minAmount": "1000000.00",
        "maxAmount": "10000000.00",
        "minTermMonths": 12,
        "maxTermMonths": 60,
        "minAnnualRate": "3.45",
        "maxAnnualRate": "4.20",
        "collateral": ["CREDIT"],
        "parkIds": park_ids,
        "quotaCount": 20,
        "quotaAmount": "100000000.00",
        "validUntil": (park_today() + timedelta(days=365)).isoformat(),
        **overrides,
    }


def drive_input(**overrides) -> dict:
    return {
        "title": "春季专场招聘会",
        "date": (park_today() + timedelta(days=30)).isoformat(),
        "venue": "园区人才服务中心",
        "boothCapacity": 40,
        "roleCategories": ["ENGINEERING_RD", "PRODUCTION"],
        "skills": ["嵌入式"],
        "industries": ["C", "I"],
        "expectedAttendance": 800,
        **overrides,
    }


@dataclass
class World:
    """Ids and tokens of everything built; `tokens[name]` signs in as that persona."""

    api: Api
    tokens: dict[str, str] = field(default_factory=dict)
    ids: dict[str, str] = field(default_factory=dict)

    async def as_(self, who: str, query: str, variables: dict | None = None) -> dict:
        return await self.api.ok(query, variables, self.tokens[who])

    async def login(self, username: str) -> str:
        data = await self.api.ok(ops.LOGIN, {"u": username, "p": PASSWORD})
        return data["login"]["token"]


async def build_world(api: Api) -> World:
    world = World(api)
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    world.tokens["admin"] = await world.login("admin")
    for key, name, code in (("park1", "光谷生物城", "WH-BIO"), ("park2", "张江科学城", "SH-ZJ")):
        park = await world.as_(
            "admin", ops.CREATE_PARK, {"i": {"name": name, "code": code, "region": "湖北"}}
        )
        world.ids[key] = park["createPark"]["id"]
    for key, name, code in (("bank1", "湖北银行", "HBB"), ("bank2", "汉口银行", "HKB")):
        bank = await world.as_("admin", ops.CREATE_BANK, {"i": {"name": name, "code": code}})
        world.ids[key] = bank["createBank"]["id"]
    for user, role, scope in (
        ("officer1", "OFFICER", {"parkId": world.ids["park1"]}),
        ("officer2", "OFFICER", {"parkId": world.ids["park2"]}),
        ("manager1", "BANK_MANAGER", {"bankId": world.ids["bank1"]}),
        ("manager2", "BANK_MANAGER", {"bankId": world.ids["bank2"]}),
    ):
        created = await world.as_(
            "admin",
            ops.CREATE_USER,
            {"i": {"username": user, "password": PASSWORD, "role": role, **scope}},
        )
        world.ids[user] = created["createUser"]["id"]
        world.tokens[user] = await world.login(user)
    for key, name, uscc, park in (
        ("companyA", "武汉芯测科技有限公司", USCC[0], "park1"),
        ("companyB", "光谷精密制造有限公司", USCC[1], "park1"),
        ("companyC", "张江智能软件有限公司", USCC[2], "park2"),
    ):
        registered = await api.ok(
            ops.REGISTER_COMPANY,
            {
                "i": {
                    "username": key,
                    "password": PASSWORD,
                    "company": company_input(name, uscc, world.ids[park]),
                }
            },
        )
        world.tokens[key] = registered["registerCompany"]["token"]
        world.ids[key] = registered["registerCompany"]["user"]["company"]["id"]
    for company in ("companyA", "companyB", "companyC"):
        need = await world.as_(company, ops.POST_FINANCING_NEED, {"i": financing_need_input()})
        world.ids[f"{company}.financing"] = need["postFinancingNeed"]["id"]
        hiring = await world.as_(company, ops.POST_HIRING_NEED, {"i": hiring_need_input()})
        world.ids[f"{company}.hiring"] = hiring["postHiringNeed"]["id"]
    for key, manager, parks in (
        ("product1", "manager1", ["park1"]),
        ("product2", "manager2", ["park2"]),
    ):
        product = await world.as_(
            manager, ops.LIST_PRODUCT, {"i": product_input([world.ids[p] for p in parks])}
        )
        world.ids[key] = product["listCreditProduct"]["id"]
    for key, officer in (("drive1", "officer1"), ("drive2", "officer2")):
        drive = await world.as_(officer, ops.CREATE_DRIVE, {"i": drive_input()})
        world.ids[key] = drive["createRecruitmentDrive"]["id"]
    return world
