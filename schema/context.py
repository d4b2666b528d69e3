"""Per-request context: who asks, and DataLoaders created for this request only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from strawberry.types import Info as StrawberryInfo

from schema.loaders import Loaders
from server.access_log import RequestRecord
from server.config import Settings
from server.locale import Locale
from server.services.clock import local_today
from server.services.events import EventBus
from server.services.rounds import RoundRunner
from server.services.viewer import Viewer
from server.web.sessions import WebSession

if TYPE_CHECKING:
    from schema.sockets import GuardedSocket


@dataclass
class Context:
    settings: Settings
    request_id: str
    runner: RoundRunner
    events: EventBus
    viewer: Viewer | None = None
    # The caller's address as uvicorn reports it (behind a proxy: from the forwarded header of
    # an address in --forwarded-allow-ips), for the sign-in and registration throttles;
    # "unknown" for a server that was not told.
    client_address: str = "unknown"
    token: str | None = None
    # A bearer token was sent but is bad, expired or revoked.
    token_rejected: bool = False
    # The WebSocket connection_init payload (strawberry sets it).
    connection_params: dict | None = None
    loaders: Loaders = field(init=False)
    # The connection a WebSocket operation runs on (None over HTTP).
    socket: GuardedSocket | None = None
    # What the access log writes of an HTTP request (None over a WebSocket).
    record: RequestRecord | None = None
    # The language of messages and reasons (Accept-Language), and the console's cookie session.
    locale: Locale = Locale.EN
    web: WebSession | None = None

    def __post_init__(self) -> None:
        self.renew_loaders()

    def renew_loaders(self) -> None:
        """Forget what was loaded: a subscription's context lives as long as its socket."""
        self.loaders = Loaders(lambda: self.viewer)

    @property
    def today(self) -> date:
        return local_today(self.settings.zone)


Info = StrawberryInfo[Context, None]
