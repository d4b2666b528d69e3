"""The demo park: `parkmatch demo` loads it so a new user can try every operation at once.

Everything goes through the service layer, as the API would: each row is validated and audited.
The parks, banks and products are fictional, named after real kinds (a Wuhan biotech park like
光谷生物城, a Chengdu start-up town like 菁蓉镇, a provincial tech credit loan like 鄂科贷); the
companies are invented and carry credit codes that pass the GB 32100-2015 check. Dates are
relative to the park's local today, so the demo stays current; the rest is fixed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from server.config import Settings
from server.errors import Conflict
from server.services import accounts, companies, drives, lpr, needs, parties, products
from server.services.clock import local_today
from server.services.commands import accounts as account_commands
from server.services.commands import companies as company_commands
from server.services.commands import drives as drive_commands
from server.services.commands import lpr as lpr_commands
from server.services.commands import needs as need_commands
from server.services.commands import parties as party_commands
from server.services.commands import products as product_commands
from server.services.events import LocalBus
from server.services.viewer import Viewer
from server.standards import (
    USCC_ALPHABET,
    Collateral,
    Education,
    RateBasis,
    Role,
    RoleCategory,
    SizeClass,
    TechDesignation,
    uscc_check_character,
)

# Public on purpose: printed with the logins, for a local demo only.
DEMO_PASSWORD = "parkmatch-demo-2026"  # noqa: S105
ADMIN = "demo.admin"


def uscc(body: str) -> str:
    """The full unified social credit code for a 17-character body: the body plus its check
    character (GB 32100-2015)."""
    if len(body) != 17 or any(ch not in USCC_ALPHABET for ch in body):
        raise ValueError(f"not a credit-code body: {body!r}")
    return body + uscc_check_character(body)


# ---------------------------------------------------------------------------------------------
# The data. Parks and banks are referred to by their codes, companies by their usernames.


@dataclass(frozen=True, slots=True)
class DemoCompany:
    username: str
    park: str
    name: str
    body: str  # the credit code's first 17 characters
    industry: str
    size: SizeClass
    founded_on: date
    employees: int
    revenue: str  # yuan
    tech: tuple[TechDesignation, ...]
    verified: bool


@dataclass(frozen=True, slots=True)
class DemoFinancingNeed:
    company: str
    amount: str
    term_months: int
    purpose: str
    collateral: tuple[Collateral, ...]
    max_rate: str
    in_days: int
    preferred_banks: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class DemoHiringNeed:
    company: str
    title: str
    role: RoleCategory
    headcount: int
    skills: tuple[str, ...]
    education: Education
    salary: tuple[str, str]
    in_days: int


@dataclass(frozen=True, slots=True)
class DemoLinkedRate:
    """An LPR-linked product's terms: the tenor, the spread and an optional floor and ceiling."""

    basis: RateBasis
    spread_bp: int
    floor: str | None = None
    ceiling: str | None = None


@dataclass(frozen=True, slots=True)
class DemoProduct:
    bank: str
    name: str
    amount: tuple[str, str]
    term: tuple[int, int]
    rate: tuple[str, str] | DemoLinkedRate  # a fixed range, or LPR-linked terms
    collateral: tuple[Collateral, ...]
    parks: tuple[str, ...]
    quota: tuple[int, str]
    industries: tuple[str, ...] = ()
    sizes: tuple[SizeClass, ...] = ()
    requires_tech: bool = False
    min_age_years: int = 0

    def rate_terms(self) -> dict:
        if isinstance(self.rate, DemoLinkedRate):
            linked = self.rate
            return {
                "min_annual_rate": None,
                "max_annual_rate": None,
                "rate_basis": linked.basis,
                "spread_bp": linked.spread_bp,
                "floor_rate": None if linked.floor is None else Decimal(linked.floor),
                "ceiling_rate": None if linked.ceiling is None else Decimal(linked.ceiling),
            }
        return {
            "min_annual_rate": Decimal(self.rate[0]),
            "max_annual_rate": Decimal(self.rate[1]),
        }


@dataclass(frozen=True, slots=True)
class DemoDrive:
    officer: str
    title: str
    in_days: int
    venue: str
    booths: int
    roles: tuple[RoleCategory, ...]
    skills: tuple[str, ...]
    industries: tuple[str, ...]
    attendance: int


# fmt: off
WUHAN, CHENGDU = "WH-GHBIO", "CD-JCTOWN"
PARKS = (
    (WUHAN, "光湖生物科技园", "湖北省武汉市东湖新技术开发区"),
    (CHENGDU, "菁川双创小镇", "四川省成都市郫都区"),
)
BANKS = (
    ("CTRCB", "楚天农村商业银行"),
    ("CJSTB", "长江科技银行"),
    ("RCCB", "蓉城银行"),
    ("JZGX", "九州国信银行"),
)
OFFICERS = (
    ("gh.officer", WUHAN, "officer of 光湖生物科技园"),
    ("gh.officer2", WUHAN, "second officer of 光湖生物科技园"),
    ("jc.officer", CHENGDU, "officer of 菁川双创小镇"),
)
MANAGERS = (
    ("ctrcb.manager", "CTRCB", "account manager, 楚天农村商业银行"),
    ("cjstb.manager", "CJSTB", "account manager, 长江科技银行"),
    ("rccb.manager", "RCCB", "account manager, 蓉城银行"),
    ("jzgx.manager", "JZGX", "account manager, 九州国信银行"),
)

HT, SME = TechDesignation.HIGH_TECH, TechDesignation.TECH_SME
COMPANIES = (
    # 光湖生物科技园 (Wuhan, division 420100)
    DemoCompany(
        "ruikang", WUHAN, "光湖瑞康生物医药有限公司", "91420100MA4KRK016",
        "C", SizeClass.SMALL, date(2016, 5, 12), 86, "18500000.00", (HT,), True,
    ),
    DemoCompany(
        "chuyuan", WUHAN, "楚源基因检测技术有限公司", "91420100MA4KCY027",
        "M", SizeClass.SMALL, date(2018, 9, 3), 45, "9600000.00", (HT, SME), True,
    ),
    DemoCompany(
        "hanxin", WUHAN, "汉芯医疗器械股份有限公司", "91420100725881038",
        "C", SizeClass.MEDIUM, date(2011, 3, 28), 420, "263000000.00", (HT,), True,
    ),
    DemoCompany(
        "zhiyao", WUHAN, "江城智药信息科技有限公司", "91420100MA4KJY049",
        "I", SizeClass.MICRO, date(2021, 6, 18), 12, "1800000.00", (SME,), True,
    ),
    DemoCompany(
        "lvyuan", WUHAN, "东湖绿源生物农业有限公司", "91420100MA4KLY050",
        "A", SizeClass.SMALL, date(2015, 11, 2), 60, "12000000.00", (), True,
    ),
    DemoCompany(
        "xibao", WUHAN, "光湖精准细胞治疗有限公司", "91420100MA4KXB061",
        "C", SizeClass.MICRO, date(2023, 2, 20), 15, "2400000.00", (SME,), False,
    ),
    # 菁川双创小镇 (Chengdu, Pidu district 510117)
    DemoCompany(
        "xunguang", CHENGDU, "菁川寻光智能科技有限公司", "91510117MA6CXG072",
        "I", SizeClass.SMALL, date(2015, 3, 16), 38, "6500000.00", (HT, SME), True,
    ),
    DemoCompany(
        "rongchuang", CHENGDU, "蓉创无人机系统有限公司", "91510117MA6CRC083",
        "C", SizeClass.SMALL, date(2014, 7, 8), 150, "45000000.00", (HT,), True,
    ),
    DemoCompany(
        "chuanwei", CHENGDU, "郫都川味食品科技有限公司", "91510117720351094",
        "C", SizeClass.MEDIUM, date(2009, 10, 15), 360, "120000000.00", (), True,
    ),
    DemoCompany(
        "shulian", CHENGDU, "菁川数联软件有限公司", "91510117MA6CHL105",
        "I", SizeClass.MICRO, date(2022, 4, 1), 9, "900000.00", (SME,), True,
    ),
    DemoCompany(
        "tianfu", CHENGDU, "天府新材料科技有限公司", "91510117MA6CTF116",
        "C", SizeClass.MICRO, date(2020, 8, 25), 18, "5000000.00", (SME,), False,
    ),
    DemoCompany(
        "shuchuang", CHENGDU, "蜀创文化传媒有限公司", "91510117MA6CWC127",
        "R", SizeClass.SMALL, date(2019, 12, 9), 25, "4000000.00", (), True,
    ),
)

# The loan prime rate as published on 20 May 2025 (1-year, 5-year and above), in force since.
LPR_PUBLISHED = (date(2025, 5, 20), "3.00", "3.50")

C = Collateral
PRODUCTS = (
    DemoProduct(
        "CTRCB", "楚科贷（科技型企业信用贷）", ("500000.00", "10000000.00"), (12, 36),
        DemoLinkedRate(RateBasis.LPR_1Y, 45, floor="3.30"), (C.CREDIT,), (WUHAN,),
        (60, "150000000.00"),
        sizes=(SizeClass.MICRO, SizeClass.SMALL, SizeClass.MEDIUM),
        requires_tech=True, min_age_years=1,
    ),
    DemoProduct(
        "CTRCB", "园区小微快贷", ("100000.00", "3000000.00"), (6, 12),
        ("4.35", "7.20"), (C.CREDIT, C.GUARANTEE), (WUHAN,), (200, "200000000.00"),
        sizes=(SizeClass.MICRO, SizeClass.SMALL),
    ),
    DemoProduct(
        "CJSTB", "知识产权质押贷", ("1000000.00", "30000000.00"), (12, 36),
        ("3.65", "5.20"), (C.IP_PLEDGE,), (WUHAN, CHENGDU), (40, "200000000.00"),
        industries=("C", "I", "M"), requires_tech=True,
    ),
    DemoProduct(
        "CJSTB", "科技人才贷", ("500000.00", "5000000.00"), (12, 36),
        ("3.80", "5.50"), (C.CREDIT, C.GUARANTEE), (WUHAN, CHENGDU), (50, "100000000.00"),
        industries=("C", "I", "M"),
    ),
    DemoProduct(
        "RCCB", "天府科创贷", ("500000.00", "5000000.00"), (12, 24),
        ("4.00", "6.00"), (C.CREDIT, C.GUARANTEE), (CHENGDU,), (100, "200000000.00"),
        sizes=(SizeClass.MICRO, SizeClass.SMALL), requires_tech=True,
    ),
    DemoProduct(
        "RCCB", "应收账款融资（订单贷）", ("300000.00", "20000000.00"), (3, 12),
        ("3.90", "5.80"), (C.RECEIVABLES,), (CHENGDU,), (80, "300000000.00"),
    ),
    DemoProduct(
        "JZGX", "厂房抵押经营贷", ("5000000.00", "100000000.00"), (36, 120),
        DemoLinkedRate(RateBasis.LPR_5Y, 10, ceiling="4.90"), (C.MORTGAGE,), (WUHAN, CHENGDU),
        (20, "500000000.00"),
        min_age_years=3,
    ),
    DemoProduct(
        "JZGX", "设备按揭贷", ("1000000.00", "50000000.00"), (12, 60),
        ("3.85", "5.50"), (C.MORTGAGE, C.PLEDGE), (WUHAN, CHENGDU), (30, "300000000.00"),
        industries=("C",), min_age_years=2,
    ),
)

FINANCING_NEEDS = (
    DemoFinancingNeed(
        "ruikang", "8000000.00", 36, "一类新药临床II期试验资金",
        (C.CREDIT, C.IP_PLEDGE), "5.00", 60,
    ),
    DemoFinancingNeed(
        "ruikang", "3000000.00", 12, "原料药采购流动资金", (C.RECEIVABLES, C.GUARANTEE), "5.50", 30,
    ),
    DemoFinancingNeed(
        "chuyuan", "5000000.00", 24, "高通量基因测序仪采购", (C.IP_PLEDGE, C.PLEDGE), "4.80", 45,
        ("CJSTB",),
    ),
    DemoFinancingNeed(
        "chuyuan", "1500000.00", 12, "检测试剂备货", (C.CREDIT,), "6.00", 21,
    ),
    DemoFinancingNeed(
        "hanxin", "30000000.00", 60, "新建无菌生产车间", (C.MORTGAGE,), "4.50", 120, ("JZGX",),
    ),
    DemoFinancingNeed(
        "hanxin", "12000000.00", 36, "自动化装配线设备", (C.MORTGAGE, C.PLEDGE), "4.90", 75,
    ),
    DemoFinancingNeed(
        "zhiyao", "1000000.00", 12, "AI药物筛选平台研发", (C.CREDIT,), "6.50", 40,
    ),
    DemoFinancingNeed(
        "lvyuan", "2000000.00", 12, "生物肥料扩产及原料收购", (C.GUARANTEE, C.MORTGAGE), "6.00", 35,
    ),
    DemoFinancingNeed(
        "xibao", "2000000.00", 24, "细胞制备GMP实验室建设", (C.CREDIT, C.IP_PLEDGE), "5.50", 90,
    ),
    DemoFinancingNeed(
        "xunguang", "3000000.00", 24, "视觉算法研发及算力采购", (C.CREDIT, C.IP_PLEDGE), "5.20", 50,
        ("RCCB", "CJSTB"),
    ),
    DemoFinancingNeed(
        "rongchuang", "10000000.00", 36, "工业级无人机量产线", (C.MORTGAGE, C.PLEDGE), "5.00", 80,
    ),
    DemoFinancingNeed(
        "rongchuang", "6000000.00", 12, "政府采购订单履约资金", (C.RECEIVABLES,), "5.00", 25,
        ("RCCB",),
    ),
    DemoFinancingNeed(
        "chuanwei", "15000000.00", 60, "中央厨房及冷链仓储建设", (C.MORTGAGE,), "4.80", 100,
    ),
    DemoFinancingNeed(
        "shulian", "800000.00", 12, "SaaS产品迭代及市场推广", (C.CREDIT, C.GUARANTEE), "6.50", 30,
    ),
    DemoFinancingNeed(
        "shuchuang", "1000000.00", 12, "数字文创项目制作资金",
        (C.CREDIT, C.RECEIVABLES), "6.80", 45,
    ),
)

R, E = RoleCategory, Education
HIRING_NEEDS = (
    DemoHiringNeed(
        "ruikang", "药物制剂研究员", R.ENGINEERING_RD, 3, ("药物制剂", "HPLC", "GMP"),
        E.MASTER, ("15000.00", "25000.00"), 60,
    ),
    DemoHiringNeed(
        "ruikang", "临床监查员（CRA）", R.ENGINEERING_RD, 4, ("临床试验", "GCP"),
        E.BACHELOR, ("9000.00", "15000.00"), 45,
    ),
    DemoHiringNeed(
        "chuyuan", "生物信息分析工程师", R.ENGINEERING_RD, 2, ("Python", "NGS", "生物信息"),
        E.MASTER, ("14000.00", "22000.00"), 50,
    ),
    DemoHiringNeed(
        "hanxin", "医疗器械装配工", R.PRODUCTION, 30, ("装配", "洁净车间"),
        E.HIGH_SCHOOL, ("5000.00", "7000.00"), 30,
    ),
    DemoHiringNeed(
        "hanxin", "质量工程师", R.ENGINEERING_RD, 3, ("ISO 13485", "质量体系"),
        E.BACHELOR, ("10000.00", "16000.00"), 40,
    ),
    DemoHiringNeed(
        "hanxin", "数控机床操作工", R.SKILLED_TRADES, 8, ("数控", "CNC"),
        E.VOCATIONAL_COLLEGE, ("6500.00", "9000.00"), 35,
    ),
    DemoHiringNeed(
        "zhiyao", "医药销售代表", R.SALES_MARKETING, 5, ("医药销售", "客户开发"),
        E.BACHELOR, ("8000.00", "15000.00"), 30,
    ),
    DemoHiringNeed(
        "xunguang", "计算机视觉算法工程师", R.ENGINEERING_RD, 4,
        ("Python", "深度学习", "计算机视觉"),
        E.MASTER, ("18000.00", "30000.00"), 60,
    ),
    DemoHiringNeed(
        "rongchuang", "飞控软件工程师", R.ENGINEERING_RD, 5, ("C++", "嵌入式", "飞控"),
        E.BACHELOR, ("15000.00", "25000.00"), 45,
    ),
    DemoHiringNeed(
        "rongchuang", "无人机组装技工", R.SKILLED_TRADES, 20, ("电子装配", "焊接"),
        E.VOCATIONAL_COLLEGE, ("5500.00", "8000.00"), 25,
    ),
    DemoHiringNeed(
        "chuanwei", "食品生产线操作工", R.PRODUCTION, 40, ("食品加工", "健康证"),
        E.JUNIOR_HIGH, ("4500.00", "6000.00"), 20,
    ),
    DemoHiringNeed(
        "shulian", "行政专员", R.OFFICE_ADMIN, 1, ("办公软件", "行政管理"),
        E.VOCATIONAL_COLLEGE, ("4500.00", "6000.00"), 30,
    ),
)

DRIVES = (
    DemoDrive(
        "gh.officer", "生物医药研发人才专场招聘会", 14, "光湖生物科技园创新中心一楼展厅", 40,
        (R.ENGINEERING_RD,), ("GMP", "临床试验", "生物信息"), ("C", "M"), 1500,
    ),
    DemoDrive(
        "gh.officer", "园区技能人才与普工招聘会", 28, "光湖生物科技园人才服务中心广场", 60,
        (R.PRODUCTION, R.SKILLED_TRADES), ("装配", "数控"), (), 3000,
    ),
    DemoDrive(
        "jc.officer", "菁川双创人才双选会", 21, "菁川双创小镇菁蓉汇会展中心", 50,
        (), (), (), 2500,
    ),
    DemoDrive(
        "jc.officer", "软件与无人机工程师专场招聘会", 42, "菁川双创小镇创客公园路演厅", 25,
        (R.ENGINEERING_RD,), ("Python", "C++", "嵌入式"), ("C", "I"), 800,
    ),
)
# fmt: on


# ---------------------------------------------------------------------------------------------
# Loading.


def logins() -> list[tuple[str, str, str]]:
    """Every demo login with who it is, in the order the CLI prints them."""
    names = {c.username: c for c in COMPANIES}
    rows = [(ADMIN, DEMO_PASSWORD, "admin")]
    rows += [(u, DEMO_PASSWORD, who) for u, _, who in OFFICERS]
    rows += [(u, DEMO_PASSWORD, who) for u, _, who in MANAGERS]
    for username, company in names.items():
        state = "" if company.verified else ", not yet verified"
        rows.append((username, DEMO_PASSWORD, f"company {company.name}{state}"))
    return rows


async def load_demo(settings: Settings) -> list[tuple[str, str, str]]:
    """Load the demo park and return its logins. When the demo admin exists, the demo was
    loaded before: nothing is added and the same logins come back."""
    try:
        admin_user = await accounts.create_admin(
            account_commands.CreateAdmin(username=ADMIN, password=DEMO_PASSWORD)
        )
    except Conflict:
        print("The demo park was loaded before; nothing was added.")
        return logins()
    today = local_today(settings.zone)
    admin = accounts.viewer_of(admin_user)
    # Live events stay in this process: a server already running lists the demo needs but is
    # not notified of them.
    events = LocalBus()

    parks = {
        code: (
            await parties.create_park(
                admin, party_commands.CreatePark(name=name, code=code, region=region)
            )
        ).id
        for code, name, region in PARKS
    }
    banks = {
        code: (await parties.create_bank(admin, party_commands.CreateBank(name=name, code=code))).id
        for code, name in BANKS
    }
    officers: dict[str, Viewer] = {}
    for username, park, _ in OFFICERS:
        user = await accounts.create_user(
            admin,
            account_commands.CreateUser(
                username=username, password=DEMO_PASSWORD, role=Role.OFFICER, park_id=parks[park]
            ),
        )
        officers[username] = accounts.viewer_of(user)
    managers: dict[str, Viewer] = {}
    for username, bank, _ in MANAGERS:
        user = await accounts.create_user(
            admin,
            account_commands.CreateUser(
                username=username,
                password=DEMO_PASSWORD,
                role=Role.BANK_MANAGER,
                bank_id=banks[bank],
            ),
        )
        managers[bank] = accounts.viewer_of(user)

    park_officer = {park: officers[username] for username, park, _ in reversed(OFFICERS)}
    members: dict[str, Viewer] = {}
    for c in COMPANIES:
        profile = company_commands.CompanyProfile(
            name=c.name,
            uscc=uscc(c.body),
            park_id=parks[c.park],
            industry=c.industry,
            size_class=c.size,
            founded_on=c.founded_on,
            employees=c.employees,
            annual_revenue=Decimal(c.revenue),
            tech_designations=tuple(c.tech),
        )
        session = await accounts.register_company(
            account_commands.RegisterCompany(
                username=c.username, password=DEMO_PASSWORD, company=profile, today=today
            ),
            settings,
            client_address=None,
        )
        members[c.username] = accounts.viewer_of(session.user)
        if c.verified:
            await companies.verify_company(
                park_officer[c.park],
                company_commands.VerifyCompany(company_id=session.user.company_id),
            )

    published_on, one_year, five_year = LPR_PUBLISHED
    await lpr.record_lpr(
        admin, lpr_commands.RecordLpr(published_on, Decimal(one_year), Decimal(five_year), today)
    )
    for p in PRODUCTS:
        terms = product_commands.ProductTerms(
            name=p.name,
            min_amount=Decimal(p.amount[0]),
            max_amount=Decimal(p.amount[1]),
            min_term_months=p.term[0],
            max_term_months=p.term[1],
            **p.rate_terms(),
            collateral=p.collateral,
            industries=p.industries,
            size_classes=p.sizes,
            requires_tech_designation=p.requires_tech,
            min_company_age_years=p.min_age_years,
            park_ids=tuple(parks[code] for code in p.parks),
            quota_count=p.quota[0],
            quota_amount=Decimal(p.quota[1]),
            valid_until=today + timedelta(days=365),
        )
        await products.list_product(
            managers[p.bank], product_commands.ListProduct(terms=terms, today=today)
        )

    for n in FINANCING_NEEDS:
        await needs.post_financing_need(
            members[n.company],
            need_commands.PostFinancingNeed(
                amount=Decimal(n.amount),
                term_months=n.term_months,
                purpose=n.purpose,
                collateral=tuple(n.collateral),
                max_annual_rate=Decimal(n.max_rate),
                needed_by=today + timedelta(days=n.in_days),
                today=today,
                preferred_bank_ids=tuple(banks[code] for code in n.preferred_banks),
            ),
            events,
        )
    for h in HIRING_NEEDS:
        await needs.post_hiring_need(
            members[h.company],
            need_commands.PostHiringNeed(
                title=h.title,
                role_category=h.role,
                headcount=h.headcount,
                skills=tuple(h.skills),
                min_education=h.education,
                salary_min=Decimal(h.salary[0]),
                salary_max=Decimal(h.salary[1]),
                needed_by=today + timedelta(days=h.in_days),
                today=today,
            ),
            events,
        )

    for d in DRIVES:
        details = drive_commands.DriveDetails(
            title=d.title,
            date=today + timedelta(days=d.in_days),
            venue=d.venue,
            booth_capacity=d.booths,
            role_categories=tuple(d.roles),
            skills=tuple(d.skills),
            industries=tuple(d.industries),
            expected_attendance=d.attendance,
        )
        await drives.create_drive(officers[d.officer], drive_commands.CreateDrive(details, today))
    return logins()
