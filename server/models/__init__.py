"""Tortoise models, one aggregate per module. Money is stored in fen, rates in basis points."""

from server.models.accounts import AuthToken, Throttle, User
from server.models.audit import AuditEvent
from server.models.companies import Company
from server.models.drives import RecruitmentDrive
from server.models.needs import FinancingNeed, HiringNeed
from server.models.parties import Bank, Park
from server.models.products import CreditProduct
from server.models.rates import Lpr
from server.models.rounds import MatchRound, Proposal, RoundLock, RoundPreview, RoundVerdict
from server.models.settings import ClockAnnouncement, Holiday, ParkSettings

__all__ = [
    "AuditEvent",
    "AuthToken",
    "Bank",
    "ClockAnnouncement",
    "Company",
    "CreditProduct",
    "FinancingNeed",
    "HiringNeed",
    "Holiday",
    "Lpr",
    "MatchRound",
    "Park",
    "ParkSettings",
    "Proposal",
    "RecruitmentDrive",
    "RoundLock",
    "RoundPreview",
    "RoundVerdict",
    "Throttle",
    "User",
]
