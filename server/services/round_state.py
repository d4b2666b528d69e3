"""A round's state read from the database in one transaction and handed over as plain data."""

from __future__ import annotations

from datetime import date

import matching
from server.models import (
    Company,
    CreditProduct,
    FinancingNeed,
    HiringNeed,
    Proposal,
    RecruitmentDrive,
)
from server.rates import LprQuote, lpr_in_force
from server.services import lpr
from server.services.products import rates_in_force
from server.standards import DriveStatus, MatchKind, NeedStatus, ProposalStatus

CLOSED_PAIR_STATUSES = (ProposalStatus.REJECTED, ProposalStatus.DECLINED)


def _company(row: dict) -> matching.Company:
    return matching.Company(
        id=str(row["id"]),
        park_id=str(row["park_id"]),
        industry=row["industry"],
        size_class=str(row["size_class"]),
        founded_on=row["founded_on"],
        tech_designations=frozenset(row["tech_designations"]),
    )


async def _companies(park_id: int, conn) -> tuple[matching.Company, ...]:
    rows = (
        await Company.filter(park_id=park_id, verified=True)
        .using_db(conn)
        .values("id", "park_id", "industry", "size_class", "founded_on", "tech_designations")
    )
    return tuple(_company(row) for row in rows)


def _open_needs(model, park_id: int, today: date, conn):
    return model.filter(
        status=NeedStatus.OPEN,
        needed_by__gte=today,
        company__park_id=park_id,
        company__verified=True,
    ).using_db(conn)


# (company, need): a need a round leaves out.
LeftOut = tuple[int, int]


async def unverified_needs(kind: MatchKind, park_id: int, today: date, conn) -> tuple[LeftOut, ...]:
    """The needs a round would consider but for their company awaiting verification."""
    model = FinancingNeed if kind == MatchKind.FINANCING else HiringNeed
    rows = (
        await model.filter(
            status=NeedStatus.OPEN,
            needed_by__gte=today,
            company__park_id=park_id,
            company__verified=False,
        )
        .using_db(conn)
        .order_by("id")
        .values_list("company_id", "id")
    )
    return tuple((company_id, need_id) for company_id, need_id in rows)


async def _closed_pairs(kind: MatchKind, park_id: int, left: str, right: str, conn) -> frozenset:
    rows = (
        await Proposal.filter(park_id=park_id, kind=kind, status__in=CLOSED_PAIR_STATUSES)
        .using_db(conn)
        .values_list(left, right)
    )
    return frozenset((str(a), str(b)) for a, b in rows)


async def financing_input(
    park_id: int, today: date, weights: dict[str, float], conn
) -> matching.FinancingInput:
    need_rows = await _open_needs(FinancingNeed, park_id, today, conn).values(
        "id",
        "company_id",
        "amount_fen",
        "term_months",
        "collateral",
        "max_rate_bp",
        "needed_by",
        "preferred_bank_ids",
    )
    products = (
        await CreditProduct.filter(parks__id=park_id, active=True, valid_until__gte=today)
        .using_db(conn)
        .prefetch_related("parks")
    )
    quote = lpr_in_force(await lpr.history(conn), today)
    needs = tuple(
        matching.FinancingNeed(
            id=str(row["id"]),
            company_id=str(row["company_id"]),
            amount=row["amount_fen"] / 100,
            term_months=row["term_months"],
            collateral=frozenset(row["collateral"]),
            max_rate=row["max_rate_bp"] / 100,
            needed_by=row["needed_by"],
            preferred_bank_ids=frozenset(str(bank) for bank in row["preferred_bank_ids"]),
        )
        for row in need_rows
    )
    return matching.FinancingInput(
        round_date=today,
        park_id=str(park_id),
        companies=await _companies(park_id, conn),
        needs=needs,
        products=tuple(_product(product, quote) for product in products),
        excluded_pairs=await _closed_pairs(
            MatchKind.FINANCING, park_id, "financing_need_id", "product_id", conn
        ),
        weights=weights,
    )


def _product(product: CreditProduct, quote: LprQuote | None) -> matching.Product:
    """The product as the round sees it: its rates are those in force on the round's date."""
    min_rate_bp, max_rate_bp = rates_in_force(product, quote)
    return matching.Product(
        id=str(product.id),
        bank_id=str(product.bank_id),
        active=product.active,
        valid_until=product.valid_until,
        park_ids=frozenset(str(park.id) for park in product.parks),
        min_amount=product.min_amount_fen / 100,
        max_amount=product.max_amount_fen / 100,
        min_term_months=product.min_term_months,
        max_term_months=product.max_term_months,
        min_rate=min_rate_bp / 100,
        max_rate=max_rate_bp / 100,
        collateral=frozenset(product.collateral),
        industries=frozenset(product.industries),
        size_classes=frozenset(product.size_classes),
        requires_tech=product.requires_tech_designation,
        min_company_age_years=product.min_company_age_years,
        remaining_count=product.quota_count - product.used_count,
        remaining_amount=(product.quota_amount_fen - product.used_amount_fen) / 100,
    )


async def recruitment_input(
    park_id: int, today: date, weights: dict[str, float], conn
) -> matching.RecruitmentInput:
    need_rows = await _open_needs(HiringNeed, park_id, today, conn).values(
        "id", "company_id", "role_category", "headcount", "skills", "needed_by"
    )
    drives = await RecruitmentDrive.filter(
        park_id=park_id, status=DriveStatus.OPEN, date__gte=today
    ).using_db(conn)
    return matching.RecruitmentInput(
        round_date=today,
        park_id=str(park_id),
        companies=await _companies(park_id, conn),
        needs=tuple(
            matching.HiringNeed(
                id=str(row["id"]),
                company_id=str(row["company_id"]),
                role_category=str(row["role_category"]),
                headcount=row["headcount"],
                skills=frozenset(row["skills"]),
                needed_by=row["needed_by"],
            )
            for row in need_rows
        ),
        drives=tuple(
            matching.Drive(
                id=str(drive.id),
                park_id=str(drive.park_id),
                open=drive.status == DriveStatus.OPEN,
                date=drive.date,
                role_categories=frozenset(drive.role_categories),
                skills=frozenset(drive.skills),
                industries=frozenset(drive.industries),
                remaining_booths=drive.booth_capacity - drive.booths_used,
            )
            for drive in drives
        ),
        excluded_pairs=await _closed_pairs(
            MatchKind.RECRUITMENT, park_id, "company_id", "drive_id", conn
        ),
        weights=weights,
    )
