"""A table of bad inputs for every mutation, as clients would send them: each is refused with
BAD_USER_INPUT (or CONFLICT for a duplicate) naming the leaf field, never INTERNAL, and changes
nothing. Hostile but harmless free text (SQL-looking, emoji, RTL, zero-width joiners, Chinese) is
stored in NFC, trimmed, and read back; names refuse invisible and direction-control characters.

Every row runs against one world built once for this module: a refusal changes nothing, so the
world stays as built (the snapshot comparison in each row checks exactly that)."""

from __future__ import annotations

import base64
import json
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest

from schema.ids import to_global
from tests.api.world import (
    PASSWORD,
    USCC,
    company_input,
    drive_input,
    financing_need_input,
    hiring_need_input,
    park_today,
    product_input,
)
from tests.commands import LEAK

# --- GB 32100-2015 check character, from DOMAIN.md (independent of server/standards.py) --------
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def with_check(body: str) -> str:
    """17 characters plus their check character."""
    total = sum(ALPHABET.index(ch) * w for ch, w in zip(body, WEIGHTS, strict=True))
    return body + ALPHABET[(31 - total % 31) % 31]


_serial = iter(range(1, 10_000_000))


def fresh_uscc() -> str:
    return with_check(f"91420100MA{next(_serial):07d}")


def swap(code: str, position: int, char: str) -> str:
    return code[:position] + char + code[position + 1 :]


# --- Operations -------------------------------------------------------------------------------
REGISTER = """
mutation($i: RegisterCompanyInput!) {
  registerCompany(input: $i) {
    token user { company { id name uscc industry sizeClass employees annualRevenue } }
  }
}"""
UPDATE_COMPANY = """
mutation($id: ID!, $i: UpdateCompanyInput!) {
  updateCompany(id: $id, input: $i) { id name industry sizeClass employees annualRevenue }
}"""
POST_FINANCING = """
mutation($i: FinancingNeedInput!) {
  postFinancingNeed(input: $i) {
    id amount termMonths purpose collateral maxAnnualRate neededBy preferredBanks { id }
  }
}"""
POST_HIRING = """
mutation($i: HiringNeedInput!) {
  postHiringNeed(input: $i) { id title headcount skills salaryMin salaryMax neededBy }
}"""
PRODUCT_FIELDS = """id name minAmount maxAmount minTermMonths maxTermMonths minAnnualRate
  maxAnnualRate collateral industries quotaCount quotaAmount validUntil parks { id }"""
LIST_PRODUCT = (
    "mutation($i: CreditProductInput!) { listCreditProduct(input: $i) { " + PRODUCT_FIELDS + " } }"
)
UPDATE_PRODUCT = (
    "mutation($id: ID!, $i: CreditProductInput!) {"
    " updateCreditProduct(id: $id, input: $i) { " + PRODUCT_FIELDS + " } }"
)
DRIVE_FIELDS = "id title date venue boothCapacity skills industries expectedAttendance"
CREATE_DRIVE = (
    "mutation($i: RecruitmentDriveInput!) { createRecruitmentDrive(input: $i) { "
    + DRIVE_FIELDS
    + " } }"
)
UPDATE_DRIVE = (
    "mutation($id: ID!, $i: RecruitmentDriveInput!) {"
    " updateRecruitmentDrive(id: $id, input: $i) { " + DRIVE_FIELDS + " } }"
)
CREATE_PARK = "mutation($i: ParkInput!) { createPark(input: $i) { id name code region } }"
CREATE_BANK = "mutation($i: BankInput!) { createBank(input: $i) { id name code } }"
CREATE_USER = "mutation($i: CreateUserInput!) { createUser(input: $i) { id username role } }"
LOGIN = "mutation($u: String!, $p: String!) { login(username: $u, password: $p) { token } }"
START_ROUND = """
mutation($park: ID!, $kind: MatchKind!, $w: [WeightInput!]) {
  startRound(parkId: $park, kind: $kind, weights: $w) { id state }
}"""
PROPOSE = """
mutation($park: ID!, $kind: MatchKind!, $w: [WeightInput!]) {
  proposeMatches(parkId: $park, kind: $kind, weights: $w) { id }
}"""
CANCEL_ROUND = "mutation($id: ID!) { cancelRound(id: $id) { id state } }"
UPDATE_SETTINGS = """
mutation($park: ID!, $i: ParkSettingsInput!) {
  updateParkSettings(parkId: $park, input: $i) { roundTimeLimitSeconds }
}"""
SET_HOLIDAY = """
mutation($d: Date!, $n: String!, $w: Boolean) {
  setHoliday(date: $d, name: $n, working: $w) { date }
}"""
REMOVE_HOLIDAY = "mutation($d: Date!) { removeHoliday(date: $d) { date } }"
CHANGE_PASSWORD = """
mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }"""
DEACTIVATE_USER = "mutation($id: ID!) { deactivateUser(id: $id) { id active } }"
REACTIVATE_USER = "mutation($id: ID!) { reactivateUser(id: $id) { id active } }"
RELEASE_CREDIT_CODE = """
mutation($id: ID!, $r: String!) { releaseCreditCode(companyId: $id, reason: $r) { id uscc } }"""

# Everything an admin can see, with the fields the mutations above could change.
STATE = (
    """{
  parks { id name code region }
  companies(first: 100) { totalCount edges { node { id name uscc industry sizeClass
    foundedOn employees annualRevenue techDesignations verified } } }
  financingNeeds(first: 100) { totalCount edges { node {
    id amount termMonths purpose collateral maxAnnualRate neededBy status } } }
  hiringNeeds(first: 100) { totalCount edges { node {
    id title headcount skills minEducation salaryMin salaryMax neededBy status } } }
  creditProducts(first: 100) { totalCount edges { node { """
    + PRODUCT_FIELDS
    + """ active } } }
  recruitmentDrives(first: 100) { totalCount edges { node { """
    + DRIVE_FIELDS
    + """ status } } }
  users(first: 100) { totalCount edges { node { id username role active } } }
  auditEvents(first: 1) { totalCount edges { node { id action } } }
}"""
)


# --- Building requests from rows --------------------------------------------------------------
Value = Any  # a JSON value, or a callable of the world giving one


def ref(key: str) -> Callable:
    """The id of something in the world."""
    return lambda world: world.ids[key]


def unknown(type_name: str) -> Callable:
    """A well-formed id of this type that names nothing."""
    return lambda _world: to_global(type_name, 999_999)


def respelled(key: str, spell: Callable[[str], str]) -> Callable:
    """Another spelling of a real id's key (the id re-encoded around it), or of the id itself
    when `spell` takes the encoded form."""

    def value(world) -> str:
        real = world.ids[key]
        type_name, _, pk = (
            base64.urlsafe_b64decode(real + "=" * (-len(real) % 4)).decode().partition(":")
        )
        return base64.urlsafe_b64encode(f"{type_name}:{spell(pk)}".encode()).decode().rstrip("=")

    return value


def tampered(key: str, spell: Callable[[str], str]) -> Callable:
    """A real id with its base64 text changed by `spell`."""
    return lambda world: spell(world.ids[key])


def resolve(value: Value, world) -> Any:
    if callable(value):
        return value(world)
    if isinstance(value, dict):
        return {k: resolve(v, world) for k, v in value.items()}
    if isinstance(value, list):
        return [resolve(v, world) for v in value]
    return value


def _register(world, o: dict) -> dict:
    o = dict(o)
    top = {k: o.pop(k) for k in ("username", "password") if k in o}
    name = o.pop("name") if "name" in o else "新注册科技有限公司"
    uscc = o.pop("uscc") if "uscc" in o else fresh_uscc()
    park = o.pop("parkId") if "parkId" in o else world.ids["park1"]
    company = company_input(name, uscc, park, **o)
    return {
        "i": {"username": f"new{next(_serial)}", "password": PASSWORD, **top, "company": company}
    }


def _with_id(default: str, build: Callable[[Any, dict], dict]) -> Callable[[Any, dict], dict]:
    def variables(world, o: dict) -> dict:
        o = dict(o)
        target = o.pop("id", ref(default))
        return {"id": resolve(target, world), "i": build(world, o)}

    return variables


def _product(world, o: dict) -> dict:
    return product_input([world.ids["park1"]], **o)


def _user(world, o: dict) -> dict:
    base = {"username": f"user{next(_serial)}", "password": PASSWORD, "role": "OFFICER"}
    base["parkId"] = world.ids["park1"]
    merged = {**base, **o}
    return {k: v for k, v in merged.items() if v is not None}


def _round(world, o: dict) -> dict:
    return {"park": world.ids["park1"], "kind": "FINANCING", **o}


@dataclass(frozen=True)
class Mutation:
    document: str
    persona: str | None
    variables: Callable[[Any, dict], dict]
    result: str


MUTATIONS: dict[str, Mutation] = {
    "registerCompany": Mutation(REGISTER, None, _register, "registerCompany"),
    "updateCompany": Mutation(
        UPDATE_COMPANY, "companyA", _with_id("companyA", lambda _w, o: o), "updateCompany"
    ),
    "postFinancingNeed": Mutation(
        POST_FINANCING,
        "companyA",
        lambda _w, o: {"i": financing_need_input(**o)},
        "postFinancingNeed",
    ),
    "postHiringNeed": Mutation(
        POST_HIRING, "companyA", lambda _w, o: {"i": hiring_need_input(**o)}, "postHiringNeed"
    ),
    "listCreditProduct": Mutation(
        LIST_PRODUCT, "manager1", lambda w, o: {"i": _product(w, o)}, "listCreditProduct"
    ),
    "updateCreditProduct": Mutation(
        UPDATE_PRODUCT, "manager1", _with_id("product1", _product), "updateCreditProduct"
    ),
    "createRecruitmentDrive": Mutation(
        CREATE_DRIVE, "officer1", lambda _w, o: {"i": drive_input(**o)}, "createRecruitmentDrive"
    ),
    "updateRecruitmentDrive": Mutation(
        UPDATE_DRIVE,
        "officer1",
        _with_id("drive1", lambda _w, o: drive_input(**o)),
        "updateRecruitmentDrive",
    ),
    "createPark": Mutation(
        CREATE_PARK,
        "admin",
        lambda _w, o: {"i": {"name": "新园区", "code": f"P{next(_serial)}", "region": "湖北", **o}},
        "createPark",
    ),
    "createBank": Mutation(
        CREATE_BANK,
        "admin",
        lambda _w, o: {"i": {"name": "新银行", "code": f"B{next(_serial)}", **o}},
        "createBank",
    ),
    "createUser": Mutation(CREATE_USER, "admin", lambda w, o: {"i": _user(w, o)}, "createUser"),
    "login": Mutation(
        LOGIN, None, lambda _w, o: {"u": "companyA", "p": "not the password", **o}, "login"
    ),
    "startRound": Mutation(START_ROUND, "officer1", _round, "startRound"),
    "proposeMatches": Mutation(PROPOSE, "officer1", _round, "proposeMatches"),
    "cancelRound": Mutation(CANCEL_ROUND, "officer1", lambda _w, o: o, "cancelRound"),
    "updateParkSettings": Mutation(
        UPDATE_SETTINGS,
        "officer1",
        lambda w, o: {"park": w.ids["park1"], "i": {"roundTimeLimitSeconds": 600, **o}},
        "updateParkSettings",
    ),
    "setHoliday": Mutation(
        SET_HOLIDAY,
        "admin",
        lambda _w, o: {"d": "2026-10-01", "n": "国庆节", "w": False, **o},
        "setHoliday",
    ),
    "removeHoliday": Mutation(
        REMOVE_HOLIDAY, "admin", lambda _w, o: {"d": "2026-10-01", **o}, "removeHoliday"
    ),
    "changePassword": Mutation(
        CHANGE_PASSWORD,
        "companyA",
        lambda _w, o: {"c": PASSWORD, "n": "a new long password", **o},
        "changePassword",
    ),
    "deactivateUser": Mutation(
        DEACTIVATE_USER, "admin", lambda w, o: {"id": w.ids["officer2"], **o}, "deactivateUser"
    ),
    "reactivateUser": Mutation(
        REACTIVATE_USER, "admin", lambda w, o: {"id": w.ids["officer2"], **o}, "reactivateUser"
    ),
    "releaseCreditCode": Mutation(
        RELEASE_CREDIT_CODE,
        "officer1",
        lambda w, o: {"id": w.ids["companyB"], "r": "冒名注册", **o},
        "releaseCreditCode",
    ),
}


@dataclass(frozen=True)
class Bad:
    name: str
    mutation: str
    overrides: dict
    field: str | None
    code: str = "BAD_USER_INPUT"
    persona: str | None = "default"


def days(n: int) -> Callable[[Any], str]:
    """The park's date n days from today, read when the test runs rather than when it is
    collected, so that a run across the park's midnight still agrees with the service."""
    return lambda _world: (park_today() + timedelta(days=n)).isoformat()


LONG = "长" * 201
HUGE = "x" * 200_000  # far above every limit, well below the 1 MiB body cap
GOOD = USCC[0]

BAD: list[Bad] = [
    # registerCompany: the credit code (DOMAIN.md)
    Bad("wrong check char", "registerCompany", {"uscc": swap(GOOD, 17, "E")}, "uscc"),
    *(
        Bad(f"letter {ch}", "registerCompany", {"uscc": swap(GOOD, 9, ch)}, "uscc")
        for ch in "IOZSV"
    ),
    Bad("17 chars", "registerCompany", {"uscc": GOOD[:17]}, "uscc"),
    Bad("19 chars", "registerCompany", {"uscc": GOOD + "0"}, "uscc"),
    Bad("empty uscc", "registerCompany", {"uscc": ""}, "uscc"),
    Bad(
        "letters in division", "registerCompany", {"uscc": with_check("91A30100716105852")}, "uscc"
    ),
    Bad(
        "full-width digits",
        "registerCompany",
        {"uscc": "９１３３０１００７１６１０５８５２Ｆ"},
        "uscc",
    ),
    Bad("uscc with NUL", "registerCompany", {"uscc": GOOD[:17] + "\x00"}, "uscc"),
    Bad("SQL in uscc", "registerCompany", {"uscc": "' OR '1'='1' --    "}, "uscc"),
    Bad("duplicate uscc", "registerCompany", {"uscc": GOOD}, "uscc", "CONFLICT"),
    Bad("duplicate uscc lower", "registerCompany", {"uscc": GOOD.lower()}, "uscc", "CONFLICT"),
    Bad("duplicate username", "registerCompany", {"username": "companyA"}, "username", "CONFLICT"),
    # registerCompany: size class against the thresholds of sections B–D
    *(
        Bad(f"size {size} in {section}", "registerCompany", over, "sizeClass")
        for section, size, over in (
            ("C", "LARGE", {"industry": "C", "sizeClass": "LARGE"}),  # 45 staff, 12M: SMALL
            ("C", "MICRO", {"industry": "C", "sizeClass": "MICRO"}),
            (
                "B",
                "MEDIUM",
                {
                    "industry": "B",
                    "sizeClass": "MEDIUM",
                    "employees": 1000,
                    "annualRevenue": "400000000.00",
                },
            ),
            (
                "D",
                "SMALL",
                {"industry": "D", "sizeClass": "SMALL", "employees": 19, "annualRevenue": "3e6"},
            ),
            (
                "c",
                "MEDIUM",
                {
                    "industry": "c",
                    "sizeClass": "MEDIUM",
                    "employees": 300,
                    "annualRevenue": "19999999.99",
                },
            ),
        )
    ),
    # registerCompany: the other fields
    Bad("industry Z", "registerCompany", {"industry": "Z"}, "industry"),
    Bad("industry U", "registerCompany", {"industry": "U"}, "industry"),
    Bad("industry two letters", "registerCompany", {"industry": "CI"}, "industry"),
    Bad("industry empty", "registerCompany", {"industry": ""}, "industry"),
    Bad("name too long", "registerCompany", {"name": LONG}, "name"),
    Bad("name blank", "registerCompany", {"name": "   "}, "name"),
    Bad("name control char", "registerCompany", {"name": "武汉\x07科技"}, "name"),
    Bad("name huge", "registerCompany", {"name": HUGE}, "name"),
    Bad("employees negative", "registerCompany", {"employees": -1}, "employees"),
    Bad("employees not a number", "registerCompany", {"employees": "many"}, "employees"),
    Bad("revenue negative", "registerCompany", {"annualRevenue": "-1.00"}, "annualRevenue"),
    Bad("revenue 3 decimals", "registerCompany", {"annualRevenue": "1.001"}, "annualRevenue"),
    Bad("revenue not a number", "registerCompany", {"annualRevenue": "一百万"}, "annualRevenue"),
    Bad("founded tomorrow", "registerCompany", {"foundedOn": days(1)}, "foundedOn"),
    Bad("founded 1899", "registerCompany", {"foundedOn": "1899-12-31"}, "foundedOn"),
    Bad("size class unknown", "registerCompany", {"sizeClass": "HUGE"}, "sizeClass"),
    Bad("tech unknown", "registerCompany", {"techDesignations": ["NOPE"]}, "techDesignations"),
    Bad("park unknown", "registerCompany", {"parkId": unknown("Park")}, "parkId"),
    Bad("park id of a bank", "registerCompany", {"parkId": ref("bank1")}, "parkId"),
    Bad("park id garbage", "registerCompany", {"parkId": "'; DROP TABLE park; --"}, "parkId"),
    Bad("park id surrogate", "registerCompany", {"parkId": "UGFyazox\ud800"}, "parkId"),
    Bad("required field missing", "registerCompany", {"uscc": None}, "uscc"),
    Bad("username with space", "registerCompany", {"username": "a b c"}, "username"),
    Bad("username short", "registerCompany", {"username": "ab"}, "username"),
    Bad("password short", "registerCompany", {"password": "short"}, "password"),
    Bad("password surrogate", "registerCompany", {"password": "abcdefghij\udc00"}, "password"),
    # updateCompany
    Bad("employees negative", "updateCompany", {"employees": -5}, "employees"),
    Bad("name blank", "updateCompany", {"name": ""}, "name"),
    Bad("name too long", "updateCompany", {"name": LONG}, "name"),
    Bad("industry X", "updateCompany", {"industry": "X"}, "industry"),
    Bad("size LARGE vs C", "updateCompany", {"industry": "C", "sizeClass": "LARGE"}, "sizeClass"),
    Bad("to C with 5 staff", "updateCompany", {"industry": "C", "employees": 5}, "sizeClass"),
    Bad("revenue 3 decimals", "updateCompany", {"annualRevenue": "0.001"}, "annualRevenue"),
    Bad("id of a need", "updateCompany", {"id": ref("companyA.financing")}, "id"),
    Bad("id garbage", "updateCompany", {"id": "%%%"}, "id"),
    # postFinancingNeed
    Bad("amount zero", "postFinancingNeed", {"amount": "0"}, "amount"),
    Bad("amount negative", "postFinancingNeed", {"amount": "-100.00"}, "amount"),
    Bad("amount 3 decimals", "postFinancingNeed", {"amount": "100.001"}, "amount"),
    Bad("amount NaN", "postFinancingNeed", {"amount": "NaN"}, "amount"),
    Bad("amount Infinity", "postFinancingNeed", {"amount": "Infinity"}, "amount"),
    Bad("amount 1e999999", "postFinancingNeed", {"amount": "1e999999"}, "amount"),
    Bad("amount above a trillion", "postFinancingNeed", {"amount": "1000000000000.01"}, "amount"),
    Bad("amount not a number", "postFinancingNeed", {"amount": "五百万"}, "amount"),
    Bad("term 0", "postFinancingNeed", {"termMonths": 0}, "termMonths"),
    Bad("term 361", "postFinancingNeed", {"termMonths": 361}, "termMonths"),
    Bad("term 2^31", "postFinancingNeed", {"termMonths": 2**31}, "termMonths"),
    Bad("term float", "postFinancingNeed", {"termMonths": 12.5}, "termMonths"),
    Bad("rate 0", "postFinancingNeed", {"maxAnnualRate": "0"}, "maxAnnualRate"),
    Bad("rate 36.01", "postFinancingNeed", {"maxAnnualRate": "36.01"}, "maxAnnualRate"),
    Bad("rate negative", "postFinancingNeed", {"maxAnnualRate": "-3.45"}, "maxAnnualRate"),
    Bad("rate 3 decimals", "postFinancingNeed", {"maxAnnualRate": "3.451"}, "maxAnnualRate"),
    Bad("no collateral", "postFinancingNeed", {"collateral": []}, "collateral"),
    Bad("collateral unknown", "postFinancingNeed", {"collateral": ["HOUSE"]}, "collateral"),
    Bad("purpose blank", "postFinancingNeed", {"purpose": " \t "}, "purpose"),
    Bad("purpose 501", "postFinancingNeed", {"purpose": "x" * 501}, "purpose"),
    Bad("purpose huge", "postFinancingNeed", {"purpose": HUGE}, "purpose"),
    Bad("purpose NUL", "postFinancingNeed", {"purpose": "设备\x00采购"}, "purpose"),
    Bad("purpose escape", "postFinancingNeed", {"purpose": "\x1b[31m红色"}, "purpose"),
    Bad("purpose surrogate", "postFinancingNeed", {"purpose": "设备\ud83d"}, "purpose"),
    Bad("neededBy yesterday", "postFinancingNeed", {"neededBy": days(-1)}, "neededBy"),
    Bad("neededBy in 6 years", "postFinancingNeed", {"neededBy": days(6 * 366)}, "neededBy"),
    Bad("neededBy Feb 30", "postFinancingNeed", {"neededBy": "2030-02-30"}, "neededBy"),
    Bad(
        "bank unknown",
        "postFinancingNeed",
        {"preferredBankIds": [unknown("Bank")]},
        "preferredBankIds",
    ),
    Bad(
        "bank id of a park",
        "postFinancingNeed",
        {"preferredBankIds": [ref("park1")]},
        "preferredBankIds",
    ),
    Bad("bank id garbage", "postFinancingNeed", {"preferredBankIds": ["1"]}, "preferredBankIds"),
    Bad(
        "11 banks",
        "postFinancingNeed",
        {"preferredBankIds": [to_global("Bank", n) for n in range(1, 12)]},
        "preferredBankIds",
    ),
    # postHiringNeed
    Bad("headcount 0", "postHiringNeed", {"headcount": 0}, "headcount"),
    Bad("headcount 100001", "postHiringNeed", {"headcount": 100_001}, "headcount"),
    Bad("headcount negative", "postHiringNeed", {"headcount": -1}, "headcount"),
    Bad("salary min > max", "postHiringNeed", {"salaryMin": "20000.01"}, "salaryMin"),
    Bad("salary min zero", "postHiringNeed", {"salaryMin": "0"}, "salaryMin"),
    Bad("salary max negative", "postHiringNeed", {"salaryMax": "-1"}, "salaryMax"),
    Bad("salary max absurd", "postHiringNeed", {"salaryMax": "1000000.01"}, "salaryMax"),
    Bad("too many skills", "postHiringNeed", {"skills": [f"技能{n}" for n in range(31)]}, "skills"),
    Bad("skill too long", "postHiringNeed", {"skills": ["s" * 41]}, "skills"),
    Bad("skill blank", "postHiringNeed", {"skills": [""]}, "skills"),
    Bad("skill control char", "postHiringNeed", {"skills": ["C\x08"]}, "skills"),
    Bad("skill not a string", "postHiringNeed", {"skills": [{"x": 1}]}, "skills"),
    Bad("title too long", "postHiringNeed", {"title": LONG}, "title"),
    Bad("role unknown", "postHiringNeed", {"roleCategory": "ASTRONAUT"}, "roleCategory"),
    Bad("education unknown", "postHiringNeed", {"minEducation": "PHD"}, "minEducation"),
    Bad("neededBy past", "postHiringNeed", {"neededBy": days(-30)}, "neededBy"),
    # listCreditProduct
    Bad("min > max amount", "listCreditProduct", {"minAmount": "10000000.01"}, "minAmount"),
    Bad("min amount zero", "listCreditProduct", {"minAmount": "0.00"}, "minAmount"),
    Bad("max amount negative", "listCreditProduct", {"maxAmount": "-5"}, "maxAmount"),
    Bad("min > max term", "listCreditProduct", {"minTermMonths": 61}, "minTermMonths"),
    Bad("min term 0", "listCreditProduct", {"minTermMonths": 0}, "minTermMonths"),
    Bad("max term 361", "listCreditProduct", {"maxTermMonths": 361}, "maxTermMonths"),
    Bad("min > max rate", "listCreditProduct", {"minAnnualRate": "4.21"}, "minAnnualRate"),
    Bad("min rate 0", "listCreditProduct", {"minAnnualRate": "0"}, "minAnnualRate"),
    Bad("max rate 36.01", "listCreditProduct", {"maxAnnualRate": "36.01"}, "maxAnnualRate"),
    Bad("no collateral", "listCreditProduct", {"collateral": []}, "collateral"),
    Bad("industry Z", "listCreditProduct", {"industries": ["C", "Z"]}, "industries"),
    Bad("no parks", "listCreditProduct", {"parkIds": []}, "parkIds"),
    Bad("park unknown", "listCreditProduct", {"parkIds": [unknown("Park")]}, "parkIds"),
    Bad("park id of a bank", "listCreditProduct", {"parkIds": [ref("bank1")]}, "parkIds"),
    Bad("park id of a company", "listCreditProduct", {"parkIds": [ref("companyA")]}, "parkIds"),
    Bad("park id garbage", "listCreditProduct", {"parkIds": ["!!"]}, "parkIds"),
    Bad("quota count 0", "listCreditProduct", {"quotaCount": 0}, "quotaCount"),
    Bad("quota amount 0", "listCreditProduct", {"quotaAmount": "0"}, "quotaAmount"),
    Bad("valid until past", "listCreditProduct", {"validUntil": days(-1)}, "validUntil"),
    Bad("min age 101", "listCreditProduct", {"minCompanyAgeYears": 101}, "minCompanyAgeYears"),
    Bad("min age negative", "listCreditProduct", {"minCompanyAgeYears": -1}, "minCompanyAgeYears"),
    Bad("name too long", "listCreditProduct", {"name": LONG}, "name"),
    Bad("size class unknown", "listCreditProduct", {"sizeClasses": ["TINY"]}, "sizeClasses"),
    # updateCreditProduct
    Bad("min > max amount", "updateCreditProduct", {"minAmount": "20000000"}, "minAmount"),
    Bad("max rate 36.01", "updateCreditProduct", {"maxAnnualRate": "36.01"}, "maxAnnualRate"),
    Bad("min > max term", "updateCreditProduct", {"maxTermMonths": 11}, "minTermMonths"),
    Bad("park unknown", "updateCreditProduct", {"parkIds": [unknown("Park")]}, "parkIds"),
    Bad("id of a drive", "updateCreditProduct", {"id": ref("drive1")}, "id"),
    Bad("id garbage", "updateCreditProduct", {"id": "🙂"}, "id"),
    # createRecruitmentDrive
    Bad("booths 0", "createRecruitmentDrive", {"boothCapacity": 0}, "boothCapacity"),
    Bad("booths 10001", "createRecruitmentDrive", {"boothCapacity": 10_001}, "boothCapacity"),
    Bad("date past", "createRecruitmentDrive", {"date": days(-1)}, "date"),
    Bad("date in 3 years", "createRecruitmentDrive", {"date": days(3 * 366)}, "date"),
    Bad("venue blank", "createRecruitmentDrive", {"venue": ""}, "venue"),
    Bad("title too long", "createRecruitmentDrive", {"title": LONG}, "title"),
    Bad(
        "too many skills",
        "createRecruitmentDrive",
        {"skills": [f"s{n}" for n in range(51)]},
        "skills",
    ),
    Bad("industry AA", "createRecruitmentDrive", {"industries": ["AA"]}, "industries"),
    Bad(
        "attendance negative",
        "createRecruitmentDrive",
        {"expectedAttendance": -1},
        "expectedAttendance",
    ),
    Bad("role unknown", "createRecruitmentDrive", {"roleCategories": ["PILOT"]}, "roleCategories"),
    # updateRecruitmentDrive
    Bad("booths 0", "updateRecruitmentDrive", {"boothCapacity": 0}, "boothCapacity"),
    Bad("date past", "updateRecruitmentDrive", {"date": days(-2)}, "date"),
    Bad("id of a product", "updateRecruitmentDrive", {"id": ref("product1")}, "id"),
    # Ids: only the spelling the API gave out resolves (to_global), never another spelling of
    # the same key.
    *(
        Bad(f"id {name}", "updateCompany", {"id": value}, "id")
        for name, value in (
            ("key with an underscore", respelled("companyA", lambda pk: f"0_{pk}")),
            ("key with a space", respelled("companyA", lambda pk: f" {pk}")),
            ("key with a plus", respelled("companyA", lambda pk: f"+{pk}")),
            ("key zero-padded", respelled("companyA", lambda pk: f"0{pk}")),
            (
                "Arabic-Indic digits",
                respelled(
                    "companyA", lambda pk: pk.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
                ),
            ),
            (
                "full-width digits",
                respelled(
                    "companyA",
                    lambda pk: pk.translate(str.maketrans("0123456789", "０１２３４５６７８９")),
                ),
            ),
            ("junk in the base64", tampered("companyA", lambda gid: gid[:3] + "!*" + gid[3:])),
            ("space in the base64", tampered("companyA", lambda gid: gid[:4] + " " + gid[4:])),
            ("padded base64", tampered("companyA", lambda gid: gid + "=" * (-len(gid) % 4 or 4))),
        )
    ),
    Bad(
        "park id respelled",
        "registerCompany",
        {"parkId": respelled("park1", lambda pk: f" {pk} ")},
        "parkId",
    ),
    # Names, titles and usernames: no control or format characters (zero-width, bidi controls),
    # and at least one visible character.
    Bad("name bidi override", "registerCompany", {"name": "武汉\u202e司公限有技科"}, "name"),
    Bad("name only zero-width", "registerCompany", {"name": "\u200b\u200c\u200d\ufeff"}, "name"),
    Bad("name zero-width inside", "registerCompany", {"name": "光谷\u200b科技"}, "name"),
    Bad("name soft hyphen", "registerCompany", {"name": "光谷\u00ad科技"}, "name"),
    Bad("name Hangul filler", "registerCompany", {"name": "\u3164\u3164"}, "name"),
    Bad("name combining marks only", "registerCompany", {"name": "\u0301\u0308"}, "name"),
    Bad("name line separator", "registerCompany", {"name": "光谷\u2028科技"}, "name"),
    Bad("name private use", "registerCompany", {"name": "光谷\ue000"}, "name"),
    Bad("name bidi isolate", "updateCompany", {"name": "\u2067光谷科技"}, "name"),
    Bad("username zero-width", "registerCompany", {"username": "user\u200bname"}, "username"),
    Bad("username full-width", "registerCompany", {"username": "ｕｓｅｒｎａｍｅ"}, "username"),
    Bad("username bidi override", "createUser", {"username": "\u202eresu.new"}, "username"),
    Bad("title zero-width", "postHiringNeed", {"title": "工程师\u200b"}, "title"),
    Bad("title bidi override", "postHiringNeed", {"title": "\u202e师程工"}, "title"),
    Bad("skill zero-width only", "postHiringNeed", {"skills": ["\u200b"]}, "skills"),
    Bad("purpose bidi override", "postFinancingNeed", {"purpose": "采购\u202egpj.exe"}, "purpose"),
    Bad("product name BOM", "listCreditProduct", {"name": "\ufeff科创贷"}, "name"),
    Bad("drive title isolate", "createRecruitmentDrive", {"title": "招聘会\u2066"}, "title"),
    Bad("venue zero-width only", "createRecruitmentDrive", {"venue": "\u200b \u200b"}, "venue"),
    Bad("park name blank glyphs", "createPark", {"name": "\u2800"}, "name"),
    Bad("region bidi override", "createPark", {"region": "湖北\u202d"}, "region"),
    Bad("bank name zero-width", "createBank", {"name": "\u200d银行"}, "name"),
    # createPark
    Bad("code 1 char", "createPark", {"code": "A"}, "code"),
    Bad("code with space", "createPark", {"code": "WH BIO"}, "code"),
    Bad("code Chinese", "createPark", {"code": "光谷"}, "code"),
    Bad("code 33 chars", "createPark", {"code": "A" * 33}, "code"),
    Bad("name blank", "createPark", {"name": ""}, "name"),
    Bad("region too long", "createPark", {"region": LONG}, "region"),
    Bad("duplicate code", "createPark", {"code": "WH-BIO"}, "code", "CONFLICT"),
    Bad("duplicate code lower", "createPark", {"code": "wh-bio"}, "code", "CONFLICT"),
    # createBank
    Bad("code SQL", "createBank", {"code": "X'; DROP TABLE bank;--"}, "code"),
    Bad("name control char", "createBank", {"name": "银行\x7f"}, "name"),
    Bad("duplicate code", "createBank", {"code": "HBB"}, "code", "CONFLICT"),
    # createUser
    Bad("username short", "createUser", {"username": "x"}, "username"),
    Bad("username 65", "createUser", {"username": "u" * 65}, "username"),
    Bad("username Chinese", "createUser", {"username": "张三丰"}, "username"),
    Bad("username NUL", "createUser", {"username": "user\x00name"}, "username"),
    Bad("password short", "createUser", {"password": "123456789"}, "password"),
    Bad("password 257", "createUser", {"password": "p" * 257}, "password"),
    Bad("password surrogate", "createUser", {"password": "\ud800" * 12}, "password"),
    Bad("duplicate username", "createUser", {"username": "officer1"}, "username", "CONFLICT"),
    Bad("role COMPANY", "createUser", {"role": "COMPANY", "parkId": None}, "role"),
    Bad("role unknown", "createUser", {"role": "ROOT"}, "role"),
    Bad("officer without park", "createUser", {"parkId": None}, "parkId"),
    Bad("officer park unknown", "createUser", {"parkId": unknown("Park")}, "parkId"),
    Bad("officer park id of a bank", "createUser", {"parkId": ref("bank1")}, "parkId"),
    Bad("manager without bank", "createUser", {"role": "BANK_MANAGER", "parkId": None}, "bankId"),
    Bad(
        "manager bank id of a park",
        "createUser",
        {"role": "BANK_MANAGER", "parkId": None, "bankId": ref("park1")},
        "bankId",
    ),
    Bad("admin with a park", "createUser", {"role": "ADMIN"}, "parkId"),
    # login: hostile credentials are the generic refusal, never INTERNAL
    Bad("unknown user", "login", {"u": "nobody-here"}, None, "UNAUTHENTICATED"),
    Bad("SQL username", "login", {"u": "admin' OR '1'='1"}, None, "UNAUTHENTICATED"),
    Bad("NUL username", "login", {"u": "admin\x00"}, None, "UNAUTHENTICATED"),
    Bad("surrogate username", "login", {"u": "adm\udfffin"}, None, "UNAUTHENTICATED"),
    Bad("surrogate password", "login", {"u": "officer2", "p": "\ud800"}, None, "UNAUTHENTICATED"),
    Bad("huge username", "login", {"u": HUGE}, None, "UNAUTHENTICATED"),
    Bad("huge password", "login", {"u": "officer2", "p": HUGE}, None, "UNAUTHENTICATED"),
    # A top-level variable of the wrong type: the error names the variable, not a field.
    Bad("password not a string", "login", {"p": 12345678901}, None),
    # Rounds: weights and ids are checked before anything starts (no round, no lock).
    *(
        Bad(name, op, {"w": weights}, "weights")
        for op in ("startRound", "proposeMatches")
        for name, weights in (
            ("unknown weight", [{"name": "luck", "value": 1.0}]),
            ("negative weight", [{"name": "rate", "value": -0.1}]),
            ("weight twice", [{"name": "rate", "value": 0.2}, {"name": "rate", "value": 0.3}]),
            (
                "all weights zero",
                [
                    {"name": name, "value": 0.0}
                    for name in (
                        "rate",
                        "amount_fit",
                        "term_fit",
                        "urgency",
                        "policy",
                        "preference",
                    )
                ],
            ),
        )
    ),
    Bad("weight not a number", "startRound", {"w": [{"name": "rate", "value": "x"}]}, "value"),
    Bad("park of the wrong type", "startRound", {"park": to_global("Company", 1)}, "parkId"),
    Bad("unknown kind", "startRound", {"kind": "LOTTERY"}, None),
    Bad("round id of the wrong type", "cancelRound", {"id": to_global("Park", 1)}, "id"),
    Bad("round id not an id", "cancelRound", {"id": "not-an-id"}, "id"),
    # Park settings: a round time limit of 10 s to an hour.
    *(
        Bad(f"time limit {limit}", "updateParkSettings", {"roundTimeLimitSeconds": limit}, field)
        for limit, field in (
            (9, "roundTimeLimitSeconds"),
            (3601, "roundTimeLimitSeconds"),
            (0, "roundTimeLimitSeconds"),
            (-600, "roundTimeLimitSeconds"),
            (2**31, "roundTimeLimitSeconds"),
            ("600", "roundTimeLimitSeconds"),
            (60.5, "roundTimeLimitSeconds"),
        )
    ),
    # ...and the clocks' due times, 1 to 250 working days.
    *(
        Bad(f"{field} {days}", "updateParkSettings", {field: days}, field)
        for field in ("firstProposalDueDays", "outcomeDueDays")
        for days in (0, 251, -5, "5", 2.5)
    ),
    # The holiday list: a named day from 2000 to 2100.
    Bad("name blank", "setHoliday", {"n": "  "}, "name"),
    Bad("name 51", "setHoliday", {"n": "节" * 51}, "name"),
    Bad("name control char", "setHoliday", {"n": "国庆\x1b节"}, "name"),
    Bad("name zero-width", "setHoliday", {"n": "国庆\u200b节"}, "name"),
    Bad("date before 2000", "setHoliday", {"d": "1999-12-31"}, "date"),
    Bad("date after 2100", "setHoliday", {"d": "2101-01-01"}, "date"),
    Bad("date not a date", "setHoliday", {"d": "2026-13-01"}, None),
    Bad("working not a boolean", "setHoliday", {"w": "yes"}, None),
    Bad("date before 2000", "removeHoliday", {"d": "1999-12-31"}, "date"),
    Bad("no holiday that day", "removeHoliday", {}, None, "NOT_FOUND"),
    # changePassword: the new password as at registration; a wrong current one is refused on
    # its field (and counts as a failed sign-in)
    Bad("new password short", "changePassword", {"n": "short"}, "newPassword"),
    Bad("new password 257", "changePassword", {"n": "p" * 257}, "newPassword"),
    Bad("new password surrogate", "changePassword", {"n": "abcdefghij\udc00"}, "newPassword"),
    Bad("new password is the current", "changePassword", {"n": PASSWORD}, "newPassword"),
    Bad("current password wrong", "changePassword", {"c": "not the password"}, "currentPassword"),
    Bad("current password surrogate", "changePassword", {"c": "\ud800"}, "currentPassword"),
    Bad("current password huge", "changePassword", {"c": HUGE}, "currentPassword"),
    Bad("new password not a string", "changePassword", {"n": 12345678901}, None),
    # deactivateUser, reactivateUser
    Bad("id garbage", "deactivateUser", {"id": "%%%"}, "id"),
    Bad("id of a company", "deactivateUser", {"id": ref("companyA")}, "id"),
    Bad("unknown user", "deactivateUser", {"id": unknown("User")}, None, "NOT_FOUND"),
    Bad("id garbage", "reactivateUser", {"id": "🙂"}, "id"),
    Bad("id of a park", "reactivateUser", {"id": ref("park1")}, "id"),
    Bad("active user", "reactivateUser", {}, None, "CONFLICT"),
    # releaseCreditCode
    Bad("reason blank", "releaseCreditCode", {"r": "  "}, "reason"),
    Bad("reason 501", "releaseCreditCode", {"r": "x" * 501}, "reason"),
    Bad("reason control char", "releaseCreditCode", {"r": "冒名\x1b注册"}, "reason"),
    Bad("company id garbage", "releaseCreditCode", {"id": "!!"}, "companyId"),
    Bad("id of a need", "releaseCreditCode", {"id": ref("companyB.financing")}, "companyId"),
]


# --- Helpers -----------------------------------------------------------------------------------
async def send(world, document: str, variables: dict, persona: str | None) -> dict:
    """POST as a client would, the body JSON-encoded with ASCII escapes (so that lone
    surrogates travel as the `\\udXXX` escapes a hostile client can send)."""
    headers = {"content-type": "application/json"}
    if persona:
        headers["authorization"] = f"Bearer {world.tokens[persona]}"
    response = await world.api.client.post(
        "/graphql", content=json.dumps({"query": document, "variables": variables}), headers=headers
    )
    assert response.status_code < 500, response.text
    return response.json()


async def state(world) -> dict:
    body = await send(world, STATE, {}, "admin")
    assert "errors" not in body, body
    return body["data"]


def _row_id(row: Bad) -> str:
    return f"{row.mutation}:{row.name}"


def _drop_none(value: dict) -> dict:
    return {k: v for k, v in value.items() if v is not None}


# --- The table ---------------------------------------------------------------------------------
@pytest.mark.parametrize("row", BAD, ids=_row_id)
async def test_bad_input_is_refused_and_changes_nothing(shared, row: Bad):
    mutation = MUTATIONS[row.mutation]
    persona = mutation.persona if row.persona == "default" else row.persona
    overrides = resolve(row.overrides, shared)
    variables = mutation.variables(shared, overrides)
    if row.mutation == "registerCompany":
        variables["i"]["company"] = _drop_none(variables["i"]["company"])
    before = await state(shared)

    body = await send(shared, mutation.document, variables, persona)

    assert body.get("errors"), f"accepted: {body}"
    assert (body.get("data") or {}).get(mutation.result) is None
    error = body["errors"][0]
    extensions = error.get("extensions", {})
    assert extensions.get("code") == row.code, error
    assert extensions.get("field") == row.field, error
    assert error["message"] and "Internal" not in error["message"]
    # The service's domain names (need.amount) are the API's argument names by now.
    assert not LEAK.search(error["message"]), error
    assert await state(shared) == before


# --- Hostile but harmless text: stored in NFC, trimmed, and read back -------------------------
HOSTILE_TEXT = {
    "SQL": "'); DROP TABLE company; -- \" OR 1=1 /*",
    "Chinese": "年产十万台精密仪器的扩产项目（二期）",
    "emoji": "扩产 🚀💰 family 👨\u200d👩\u200d👧",
    "RTL": "שלום مرحبا \u200fevil\u200e",
    "zero-width": "zero\u200bwidth\u200cnon\u200djoiner\ufeff",
    "combining": "e\u0301 a\u0308 Z\u0335\u0321",
    "decomposed Hangul": "\u1112\u1161\u11ab\u1100\u1173\u11af",
    "astral": "𠀀𪚥 𝕏 \U0010fffd",
    "HTML": "<script>alert(1)</script>&amp;",
    "padded": "  \u3000扩产项目\u3000 ",
    "max length": "满" * 500,
}


def stored(text: str) -> str:
    """What the service keeps of a free text: its NFC form, trimmed."""
    return unicodedata.normalize("NFC", text).strip()


READ_NEED = "query($id: ID!) { financingNeed(id: $id) { purpose } }"
READ_COMPANY = "query($id: ID!) { company(id: $id) { name } }"


@pytest.mark.parametrize("text", HOSTILE_TEXT.values(), ids=HOSTILE_TEXT.keys())
async def test_hostile_text_is_stored_normalised(shared, text: str):
    body = await send(shared, POST_FINANCING, {"i": financing_need_input(purpose=text)}, "companyA")
    assert "errors" not in body, body
    need = body["data"]["postFinancingNeed"]
    assert need["purpose"] == stored(text)
    read = await send(shared, READ_NEED, {"id": need["id"]}, "companyA")
    assert read["data"]["financingNeed"]["purpose"] == stored(text)
    # Searching with the same hostile text is an ordinary (empty or matching) search.
    found = await send(
        shared,
        "query($s: String) { companies(filter: {search: $s}) { totalCount } }",
        {"s": text[:100]},
        "admin",
    )
    assert "errors" not in found, found


# --- Edges that must be accepted -------------------------------------------------------------
@dataclass(frozen=True)
class Good:
    name: str
    mutation: str
    overrides: dict
    expect: dict = field(default_factory=dict)  # result fields read back


GOOD_ROWS: list[Good] = [
    Good("uscc lower case", "registerCompany", {"uscc": "lower"}, {}),
    Good(
        "size not checked outside B-D",
        "registerCompany",
        {"industry": "I", "sizeClass": "LARGE", "employees": 3, "annualRevenue": "0"},
        {"sizeClass": "LARGE"},
    ),
    Good(
        "size consistent in C at thresholds",
        "registerCompany",
        {"industry": "C", "sizeClass": "LARGE", "employees": 1000, "annualRevenue": "4e8"},
        {"sizeClass": "LARGE", "industry": "C"},
    ),
    Good(
        "industry lower case",
        "registerCompany",
        {"industry": "m", "sizeClass": "MICRO"},
        {"industry": "M", "sizeClass": "MICRO"},
    ),
    Good(
        "Chinese name",
        "registerCompany",
        {"name": "深圳市腾云智造股份有限公司"},
        {"name": "深圳市腾云智造股份有限公司"},
    ),
    Good("rate 36", "postFinancingNeed", {"maxAnnualRate": "36"}, {"maxAnnualRate": "36.00"}),
    Good("rate 0.01", "postFinancingNeed", {"maxAnnualRate": "0.01"}, {"maxAnnualRate": "0.01"}),
    Good("term 1", "postFinancingNeed", {"termMonths": 1}, {"termMonths": 1}),
    Good("term 360", "postFinancingNeed", {"termMonths": 360}, {"termMonths": 360}),
    Good("amount 0.01", "postFinancingNeed", {"amount": "0.01"}, {"amount": "0.01"}),
    Good("neededBy today", "postFinancingNeed", {"neededBy": days(0)}, {"neededBy": days(0)}),
    Good(
        "preferred banks",
        "postFinancingNeed",
        {"preferredBankIds": [ref("bank1"), ref("bank2"), ref("bank1")]},
        {},
    ),
    Good("headcount 1", "postHiringNeed", {"headcount": 1}, {"headcount": 1}),
    Good("headcount 100000", "postHiringNeed", {"headcount": 100_000}, {"headcount": 100_000}),
    Good(
        "salary min = max",
        "postHiringNeed",
        {"salaryMin": "15000", "salaryMax": "15000"},
        {"salaryMin": "15000.00", "salaryMax": "15000.00"},
    ),
    Good("30 skills", "postHiringNeed", {"skills": [f"技能{n:02d}" for n in range(30)]}, {}),
    Good(
        "equal ranges",
        "listCreditProduct",
        {
            "minAmount": "5",
            "maxAmount": "5",
            "minTermMonths": 360,
            "maxTermMonths": 360,
            "minAnnualRate": "36",
            "maxAnnualRate": "36",
        },
        {"minAnnualRate": "36.00", "maxAnnualRate": "36.00", "maxTermMonths": 360},
    ),
    Good("booths 10000", "createRecruitmentDrive", {"boothCapacity": 10_000}, {}),
    Good("park code lower", "createPark", {"code": "gz-hi"}, {"code": "GZ-HI"}),
    Good(
        "name decomposed is stored composed",
        "registerCompany",
        {"name": "Cafe\u0301 光谷科技"},
        {"name": "Café 光谷科技"},
    ),
    Good("name trimmed", "registerCompany", {"name": "\u3000 光谷科技 \t"}, {"name": "光谷科技"}),
    Good("name with emoji", "registerCompany", {"name": "🚀火箭科技"}, {"name": "🚀火箭科技"}),
    Good(
        "title of Arabic text",
        "postHiringNeed",
        {"title": "مهندس برمجيات"},
        {"title": "مهندس برمجيات"},
    ),
]


@pytest.mark.parametrize("row", GOOD_ROWS, ids=lambda r: f"{r.mutation}:{r.name}")
async def test_edge_values_are_accepted(shared, row: Good):
    mutation = MUTATIONS[row.mutation]
    overrides = resolve(row.overrides, shared)
    expect = resolve(row.expect, shared)
    if overrides.get("uscc") == "lower":
        code = fresh_uscc()
        overrides["uscc"] = code.lower()
        expect["uscc"] = code
    variables = mutation.variables(shared, overrides)
    audit_before = (await state(shared))["auditEvents"]["totalCount"]

    body = await send(shared, mutation.document, variables, mutation.persona)

    assert "errors" not in body, body
    result = body["data"][mutation.result]
    if row.mutation == "registerCompany":
        result = result["user"]["company"]
    for key, value in expect.items():
        assert result[key] == value, (key, result)
    assert (await state(shared))["auditEvents"]["totalCount"] == audit_before + 1


# --- Lists: page size and cursors --------------------------------------------------------------
LISTS = {
    "companies": "companies(first: $first, after: $after)",
    "financingNeeds": "financingNeeds(first: $first, after: $after)",
    "hiringNeeds": "hiringNeeds(first: $first, after: $after)",
    "creditProducts": "creditProducts(first: $first, after: $after)",
    "recruitmentDrives": "recruitmentDrives(first: $first, after: $after)",
    "auditEvents": "auditEvents(first: $first, after: $after)",
    "users": "users(first: $first, after: $after)",
    "company.financingNeeds": (
        "company(id: $company) { financingNeeds(first: $first, after: $after)"
    ),
}
HUGE_CURSOR = "Y3Vyc29yOjk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ=="  # "cursor:99999999999999999999"
LIST_ARGS = {
    "first 101": ({"first": 101}, "first"),
    "first -1": ({"first": -1}, "first"),
    "first 2^31": ({"first": 2**31}, None),  # an Int coercion error on the variable
    "after garbage": ({"after": "not-a-cursor"}, "after"),
    "after empty": ({"after": ""}, "after"),
    "after of an id": ({"after": to_global("Company", 1)}, "after"),
    "after huge": ({"after": HUGE_CURSOR}, "after"),
    "after surrogate": ({"after": "Y3Vyc29yOjE\ud800"}, "after"),
    # "cursor: 1" and "cursor:01": other spellings of a real cursor, "cursor:1"
    "after respelled": ({"after": base64.urlsafe_b64encode(b"cursor: 1").decode()}, "after"),
    "after zero-padded": ({"after": base64.urlsafe_b64encode(b"cursor:01").decode()}, "after"),
}


@pytest.mark.parametrize("args", LIST_ARGS.values(), ids=LIST_ARGS.keys())
@pytest.mark.parametrize("selection", LISTS.values(), ids=LISTS.keys())
async def test_list_arguments_are_checked(shared, selection: str, args: tuple):
    variables, expected_field = args
    nested = selection.startswith("company(")
    document = (
        f"query($first: Int, $after: String{', $company: ID!' if nested else ''}) {{"
        f" {selection} {{ totalCount edges {{ cursor }} }}{' }' if nested else ''} }}"
    )
    if nested:
        variables = {"company": shared.ids["companyA"], **variables}
    body = await send(shared, document, variables, "admin")
    assert body.get("errors"), body
    extensions = body["errors"][0]["extensions"]
    assert extensions["code"] == "BAD_USER_INPUT", body
    assert extensions.get("field") == expected_field, body


async def test_page_size_bounds_are_inclusive(shared):
    query = "query($f: Int) { auditEvents(first: $f) { totalCount edges { cursor } } }"
    for first in (0, 100):
        body = await send(shared, query, {"f": first}, "admin")
        assert "errors" not in body, body
        page = body["data"]["auditEvents"]
        assert len(page["edges"]) == min(first, page["totalCount"])


async def test_queries_refuse_ids_of_the_wrong_type(shared):
    for query, wrong in (
        ("company", "companyA.financing"),
        ("financingNeed", "companyA.hiring"),
        ("hiringNeed", "product1"),
        ("creditProduct", "drive1"),
        ("recruitmentDrive", "companyA"),
    ):
        body = await send(
            shared,
            f"query($id: ID!) {{ {query}(id: $id) {{ id }} }}",
            {"id": shared.ids[wrong]},
            "admin",
        )
        extensions = body["errors"][0]["extensions"]
        assert (extensions["code"], extensions.get("field")) == ("BAD_USER_INPUT", "id"), body


async def test_deeply_nested_json_is_refused_and_changes_nothing(shared):
    """Nesting that the type does not follow is a type error on the field; nesting deeper than
    any parser's stack is a malformed body (400). Neither is a server error."""
    headers = {
        "authorization": f"Bearer {shared.tokens['companyA']}",
        "content-type": "application/json",
    }
    template = json.dumps(
        {"query": POST_HIRING, "variables": {"i": hiring_need_input(skills="SKILLS")}}
    )
    before = await state(shared)
    for depth in (900, 100_000):
        raw = template.replace('"SKILLS"', "[" * depth + '"C"' + "]" * depth)
        response = await shared.api.client.post("/graphql", content=raw, headers=headers)
        if depth < 1000:
            error = response.json()["errors"][0]
            assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": "skills"}, error
        else:
            assert response.status_code == 400, response.text
    assert await state(shared) == before


# Listed in an order the service checks first (sign-in, scope), then the cursor.
ANONYMOUS_LISTS = {
    **{
        name: selection for name, selection in LISTS.items() if not selection.startswith("company(")
    },
    "lprHistory": "lprHistory(first: $first, after: $after)",
    "proposals": "proposals(first: $first, after: $after)",
}


@pytest.mark.parametrize("selection", ANONYMOUS_LISTS.values(), ids=ANONYMOUS_LISTS.keys())
async def test_a_bad_cursor_is_checked_after_the_caller(shared, selection: str):
    document = f"query($first: Int, $after: String) {{ {selection} {{ totalCount }} }}"
    plain = await send(shared, document, {}, None)
    body = await send(shared, document, {"after": "not-a-cursor"}, None)
    assert body.get("errors"), body
    if plain.get("errors"):
        assert body["errors"][0]["extensions"] == plain["errors"][0]["extensions"], body
    else:
        assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "after"}


AUDIT_TRAIL = """
query($type: String, $id: String) {
  auditEvents(first: 100, filter: {objectType: $type, objectId: $id}) {
    totalCount edges { node { objectType objectId } }
  }
}
"""


async def test_the_audit_filter_finds_an_object_by_its_id(shared):
    park = shared.ids["park1"]
    for variables in ({"id": park}, {"type": "Park", "id": park}):
        body = await send(shared, AUDIT_TRAIL, variables, "admin")
        assert "errors" not in body, body
        events = [edge["node"] for edge in body["data"]["auditEvents"]["edges"]]
        assert events and all(e == {"objectType": "Park", "objectId": park} for e in events), body
    # A dry run's objects are never stored: nothing names them.
    body = await send(shared, AUDIT_TRAIL, {"id": to_global("Proposal", -1)}, "admin")
    assert body["data"]["auditEvents"]["totalCount"] == 0, body


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"id": "not-an-id"}, "filter.objectId: not a valid id"),
        (
            {"id": base64.urlsafe_b64encode(b"Park:01").decode()},
            "filter.objectId: not a valid Park id",
        ),
        # The two filters contradict each other: refused rather than an empty trail.
        (
            {"type": "Company", "id": to_global("Park", 1)},
            "filter.objectId: not a valid Company id",
        ),
    ],
    ids=["malformed", "respelled", "of another type than objectType"],
)
async def test_the_audit_filter_refuses_a_bad_object_id(shared, variables: dict, message: str):
    body = await send(shared, AUDIT_TRAIL, variables, "admin")
    assert body["errors"][0]["message"] == message, body
    assert body["errors"][0]["extensions"] == {"code": "BAD_USER_INPUT", "field": "filter.objectId"}


# The lists' filters: refused on the filter's own name, as the client wrote it.
LIST_FILTERS = [
    (
        "users",
        "query($s: String) { users(filter: {search: $s}) { totalCount } }",
        {"s": "x" * 65},
        "filter.search",
    ),
    (
        "companies",
        "query($s: String) { companies(filter: {search: $s}) { totalCount } }",
        {"s": "x" * 101},
        "filter.search",
    ),
    (
        "audit type",
        "query($t: String) { auditEvents(filter: {objectType: $t}) { totalCount } }",
        {"t": "x" * 65},
        "filter.objectType",
    ),
    (
        "audit period",
        "query($s: DateTime, $u: DateTime) { auditEvents(filter: {since: $s, until: $u}) "
        "{ totalCount } }",
        {"s": "2026-05-02T00:00:00+00:00", "u": "2026-05-01T00:00:00+00:00"},
        "filter.since",
    ),
    (
        "needs posted",
        "query($s: Date, $u: Date) { financingNeeds(filter: {postedSince: $s, postedUntil: $u}) "
        "{ totalCount } }",
        {"s": "2026-05-02", "u": "2026-05-01"},
        "filter.postedSince",
    ),
]


@pytest.mark.parametrize(
    ("document", "variables", "field"),
    [row[1:] for row in LIST_FILTERS],
    ids=[row[0] for row in LIST_FILTERS],
)
async def test_a_list_refuses_a_bad_filter_by_its_api_name(shared, document, variables, field):
    body = await send(shared, document, variables, "admin")
    error = body["errors"][0]
    assert error["extensions"] == {"code": "BAD_USER_INPUT", "field": field}, body
    assert error["message"].startswith(field), body
    assert not LEAK.search(error["message"]), body
