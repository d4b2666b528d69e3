from __future__ import annotations

import strawberry

from schema.context import Info
from schema.drives.types import DriveFilter, RecruitmentDrive
from schema.ids import optional_pk, pk
from schema.pagination import Connection, read_after
from server.services import drives


@strawberry.type
class Query:
    @strawberry.field
    async def recruitment_drive(self, info: Info, id: strawberry.ID) -> RecruitmentDrive | None:
        drive_id = pk("RecruitmentDrive", id, "id")
        return RecruitmentDrive.of(
            await drives.get_drive(info.context.viewer, info.context.today, drive_id)
        )

    @strawberry.field
    async def recruitment_drives(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: DriveFilter | None = None,
    ) -> Connection[RecruitmentDrive]:
        filter = filter or DriveFilter()
        page = await read_after(
            lambda key: drives.list_drives(
                info.context.viewer,
                info.context.today,
                first,
                key,
                park_id=optional_pk("Park", filter.park_id, "filter.parkId"),
                upcoming=filter.upcoming,
            ),
            after,
        )
        return Connection.of(page, RecruitmentDrive.of)
