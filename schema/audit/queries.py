from __future__ import annotations

import strawberry

from schema.audit.types import AuditEvent, AuditFilter
from schema.context import Info
from schema.pagination import Connection
from server.services import audit


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
        page = await audit.list_events(
            info.context.viewer,
            first,
            after,
            object_type=filter.object_type,
            object_id=filter.object_id,
            actor_id=filter.actor_id,
            since=filter.since,
            until=filter.until,
        )
        return Connection.of(page, AuditEvent.of)
