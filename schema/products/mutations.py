from __future__ import annotations

import strawberry

from schema.context import Info
from schema.ids import pk, pks
from schema.inputs import draft
from schema.products.types import CreditProduct, CreditProductInput
from server.services import products


def _draft(input: CreditProductInput) -> dict:
    return draft(input, park_ids=pks("Park", input.park_ids, "parkIds"))


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A bank manager lists a product for its own bank.")
    async def list_credit_product(self, info: Info, input: CreditProductInput) -> CreditProduct:
        product = await products.list_product(
            info.context.viewer, info.context.today, _draft(input)
        )
        return CreditProduct.of(product)

    @strawberry.mutation
    async def update_credit_product(
        self, info: Info, id: strawberry.ID, input: CreditProductInput
    ) -> CreditProduct:
        product = await products.update_product(
            info.context.viewer, info.context.today, pk("CreditProduct", id, "id"), _draft(input)
        )
        return CreditProduct.of(product)

    @strawberry.mutation
    async def retire_credit_product(self, info: Info, id: strawberry.ID) -> CreditProduct:
        product_id = pk("CreditProduct", id, "id")
        return CreditProduct.of(
            await products.retire_product(info.context.viewer, product_id, info.context.events)
        )
