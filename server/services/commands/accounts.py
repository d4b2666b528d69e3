"""The account commands: signing in and out, passwords, registration, and the admin's users.
The viewer who asks, where there is one, travels beside each, as for every service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from server.services.commands.companies import CompanyProfile
from server.standards import Role


@dataclass(frozen=True, slots=True)
class Login:
    username: str
    password: str


@dataclass(frozen=True, slots=True)
class Logout:
    """Revokes the token the request was signed in with (None: it was sent none)."""

    token: str | None


@dataclass(frozen=True, slots=True)
class ChangePassword:
    """The signed-in user's own password; `token`, the one asking, stays signed in."""

    token: str | None
    current_password: str
    new_password: str


@dataclass(frozen=True, slots=True)
class RegisterCompany:
    """A company signs itself up: its first account and its profile."""

    username: str
    password: str
    company: CompanyProfile
    today: date


@dataclass(frozen=True, slots=True)
class CreateUser:
    """An admin creates an officer (with a park), a bank manager (with a bank) or an admin."""

    username: str
    password: str
    role: Role
    park_id: int | None = None
    bank_id: int | None = None


@dataclass(frozen=True, slots=True)
class CreateAdmin:
    """The first admin, from the command line: no viewer asks."""

    username: str
    password: str


@dataclass(frozen=True, slots=True)
class DeactivateUser:
    user_id: int


@dataclass(frozen=True, slots=True)
class ReactivateUser:
    user_id: int


@dataclass(frozen=True, slots=True)
class ReleaseCreditCode:
    """An officer releases a disputed credit code from a never-verified company."""

    company_id: int
    reason: str


# The domain fields refusals name (the names of fields, not passwords).
USERNAME = "account.username"
PASSWORD = "account.password"  # noqa: S105
ROLE = "account.role"
PARK_ID = "account.park_id"
BANK_ID = "account.bank_id"
CURRENT_PASSWORD = "password.current"  # noqa: S105
NEW_PASSWORD = "password.new"  # noqa: S105
REASON = "release.reason"
USER_SEARCH = "users.search"  # the list of accounts
