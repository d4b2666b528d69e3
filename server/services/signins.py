"""Sign-ins as long-lived connections hold them: when a token expires, and the notices, heard by
every server process, that sign-ins have ended (a logout, or all of a user's at deactivation),
so that open WebSockets signed in with them are checked again at once."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import aclosing
from dataclasses import dataclass
from datetime import datetime

from server import auth
from server.config import Settings
from server.models import AuthToken
from server.services.events import EventBus

ENDED = "parkmatch:signins-ended"


@dataclass(frozen=True, slots=True)
class Ended:
    """Sign-ins that may have ended: the one of a token (by its stored hash), or every one of a
    user. A notice asks for a check; the database has the last word."""

    token_hash: str | None = None
    user_id: int | None = None

    def concerns(self, token_hash: str, user_id: int) -> bool:
        return token_hash == self.token_hash or user_id == self.user_id


def token_hash(token: str, settings: Settings) -> str:
    return auth.token_digest(token, settings.secret)


async def expires_at(token: str, settings: Settings) -> datetime | None:
    found = await AuthToken.filter(token_hash=token_hash(token, settings)).first()
    return found.expires_at if found else None


async def announce_ended(
    events: EventBus, *, token_hash: str | None = None, user_id: int | None = None
) -> None:
    """Call once a revocation has committed: sockets signed in with that token (or as that
    user), in every server process, are checked again and closed if their sign-in ended."""
    await events.publish(ENDED, {"token_hash": token_hash, "user_id": user_id})


async def ended_notices(events: EventBus) -> AsyncIterator[Ended]:
    async with aclosing(events.subscribe(ENDED)) as stream:
        async for message in stream:
            hashed, user = message.get("token_hash"), message.get("user_id")
            yield Ended(
                token_hash=hashed if isinstance(hashed, str) else None,
                user_id=user if isinstance(user, int) else None,
            )
