"""What a reader of the audit trail narrows it by."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class AuditTrailFilter:
    """Each filter left None keeps every event; `subject` is one object's (type name, key)."""

    object_type: str | None = None
    subject: tuple[str, int] | None = None
    actor_id: int | None = None
    since: datetime | None = None
    until: datetime | None = None


# The domain fields refusals name.
OBJECT_TYPE = "audit.object_type"
SUBJECT = "audit.subject"
SINCE = "audit.since"
UNTIL = "audit.until"
