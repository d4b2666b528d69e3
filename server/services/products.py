"""Credit products: listed, edited and retired by their bank's managers; browsed by everyone."""

from __future__ import annotations

from datetime import date, timedelta

from tortoise.transactions import in_transaction

from server import lifecycle
from server.errors import BadInput, Conflict, NotFound
from server.lifecycle import Cause
from server.models import CreditProduct, Park
from server.rates import LprQuote, Pricing, rate_in_force_bp, rate_range_bp
from server.services import audit, lpr, policy, validation
from server.services.commands.products import (
    CEILING_RATE,
    COLLATERAL,
    FLOOR_RATE,
    INDUSTRIES,
    MAX_AMOUNT,
    MAX_ANNUAL_RATE,
    MAX_TERM_MONTHS,
    MIN_AMOUNT,
    MIN_ANNUAL_RATE,
    MIN_COMPANY_AGE_YEARS,
    MIN_TERM_MONTHS,
    NAME,
    PARK_IDS,
    QUOTA_AMOUNT,
    QUOTA_COUNT,
    RATE_BASIS,
    SIZE_CLASSES,
    SPREAD_BP,
    VALID_UNTIL,
    ListProduct,
    ProductTerms,
    RetireProduct,
    UpdateProduct,
)
from server.services.events import PROPOSALS, EventBus
from server.services.pagination import Page, paginate
from server.services.proposals import apply_batch, batch_events, batch_summary
from server.services.viewer import Viewer
from server.standards import MatchKind, RateBasis, Role

MAX_VALIDITY = timedelta(days=10 * 366)
MAX_PARKS = 100
MAX_SPREAD_BP = 1000


async def check_product(today: date, terms: ProductTerms) -> dict:
    """The product's columns from its terms, every field checked; parks must exist."""
    fields = {
        "name": validation.text(terms.name, NAME, max_length=200),
        "min_amount_fen": validation.money_fen(terms.min_amount, MIN_AMOUNT),
        "max_amount_fen": validation.money_fen(terms.max_amount, MAX_AMOUNT),
        "min_term_months": validation.whole(
            terms.min_term_months, MIN_TERM_MONTHS, low=1, high=360
        ),
        "max_term_months": validation.whole(
            terms.max_term_months, MAX_TERM_MONTHS, low=1, high=360
        ),
        **await _check_rates(today, terms),
        "collateral": validation.choices(terms.collateral, COLLATERAL, required=True),
        "industries": validation.industries(terms.industries, INDUSTRIES),
        "size_classes": validation.choices(terms.size_classes, SIZE_CLASSES),
        "requires_tech_designation": terms.requires_tech_designation,
        "min_company_age_years": validation.whole(
            terms.min_company_age_years, MIN_COMPANY_AGE_YEARS, low=0, high=100
        ),
        "quota_count": validation.whole(terms.quota_count, QUOTA_COUNT, low=1, high=1_000_000),
        "quota_amount_fen": validation.money_fen(terms.quota_amount, QUOTA_AMOUNT),
    }
    validation.ordered(fields["min_amount_fen"], fields["max_amount_fen"], MIN_AMOUNT, "amount")
    validation.ordered(
        fields["min_term_months"], fields["max_term_months"], MIN_TERM_MONTHS, "term"
    )
    if not today <= terms.valid_until <= today + MAX_VALIDITY:
        raise BadInput(f"{VALID_UNTIL} must be today or later, within ten years", field=VALID_UNTIL)
    fields["valid_until"] = terms.valid_until
    parks = sorted(set(terms.park_ids))
    if not 1 <= len(parks) <= MAX_PARKS:
        raise BadInput(f"{PARK_IDS} needs 1–{MAX_PARKS} parks", field=PARK_IDS)
    if await Park.filter(id__in=parks).count() != len(parks):
        raise BadInput(f"{PARK_IDS} names an unknown park", field=PARK_IDS)
    fields["park_ids"] = parks
    return fields


async def _check_rates(today: date, terms: ProductTerms) -> dict:
    """The rate columns: a fixed product's range, or an LPR-linked product's spread, floor and
    ceiling; each basis refuses the other's fields. A product is linked only once an LPR is
    recorded, and not to a rate of zero or below at the LPR in force today."""
    basis = RateBasis(terms.rate_basis)
    fixed = {MIN_ANNUAL_RATE: terms.min_annual_rate, MAX_ANNUAL_RATE: terms.max_annual_rate}
    linked = {
        SPREAD_BP: terms.spread_bp,
        FLOOR_RATE: terms.floor_rate,
        CEILING_RATE: terms.ceiling_rate,
    }
    own, other = (fixed, linked) if basis == RateBasis.FIXED else (linked, fixed)
    for name, value in other.items():
        if value is not None:
            raise BadInput(
                f"{name} does not apply to a product whose {RATE_BASIS} is {basis.value}",
                field=name,
            )
    if basis == RateBasis.FIXED:
        for name, value in own.items():
            if value is None:
                raise BadInput(f"{name} is required for a fixed-rate product", field=name)
        low = validation.rate_bp(terms.min_annual_rate, MIN_ANNUAL_RATE)
        high = validation.rate_bp(terms.max_annual_rate, MAX_ANNUAL_RATE)
        validation.ordered(low, high, MIN_ANNUAL_RATE, "rate")
        return {
            "rate_basis": basis,
            "min_rate_bp": low,
            "max_rate_bp": high,
            "spread_bp": None,
            "floor_rate_bp": None,
            "ceiling_rate_bp": None,
        }
    if terms.spread_bp is None:
        raise BadInput(f"{SPREAD_BP} is required for an LPR-linked product", field=SPREAD_BP)
    spread = validation.whole(terms.spread_bp, SPREAD_BP, low=-MAX_SPREAD_BP, high=MAX_SPREAD_BP)
    floor, ceiling = (
        None if value is None else validation.rate_bp(value, name)
        for name, value in ((FLOOR_RATE, terms.floor_rate), (CEILING_RATE, terms.ceiling_rate))
    )
    if floor is not None and ceiling is not None:
        validation.ordered(floor, ceiling, FLOOR_RATE, "rate")
    [quote] = await lpr.in_force_on([today])
    if quote is None:
        raise BadInput(
            f"{RATE_BASIS}: no LPR is recorded yet; an admin records the published LPR first",
            field=RATE_BASIS,
        )
    pricing = Pricing(basis, spread_bp=spread, floor_bp=floor, ceiling_bp=ceiling)
    if rate_in_force_bp(pricing, quote) <= 0:
        raise BadInput(
            f"{SPREAD_BP} takes the rate to zero or below at the LPR in force", field=SPREAD_BP
        )
    return {
        "rate_basis": basis,
        "min_rate_bp": None,
        "max_rate_bp": None,
        "spread_bp": spread,
        "floor_rate_bp": floor,
        "ceiling_rate_bp": ceiling,
    }


def pricing_of(product: CreditProduct) -> Pricing:
    return Pricing(
        basis=product.rate_basis,
        min_rate_bp=product.min_rate_bp,
        max_rate_bp=product.max_rate_bp,
        spread_bp=product.spread_bp,
        floor_bp=product.floor_rate_bp,
        ceiling_bp=product.ceiling_rate_bp,
    )


def rates_in_force(product: CreditProduct, quote: LprQuote | None) -> tuple[int, int]:
    """The product's lowest and highest rate, in basis points, while `quote` is in force."""
    return rate_range_bp(pricing_of(product), quote)


def _snapshot(product: CreditProduct, park_ids: list[int]) -> dict:
    return {
        "name": product.name,
        "amountFen": [product.min_amount_fen, product.max_amount_fen],
        "termMonths": [product.min_term_months, product.max_term_months],
        "rateBasis": product.rate_basis.value,
        "rateBp": [product.min_rate_bp, product.max_rate_bp],
        "spreadBp": product.spread_bp,
        "floorRateBp": product.floor_rate_bp,
        "ceilingRateBp": product.ceiling_rate_bp,
        "quotaCount": product.quota_count,
        "quotaAmountFen": product.quota_amount_fen,
        "validUntil": product.valid_until.isoformat(),
        "parkIds": park_ids,
        "active": product.active,
    }


async def _set_parks(product: CreditProduct, park_ids: list[int], conn) -> None:
    await product.parks.clear(using_db=conn)
    await product.parks.add(*await Park.filter(id__in=park_ids).using_db(conn), using_db=conn)


async def list_product(viewer: Viewer | None, command: ListProduct) -> CreditProduct:
    viewer = policy.require_role(viewer, Role.BANK_MANAGER)
    fields = await check_product(command.today, command.terms)
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


async def update_product(viewer: Viewer | None, command: UpdateProduct) -> CreditProduct:
    product = await get_product(viewer, command.product_id)
    viewer = policy.require_bank_manager(viewer, product.bank_id)
    fields = await check_product(command.today, command.terms)
    park_ids = fields.pop("park_ids")
    async with in_transaction() as conn:
        current = await CreditProduct.select_for_update().using_db(conn).get(id=product.id)
        if not current.active:
            raise Conflict("A retired product cannot be edited")
        if fields["quota_count"] < current.used_count:
            raise BadInput(
                f"{QUOTA_COUNT} cannot go below the {current.used_count} loans already confirmed",
                field=QUOTA_COUNT,
            )
        if fields["quota_amount_fen"] < current.used_amount_fen:
            raise BadInput(
                f"{QUOTA_AMOUNT} cannot go below the {current.used_amount_fen / 100:,.2f} yuan "
                "already confirmed",
                field=QUOTA_AMOUNT,
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


async def retire_product(
    viewer: Viewer | None, command: RetireProduct, events: EventBus
) -> CreditProduct:
    """Takes the product off the shelf; its PROPOSED proposals are superseded. Confirmed ones
    stand: the bank still owes them an outcome."""
    product = await get_product(viewer, command.product_id)
    viewer = policy.require_bank_manager(viewer, product.bank_id)
    async with in_transaction() as conn:
        changed = (
            await CreditProduct.filter(id=product.id, active=True)
            .using_db(conn)
            .update(active=False)
        )
        if not changed:
            raise Conflict("This product is already retired")
        retired, superseded = await apply_batch(
            Cause.PRODUCT_RETIRED,
            MatchKind.FINANCING,
            lifecycle.actor(viewer.role),
            conn,
            product_id=product.id,
        )
        await audit.record(
            viewer,
            retired.audit,
            "CreditProduct",
            product.id,
            park_id=None,
            summary={
                "before": {"active": True},
                "after": {"active": False},
                **batch_summary(retired, superseded),
            },
            using_db=conn,
        )
    await events.publish_many(PROPOSALS, batch_events(retired, superseded))
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
    after: int | None,
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
