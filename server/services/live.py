"""Live events as one viewer may see them: the bus's messages, each checked against the policy
at the moment it is delivered (through the same service reads as the queries), so that a
subscriber learns of nothing it could not have queried. That the viewer is still signed in is
the socket's business (schema/sockets.py): it closes the socket when the sign-in ends."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from functools import partial
from typing import Any
from zoneinfo import ZoneInfo

from server.errors import NotFound
from server.lifecycle import ProposalEvent
from server.services import clocks, lookups, needs, policy
from server.services.events import CLOCKS, NEEDS, PROPOSALS, EventBus
from server.services.viewer import Viewer
from server.standards import Role

# A company and a bank never see a proposal outside these states, so no other event can concern
# them; they are skipped before any database read.
# A company's consent concerns the company, its bank and the park's officers.
PARTY_EVENTS = frozenset(status.value for status in policy.PARTY_VISIBLE_STATUSES) | {
    ProposalEvent.CONSENTED
}
PROPOSAL_EVENTS = frozenset(ProposalEvent)


def _may_concern(viewer: Viewer, message: dict[str, Any]) -> bool:
    """A cheap pre-screen; the visibility check proper is `lookups.get_proposal`."""
    if message.get("event") not in PROPOSAL_EVENTS:
        return False
    match viewer.role:
        case Role.ADMIN:
            return True
        case Role.OFFICER:
            return message.get("park_id") == viewer.park_id
        case Role.COMPANY | Role.BANK_MANAGER:
            return message.get("event") in PARTY_EVENTS
    return False


async def proposal_events(
    viewer: Viewer | None, events: EventBus
) -> AsyncIterator[tuple[str, Any]]:
    """(event name, proposal) for every proposal event the viewer may see when it arrives."""
    viewer = policy.signed_in(viewer)
    wanted = partial(_may_concern, viewer)
    async with aclosing(events.subscribe(PROPOSALS, wanted)) as stream:
        async for message in stream:
            proposal_id = message.get("proposal_id")
            if not isinstance(proposal_id, int):
                continue
            try:
                proposal = await lookups.get_proposal(viewer, proposal_id)
            except NotFound:
                continue
            yield message["event"], proposal


async def needs_posted(
    viewer: Viewer | None, park_id: int, events: EventBus
) -> AsyncIterator[tuple[str, Any]]:
    """(kind, need) for every need posted in the park; officers of that park only."""
    viewer = policy.require_park_officer(viewer, park_id)
    async with aclosing(events.subscribe(NEEDS, lambda m: m.get("park_id") == park_id)) as stream:
        async for message in stream:
            kind, need_id = message.get("kind"), message.get("need_id")
            if kind not in needs.NEED_MODELS or not isinstance(need_id, int):
                continue
            try:
                need = await needs.get_need(viewer, kind, need_id)
            except NotFound:
                continue
            yield kind, need


async def items_falling_due(
    viewer: Viewer | None, park_id: int, events: EventBus, zone: ZoneInfo
) -> AsyncIterator[clocks.Listed]:
    """Each clock of the park as it falls due (is past its due time), once; officers of that
    park only. A clock stopped meanwhile is skipped."""
    viewer = policy.require_park_officer(viewer, park_id)
    async with aclosing(events.subscribe(CLOCKS, lambda m: m.get("park_id") == park_id)) as stream:
        async for message in stream:
            key = message.get("key")
            if not isinstance(key, str) or not clocks.is_key(key):
                continue
            item = await clocks.item_of(viewer, park_id, key, zone)
            if item is not None:
                yield item
