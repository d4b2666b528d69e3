"""How one value reads in each language: money, lists of codes, field names."""

from __future__ import annotations

import string
from typing import Any

from server import standards
from server.locale import Locale

# Labels of the domain's codes, for lists of them in Chinese text.
CODE_LABELS: dict[str, str] = {
    member.value: member.label
    for enum in (
        standards.Collateral,
        standards.RoleCategory,
        standards.SizeClass,
        standards.TechDesignation,
        standards.Education,
        standards.NeedStatus,
        standards.ProposalStatus,
        standards.DriveStatus,
        standards.MatchKind,
        standards.Role,
    )
    for member in enum
}
# Input fields as a Chinese form labels them (API names stay as they are in English).
FIELD_LABELS = {
    "amount": "金额",
    "termMonths": "期限（月）",
    "purpose": "用途",
    "collateral": "担保方式",
    "maxAnnualRate": "可接受最高年利率",
    "neededBy": "需求日期",
    "preferredBankIds": "意向银行",
    "title": "名称",
    "roleCategory": "岗位类别",
    "headcount": "人数",
    "skills": "技能",
    "minEducation": "最低学历",
    "salaryMin": "最低月薪",
    "salaryMax": "最高月薪",
    "name": "名称",
    "uscc": "统一社会信用代码",
    "industry": "行业",
    "industries": "行业",
    "sizeClass": "企业划型",
    "foundedOn": "成立日期",
    "employees": "从业人员",
    "annualRevenue": "营业收入",
    "techDesignations": "科技认定",
    "username": "用户名",
    "password": "密码",
    "code": "代码",
    "region": "地区",
    "date": "日期",
    "venue": "地点",
    "boothCapacity": "展位数",
    "roleCategories": "岗位类别",
    "expectedAttendance": "预计参会人数",
    "minAmount": "最低额度",
    "maxAmount": "最高额度",
    "minTermMonths": "最短期限",
    "maxTermMonths": "最长期限",
    "minAnnualRate": "最低年利率",
    "rateBasis": "利率方式",
    "spreadBp": "加点（基点）",
    "floorRate": "利率下限",
    "ceilingRate": "利率上限",
    "publishedOn": "公布日期",
    "oneYear": "一年期 LPR",
    "fiveYear": "五年期以上 LPR",
    "quotaCount": "额度笔数",
    "quotaAmount": "额度总额",
    "validUntil": "有效期至",
    "parkIds": "园区",
    "parkId": "园区",
    "bankId": "银行",
    "weights": "权重",
    "reason": "理由",
    "note": "备注",
    "hires": "录用人数",
    "first": "每页条数",
    "after": "分页游标",
    "ids": "匹配建议",
    "since": "起始日期",
    "until": "截止日期",
    "postedSince": "发布起始日期",
    "postedUntil": "发布截止日期",
    "firstProposalDueDays": "首次推荐时限（工作日）",
    "outcomeDueDays": "结果登记时限（工作日）",
    "consentDueDays": "企业授权时限（工作日）",
    "bankResponseDueDays": "银行响应时限（工作日）",
    "day": "日期",
    "working": "是否上班",
    "year": "年份",
    "weekOf": "所在周",
}
OBJECT_LABELS = {
    "Company": "企业",
    "FinancingNeed": "融资需求",
    "HiringNeed": "用工需求",
    "CreditProduct": "信贷产品",
    "RecruitmentDrive": "招聘会",
    "MatchRound": "匹配轮次",
    "Proposal": "匹配建议",
    "Park": "园区",
    "Bank": "银行",
    "User": "用户",
}


def field_label(name: str, locale: Locale) -> str:
    if locale != Locale.ZH:
        return name
    return FIELD_LABELS.get(name.rsplit(".", 1)[-1], name)


class Words(string.Formatter):
    """str.format with the specs `yuan` (an amount), `codes` (a list of codes, as labels in
    Chinese) and `list` (a list as it is), per locale."""

    def __init__(self, locale: Locale) -> None:
        self.locale = locale

    def format_field(self, value: Any, spec: str) -> str:
        zh = self.locale == Locale.ZH
        if spec == "yuan":
            return (
                f"{value / 10_000:,.2f}".rstrip("0").rstrip(".") + " 万元"
                if zh
                else f"{value:,.0f}"
            )
        if spec == "codes":
            return ("、" if zh else ", ").join(CODE_LABELS.get(v, v) if zh else v for v in value)
        if spec == "list":
            return ("、" if zh else ", ").join(str(v) for v in value)
        return super().format_field(value, spec)
