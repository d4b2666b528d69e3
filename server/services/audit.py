"""The audit trail: one event per state change, written in the change's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from server.errors import BadInput
from server.models import AuditEvent
from server.services import policy, validation
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
        object_pk=object_pk,
        park_id=park_id,
        summary=summary,
        using_db=using_db,
    )


async def list_events(
    viewer: Viewer | None,
    first: int | None,
    after: int | None,
    *,
    object_type: str | None = None,
    subject: tuple[str, int] | None = None,
    actor_id: int | None = None,
    since: datetime | None = None,
    until: datetime | None = None,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = AuditEvent.filter(policy.audit_scope(viewer))
    if object_type is not None:
        object_type = validation.text(object_type, "filter.objectType", max_length=64)
        query = query.filter(object_type=object_type)
    if subject is not None:
        kind, object_pk = subject
        if object_type is not None and kind != object_type:
            # Filters that contradict each other: the client's mistake, not an empty trail.
            raise BadInput(
                f"filter.objectId: not a valid {object_type} id", field="filter.objectId"
            )
        query = query.filter(object_type=kind, object_pk=object_pk)
    if actor_id is not None:
        query = query.filter(actor_id=actor_id)
    if since is not None and until is not None and since > until:
        raise BadInput("filter.since must not be after filter.until", field="filter.since")
    if since is not None:
        query = query.filter(created_at__gte=since)
    if until is not None:
        query = query.filter(created_at__lte=until)
    return await paginate(query, first, after)
