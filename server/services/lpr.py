"""The loan prime rate (LPR) as published: recorded by an admin, read by everyone signed in, and
the rate each credit product charges on a date (server/rates.py holds the rule)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict
from server.models import Lpr
from server.rates import LprQuote, lpr_in_force
from server.services import audit, policy, validation
from server.services.commands.lpr import FIVE_YEAR, ONE_YEAR, PUBLISHED_ON, RecordLpr
from server.services.pagination import Page, check_page_size
from server.services.viewer import Viewer
from server.standards import Role

MAX_LPR_PERCENT = Decimal(20)


def _lpr_bp(value: Decimal, field: str) -> int:
    rate = validation.rate_bp(value, field)
    if rate > MAX_LPR_PERCENT * 100:
        raise BadInput(f"{field} must be above 0 and at most {MAX_LPR_PERCENT}%", field=field)
    return rate


async def record_lpr(viewer: Viewer | None, command: RecordLpr) -> Lpr:
    """An admin records the LPR published on a day (today or earlier), once per day."""
    viewer = policy.require_role(viewer, Role.ADMIN)
    published_on = command.published_on
    if published_on > command.today:
        raise BadInput(f"{PUBLISHED_ON} must be today or earlier", field=PUBLISHED_ON)
    one_year_bp = _lpr_bp(command.one_year, ONE_YEAR)
    five_year_bp = _lpr_bp(command.five_year, FIVE_YEAR)
    try:
        async with in_transaction() as conn:
            row = await Lpr.create(
                published_on=published_on,
                one_year_bp=one_year_bp,
                five_year_bp=five_year_bp,
                recorded_by_id=viewer.user_id,
                using_db=conn,
            )
            await audit.record(
                viewer,
                "LPR_RECORDED",
                "Lpr",
                row.id,
                park_id=None,
                summary={
                    "after": {
                        "publishedOn": published_on.isoformat(),
                        "oneYearBp": one_year_bp,
                        "fiveYearBp": five_year_bp,
                    }
                },
                using_db=conn,
            )
    except IntegrityError:
        raise Conflict("An LPR published on this date is recorded already") from None
    return row


async def list_lprs(viewer: Viewer | None, first: int | None, after: int | None) -> Page:
    """The recorded LPRs, newest publication first, keyed on a record's id and paged on
    its (unique) publication date."""
    policy.signed_in(viewer)
    size = check_page_size(first)
    query = Lpr.all()
    total = await query.count()
    if after is not None:
        anchor = await Lpr.filter(id=after).first()
        if anchor is None:
            raise BadInput("after: not a cursor this list gave out", field="after")
        query = query.filter(published_on__lt=anchor.published_on)
    rows = await query.order_by("-published_on").limit(size + 1)
    items = rows[:size]
    return Page(
        items=items,
        keys=[row.id for row in items],
        has_next_page=len(rows) > size,
        total_count=total,
    )


async def history(using_db=None) -> list[LprQuote]:
    """Every recorded LPR, oldest publication first (a dozen a year)."""
    rows = await Lpr.all().using_db(using_db).order_by("published_on")
    return [LprQuote(row.published_on, row.one_year_bp, row.five_year_bp) for row in rows]


async def in_force_on(days: Sequence[date]) -> list[LprQuote | None]:
    """The LPR in force on each day; None for every day while none is recorded."""
    known = await history()
    return [lpr_in_force(known, day) for day in days]
