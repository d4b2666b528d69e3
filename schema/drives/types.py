from __future__ import annotations

import datetime as dt

import strawberry

from schema.accounts.parties import Park
from schema.context import Info
from schema.enums import DriveStatus, RoleCategory
from schema.ids import gid


@strawberry.type
class RecruitmentDrive:
    id: strawberry.ID
    title: str
    date: dt.date
    venue: str
    booth_capacity: int
    remaining_booths: int
    role_categories: list[RoleCategory]
    skills: list[str]
    industries: list[str]
    expected_attendance: int | None
    status: DriveStatus
    created_at: dt.datetime
    park_pk: strawberry.Private[int]

    @classmethod
    def of(cls, drive) -> RecruitmentDrive:
        return cls(
            id=gid("RecruitmentDrive", drive.id),
            title=drive.title,
            date=drive.date,
            venue=drive.venue,
            booth_capacity=drive.booth_capacity,
            remaining_booths=drive.booth_capacity - drive.booths_used,
            role_categories=drive.role_categories,
            skills=drive.skills,
            industries=drive.industries,
            expected_attendance=drive.expected_attendance,
            status=drive.status,
            created_at=drive.created_at,
            park_pk=drive.park_id,
        )

    @strawberry.field
    async def park(self, info: Info) -> Park:
        return Park.of(await info.context.loaders.park_by_id.load(self.park_pk))


@strawberry.input
class RecruitmentDriveInput:
    title: str
    date: dt.date
    venue: str
    booth_capacity: int
    role_categories: list[RoleCategory] | None = None
    skills: list[str] | None = None
    industries: list[str] | None = None
    expected_attendance: int | None = None


@strawberry.input
class DriveFilter:
    park_id: strawberry.ID | None = None
    upcoming: bool | None = None
