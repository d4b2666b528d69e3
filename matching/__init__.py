"""The matching core: pure scoring and optimisation of financing and recruitment rounds."""

from .rounds import solve_financing, solve_recruitment
from .types import (
    BlockingRule,
    Company,
    Component,
    Drive,
    Figures,
    FinancingInput,
    FinancingNeed,
    HiringNeed,
    Product,
    Proposal,
    Reason,
    RecruitmentInput,
    RoundResult,
    Unmatched,
)
from .weights import DEFAULT_WEIGHTS, WeightError, resolve_weights

__all__ = [
    "DEFAULT_WEIGHTS",
    "BlockingRule",
    "Company",
    "Component",
    "Drive",
    "Figures",
    "FinancingInput",
    "FinancingNeed",
    "HiringNeed",
    "Product",
    "Proposal",
    "Reason",
    "RecruitmentInput",
    "RoundResult",
    "Unmatched",
    "WeightError",
    "resolve_weights",
    "solve_financing",
    "solve_recruitment",
]
