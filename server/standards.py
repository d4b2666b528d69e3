"""National standards ParkMatch follows, kept as data with the Chinese name beside each code."""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A code with its Chinese label: `Collateral.CREDIT.label == "信用"`."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member


class Role(LabelledEnum):
    COMPANY = ("COMPANY", "企业")
    BANK_MANAGER = ("BANK_MANAGER", "银行客户经理")
    OFFICER = ("OFFICER", "园区工作人员")
    ADMIN = ("ADMIN", "管理员")


class SizeClass(LabelledEnum):
    MICRO = ("MICRO", "微型")
    SMALL = ("SMALL", "小型")
    MEDIUM = ("MEDIUM", "中型")
    LARGE = ("LARGE", "大型")


class Collateral(LabelledEnum):
    CREDIT = ("CREDIT", "信用")
    MORTGAGE = ("MORTGAGE", "抵押")
    PLEDGE = ("PLEDGE", "质押")
    IP_PLEDGE = ("IP_PLEDGE", "知识产权质押")
    GUARANTEE = ("GUARANTEE", "保证")
    RECEIVABLES = ("RECEIVABLES", "应收账款质押")


class TechDesignation(LabelledEnum):
    HIGH_TECH = ("HIGH_TECH", "高新技术企业")
    TECH_SME = ("TECH_SME", "科技型中小企业")


class RoleCategory(LabelledEnum):
    ENGINEERING_RD = ("ENGINEERING_RD", "研发/工程技术")
    SKILLED_TRADES = ("SKILLED_TRADES", "技术工人")
    PRODUCTION = ("PRODUCTION", "普工/生产操作")
    SALES_MARKETING = ("SALES_MARKETING", "销售/市场")
    MANAGEMENT = ("MANAGEMENT", "经营管理")
    OFFICE_ADMIN = ("OFFICE_ADMIN", "行政/办事人员")
    SERVICES = ("SERVICES", "服务人员")


class Education(LabelledEnum):
    NONE = ("NONE", "不限")
    JUNIOR_HIGH = ("JUNIOR_HIGH", "初中")
    HIGH_SCHOOL = ("HIGH_SCHOOL", "高中/中专")
    VOCATIONAL_COLLEGE = ("VOCATIONAL_COLLEGE", "大专")
    BACHELOR = ("BACHELOR", "本科")
    MASTER = ("MASTER", "硕士")
    DOCTORATE = ("DOCTORATE", "博士")


class MatchKind(LabelledEnum):
    FINANCING = ("FINANCING", "融资对接")
    RECRUITMENT = ("RECRUITMENT", "招聘对接")


class NeedStatus(LabelledEnum):
    OPEN = ("OPEN", "待匹配")
    MATCHED = ("MATCHED", "已匹配")
    FULFILLED = ("FULFILLED", "已解决")
    WITHDRAWN = ("WITHDRAWN", "已撤回")


class ProposalStatus(LabelledEnum):
    PROPOSED = ("PROPOSED", "待审核")
    CONFIRMED = ("CONFIRMED", "已确认")
    REJECTED = ("REJECTED", "已驳回")
    SUPERSEDED = ("SUPERSEDED", "已失效")
    COMPLETED = ("COMPLETED", "已完成")
    DECLINED = ("DECLINED", "未成功")


class RateBasis(LabelledEnum):
    """How a credit product's rate is set: fixed, or the loan prime rate of a tenor plus a
    spread."""

    FIXED = ("FIXED", "固定利率")
    LPR_1Y = ("LPR_1Y", "一年期 LPR 加点")
    LPR_5Y = ("LPR_5Y", "五年期以上 LPR 加点")


class ServiceClock(LabelledEnum):
    """The service clocks the lifecycle runs (PRODUCT.md, clocks), in the order they start."""

    FIRST_PROPOSAL = ("FIRST_PROPOSAL", "首次推荐")
    CONSENT = ("CONSENT", "企业授权")
    BANK_RESPONSE = ("BANK_RESPONSE", "银行响应")
    OUTCOME = ("OUTCOME", "结果登记")


class ConsentStatus(LabelledEnum):
    """A confirmed financing proposal's consent to disclose the company to the bank."""

    PENDING = ("PENDING", "待企业授权")
    GIVEN = ("GIVEN", "企业已授权")
    PREAUTHORISED = ("PREAUTHORISED", "园区预先授权")
    DECLINED = ("DECLINED", "企业已拒绝")


class DriveStatus(LabelledEnum):
    OPEN = ("OPEN", "报名中")
    CLOSED = ("CLOSED", "已结束")


class RoundState(LabelledEnum):
    RUNNING = ("RUNNING", "计算中")
    PUBLISHED = ("PUBLISHED", "已发布")
    PREVIEWED = ("PREVIEWED", "已预览")
    FAILED = ("FAILED", "失败")
    TIMED_OUT = ("TIMED_OUT", "超时")
    CANCELLED = ("CANCELLED", "已取消")


class RoundStage(LabelledEnum):
    QUEUED = ("QUEUED", "排队中")
    LOAD = ("LOAD", "读取数据")
    BUILD = ("BUILD", "交付求解")
    SOLVE = ("SOLVE", "求解")
    STORE = ("STORE", "保存结果")


# GB/T 4754-2017 sections (门类).
INDUSTRY_SECTIONS: dict[str, str] = {
    "A": "农、林、牧、渔业",
    "B": "采矿业",
    "C": "制造业",
    "D": "电力、热力、燃气及水生产和供应业",
    "E": "建筑业",
    "F": "批发和零售业",
    "G": "交通运输、仓储和邮政业",
    "H": "住宿和餐饮业",
    "I": "信息传输、软件和信息技术服务业",
    "J": "金融业",
    "K": "房地产业",
    "L": "租赁和商务服务业",
    "M": "科学研究和技术服务业",
    "N": "水利、环境和公共设施管理业",
    "O": "居民服务、修理和其他服务业",
    "P": "教育",
    "Q": "卫生和社会工作",
    "R": "文化、体育和娱乐业",
    "S": "公共管理、社会保障和社会组织",
    "T": "国际组织",
}

# GB 32100-2015 unified social credit code.
USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


def uscc_check_character(body: str) -> str:
    """The 18th character of a code whose first 17 are `body` (all in USCC_ALPHABET)."""
    total = sum(USCC_ALPHABET.index(ch) * w for ch, w in zip(body, USCC_WEIGHTS, strict=True))
    return USCC_ALPHABET[(31 - total % 31) % 31]


def normalise_uscc(raw: str) -> str | None:
    """The upper-cased code if its structure and check character are valid, else None."""
    code = raw.strip().upper()
    if len(code) != 18 or any(ch not in USCC_ALPHABET for ch in code):
        return None
    if not code[2:8].isdigit():
        return None
    return code if code[17] == uscc_check_character(code[:17]) else None


# 统计上大中小微型企业划分办法, industry sections B–D: (class, min employees, min revenue yuan).
INDUSTRIAL_SECTIONS = frozenset("BCD")
INDUSTRIAL_SIZE_THRESHOLDS = (
    (SizeClass.LARGE, 1000, 400_000_000),
    (SizeClass.MEDIUM, 300, 20_000_000),
    (SizeClass.SMALL, 20, 3_000_000),
)


def industrial_size_class(employees: int, revenue_yuan: float) -> SizeClass:
    for size, min_employees, min_revenue in INDUSTRIAL_SIZE_THRESHOLDS:
        if employees >= min_employees and revenue_yuan >= min_revenue:
            return size
    return SizeClass.MICRO
