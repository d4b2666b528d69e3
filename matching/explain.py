"""Reasons in plain words for proposals, and why a need or company went unmatched."""

from datetime import date

import numpy as np

from .types import BlockingRule, Company, Drive, FinancingNeed, HiringNeed, Product, Unmatched

SIZE_WORDS = {"MICRO": "micro", "SMALL": "small"}


def money(x: float) -> str:
    return f"{x:,.0f}"


def financing_reasons(need: FinancingNeed, product: Product, company: Company) -> tuple[str, ...]:
    if product.min_rate == product.max_rate:
        rate = f"rate {product.min_rate:.2f}% is within your ceiling of {need.max_rate:.2f}%"
    elif product.max_rate <= need.max_rate:
        rate = (
            f"rate {product.min_rate:.2f}–{product.max_rate:.2f}% is below your ceiling of "
            f"{need.max_rate:.2f}%"
        )
    else:
        rate = (
            f"rate from {product.min_rate:.2f}% (up to {product.max_rate:.2f}%) starts within "
            f"your ceiling of {need.max_rate:.2f}%"
        )
    reasons = [
        rate,
        f"amount {money(need.amount)} within {money(product.min_amount)}–"
        f"{money(product.max_amount)}",
        f"term {need.term_months} months within {product.min_term_months}–"
        f"{product.max_term_months} months",
        f"accepts collateral you offer: {', '.join(sorted(need.collateral & product.collateral))}",
    ]
    if product.bank_id in need.preferred_bank_ids:
        reasons.append("offered by a bank you prefer")
    if company.size_class in SIZE_WORDS:
        reasons.append(f"inclusive-finance priority for {SIZE_WORDS[company.size_class]} companies")
    if company.tech_designations:
        reasons.append("priority for tech-designated companies")
    return tuple(reasons)


def recruitment_reasons(
    travelling: tuple[HiringNeed, ...], drive: Drive, company: Company
) -> tuple[str, ...]:
    wanted = frozenset().union(*(n.skills for n in travelling))
    common = sorted(wanted & drive.skills)
    roles = sorted({n.role_category for n in travelling})
    heads = sum(n.headcount for n in travelling)
    deadline: date = min(n.needed_by for n in travelling)
    reasons = []
    if common:
        reasons.append(f"skills in common: {', '.join(common)}")
    reasons.append(
        f"one booth recruits {heads} {'person' if heads == 1 else 'people'} for {', '.join(roles)}"
    )
    reasons.append(
        f"drive on {drive.date.isoformat()}, {(deadline - drive.date).days} days before your "
        f"earliest deadline ({deadline.isoformat()})"
    )
    if company.industry in drive.industries:
        reasons.append(f"drive targets your industry ({company.industry})")
    elif not drive.industries:
        reasons.append("drive is open to every industry")
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
