from __future__ import annotations

from datetime import datetime

import strawberry
from strawberry.scalars import JSON

from schema.context import Info
from schema.ids import gid


@strawberry.type
class AuditActor:
    id: strawberry.ID
    username: str


@strawberry.type
class AuditEvent:
    id: strawberry.ID
    action: str
    object_type: str
    object_id: str
    summary: JSON
    created_at: datetime
    actor_pk: strawberry.Private[int | None]

    @classmethod
    def of(cls, event) -> AuditEvent:
        return cls(
            id=gid("AuditEvent", event.id),
            action=event.action,
            object_type=event.object_type,
            object_id=gid(event.object_type, event.object_pk),
            summary=event.summary,
            created_at=event.created_at,
            actor_pk=event.actor_id,
        )

    @strawberry.field
    async def actor(self, info: Info) -> AuditActor | None:
        if self.actor_pk is None:
            return None
        user = await info.context.loaders.user_by_id.load(self.actor_pk)
        return AuditActor(id=gid("User", user.id), username=user.username)


@strawberry.input
class AuditFilter:
    object_type: str | None = None
    object_id: str | None = None
    actor_id: strawberry.ID | None = None
    since: datetime | None = None
    until: datetime | None = None
