from __future__ import annotations

import strawberry

from schema.context import Info
from schema.ids import optional_pk, pk
from schema.pagination import Connection, read_after
from schema.products.types import CreditProduct, ProductFilter
from server.services import products


@strawberry.type
class Query:
    @strawberry.field
    async def credit_product(self, info: Info, id: strawberry.ID) -> CreditProduct | None:
        product_id = pk("CreditProduct", id, "id")
        return CreditProduct.of(await products.get_product(info.context.viewer, product_id))

    @strawberry.field
    async def credit_products(
        self,
        info: Info,
        first: int | None = None,
        after: str | None = None,
        filter: ProductFilter | None = None,
    ) -> Connection[CreditProduct]:
        filter = filter or ProductFilter()
        page = await read_after(
            lambda key: products.list_products(
                info.context.viewer,
                first,
                key,
                bank_id=optional_pk("Bank", filter.bank_id, "filter.bankId"),
                park_id=optional_pk("Park", filter.park_id, "filter.parkId"),
                active=filter.active,
            ),
            after,
        )
        return Connection.of(page, CreditProduct.of)
