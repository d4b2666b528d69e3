"""Quota and booths, moved only by conditional updates: the database refuses an overbooking
even when two officers confirm at the same moment."""

from __future__ import annotations

from datetime import date

from tortoise.expressions import F

from server.errors import Conflict
from server.lifecycle import Capacity
from server.models import CreditProduct, Proposal, RecruitmentDrive
from server.standards import DriveStatus, MatchKind


async def apply(
    effect: Capacity,
    proposal: Proposal,
    conn,
    *,
    today: date | None = None,
    disbursed_fen: int | None = None,
) -> None:
    """A lifecycle move's effect on the proposal's product or drive: a confirmation gives its
    `today`, a completed loan its `disbursed_fen`."""
    match effect:
        case Capacity.TAKE:
            await take(proposal, today, conn)
        case Capacity.GIVE_BACK:
            await give_back(proposal, conn)
        case Capacity.HOLD_DISBURSED:
            await settle_disbursed(proposal, disbursed_fen, conn)


async def take(proposal: Proposal, today: date, conn) -> None:
    if proposal.kind == MatchKind.FINANCING:
        taken = (
            await CreditProduct.filter(
                id=proposal.product_id,
                active=True,
                valid_until__gte=today,
                used_count__lt=F("quota_count"),
                used_amount_fen__lte=F("quota_amount_fen") - proposal.amount_fen,
            )
            .using_db(conn)
            .update(
                used_count=F("used_count") + 1,
                used_amount_fen=F("used_amount_fen") + proposal.amount_fen,
            )
        )
        if not taken:
            raise Conflict("The product has no quota left for this amount, or is no longer offered")
        return
    taken = (
        await RecruitmentDrive.filter(
            id=proposal.drive_id,
            status=DriveStatus.OPEN,
            date__gte=today,
            booths_used__lt=F("booth_capacity"),
        )
        .using_db(conn)
        .update(booths_used=F("booths_used") + 1)
    )
    if not taken:
        raise Conflict("The drive has no booth left, is closed or has passed")


async def give_back(proposal: Proposal, conn) -> None:
    """What a CONFIRMED proposal held returns when it is declined."""
    if proposal.kind == MatchKind.FINANCING:
        await (
            CreditProduct.filter(id=proposal.product_id)
            .using_db(conn)
            .update(
                used_count=F("used_count") - 1,
                used_amount_fen=F("used_amount_fen") - proposal.amount_fen,
            )
        )
    else:
        await (
            RecruitmentDrive.filter(id=proposal.drive_id)
            .using_db(conn)
            .update(booths_used=F("booths_used") - 1)
        )


async def settle_disbursed(proposal: Proposal, disbursed_fen: int, conn) -> None:
    """Once completed, a loan holds the amount disbursed (never more than was confirmed)."""
    await (
        CreditProduct.filter(id=proposal.product_id)
        .using_db(conn)
        .update(used_amount_fen=F("used_amount_fen") - (proposal.amount_fen - disbursed_fen))
    )
