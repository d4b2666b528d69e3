"""Parks and banks, created by an admin."""

from __future__ import annotations

import re

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict, NotFound
from server.models import Bank, Park
from server.services import audit, policy, validation
from server.services.commands.parties import (
    BANK_CODE,
    BANK_NAME,
    PARK_CODE,
    PARK_NAME,
    PARK_REGION,
    CreateBank,
    CreatePark,
)
from server.services.viewer import Viewer
from server.standards import Role

CODE = re.compile(r"[A-Z0-9_\-]{2,32}")


def _code(value: str, field: str) -> str:
    code = value.strip().upper()
    if not CODE.fullmatch(code):
        raise BadInput(f"{field} must be 2–32 of A–Z, 0–9, '_' or '-'", field=field)
    return code


async def list_parks() -> list[Park]:
    return await Park.all().order_by("name")


async def list_banks(viewer: Viewer | None) -> list[Bank]:
    policy.signed_in(viewer)
    return await Bank.all().order_by("name")


async def park_by_code(code: str) -> Park:
    park = await Park.filter(code=code.strip().upper()).first()
    if park is None:
        raise NotFound(f"No park with code {code}")
    return park


async def create_park(viewer: Viewer | None, command: CreatePark) -> Park:
    viewer = policy.require_role(viewer, Role.ADMIN)
    fields = {
        "name": validation.text(command.name, PARK_NAME, max_length=200),
        "code": _code(command.code, PARK_CODE),
        "region": validation.text(command.region, PARK_REGION, max_length=200),
    }
    return await _create(viewer, Park, "PARK_CREATED", fields, PARK_CODE)


async def create_bank(viewer: Viewer | None, command: CreateBank) -> Bank:
    viewer = policy.require_role(viewer, Role.ADMIN)
    fields = {
        "name": validation.text(command.name, BANK_NAME, max_length=200),
        "code": _code(command.code, BANK_CODE),
    }
    return await _create(viewer, Bank, "BANK_CREATED", fields, BANK_CODE)


async def _create(
    viewer: Viewer, model: type[Park] | type[Bank], action: str, fields: dict, code_field: str
):
    label = model.__name__
    try:
        async with in_transaction() as conn:
            if await model.filter(code=fields["code"]).using_db(conn).exists():
                raise Conflict(f"A {label.lower()} with this code exists", field=code_field)
            created = await model.create(**fields, using_db=conn)
            await audit.record(
                viewer,
                action,
                label,
                created.id,
                park_id=created.id if model is Park else None,
                summary={"after": fields},
                using_db=conn,
            )
            return created
    except IntegrityError:
        raise Conflict(f"A {label.lower()} with this code exists", field=code_field) from None
