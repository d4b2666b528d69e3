"""Credit products: listed, edited and retired by their bank's managers; browsed by everyone."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict, NotFound
from server.models import CreditProduct, Park, Proposal
from server.services import audit, policy, validation
from server.services.events import PROPOSALS, EventBus, proposal_event
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import ProposalStatus, Role

MAX_VALIDITY = timedelta(days=10 * 366)
MAX_PARKS = 100


async def check_product(
    today: date,
    *,
    name: str,
    min_amount: Decimal,
    max_amount: Decimal,
    min_term_months: int,
    max_term_months: int,
    min_annual_rate: Decimal,
    max_annual_rate: Decimal,
    collateral: list,
    industries: list[str] | None,
    size_classes: list | None,
    requires_tech_designation: bool | None,
    min_company_age_years: int | None,
    park_ids: list[int],
    quota_count: int,
    quota_amount: Decimal,
    valid_until: date,
) -> dict:
    """The product's columns from an input, every field checked; parks must exist."""
    fields = {
        "name": validation.text(name, "name", max_length=200),
        "min_amount_fen": validation.money_fen(min_amount, "minAmount"),
        "max_amount_fen": validation.money_fen(max_amount, "maxAmount"),
        "min_term_months": validation.whole(min_term_months, "minTermMonths", low=1, high=360),
        "max_term_months": validation.whole(max_term_months, "maxTermMonths", low=1, high=360),
        "min_rate_bp": validation.rate_bp(min_annual_rate, "minAnnualRate"),
        "max_rate_bp": validation.rate_bp(max_annual_rate, "maxAnnualRate"),
        "collateral": validation.choices(collateral, "collateral", required=True),
        "industries": validation.industries(industries, "industries"),
        "size_classes": validation.choices(size_classes, "sizeClasses"),
        "requires_tech_designation": bool(requires_tech_designation),
        "min_company_age_years": validation.whole(
            min_company_age_years or 0, "minCompanyAgeYears", low=0, high=100
        ),
        "quota_count": validation.whole(quota_count, "quotaCount", low=1, high=1_000_000),
        "quota_amount_fen": validation.money_fen(quota_amount, "quotaAmount"),
    }
    validation.ordered(fields["min_amount_fen"], fields["max_amount_fen"], "minAmount", "amount")
    validation.ordered(
        fields["min_term_months"], fields["max_term_months"], "minTermMonths", "term"
    )
    validation.ordered(fields["min_rate_bp"], fields["max_rate_bp"], "minAnnualRate", "rate")
    if not today <= valid_until <= today + MAX_VALIDITY:
        raise BadInput("validUntil must be today or later, within ten years", field="validUntil")
    fields["valid_until"] = valid_until
    parks = sorted(set(park_ids))
    if not 1 <= len(parks) <= MAX_PARKS:
        raise BadInput(f"parkIds needs 1–{MAX_PARKS} parks", field="parkIds")
    if await Park.filter(id__in=parks).count() != len(parks):
        raise BadInput("parkIds names an unknown park", field="parkIds")
    fields["park_ids"] = parks
    return fields


def _snapshot(product: CreditProduct, park_ids: list[int]) -> dict:
    return {
        "name": product.name,
        "amountFen": [product.min_amount_fen, product.max_amount_fen],
        "termMonths": [product.min_term_months, product.max_term_months],
        "rateBp": [product.min_rate_bp, product.max_rate_bp],
        "quotaCount": product.quota_count,
        "quotaAmountFen": product.quota_amount_fen,
        "validUntil": product.valid_until.isoformat(),
        "parkIds": park_ids,
        "active": product.active,
    }


async def _set_parks(product: CreditProduct, park_ids: list[int], conn) -> None:
    await product.parks.clear(using_db=conn)
    await product.parks.add(*await Park.filter(id__in=park_ids).using_db(conn), using_db=conn)


async def list_product(viewer: Viewer | None, today: date, draft: dict) -> CreditProduct:
    viewer = policy.require_role(viewer, Role.BANK_MANAGER)
    fields = await check_product(today, **draft)
    park_ids = fields.pop("park_ids")
    async with in_transaction() as conn:
        product = await CreditProduct.create(bank_id=viewer.bank_id, **fields, using_db=conn)
        await _set_parks(product, park_ids, conn)
        await audit.record(
            viewer,
            "PRODUCT_LISTED",
            "CreditProduct",
            product.id,
            park_id=None,
            summary={"after": _snapshot(product, park_ids)},
            using_db=conn,
        )
    return product


async def park_ids_of(product: CreditProduct, using_db=None) -> list[int]:
    return sorted(await product.parks.all().using_db(using_db).values_list("id", flat=True))


async def update_product(
    viewer: Viewer | None, today: date, product_id: int, draft: dict
) -> CreditProduct:
    product = await get_product(viewer, product_id)
    viewer = policy.require_bank_manager(viewer, product.bank_id)
    fields = await check_product(today, **draft)
    park_ids = fields.pop("park_ids")
    async with in_transaction() as conn:
        current = await CreditProduct.select_for_update().using_db(conn).get(id=product.id)
        if not current.active:
            raise Conflict("A retired product cannot be edited")
        if fields["quota_count"] < current.used_count:
            raise BadInput(
                f"quotaCount cannot go below the {current.used_count} loans already confirmed",
                field="quotaCount",
            )
        if fields["quota_amount_fen"] < current.used_amount_fen:
            raise BadInput(
                f"quotaAmount cannot go below the {current.used_amount_fen / 100:,.2f} yuan "
                "already confirmed",
                field="quotaAmount",
            )
        before = _snapshot(current, await park_ids_of(current, conn))
        # The totals may only move while they stay above what is used: the condition guards
        # against a confirmation landing between the read above and this write.
        changed = (
            await CreditProduct.filter(
                id=current.id,
                used_count__lte=fields["quota_count"],
                used_amount_fen__lte=fields["quota_amount_fen"],
            )
            .using_db(conn)
            .update(**fields)
        )
        if not changed:
            raise Conflict("Confirmations changed the used quota meanwhile; try again")
        await _set_parks(current, park_ids, conn)
        updated = await CreditProduct.get(id=current.id).using_db(conn)
        await audit.record(
            viewer,
            "PRODUCT_UPDATED",
            "CreditProduct",
            current.id,
            park_id=None,
            summary={"before": before, "after": _snapshot(updated, park_ids)},
            using_db=conn,
        )
    return updated


async def retire_product(viewer: Viewer | None, product_id: int, events: EventBus) -> CreditProduct:
    """Takes the product off the shelf; its PROPOSED proposals are superseded. Confirmed ones
    stand: the bank still owes them an outcome."""
    product = await get_product(viewer, product_id)
    viewer = policy.require_bank_manager(viewer, product.bank_id)
    async with in_transaction() as conn:
        changed = (
            await CreditProduct.filter(id=product.id, active=True)
            .using_db(conn)
            .update(active=False)
        )
        if not changed:
            raise Conflict("This product is already retired")
        pending = await Proposal.filter(
            product_id=product.id, status=ProposalStatus.PROPOSED
        ).using_db(conn)
        await (
            Proposal.filter(id__in=[p.id for p in pending])
            .using_db(conn)
            .update(status=ProposalStatus.SUPERSEDED)
        )
        await audit.record(
            viewer,
            "PRODUCT_RETIRED",
            "CreditProduct",
            product.id,
            park_id=None,
            summary={
                "before": {"active": True},
                "after": {"active": False},
                "supersededProposals": [p.id for p in pending],
            },
            using_db=conn,
        )
    await events.publish_many(
        PROPOSALS,
        [proposal_event("SUPERSEDED", p.id, p.park_id) for p in pending],
    )
    return await CreditProduct.get(id=product.id)


async def get_product(viewer: Viewer | None, product_id: int) -> CreditProduct:
    viewer = policy.signed_in(viewer)
    product = (
        await CreditProduct.filter(policy.product_scope(viewer), id=product_id).distinct().first()
    )
    if product is None:
        raise NotFound("No such credit product")
    return product


async def list_products(
    viewer: Viewer | None,
    first: int | None,
    after: str | None,
    *,
    bank_id: int | None = None,
    park_id: int | None = None,
    active: bool | None = None,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = CreditProduct.filter(policy.product_scope(viewer)).distinct()
    if bank_id is not None:
        query = query.filter(bank_id=bank_id)
    if park_id is not None:
        query = query.filter(parks__id=park_id)
    if active is not None:
        query = query.filter(active=active)
    return await paginate(query, first, after)
