"""Live events as one viewer may see them: the bus's messages, each checked against the policy
at the moment it is delivered (through the same service reads as the queries), so that a
subscriber learns of nothing it could not have queried."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from contextlib import aclosing
from typing import Any

from server.config import Settings
from server.errors import NotFound
from server.services import accounts, needs, policy, proposals
from server.services.events import NEEDS, PROPOSALS, EventBus
from server.services.viewer import Viewer
from server.standards import ProposalStatus, Role

# How often a long-lived subscription checks its token again: a revoked or expired token stops
# receiving events within this many seconds.
RECHECK_SECONDS = 30.0
# A company and a bank never see a proposal outside these states, so no other event can concern
# them; they are skipped before any database read.
PARTY_EVENTS = frozenset(status.value for status in policy.PARTY_VISIBLE_STATUSES)
# Each proposal event is named after the state the proposal entered.
PROPOSAL_EVENTS = frozenset(status.value for status in ProposalStatus)


class Session:
    """The viewer a WebSocket connection signed in as, with its token checked again now and
    then (UNAUTHENTICATED once it is revoked or expired)."""

    def __init__(self, viewer: Viewer | None, token: str | None, settings: Settings) -> None:
        self.viewer = policy.signed_in(viewer)
        self._token = token
        self._settings = settings
        self._checked = time.monotonic()

    async def current(self) -> Viewer:
        if self._token is not None and time.monotonic() - self._checked >= RECHECK_SECONDS:
            self.viewer = await accounts.authenticate(self._token, self._settings)
            self._checked = time.monotonic()
        return self.viewer


def _may_concern(viewer: Viewer, message: dict[str, Any]) -> bool:
    """A cheap pre-screen; the visibility check proper is `proposals.get_proposal`."""
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


async def proposal_events(session: Session, events: EventBus) -> AsyncIterator[tuple[str, Any]]:
    """(event name, proposal) for every proposal event the viewer may see when it arrives."""
    async with aclosing(events.subscribe(PROPOSALS)) as stream:
        async for message in stream:
            viewer = await session.current()
            proposal_id = message.get("proposal_id")
            if not isinstance(proposal_id, int) or not _may_concern(viewer, message):
                continue
            try:
                proposal = await proposals.get_proposal(viewer, proposal_id)
            except NotFound:
                continue
            yield message["event"], proposal


async def needs_posted(
    session: Session, park_id: int, events: EventBus
) -> AsyncIterator[tuple[str, Any]]:
    """(kind, need) for every need posted in the park; officers of that park only."""
    policy.require_park_officer(session.viewer, park_id)
    async with aclosing(events.subscribe(NEEDS)) as stream:
        async for message in stream:
            viewer = await session.current()
            kind, need_id = message.get("kind"), message.get("need_id")
            if message.get("park_id") != park_id or kind not in needs.NEED_MODELS:
                continue
            if not isinstance(need_id, int):
                continue
            try:
                need = await needs.get_need(viewer, kind, need_id)
            except NotFound:
                continue
            yield kind, need
