from __future__ import annotations

import strawberry

from schema.context import Info
from schema.drives.types import RecruitmentDrive, RecruitmentDriveInput
from schema.errors import api_fields
from schema.ids import pk
from server.services import drives
from server.services.commands import drives as commands

# The input's fields, by the domain fields their refusals name.
DRIVE_FIELDS = {
    commands.TITLE: "title",
    commands.DATE: "date",
    commands.VENUE: "venue",
    commands.BOOTH_CAPACITY: "boothCapacity",
    commands.ROLE_CATEGORIES: "roleCategories",
    commands.SKILLS: "skills",
    commands.INDUSTRIES: "industries",
    commands.EXPECTED_ATTENDANCE: "expectedAttendance",
}


def _details(input: RecruitmentDriveInput) -> commands.DriveDetails:
    return commands.DriveDetails(
        title=input.title,
        date=input.date,
        venue=input.venue,
        booth_capacity=input.booth_capacity,
        role_categories=tuple(input.role_categories or ()),
        skills=tuple(input.skills or ()),
        industries=tuple(input.industries or ()),
        expected_attendance=input.expected_attendance,
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="An officer organises a drive in its park.")
    async def create_recruitment_drive(
        self, info: Info, input: RecruitmentDriveInput
    ) -> RecruitmentDrive:
        command = commands.CreateDrive(details=_details(input), today=info.context.today)
        with api_fields(DRIVE_FIELDS):
            drive = await drives.create_drive(info.context.viewer, command)
        return RecruitmentDrive.of(drive)

    @strawberry.mutation
    async def update_recruitment_drive(
        self, info: Info, id: strawberry.ID, input: RecruitmentDriveInput
    ) -> RecruitmentDrive:
        command = commands.UpdateDrive(
            drive_id=pk("RecruitmentDrive", id, "id"),
            details=_details(input),
            today=info.context.today,
        )
        with api_fields(DRIVE_FIELDS):
            drive = await drives.update_drive(info.context.viewer, command)
        return RecruitmentDrive.of(drive)

    @strawberry.mutation
    async def close_recruitment_drive(self, info: Info, id: strawberry.ID) -> RecruitmentDrive:
        command = commands.CloseDrive(
            drive_id=pk("RecruitmentDrive", id, "id"), today=info.context.today
        )
        return RecruitmentDrive.of(await drives.close_drive(info.context.viewer, command))
