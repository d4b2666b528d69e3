"""The audit trail: one event per state change, written in the change's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from server.errors import BadInput
from server.models import AuditEvent
from server.services import policy, validation
from server.services.ids import from_global, to_global
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer


async def record(
    actor: Viewer | None,
    action: str,
    object_type: str,
    object_pk: int,
    *,
    park_id: int | None,
    summary: dict[str, Any],
    using_db: BaseDBAsyncClient | None = None,
) -> None:
    await AuditEvent.create(
        actor_id=actor.user_id if actor else None,
        action=action,
        object_type=object_type,
        object_id=to_global(object_type, object_pk),
        park_id=park_id,
        summary=summary,
        using_db=using_db,
    )


async def list_events(
    viewer: Viewer | None,
    first: int | None,
    after: str | None,
    *,
    object_type: str | None = None,
    object_id: str | None = None,
    actor_id: str | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = AuditEvent.filter(policy.audit_scope(viewer))
    if object_type is not None:
        object_type = validation.text(object_type, "filter.objectType", max_length=64)
        query = query.filter(object_type=object_type)
    if object_id is not None:
        object_id = validation.text(object_id, "filter.objectId", max_length=64)
        query = query.filter(object_id=object_id)
    if actor_id is not None:
        query = query.filter(actor_id=from_global("User", actor_id, "filter.actorId"))
    if since is not None and until is not None and since > until:
        raise BadInput("filter.since must not be after filter.until", field="filter.since")
    if since is not None:
        query = query.filter(created_at__gte=since)
    if until is not None:
        query = query.filter(created_at__lte=until)
    return await paginate(query, first, after)
