from __future__ import annotations

import strawberry

from schema.audit.types import AuditEvent, AuditFilter
from schema.context import Info
from schema.errors import api_fields
from schema.ids import optional_pk, pk, type_of
from schema.pagination import Connection, read_after
from server.errors import NotFound
from server.services import audit
from server.services.commands import audit as commands

FILTER_FIELDS = {
    commands.OBJECT_TYPE: "filter.objectType",
    commands.SUBJECT: "filter.objectId",
    commands.SINCE: "filter.since",
    commands.UNTIL: "filter.until",
}


def _subject(object_id: str | None) -> tuple[str, int] | None:
    """The type and key an id of any type names, for `filter.objectId`."""
    if object_id is None:
        return None
    object_type = type_of(object_id)
    try:
        return object_type, pk(object_type, object_id, "filter.objectId")
    except NotFound:
        return object_type, 0  # a preview's object: never stored, so no event names it


@strawberry.type
class Query:
    @strawberry.field(description="Officers see their park's objects; admins see all.")
    async def audit_events(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: AuditFilter | None = None,
    ) -> Connection[AuditEvent]:
        filter = filter or AuditFilter()
        subject = _subject(filter.object_id)
        actor_id = optional_pk("User", filter.actor_id, "filter.actorId")
        trail = commands.AuditTrailFilter(
            object_type=filter.object_type,
            subject=subject,
            actor_id=actor_id,
            since=filter.since,
            until=filter.until,
        )
        with api_fields(FILTER_FIELDS):
            page = await read_after(
                lambda key: audit.list_events(info.context.viewer, first, key, trail), after
            )
        return Connection.of(page, AuditEvent.of)
