"""Companies: registration details, updates by the company, verification by its park's officer."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server.errors import BadInput, Conflict, NotFound
from server.models import Company, Park
from server.services import audit, policy, validation
from server.services.clock import now
from server.services.commands.companies import (
    ANNUAL_REVENUE,
    COMPANY_SEARCH,
    EMPLOYEES,
    FOUNDED_ON,
    INDUSTRY,
    NAME,
    PARK_ID,
    SIZE_CLASS,
    TECH_DESIGNATIONS,
    USCC,
    CompanyProfile,
    UpdateCompany,
    VerifyCompany,
)
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import (
    INDUSTRIAL_SECTIONS,
    SizeClass,
    industrial_size_class,
    normalise_uscc,
)

MAX_EMPLOYEES = 1_000_000


@dataclass(frozen=True, slots=True)
class CompanyFields:
    """What a company states about itself, checked."""

    name: str
    uscc: str
    park_id: int
    industry: str
    size_class: SizeClass
    founded_on: date
    employees: int
    annual_revenue_fen: int
    tech_designations: list[str]


def check_size_class(
    industry: str, size_class: SizeClass, employees: int, revenue_fen: int
) -> None:
    if industry not in INDUSTRIAL_SECTIONS:
        return
    expected = industrial_size_class(employees, revenue_fen / 100)
    if size_class != expected:
        raise BadInput(
            f"{SIZE_CLASS} {size_class.value} contradicts {employees} employees and "
            f"{revenue_fen / 100:,.0f} yuan revenue: for industry section {industry} that is "
            f"{expected.value} ({expected.label})",
            field=SIZE_CLASS,
        )


def check_company(profile: CompanyProfile, today: date) -> CompanyFields:
    code = normalise_uscc(profile.uscc)
    if code is None:
        raise BadInput(
            f"{USCC} is not a valid unified social credit code (GB 32100-2015)", field=USCC
        )
    if not date(1900, 1, 1) <= profile.founded_on <= today:
        raise BadInput(f"{FOUNDED_ON} must be a past date", field=FOUNDED_ON)
    fields = CompanyFields(
        name=validation.text(profile.name, NAME, max_length=200),
        uscc=code,
        park_id=profile.park_id,
        industry=validation.industry(profile.industry, INDUSTRY),
        size_class=SizeClass(profile.size_class),
        founded_on=profile.founded_on,
        employees=validation.whole(profile.employees, EMPLOYEES, low=0, high=MAX_EMPLOYEES),
        annual_revenue_fen=validation.money_fen(
            profile.annual_revenue, ANNUAL_REVENUE, allow_zero=True
        ),
        tech_designations=validation.choices(profile.tech_designations, TECH_DESIGNATIONS),
    )
    check_size_class(
        fields.industry, fields.size_class, fields.employees, fields.annual_revenue_fen
    )
    return fields


TAKEN = (
    "A company with this credit code is already registered; if the code is yours, the park's "
    "office can release it"
)


async def check_company_is_new(fields: CompanyFields, using_db=None) -> None:
    if not await Park.filter(id=fields.park_id).using_db(using_db).exists():
        raise BadInput(f"{PARK_ID} names no park", field=PARK_ID)
    if await Company.filter(uscc=fields.uscc).using_db(using_db).exists():
        raise Conflict(TAKEN, field=USCC)


async def create_company(fields: CompanyFields, using_db) -> Company:
    await check_company_is_new(fields, using_db)
    try:
        return await Company.create(
            name=fields.name,
            uscc=fields.uscc,
            park_id=fields.park_id,
            industry=fields.industry,
            size_class=fields.size_class,
            founded_on=fields.founded_on,
            employees=fields.employees,
            annual_revenue_fen=fields.annual_revenue_fen,
            tech_designations=fields.tech_designations,
            using_db=using_db,
        )
    except IntegrityError:
        raise Conflict(TAKEN, field=USCC) from None


def released_placeholder(company_id: int) -> str:
    """What a company whose credit code was released holds in its place: 18 characters that no
    valid code can equal ('V' is outside the code's alphabet), unique by the company's id."""
    return f"V{company_id:017d}"


async def get_company(viewer: Viewer | None, company_id: int) -> Company:
    viewer = policy.signed_in(viewer)
    company = await Company.filter(policy.company_scope(viewer), id=company_id).distinct().first()
    if company is None:
        raise NotFound("No such company")
    return company


async def list_companies(
    viewer: Viewer | None,
    first: int | None,
    after: int | None,
    *,
    park_id: int | None = None,
    verified: bool | None = None,
    search: str | None = None,
) -> Page:
    viewer = policy.signed_in(viewer)
    query = Company.filter(policy.company_scope(viewer)).distinct()
    if park_id is not None:
        query = query.filter(park_id=park_id)
    if verified is not None:
        query = query.filter(verified=verified)
    if search:
        term = validation.prose(search, COMPANY_SEARCH, max_length=100)
        query = (
            query.filter(name__icontains=term)
            if len(term) != 18
            else query.filter(uscc=term.upper())
        )
    return await paginate(query, first, after)


def _snapshot(company: Company) -> dict:
    return {
        "name": company.name,
        "industry": company.industry,
        "sizeClass": company.size_class.value,
        "employees": company.employees,
        "annualRevenueFen": company.annual_revenue_fen,
        "techDesignations": company.tech_designations,
        "verified": company.verified,
    }


@dataclass(frozen=True, slots=True)
class ProfileChange:
    """A fact that decides eligibility, as an officer verified it and as it is now (values as
    the API shows them; a list of designations comma-joined)."""

    field: str
    verified: str
    current: str


def eligibility(company: Company) -> dict[str, str]:
    """The facts products' rules judge a company by: changing one needs a new verification."""
    return {
        "industry": company.industry,
        "sizeClass": SizeClass(company.size_class).value,
        "techDesignations": ",".join(sorted(company.tech_designations)),
    }


def changes_since_verification(company: Company) -> list[ProfileChange]:
    if company.verified or company.verified_profile is None:
        return []
    current = eligibility(company)
    return [
        ProfileChange(field, verified, current[field])
        for field, verified in company.verified_profile.items()
        if current[field] != verified
    ]


def _checked_update(company: Company, change: UpdateCompany) -> None:
    if change.name is not None:
        company.name = validation.text(change.name, NAME, max_length=200)
    if change.industry is not None:
        company.industry = validation.industry(change.industry, INDUSTRY)
    if change.size_class is not None:
        company.size_class = SizeClass(change.size_class)
    if change.employees is not None:
        company.employees = validation.whole(change.employees, EMPLOYEES, low=0, high=MAX_EMPLOYEES)
    if change.annual_revenue is not None:
        company.annual_revenue_fen = validation.money_fen(
            change.annual_revenue, ANNUAL_REVENUE, allow_zero=True
        )
    if change.tech_designations is not None:
        company.tech_designations = validation.choices(change.tech_designations, TECH_DESIGNATIONS)
    check_size_class(
        company.industry, company.size_class, company.employees, company.annual_revenue_fen
    )


async def update_company(viewer: Viewer | None, command: UpdateCompany) -> Company:
    """The company edits its profile. A verified company that changes its industry, size class
    or tech designations is unverified again — these decide which products it may get — and
    `changes_since_verification` tells the officer what to look at."""
    viewer = policy.signed_in(viewer)
    company = await get_company(viewer, command.company_id)
    policy.require_company_owner(viewer, company.id)
    async with in_transaction() as conn:
        # Locked, so that an officer's verification and this change happen one after the other.
        company = await Company.filter(id=company.id).select_for_update().using_db(conn).get()
        before = _snapshot(company)
        verified_as = eligibility(company)
        _checked_update(company, command)
        summary: dict = {"before": before}
        if company.verified and eligibility(company) != verified_as:
            company.verified = False
            company.verified_profile = company.verified_profile or verified_as
            summary["verificationLapsed"] = [
                change.field for change in changes_since_verification(company)
            ]
        summary["after"] = _snapshot(company)
        await company.save(using_db=conn)
        await audit.record(
            viewer,
            "COMPANY_UPDATED",
            "Company",
            company.id,
            park_id=company.park_id,
            summary=summary,
            using_db=conn,
        )
    return company


async def verify_company(viewer: Viewer | None, command: VerifyCompany) -> Company:
    viewer = policy.signed_in(viewer)
    company = await get_company(viewer, command.company_id)
    policy.require_park_officer(viewer, company.park_id)
    if company.verified:
        raise Conflict("This company is already verified")
    if company.released_at is not None:
        raise Conflict("This company's credit code was released; it cannot be verified")
    async with in_transaction() as conn:
        company = await Company.filter(id=company.id).select_for_update().using_db(conn).get()
        if company.verified:
            raise Conflict("This company is already verified")
        lapsed = changes_since_verification(company)
        company.verified, company.verified_at = True, now()
        company.verified_profile = eligibility(company)
        await company.save(
            using_db=conn, update_fields=["verified", "verified_at", "verified_profile"]
        )
        summary: dict = {"before": {"verified": False}, "after": {"verified": True}}
        if lapsed:
            summary["reviewed"] = [change.field for change in lapsed]
        await audit.record(
            viewer,
            "COMPANY_VERIFIED",
            "Company",
            company.id,
            park_id=company.park_id,
            summary=summary,
            using_db=conn,
        )
    return company
