"""The credit product commands. The viewer who asks travels beside each, as for every service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from server.standards import Collateral, RateBasis, SizeClass


@dataclass(frozen=True, slots=True)
class ProductTerms:
    """What a bank manager states about a product, unchecked: the service checks each field.
    A fixed product has a rate range; an LPR-linked one a spread, and perhaps a floor and a
    ceiling."""

    name: str
    min_amount: Decimal
    max_amount: Decimal
    min_term_months: int
    max_term_months: int
    collateral: tuple[Collateral, ...]
    park_ids: tuple[int, ...]
    quota_count: int
    quota_amount: Decimal
    valid_until: date
    industries: tuple[str, ...] = ()
    size_classes: tuple[SizeClass, ...] = ()
    requires_tech_designation: bool = False
    min_company_age_years: int = 0
    rate_basis: RateBasis = RateBasis.FIXED
    min_annual_rate: Decimal | None = None
    max_annual_rate: Decimal | None = None
    spread_bp: int | None = None
    floor_rate: Decimal | None = None
    ceiling_rate: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ListProduct:
    """A bank manager lists a product for its own bank."""

    terms: ProductTerms
    today: date


@dataclass(frozen=True, slots=True)
class UpdateProduct:
    """A manager of the product's bank replaces its terms; the quota stays above what is used."""

    product_id: int
    terms: ProductTerms
    today: date


@dataclass(frozen=True, slots=True)
class RetireProduct:
    product_id: int


# The domain fields refusals name.
NAME = "product.name"
MIN_AMOUNT = "product.min_amount"
MAX_AMOUNT = "product.max_amount"
MIN_TERM_MONTHS = "product.min_term_months"
MAX_TERM_MONTHS = "product.max_term_months"
COLLATERAL = "product.collateral"
PARK_IDS = "product.park_ids"
QUOTA_COUNT = "product.quota_count"
QUOTA_AMOUNT = "product.quota_amount"
VALID_UNTIL = "product.valid_until"
INDUSTRIES = "product.industries"
SIZE_CLASSES = "product.size_classes"
MIN_COMPANY_AGE_YEARS = "product.min_company_age_years"
RATE_BASIS = "product.rate_basis"
MIN_ANNUAL_RATE = "product.min_annual_rate"
MAX_ANNUAL_RATE = "product.max_annual_rate"
SPREAD_BP = "product.spread_bp"
FLOOR_RATE = "product.floor_rate"
CEILING_RATE = "product.ceiling_rate"
