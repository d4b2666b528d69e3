"""Per-request context: who asks, and DataLoaders created for this request only."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from strawberry.dataloader import DataLoader
from strawberry.types import Info as StrawberryInfo

from server.config import Settings
from server.services import lookups
from server.services.clock import local_today
from server.services.viewer import Viewer


def _loader(type_name: str) -> DataLoader:
    async def load(ids: list[int]) -> list:
        return await lookups.by_ids(type_name, ids)

    return DataLoader(load_fn=load)


@dataclass
class Loaders:
    park_by_id: DataLoader = field(default_factory=lambda: _loader("Park"))
    bank_by_id: DataLoader = field(default_factory=lambda: _loader("Bank"))
    company_by_id: DataLoader = field(default_factory=lambda: _loader("Company"))
    user_by_id: DataLoader = field(default_factory=lambda: _loader("User"))
    park_ids_by_product_id: DataLoader = field(
        default_factory=lambda: DataLoader(load_fn=lookups.park_ids_of_products)
    )


@dataclass
class Context:
    settings: Settings
    request_id: str
    viewer: Viewer | None = None
    token: str | None = None
    loaders: Loaders = field(default_factory=Loaders)

    @property
    def today(self) -> date:
        return local_today(self.settings.zone)


Info = StrawberryInfo[Context, None]
