"""Financing and hiring needs: posted and withdrawn by their company, seen per the policy."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from tortoise.transactions import in_transaction

from server import lifecycle
from server.errors import BadInput, Conflict, NotFound
from server.lifecycle import Cause
from server.models import Bank, Company, FinancingNeed, HiringNeed
from server.services import audit, policy, proposals, stats, validation
from server.services.clock import now
from server.services.commands.needs import (
    AMOUNT,
    COLLATERAL,
    HEADCOUNT,
    MAX_ANNUAL_RATE,
    NEEDED_BY,
    POSTED_SINCE,
    PREFERRED_BANK_IDS,
    PURPOSE,
    SALARY_MAX,
    SALARY_MIN,
    SKILLS,
    TERM_MONTHS,
    TITLE,
    PostFinancingNeed,
    PostHiringNeed,
    WithdrawNeed,
)
from server.services.events import NEEDS, PROPOSALS, EventBus
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import MatchKind, NeedStatus, Role

MAX_HORIZON = timedelta(days=5 * 366)
MAX_PREFERRED_BANKS = 10
MAX_MONTHLY_SALARY_YUAN = Decimal(1_000_000)
NeedModel = type[FinancingNeed] | type[HiringNeed]
NEED_MODELS: dict[str, NeedModel] = {"FinancingNeed": FinancingNeed, "HiringNeed": HiringNeed}
ROUND_KIND = {"FinancingNeed": MatchKind.FINANCING, "HiringNeed": MatchKind.RECRUITMENT}


def _needed_by(value: date, today: date) -> date:
    if not today <= value <= today + MAX_HORIZON:
        raise BadInput(f"{NEEDED_BY} must be today or later, within five years", field=NEEDED_BY)
    return value


async def _own_company(viewer: Viewer | None) -> tuple[Viewer, Company]:
    viewer = policy.require_role(viewer, Role.COMPANY)
    return viewer, await Company.get(id=viewer.company_id)


async def post_financing_need(
    viewer: Viewer | None, command: PostFinancingNeed, events: EventBus
) -> FinancingNeed:
    viewer, company = await _own_company(viewer)
    banks = sorted(set(command.preferred_bank_ids))
    if len(banks) > MAX_PREFERRED_BANKS:
        raise BadInput(
            f"{PREFERRED_BANK_IDS} takes at most {MAX_PREFERRED_BANKS} banks",
            field=PREFERRED_BANK_IDS,
        )
    fields = {
        "amount_fen": validation.money_fen(command.amount, AMOUNT),
        "term_months": validation.whole(command.term_months, TERM_MONTHS, low=1, high=360),
        "purpose": validation.prose(command.purpose, PURPOSE, max_length=500),
        "collateral": validation.choices(command.collateral, COLLATERAL, required=True),
        "max_rate_bp": validation.rate_bp(command.max_annual_rate, MAX_ANNUAL_RATE),
        "needed_by": _needed_by(command.needed_by, command.today),
        "preferred_bank_ids": banks,
    }
    if banks and await Bank.filter(id__in=banks).count() != len(banks):
        raise BadInput(f"{PREFERRED_BANK_IDS} names an unknown bank", field=PREFERRED_BANK_IDS)
    return await _post(viewer, company, FinancingNeed, fields, events)


async def post_hiring_need(
    viewer: Viewer | None, command: PostHiringNeed, events: EventBus
) -> HiringNeed:
    viewer, company = await _own_company(viewer)
    salary_min_fen = validation.money_fen(command.salary_min, SALARY_MIN)
    salary_max_fen = validation.money_fen(command.salary_max, SALARY_MAX)
    ceiling = int(MAX_MONTHLY_SALARY_YUAN * 100)
    if salary_max_fen > ceiling:
        raise BadInput(f"{SALARY_MAX} is above 1,000,000 yuan a month", field=SALARY_MAX)
    validation.ordered(salary_min_fen, salary_max_fen, SALARY_MIN, "salary")
    fields = {
        "title": validation.text(command.title, TITLE, max_length=200),
        "role_category": command.role_category,
        "headcount": validation.whole(command.headcount, HEADCOUNT, low=1, high=100_000),
        "skills": validation.tags(command.skills, SKILLS),
        "min_education": command.min_education,
        "salary_min_fen": salary_min_fen,
        "salary_max_fen": salary_max_fen,
        "needed_by": _needed_by(command.needed_by, command.today),
    }
    return await _post(viewer, company, HiringNeed, fields, events)


async def _post(viewer: Viewer, company: Company, model: NeedModel, fields: dict, events):
    move = lifecycle.need_move(Cause.POST, lifecycle.actor(viewer.role), None)
    async with in_transaction() as conn:
        need = await model.create(
            company_id=company.id, status=move.target, **fields, using_db=conn
        )
        await audit.record(
            viewer,
            move.audit,
            model.__name__,
            need.id,
            park_id=company.park_id,
            summary={"after": {"status": move.target.value}},
            using_db=conn,
        )
    await events.publish(
        NEEDS,
        {
            "event": move.event,
            "kind": model.__name__,
            "need_id": need.id,
            "park_id": company.park_id,
        },
    )
    return need


async def get_need(viewer: Viewer | None, kind: str, need_id: int):
    """A need of kind "FinancingNeed" or "HiringNeed" that the viewer may see."""
    model = NEED_MODELS[kind]
    viewer = policy.signed_in(viewer)
    need = await model.filter(policy.need_scope(viewer, kind), id=need_id).distinct().first()
    if need is None:
        raise NotFound(f"No such {model.__name__}")
    return need


async def list_needs(
    viewer: Viewer | None,
    kind: str,
    first: int | None,
    after: int | None,
    *,
    status: NeedStatus | None = None,
    park_id: int | None = None,
    company_id: int | None = None,
    posted: tuple[date | None, date | None, ZoneInfo] | None = None,
) -> Page:
    """`posted` is (since, until, zone): inclusive local dates of when the need was posted."""
    viewer = policy.signed_in(viewer)
    query = NEED_MODELS[kind].filter(policy.need_scope(viewer, kind)).distinct()
    if posted is not None:
        low, high = stats.bounds(*posted, field=POSTED_SINCE)
        if low is not None:
            query = query.filter(created_at__gte=low)
        if high is not None:
            query = query.filter(created_at__lt=high)
    if status is not None:
        query = query.filter(status=status)
    if park_id is not None:
        query = query.filter(company__park_id=park_id)
    if company_id is not None:
        query = query.filter(company_id=company_id)
    return await paginate(query, first, after)


async def withdraw_need(viewer: Viewer | None, command: WithdrawNeed, events: EventBus):
    """OPEN or MATCHED → WITHDRAWN; its proposals are superseded or declined with it."""
    kind = command.kind
    model = NEED_MODELS[kind]
    need = await get_need(viewer, kind, command.need_id)
    viewer = policy.require_company_owner(viewer, need.company_id)
    move = lifecycle.need_move(Cause.WITHDRAW, lifecycle.actor(viewer.role), need.status)
    company = await Company.get(id=need.company_id)
    async with in_transaction() as conn:
        changed = (
            await model.filter(id=need.id, status__in=move.sources)
            .using_db(conn)
            .update(status=move.target, withdrawn_at=now())
        )
        if not changed:
            raise Conflict("The need changed meanwhile; it cannot be withdrawn")
        released = await proposals.release_for_withdrawn_need(
            viewer, ROUND_KIND[kind], need.id, need.company_id, conn
        )
        await audit.record(
            viewer,
            move.audit,
            model.__name__,
            need.id,
            park_id=company.park_id,
            summary={
                "before": {"status": need.status.value},
                "after": {"status": move.target.value},
            },
            using_db=conn,
        )
    await events.publish_many(
        PROPOSALS, [proposals.event(name, proposal) for name, proposal in released]
    )
    return await model.get(id=need.id)
