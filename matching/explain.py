"""Why a pair was proposed, as reason codes with their parameters (the API words them in the
reader's language), and why a need or company went unmatched."""

from datetime import date

import numpy as np

from .types import (
    BlockingRule,
    Company,
    Drive,
    FinancingNeed,
    HiringNeed,
    Product,
    Reason,
    Unmatched,
)

PRIORITY_SIZES = frozenset({"MICRO", "SMALL"})


def financing_reasons(
    need: FinancingNeed, product: Product, company: Company
) -> tuple[Reason, ...]:
    if product.min_rate == product.max_rate:
        rate = Reason("rate_fixed", {"rate": product.min_rate, "ceiling": need.max_rate})
    else:
        code = "rate_below" if product.max_rate <= need.max_rate else "rate_from"
        rate = Reason(
            code, {"low": product.min_rate, "high": product.max_rate, "ceiling": need.max_rate}
        )
    reasons = [
        rate,
        Reason(
            "amount_within",
            {"amount": need.amount, "low": product.min_amount, "high": product.max_amount},
        ),
        Reason(
            "term_within",
            {
                "months": need.term_months,
                "low": product.min_term_months,
                "high": product.max_term_months,
            },
        ),
        Reason("collateral_accepted", {"collateral": sorted(need.collateral & product.collateral)}),
    ]
    if product.bank_id in need.preferred_bank_ids:
        reasons.append(Reason("preferred_bank", {}))
    if company.size_class in PRIORITY_SIZES:
        reasons.append(Reason("inclusive_finance", {"size": company.size_class}))
    if company.tech_designations:
        reasons.append(Reason("tech_priority", {}))
    return tuple(reasons)


def recruitment_reasons(
    travelling: tuple[HiringNeed, ...], drive: Drive, company: Company
) -> tuple[Reason, ...]:
    wanted = frozenset().union(*(n.skills for n in travelling))
    common = sorted(wanted & drive.skills)
    deadline: date = min(n.needed_by for n in travelling)
    reasons = []
    if common:
        reasons.append(Reason("skills_in_common", {"skills": common}))
    reasons.append(
        Reason(
            "booth_recruits",
            {
                "people": sum(n.headcount for n in travelling),
                "roles": sorted({n.role_category for n in travelling}),
            },
        )
    )
    reasons.append(
        Reason(
            "drive_before_deadline",
            {
                "drive": drive.date.isoformat(),
                "days": (deadline - drive.date).days,
                "deadline": deadline.isoformat(),
            },
        )
    )
    if company.industry in drive.industries:
        reasons.append(Reason("drive_targets_industry", {"industry": company.industry}))
    elif not drive.industries:
        reasons.append(Reason("drive_open_to_all", {}))
    return tuple(reasons)


def unmatched(
    company_id: str,
    need_id: str | None,
    has_eligible: bool,
    blocked: np.ndarray,
    rules: tuple[str, ...],
) -> Unmatched:
    """CAPACITY when an eligible target existed, else the failing rules, most frequent first."""
    if has_eligible:
        return Unmatched(company_id, need_id, "CAPACITY", ())
    order = sorted((-int(n), k) for k, n in enumerate(blocked) if n > 0)
    rules_hit = tuple(BlockingRule(rules[k], -n) for n, k in order)
    return Unmatched(company_id, need_id, "NO_ELIGIBLE_TARGET", rules_hit)
