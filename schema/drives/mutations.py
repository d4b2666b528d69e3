from __future__ import annotations

import strawberry

from schema.context import Info
from schema.drives.types import RecruitmentDrive, RecruitmentDriveInput
from schema.ids import pk
from schema.inputs import draft
from server.services import drives


def _draft(input: RecruitmentDriveInput) -> dict:
    fields = draft(input)
    fields["held_on"] = fields.pop("date")
    return fields


@strawberry.type
class Mutation:
    @strawberry.mutation(description="An officer organises a drive in its park.")
    async def create_recruitment_drive(
        self, info: Info, input: RecruitmentDriveInput
    ) -> RecruitmentDrive:
        drive = await drives.create_drive(info.context.viewer, info.context.today, _draft(input))
        return RecruitmentDrive.of(drive)

    @strawberry.mutation
    async def update_recruitment_drive(
        self, info: Info, id: strawberry.ID, input: RecruitmentDriveInput
    ) -> RecruitmentDrive:
        drive = await drives.update_drive(
            info.context.viewer, info.context.today, pk("RecruitmentDrive", id, "id"), _draft(input)
        )
        return RecruitmentDrive.of(drive)

    @strawberry.mutation
    async def close_recruitment_drive(self, info: Info, id: strawberry.ID) -> RecruitmentDrive:
        drive = await drives.close_drive(
            info.context.viewer, info.context.today, pk("RecruitmentDrive", id, "id")
        )
        return RecruitmentDrive.of(drive)
