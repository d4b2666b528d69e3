"""The matching core's reasons, blocking rules and unmatched verdicts in words, per locale."""

from __future__ import annotations

from server.locale import Locale
from server.locale.words import Words

# code: (English, Chinese). Parameters as matching/explain.py gives them.
REASONS: dict[str, tuple[str, str]] = {
    "rate_fixed": (
        "rate {rate:.2f}% is within your ceiling of {ceiling:.2f}%",
        "利率 {rate:.2f}%，不超过您可接受的上限 {ceiling:.2f}%",
    ),
    "rate_below": (
        "rate {low:.2f}–{high:.2f}% is below your ceiling of {ceiling:.2f}%",
        "利率 {low:.2f}–{high:.2f}%，低于您可接受的上限 {ceiling:.2f}%",
    ),
    "rate_from": (
        "rate from {low:.2f}% (up to {high:.2f}%) starts within your ceiling of {ceiling:.2f}%",
        "利率 {low:.2f}% 起（最高 {high:.2f}%），起点在您可接受的上限 {ceiling:.2f}% 之内",
    ),
    "amount_within": (
        "amount {amount:yuan} within {low:yuan}–{high:yuan}",
        "申请金额 {amount:yuan}，在产品额度 {low:yuan}–{high:yuan} 之内",
    ),
    "term_within": (
        "term {months} months within {low}–{high} months",
        "期限 {months} 个月，在产品期限 {low}–{high} 个月之内",
    ),
    "collateral_accepted": (
        "accepts collateral you offer: {collateral:codes}",
        "接受您提供的担保方式：{collateral:codes}",
    ),
    "preferred_bank": ("offered by a bank you prefer", "由您的意向银行提供"),
    "inclusive_finance": (
        "inclusive-finance priority for {size_word} companies",
        "普惠金融：{size_word}企业优先",
    ),
    "tech_priority": ("priority for tech-designated companies", "科技型企业优先"),
    "skills_in_common": ("skills in common: {skills:list}", "技能契合：{skills:list}"),
    "booth_recruits": (
        "one booth recruits {people} {person} for {roles:codes}",
        "一个展位招聘 {people} 人，岗位类别：{roles:codes}",
    ),
    "drive_before_deadline": (
        "drive on {drive}, {days} days before your earliest deadline ({deadline})",
        "招聘会 {drive} 举行，比您最早的到岗日期（{deadline}）早 {days} 天",
    ),
    "drive_targets_industry": (
        "drive targets your industry ({industry})",
        "招聘会面向您所在的行业（{industry}）",
    ),
    "drive_open_to_all": ("drive is open to every industry", "招聘会不限行业"),
}
SIZE_WORDS = {"MICRO": ("micro", "微型"), "SMALL": ("small", "小型")}

# The hard rules of MATCHING.md: why a target was not eligible.
RULES: dict[str, tuple[str, str]] = {
    "offered": (
        "not offered in the park, retired, expired, closed or full",
        "未在本园区提供、已下架、已过期、已结束或名额已满",
    ),
    "amount": ("amount outside the product's range", "申请金额不在产品额度范围内"),
    "term": ("term outside the product's range", "期限不在产品期限范围内"),
    "collateral": ("none of the collateral offered is accepted", "不接受所提供的担保方式"),
    "industry": ("industry not served", "所属行业不在支持范围内"),
    "size": ("size class not served", "企业划型不在支持范围内"),
    "tech": ("needs a tech designation", "需要科技企业认定"),
    "age": ("company too young", "企业成立年限不足"),
    "rate": ("lowest rate above the need's ceiling", "产品最低利率高于可接受的上限"),
    "history": (
        "the pair was rejected or declined before",
        "此前已被驳回或未成功，不再重复推荐",
    ),
    "date": ("drive date after the needs' deadlines", "招聘会日期晚于到岗日期"),
    "role": ("no role category the drive draws", "岗位类别与招聘会不符"),
}
VERDICTS: dict[str, tuple[str, str]] = {
    "NO_ELIGIBLE_TARGET": ("no eligible target", "没有符合条件的对象"),
    "CAPACITY": (
        "eligible targets' capacity went to better-scoring needs",
        "有符合条件的对象，但名额已分配给得分更高的需求",
    ),
    # services/rounds.py: a need of an unverified company is judged before any matching.
    "COMPANY_NOT_VERIFIED": (
        "the company is not verified yet: the park verifies it before it is matched",
        "企业尚未通过园区认证，认证后方可参与匹配",
    ),
}


def _pick(pair: tuple[str, str], locale: Locale) -> str:
    return pair[1] if locale == Locale.ZH else pair[0]


def reason_text(stored: dict | str, locale: Locale) -> str:
    """A stored reason in words; text stored before reasons had codes stays as it is."""
    if isinstance(stored, str) or stored.get("code") not in REASONS:
        return stored if isinstance(stored, str) else str(stored.get("code"))
    params = dict(stored.get("params") or {})
    if "size" in params:
        params["size_word"] = _pick(SIZE_WORDS.get(params["size"], (params["size"],) * 2), locale)
    if "people" in params:
        params["person"] = "person" if params["people"] == 1 else "people"
    return Words(locale).format(_pick(REASONS[stored["code"]], locale), **params)


def rule_text(rule: str, locale: Locale) -> str:
    return _pick(RULES[rule], locale) if rule in RULES else rule


def verdict_text(reason: str | None, rules: list[dict], locale: Locale) -> str:
    """An unmatched need's verdict, naming the rule that blocked most targets."""
    if reason not in VERDICTS:
        return reason or ""
    text = _pick(VERDICTS[reason], locale)
    if reason == "NO_ELIGIBLE_TARGET" and rules:
        top = rules[0]
        most = rule_text(top["rule"], locale)
        text += (
            f"：主要原因是{most}（{top['targets']} 个）"
            if locale == Locale.ZH
            else f": mostly {most} ({top['targets']})"
        )
    return text
