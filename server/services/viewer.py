from __future__ import annotations

from dataclasses import dataclass

from server.standards import Role


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who is asking, as the token says."""

    user_id: int
    username: str
    role: Role
    company_id: int | None = None
    bank_id: int | None = None
    park_id: int | None = None
