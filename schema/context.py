"""Per-request context: who asks, and DataLoaders created for this request only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from strawberry.dataloader import DataLoader
from strawberry.types import Info as StrawberryInfo

from server.config import Settings
from server.services import lookups, rounds
from server.services.clock import local_today
from server.services.events import EventBus
from server.services.solver import SolverPool
from server.services.viewer import Viewer
from server.standards import MatchKind


def _loader(type_name: str) -> DataLoader:
    async def load(ids: list[int]) -> list:
        return await lookups.by_ids(type_name, ids)

    return DataLoader(load_fn=load)


def _verdict_loader(kind: MatchKind) -> DataLoader:
    async def load(need_ids: list[int]) -> list:
        return await rounds.last_verdicts(kind, need_ids)

    return DataLoader(load_fn=load)


class Loaders:
    """DataLoaders of this request: rows by primary key per type, and a few relations."""

    def __init__(self) -> None:
        self._rows: dict[str, DataLoader] = {}
        self.park_ids_by_product_id = DataLoader(load_fn=lookups.park_ids_of_products)
        self.last_verdict_by_need_id = {kind: _verdict_loader(kind) for kind in MatchKind}

    def rows(self, type_name: str) -> DataLoader:
        """Loads rows of `type_name` (a model name, as in ids) by primary key."""
        if type_name not in self._rows:
            self._rows[type_name] = _loader(type_name)
        return self._rows[type_name]


@dataclass
class Context:
    settings: Settings
    request_id: str
    solver: SolverPool
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
    loaders: Loaders = field(default_factory=Loaders)

    @property
    def today(self) -> date:
        return local_today(self.settings.zone)


Info = StrawberryInfo[Context, None]
