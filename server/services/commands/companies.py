"""The company commands. The viewer who asks travels beside each, as for every service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from server.standards import SizeClass, TechDesignation


@dataclass(frozen=True, slots=True)
class CompanyProfile:
    """What a company states about itself when it registers, unchecked."""

    name: str
    uscc: str
    park_id: int
    industry: str
    size_class: SizeClass
    founded_on: date
    employees: int
    annual_revenue: Decimal
    tech_designations: tuple[TechDesignation, ...] = ()


@dataclass(frozen=True, slots=True)
class UpdateCompany:
    """The company edits its profile: each field left None stays as it is."""

    company_id: int
    name: str | None = None
    industry: str | None = None
    size_class: SizeClass | None = None
    employees: int | None = None
    annual_revenue: Decimal | None = None
    tech_designations: tuple[TechDesignation, ...] | None = None


@dataclass(frozen=True, slots=True)
class VerifyCompany:
    """An officer of the company's park verifies it."""

    company_id: int


# The domain fields refusals name.
NAME = "company.name"
USCC = "company.uscc"
PARK_ID = "company.park_id"
INDUSTRY = "company.industry"
SIZE_CLASS = "company.size_class"
FOUNDED_ON = "company.founded_on"
EMPLOYEES = "company.employees"
ANNUAL_REVENUE = "company.annual_revenue"
TECH_DESIGNATIONS = "company.tech_designations"
COMPANY_SEARCH = "companies.search"  # the list of companies
