"""The audit trail: one event per state change, written in the change's transaction."""

from __future__ import annotations

from typing import Any

from tortoise.backends.base.client import BaseDBAsyncClient

from server.errors import BadInput
from server.models import AuditEvent
from server.services import policy, validation
from server.services.commands.audit import OBJECT_TYPE, SINCE, SUBJECT, UNTIL, AuditTrailFilter
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
    trail: AuditTrailFilter,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = AuditEvent.filter(policy.audit_scope(viewer))
    object_type = trail.object_type
    if object_type is not None:
        object_type = validation.text(object_type, OBJECT_TYPE, max_length=64)
        query = query.filter(object_type=object_type)
    if trail.subject is not None:
        kind, object_pk = trail.subject
        if object_type is not None and kind != object_type:
            # Filters that contradict each other: the client's mistake, not an empty trail.
            raise BadInput(f"{SUBJECT}: not a valid {object_type} id", field=SUBJECT)
        query = query.filter(object_type=kind, object_pk=object_pk)
    if trail.actor_id is not None:
        query = query.filter(actor_id=trail.actor_id)
    since, until = trail.since, trail.until
    if since is not None and until is not None and since > until:
        raise BadInput(f"{SINCE} must not be after {UNTIL}", field=SINCE)
    if since is not None:
        query = query.filter(created_at__gte=since)
    if until is not None:
        query = query.filter(created_at__lte=until)
    return await paginate(query, first, after)
