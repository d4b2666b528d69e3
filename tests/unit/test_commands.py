"""Typed commands: frozen and slotted, refused when built with a field missing or unknown, and
the domain fields their refusals name spelled `domain.field`, each once (the GraphQL face maps
them to its argument names; tests/api/test_bad_input.py checks that clients never see one)."""

from __future__ import annotations

import asyncio
import dataclasses
import re
from datetime import date, timedelta
from decimal import Decimal

import pytest

from server.errors import BadInput
from server.services import drives, rounds
from server.services.commands import accounts, companies, products
from server.services.commands import drives as drive_commands
from server.services.commands import rounds as round_commands
from server.services.companies import check_company
from server.services.products import check_product
from server.standards import Collateral, MatchKind, Role, SizeClass
from tests.commands import MODULES, command_classes, field_constants

TODAY = date(2026, 5, 4)
COMMANDS = [cls for module in MODULES for cls in command_classes(module)]
DOMAIN_FIELD = re.compile(r"[a-z]+\.[a-z_]+")

TERMS = products.ProductTerms(
    name="科技贷",
    min_amount=Decimal(100_000),
    max_amount=Decimal(1_000_000),
    min_term_months=6,
    max_term_months=36,
    collateral=(Collateral.CREDIT,),
    park_ids=(1,),
    quota_count=10,
    quota_amount=Decimal(5_000_000),
    valid_until=date(2027, 1, 1),
    min_annual_rate=Decimal("3.5"),
    max_annual_rate=Decimal("6"),
)
SAMPLES = [
    TERMS,
    products.ListProduct(terms=TERMS, today=date(2026, 1, 5)),
    companies.UpdateCompany(company_id=1, employees=12),
    accounts.CreateUser(username="officer.li", password="long enough", role=Role.OFFICER),
    accounts.ChangePassword(token=None, current_password="old one!", new_password="new one!"),
    round_commands.StartRound(park_id=1, kind=MatchKind.FINANCING),
]


def test_every_domain_has_its_commands():
    names = {module.__name__.rsplit(".", 1)[1] for module in MODULES}
    assert {
        "needs",
        "drives",
        "rounds",
        "park_settings",
        "holidays",
        "lpr",
        "proposals",
        "products",
        "companies",
        "accounts",
        "parties",
    } <= names
    assert all(command_classes(module) for module in MODULES)


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.__qualname__)
def test_every_command_is_a_frozen_slotted_dataclass(command):
    params = command.__dataclass_params__
    assert params.frozen, command
    assert "__slots__" in vars(command), command


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: type(s).__name__)
def test_a_command_cannot_change_once_built(sample):
    first = dataclasses.fields(sample)[0].name
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(sample, first, None)


def test_a_command_with_a_field_missing_or_unknown_is_not_built():
    with pytest.raises(TypeError, match="today"):
        drive_commands.CreateDrive(details=_details())  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        accounts.CreateUser(username="officer.li", password="long enough")
    with pytest.raises(TypeError):
        accounts.Login(username="admin", password="x", remember=True)
    with pytest.raises(TypeError):
        products.RetireProduct()


def test_a_list_field_is_a_tuple_so_the_command_stays_unchanged():
    terms = products.ProductTerms.__dataclass_fields__
    for name in ("collateral", "park_ids", "industries", "size_classes"):
        assert terms[name].type.startswith("tuple["), name
    assert hash(TERMS) == hash(dataclasses.replace(TERMS))


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__.rsplit(".", 1)[1])
def test_each_domain_field_is_named_once_as_domain_dot_field(module):
    fields = field_constants(module)
    assert fields, module
    for name, value in fields.items():
        assert DOMAIN_FIELD.fullmatch(value), (name, value)
    assert len(set(fields.values())) == len(fields), fields


def test_no_two_domains_share_a_domain_field():
    """One resolver may map several domains' fields at once (registerCompany: the account's
    and the company's), so that a name must mean one field wherever it is read."""
    owners: dict[str, str] = {}
    for module in MODULES:
        for value in field_constants(module).values():
            assert owners.setdefault(value, module.__name__) == module.__name__, value


PROFILE = companies.CompanyProfile(
    name="秦创原精密仪器有限公司",
    uscc="not a credit code",
    park_id=1,
    industry="C",
    size_class=SizeClass.SMALL,
    founded_on=date(2020, 3, 1),
    employees=40,
    annual_revenue=Decimal(5_000_000),
)


def test_a_company_or_product_refusal_names_its_domain_field():
    """The checks that need no database, called as a service calls them: the message and the
    field speak the domain; api_fields words them as the API does (test_bad_input)."""
    with pytest.raises(BadInput) as refused:
        check_company(PROFILE, date(2026, 1, 5))
    assert refused.value.field == companies.USCC
    assert refused.value.message.startswith(f"{companies.USCC} is not a valid")

    for terms, field in (
        (dataclasses.replace(TERMS, name=" "), products.NAME),
        (dataclasses.replace(TERMS, max_amount=Decimal(1)), products.MIN_AMOUNT),
        (dataclasses.replace(TERMS, spread_bp=50), products.SPREAD_BP),
    ):
        with pytest.raises(BadInput) as refused:
            asyncio.run(check_product(date(2026, 1, 5), terms))
        assert refused.value.field == field
        assert refused.value.message.startswith(field)


def _details(**changes) -> drive_commands.DriveDetails:
    fields = {"title": "春季招聘会", "date": TODAY, "venue": "创新大厦", "booth_capacity": 20}
    return drive_commands.DriveDetails(**fields | changes)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"date": TODAY - timedelta(days=1)}, drive_commands.DATE),
        ({"title": " "}, drive_commands.TITLE),
        ({"booth_capacity": 0}, drive_commands.BOOTH_CAPACITY),
        ({"industries": ("Z",)}, drive_commands.INDUSTRIES),
        ({"expected_attendance": -1}, drive_commands.EXPECTED_ATTENDANCE),
    ],
)
def test_a_drive_refusal_names_its_domain_field(changes, field):
    with pytest.raises(BadInput) as refused:
        drives.check_drive(_details(**changes), TODAY)
    assert refused.value.field == field
    assert refused.value.message.startswith(field)


def test_a_weights_refusal_names_the_domain_field():
    twice = (("rate", 0.2), ("rate", 0.3))
    for weights in (twice, (("luck", 1.0),)):
        with pytest.raises(BadInput) as refused:
            rounds.check_weights(MatchKind.FINANCING, weights)
        assert refused.value.field == round_commands.WEIGHTS
        assert refused.value.message.startswith(f"{round_commands.WEIGHTS}: ")
