from __future__ import annotations

import strawberry

from schema.context import Info
from schema.pagination import Connection, read_after
from schema.rates.types import Lpr
from server.services import lpr


@strawberry.type
class Query:
    @strawberry.field(
        description="The recorded LPRs, newest publication first; everyone signed in."
    )
    async def lpr_history(
        self, info: Info, first: int | None = None, after: str | None = None
    ) -> Connection[Lpr]:
        page = await read_after(lambda key: lpr.list_lprs(info.context.viewer, first, key), after)
        return Connection.of(page, Lpr.of)
