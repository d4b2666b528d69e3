"""Typed commands: frozen and slotted, built whole, and their refusals name domain fields (the
GraphQL face maps them to its argument names; tests/api/test_bad_input.py checks that clients
never see a domain name)."""

from __future__ import annotations

import dataclasses
from collections import Counter
from datetime import date, timedelta

import pytest

from server.errors import BadInput
from server.services import drives, rounds
from server.services.commands import drives as drive_commands
from server.services.commands import rounds as round_commands
from server.standards import MatchKind
from tests.commands import command_classes, command_modules, domain_fields, field_constants

TODAY = date(2026, 5, 4)
COMMANDS = [cls for module in command_modules() for cls in command_classes(module)]


def test_every_domain_has_its_commands():
    names = {module.__name__.rsplit(".", 1)[1] for module in command_modules()}
    assert {"needs", "drives", "rounds", "park_settings", "holidays", "lpr", "proposals"} <= names
    assert all(command_classes(module) for module in command_modules())


@pytest.mark.parametrize("command", COMMANDS, ids=lambda cls: cls.__name__)
def test_a_command_is_frozen_and_slotted(command):
    params = command.__dataclass_params__
    assert params.frozen, command
    assert "__slots__" in vars(command), command


def test_a_command_cannot_be_changed_once_built():
    built = round_commands.StartRound(park_id=1, kind=MatchKind.FINANCING)
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.dry_run = True  # type: ignore[misc]


def test_a_command_missing_a_field_fails_where_it_is_built():
    with pytest.raises(TypeError, match="today"):
        drive_commands.CreateDrive(details=_details())  # type: ignore[call-arg]


def test_field_constants_are_dotted_and_unique_across_domains():
    named = [value for module in command_modules() for value in field_constants(module).values()]
    assert all(value.count(".") == 1 and " " not in value for value in named), named
    twice = [value for value, count in Counter(named).items() if count > 1]
    assert not twice, twice
    assert len(domain_fields()) == len(named)


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
