"""Recruitment drives: organised by the park's officers, browsed by everyone while upcoming."""

from __future__ import annotations

from datetime import date, timedelta

from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict, NotFound
from server.models import RecruitmentDrive
from server.services import audit, policy, validation
from server.services.commands.drives import (
    BOOTH_CAPACITY,
    DATE,
    EXPECTED_ATTENDANCE,
    INDUSTRIES,
    ROLE_CATEGORIES,
    SKILLS,
    TITLE,
    VENUE,
    CloseDrive,
    CreateDrive,
    DriveDetails,
    UpdateDrive,
)
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import DriveStatus, Role

MAX_HORIZON = timedelta(days=2 * 366)


def check_drive(details: DriveDetails, today: date) -> dict:
    """The drive's columns, each checked."""
    if not today <= details.date <= today + MAX_HORIZON:
        raise BadInput(f"{DATE} must be today or later, within two years", field=DATE)
    attendance = details.expected_attendance
    return {
        "title": validation.text(details.title, TITLE, max_length=200),
        "date": details.date,
        "venue": validation.text(details.venue, VENUE, max_length=200),
        "booth_capacity": validation.whole(
            details.booth_capacity, BOOTH_CAPACITY, low=1, high=10_000
        ),
        "role_categories": validation.choices(details.role_categories, ROLE_CATEGORIES),
        "skills": validation.tags(details.skills, SKILLS, max_items=50),
        "industries": validation.industries(details.industries, INDUSTRIES),
        "expected_attendance": None
        if attendance is None
        else validation.whole(attendance, EXPECTED_ATTENDANCE, low=0, high=1_000_000),
    }


def _snapshot(drive: RecruitmentDrive) -> dict:
    return {
        "title": drive.title,
        "date": drive.date.isoformat(),
        "venue": drive.venue,
        "boothCapacity": drive.booth_capacity,
        "status": drive.status.value,
    }


async def create_drive(viewer: Viewer | None, command: CreateDrive) -> RecruitmentDrive:
    viewer = policy.require_role(viewer, Role.OFFICER)
    fields = check_drive(command.details, command.today)
    async with in_transaction() as conn:
        drive = await RecruitmentDrive.create(park_id=viewer.park_id, **fields, using_db=conn)
        await audit.record(
            viewer,
            "DRIVE_CREATED",
            "RecruitmentDrive",
            drive.id,
            park_id=drive.park_id,
            summary={"after": _snapshot(drive)},
            using_db=conn,
        )
    return drive


async def update_drive(viewer: Viewer | None, command: UpdateDrive) -> RecruitmentDrive:
    drive = await get_drive(viewer, command.today, command.drive_id)
    viewer = policy.require_park_officer(viewer, drive.park_id)
    fields = check_drive(command.details, command.today)
    if drive.status != DriveStatus.OPEN:
        raise Conflict("A closed drive cannot be edited")
    async with in_transaction() as conn:
        # Booths already confirmed stay: capacity may not drop below them, checked in the write.
        changed = (
            await RecruitmentDrive.filter(
                id=drive.id, status=DriveStatus.OPEN, booths_used__lte=fields["booth_capacity"]
            )
            .using_db(conn)
            .update(**fields)
        )
        if not changed:
            current = await RecruitmentDrive.get(id=drive.id).using_db(conn)
            if current.status != DriveStatus.OPEN:
                raise Conflict("A closed drive cannot be edited")
            raise BadInput(
                f"{BOOTH_CAPACITY} cannot go below the {current.booths_used} booths already "
                "confirmed",
                field=BOOTH_CAPACITY,
            )
        updated = await RecruitmentDrive.get(id=drive.id).using_db(conn)
        await audit.record(
            viewer,
            "DRIVE_UPDATED",
            "RecruitmentDrive",
            drive.id,
            park_id=drive.park_id,
            summary={"before": _snapshot(drive), "after": _snapshot(updated)},
            using_db=conn,
        )
    return updated


async def close_drive(viewer: Viewer | None, command: CloseDrive) -> RecruitmentDrive:
    drive = await get_drive(viewer, command.today, command.drive_id)
    viewer = policy.require_park_officer(viewer, drive.park_id)
    async with in_transaction() as conn:
        changed = (
            await RecruitmentDrive.filter(id=drive.id, status=DriveStatus.OPEN)
            .using_db(conn)
            .update(status=DriveStatus.CLOSED)
        )
        if not changed:
            raise Conflict("This drive is already closed")
        await audit.record(
            viewer,
            "DRIVE_CLOSED",
            "RecruitmentDrive",
            drive.id,
            park_id=drive.park_id,
            summary={"before": {"status": "OPEN"}, "after": {"status": "CLOSED"}},
            using_db=conn,
        )
    return await RecruitmentDrive.get(id=drive.id)


async def get_drive(viewer: Viewer | None, today: date, drive_id: int) -> RecruitmentDrive:
    viewer = policy.signed_in(viewer)
    drive = await RecruitmentDrive.filter(policy.drive_scope(viewer, today), id=drive_id).first()
    if drive is None:
        raise NotFound("No such recruitment drive")
    return drive


async def list_drives(
    viewer: Viewer | None,
    today: date,
    first: int | None,
    after: int | None,
    *,
    park_id: int | None = None,
    upcoming: bool | None = None,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = RecruitmentDrive.filter(policy.drive_scope(viewer, today))
    if park_id is not None:
        query = query.filter(park_id=park_id)
    if upcoming is True:
        query = query.filter(status=DriveStatus.OPEN, date__gte=today)
    elif upcoming is False:
        query = query.exclude(status=DriveStatus.OPEN, date__gte=today)
    return await paginate(query, first, after)
