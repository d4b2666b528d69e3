from __future__ import annotations

import strawberry

from schema.context import Info
from schema.errors import api_fields
from schema.ids import pk, pks
from schema.products.types import CreditProduct, CreditProductInput
from server.services import products
from server.services.commands import products as commands

# CreditProductInput's fields, by the domain fields their refusals name.
PRODUCT_FIELDS = {
    commands.NAME: "name",
    commands.MIN_AMOUNT: "minAmount",
    commands.MAX_AMOUNT: "maxAmount",
    commands.MIN_TERM_MONTHS: "minTermMonths",
    commands.MAX_TERM_MONTHS: "maxTermMonths",
    commands.COLLATERAL: "collateral",
    commands.PARK_IDS: "parkIds",
    commands.QUOTA_COUNT: "quotaCount",
    commands.QUOTA_AMOUNT: "quotaAmount",
    commands.VALID_UNTIL: "validUntil",
    commands.INDUSTRIES: "industries",
    commands.SIZE_CLASSES: "sizeClasses",
    commands.MIN_COMPANY_AGE_YEARS: "minCompanyAgeYears",
    commands.RATE_BASIS: "rateBasis",
    commands.MIN_ANNUAL_RATE: "minAnnualRate",
    commands.MAX_ANNUAL_RATE: "maxAnnualRate",
    commands.SPREAD_BP: "spreadBp",
    commands.FLOOR_RATE: "floorRate",
    commands.CEILING_RATE: "ceilingRate",
}


def _terms(input: CreditProductInput) -> commands.ProductTerms:
    return commands.ProductTerms(
        name=input.name,
        min_amount=input.min_amount,
        max_amount=input.max_amount,
        min_term_months=input.min_term_months,
        max_term_months=input.max_term_months,
        collateral=tuple(input.collateral),
        park_ids=tuple(pks("Park", input.park_ids, "parkIds")),
        quota_count=input.quota_count,
        quota_amount=input.quota_amount,
        valid_until=input.valid_until,
        industries=tuple(input.industries or ()),
        size_classes=tuple(input.size_classes or ()),
        requires_tech_designation=bool(input.requires_tech_designation),
        min_company_age_years=input.min_company_age_years or 0,
        rate_basis=input.rate_basis,
        min_annual_rate=input.min_annual_rate,
        max_annual_rate=input.max_annual_rate,
        spread_bp=input.spread_bp,
        floor_rate=input.floor_rate,
        ceiling_rate=input.ceiling_rate,
    )


@strawberry.type
class Mutation:
    @strawberry.mutation(description="A bank manager lists a product for its own bank.")
    async def list_credit_product(self, info: Info, input: CreditProductInput) -> CreditProduct:
        command = commands.ListProduct(terms=_terms(input), today=info.context.today)
        with api_fields(PRODUCT_FIELDS):
            product = await products.list_product(info.context.viewer, command)
        return CreditProduct.of(product)

    @strawberry.mutation
    async def update_credit_product(
        self, info: Info, id: strawberry.ID, input: CreditProductInput
    ) -> CreditProduct:
        command = commands.UpdateProduct(
            product_id=pk("CreditProduct", id, "id"), terms=_terms(input), today=info.context.today
        )
        with api_fields(PRODUCT_FIELDS):
            product = await products.update_product(info.context.viewer, command)
        return CreditProduct.of(product)

    @strawberry.mutation
    async def retire_credit_product(self, info: Info, id: strawberry.ID) -> CreditProduct:
        command = commands.RetireProduct(product_id=pk("CreditProduct", id, "id"))
        return CreditProduct.of(
            await products.retire_product(info.context.viewer, command, info.context.events)
        )
