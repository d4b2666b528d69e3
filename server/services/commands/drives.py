"""The recruitment drive commands: a park's officer organises, edits and closes its drives."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from server.standards import RoleCategory


@dataclass(frozen=True, slots=True)
class DriveDetails:
    """A drive as its officer describes it, when created and when edited."""

    title: str
    date: date
    venue: str
    booth_capacity: int
    role_categories: tuple[RoleCategory, ...] = ()
    skills: tuple[str, ...] = ()
    industries: tuple[str, ...] = ()
    expected_attendance: int | None = None


@dataclass(frozen=True, slots=True)
class CreateDrive:
    details: DriveDetails
    today: date


@dataclass(frozen=True, slots=True)
class UpdateDrive:
    drive_id: int
    details: DriveDetails
    today: date


@dataclass(frozen=True, slots=True)
class CloseDrive:
    drive_id: int
    today: date


# The domain fields refusals name.
TITLE = "drive.title"
DATE = "drive.date"
VENUE = "drive.venue"
BOOTH_CAPACITY = "drive.booth_capacity"
ROLE_CATEGORIES = "drive.role_categories"
SKILLS = "drive.skills"
INDUSTRIES = "drive.industries"
EXPECTED_ATTENDANCE = "drive.expected_attendance"
