"""The API's error messages in each language: one catalogue of keys, each with its English and
Chinese template.

Services raise domain errors in English (they know nothing of the reader); the GraphQL face
words them for the request's locale here, once. The English template is the key's wording and
its pattern: the parameters are read back out of the English message and set into the Chinese
template. A message no template matches stays English (the test of the catalogue lists every
message a service can raise)."""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from functools import cached_property

from server.locale import Locale
from server.locale.words import OBJECT_LABELS, field_label

# key: (English, Chinese). `{field}` is shown as the form's label in Chinese, `{type}` as the
# object's name; other parameters as they are.
CATALOGUE: dict[str, tuple[str, str]] = {
    # sign-in and sessions
    "auth.bad_credentials": ("Wrong username or password", "用户名或密码错误"),
    "auth.locked": (
        "Too many failed sign-ins for this account; try again in 15 minutes",
        "该账号登录失败次数过多，请 15 分钟后再试",
    ),
    "auth.bad_token": ("The token is invalid, expired or revoked", "登录已失效、过期或已退出"),
    "auth.sign_in_first": ("Sign in first: send a valid bearer token", "请先登录"),
    "auth.console_only": (
        "Sign in to the console from its own pages (CSRF header and same origin)",
        "请从控制台页面登录（缺少 CSRF 校验或来源不符）",
    ),
    "policy.role": ("Your role may not do this", "您的角色无权执行此操作"),
    "policy.not_yours": ("This object is not yours to change", "无权修改此对象"),
    "policy.park_officer": (
        "Only an officer of this park may do this",
        "仅本园区工作人员可执行此操作",
    ),
    "policy.bank_manager": (
        "Only a manager of this product's bank may do this",
        "仅该产品所属银行的客户经理可执行此操作",
    ),
    "policy.park_figures": (
        "Only an officer of this park may see its figures",
        "仅本园区工作人员可查看园区数据",
    ),
    # accounts and parties
    "user.taken": ("This username is taken", "用户名已被占用"),
    "user.or_uscc_taken": (
        "This username or credit code is taken",
        "用户名或统一社会信用代码已被占用",
    ),
    "user.company_role": (
        "Company accounts come from registerCompany",
        "企业账号须通过企业注册创建",
    ),
    "user.officer_park": ("An officer needs a park", "园区工作人员须指定园区"),
    "user.manager_bank": ("A bank manager needs a bank", "银行客户经理须指定银行"),
    "user.park_only_officers": ("Only officers belong to a park", "只有园区工作人员隶属园区"),
    "user.bank_only_managers": ("Only bank managers belong to a bank", "只有银行客户经理隶属银行"),
    "user.no_park": ("{field} names no park", "所选园区不存在"),
    "user.no_bank": ("{field} names no bank", "所选银行不存在"),
    "user.none": ("No such user", "用户不存在"),
    "user.no_officer": ("No active officer of this park{named}", "该园区没有可用的工作人员{named}"),
    "party.code": (
        "{field} must be 2–32 of A–Z, 0–9, '_' or '-'",
        "代码须为 2–32 位大写字母、数字、_ 或 -",
    ),
    "party.no_park_code": ("No park with code {code}", "没有代码为 {code} 的园区"),
    "party.code_taken": ("A {label} with this code exists", "该代码已被使用"),
    "user.new_password_same": (
        "{field} must differ from the current one",
        "新密码不能与当前密码相同",
    ),
    "user.current_password": ("The current password is wrong", "当前密码错误"),
    "user.password_changed": (
        "The password was changed meanwhile; sign in again",
        "密码刚刚已被修改，请重新登录",
    ),
    "user.deactivated": ("This user is already deactivated", "该用户已停用"),
    "user.released_closed": (
        "This account's company gave up its credit code; it stays closed",
        "该账号所属企业已释放统一社会信用代码，账号保持停用",
    ),
    "user.active": ("This user is active", "该用户处于启用状态"),
    "company.released": (
        "This company's credit code is already released",
        "该企业的统一社会信用代码已释放",
    ),
    "company.release_verified": (
        "An officer has verified this company: its credit code is not released; an admin can "
        "deactivate its accounts",
        "该企业已通过工作人员认证，统一社会信用代码不能释放；管理员可停用其账号",
    ),
    "company.changed": (
        "The company changed meanwhile; look at it again",
        "企业信息刚刚已被修改，请刷新后再试",
    ),
    "company.released_verify": (
        "This company's credit code was released; it cannot be verified",
        "该企业的统一社会信用代码已释放，不能认证",
    ),
    # companies
    "company.size": (
        "{field} {size} contradicts {employees} employees and {revenue} yuan revenue: for "
        "industry section {industry} that is {expected} ({label})",
        "企业划型 {size} 与从业人员 {employees} 人、营业收入 {revenue} 元不符：行业门类 "
        "{industry} 应为 {expected}（{label}）",
    ),
    "company.uscc": (
        "{field} is not a valid unified social credit code (GB 32100-2015)",
        "统一社会信用代码无效（GB 32100-2015 校验未通过）",
    ),
    "company.founded": ("{field} must be a past date", "成立日期须为过去的日期"),
    "company.uscc_taken": (
        "A company with this credit code is already registered",
        "该统一社会信用代码的企业已注册",
    ),
    "company.none": ("No such company", "企业不存在"),
    "company.verified": ("This company is already verified", "该企业已认证"),
    # needs
    "need.needed_by": (
        "{field} must be today or later, within five years",
        "需求日期须为今天起五年内",
    ),
    "need.banks_many": ("{field} takes at most {count} banks", "意向银行最多 {count} 家"),
    "need.banks_unknown": ("{field} names an unknown bank", "意向银行不存在"),
    "need.salary": ("{field} is above 1,000,000 yuan a month", "最高月薪超过 100 万元"),
    "need.none": ("No such {type}", "{type}不存在"),
    "need.withdraw_state": (
        "A {status} need cannot be withdrawn",
        "该需求当前状态（{status}）不能撤回",
    ),
    "need.changed": (
        "The need changed meanwhile; it cannot be withdrawn",
        "需求已被修改，无法撤回",
    ),
    # products and drives
    "product.valid_until": (
        "{field} must be today or later, within ten years",
        "有效期须为今天起十年内",
    ),
    "product.parks": ("{field} needs 1–{count} parks", "须选择 1–{count} 个园区"),
    "product.parks_unknown": ("{field} names an unknown park", "所选园区不存在"),
    "product.retired_edit": ("A retired product cannot be edited", "已下架的产品不能修改"),
    "product.quota_count": (
        "{field} cannot go below the {used} loans already confirmed",
        "额度笔数不能少于已确认的 {used} 笔",
    ),
    "product.quota_amount": (
        "{field} cannot go below the {used} yuan already confirmed",
        "额度总额不能少于已确认的 {used} 元",
    ),
    "product.changed": (
        "Confirmations changed the used quota meanwhile; try again",
        "已用额度刚刚发生变化，请重试",
    ),
    "product.retired": ("This product is already retired", "该产品已下架"),
    "product.none": ("No such credit product", "信贷产品不存在"),
    "product.rate_other_basis": (
        "{field} does not apply to a product whose {basis_field} is {basis}",
        "{field}不适用于利率方式为 {basis} 的产品",
    ),
    "product.rate_fixed_required": (
        "{field} is required for a fixed-rate product",
        "固定利率产品须填写{field}",
    ),
    "product.spread_required": (
        "{field} is required for an LPR-linked product",
        "LPR 加点产品须填写加点（基点）",
    ),
    "product.no_lpr": (
        "{field}: no LPR is recorded yet; an admin records the published LPR first",
        "尚未录入 LPR，须由管理员先录入已公布的 LPR",
    ),
    "product.rate_not_positive": (
        "{field} takes the rate to zero or below at the LPR in force",
        "按现行 LPR 计算，该加点使利率为零或负数",
    ),
    # loan prime rates
    "lpr.future": ("{field} must be today or earlier", "公布日期不能晚于今天"),
    "lpr.recorded": (
        "An LPR published on this date is recorded already",
        "该公布日期的 LPR 已录入",
    ),
    "drive.date": ("{field} must be today or later, within two years", "日期须为今天起两年内"),
    "drive.closed_edit": ("A closed drive cannot be edited", "已结束的招聘会不能修改"),
    "drive.booths": (
        "{field} cannot go below the {used} booths already confirmed",
        "展位数不能少于已确认的 {used} 个",
    ),
    "drive.closed": ("This drive is already closed", "该招聘会已结束"),
    "drive.none": ("No such recruitment drive", "招聘会不存在"),
    # rounds and proposals
    "round.weight_twice": ("{field}: {name} is given twice", "权重 {name} 重复"),
    "round.weights_many": ("{field}: too many entries", "权重项过多"),
    "round.weight_unknown": (
        "weights: unknown weight {name} for {kind}; known weights: {known}",
        "未知的权重 {name}（{kind}）；可用权重：{known}",
    ),
    "round.weight_number": (
        "weights: weight {name} must be a number, got {value}",
        "权重 {name} 须为数字",
    ),
    "round.weight_finite": (
        "weights: weight {name} must be finite, got {value}",
        "权重 {name} 须为有限数",
    ),
    "round.weight_negative": (
        "weights: weight {name} must not be negative, got {value}",
        "权重 {name} 不能为负数",
    ),
    "round.weights_zero": (
        "weights: weights for {kind} are all zero; at least one must be positive",
        "权重不能全为 0，至少一项须为正数",
    ),
    "round.busy": (
        "A round for this park and kind is already computing",
        "本园区同类匹配轮次正在计算中，请稍后",
    ),
    "round.none": ("No such match round", "匹配轮次不存在"),
    "round.weight_bound": (
        "{field}: {name} must be a number from 0 to {max}",
        "权重 {name} 须为 0 到 {max} 之间的数字",
    ),
    "round.ended": ("The round ended {state}: {reason}", "匹配轮次已结束（{state}）：{reason}"),
    "round.finished": ("This round has finished already", "该匹配轮次已结束"),
    # why a round ended FAILED or TIMED_OUT (MatchRound.failure)
    "round.over_time": (
        "not finished within the park's round time limit of {limit} s",
        "未在园区规定的轮次时限 {limit} 秒内完成",
    ),
    "round.not_queued": ("the round could not be queued", "匹配轮次未能进入队列"),
    "round.runner_lost": (
        "the process running the round stopped before it finished",
        "运行该轮次的进程在完成前中断",
    ),
    "round.runner_stopped": (
        "the process running the round was stopped",
        "运行该轮次的进程已被停止",
    ),
    "round.core_failed": ("the matching core failed: {message}", "匹配算法出错：{message}"),
    "round.solver_silent": ("the solver process said nothing more", "求解进程没有返回结果"),
    "round.solver_lost": (
        "the solver process stopped unexpectedly (exit code {code})",
        "求解进程意外退出（退出码 {code}）",
    ),
    "round.internal": (
        "an internal error ({name}); the details are in the log",
        "内部错误（{name}），详情见服务器日志",
    ),
    "park.round_time_limit": (
        "{field} must be {low} to {high} seconds",
        "匹配轮次时限须为 {low} 到 {high} 秒",
    ),
    "park.none": ("No such park", "园区不存在"),
    "park.due_days": (
        "{field} must be {low} to {high} working days",
        "{field}须为 {low} 到 {high} 个工作日",
    ),
    "holiday.none": ("No such holiday on that date", "该日期没有节假日安排"),
    "holiday.date": (
        "{field} must fall in the years {low} to {high}",
        "日期须在 {low} 年至 {high} 年之间",
    ),
    "holiday.year": ("year must be {low} to {high}", "年份须为 {low} 至 {high}"),
    "proposal.none": ("No such proposal", "匹配建议不存在"),
    "proposal.none_among": ("No such proposal among {field}", "所选匹配建议中有不存在的项"),
    "proposal.state": (
        "The proposal is not {source}; it cannot become {target}",
        "匹配建议当前不是“{source}”状态，不能改为“{target}”",
    ),
    "proposal.need_closed": (
        "The need is no longer open (withdrawn or matched elsewhere)",
        "该需求已不再待匹配（已撤回或已在别处匹配）",
    ),
    "proposal.batch": (
        "{field} takes 1–{count} distinct proposals",
        "一次可确认 1–{count} 条匹配建议",
    ),
    "proposal.no_loan": (
        "{field}: a recruitment proposal has no loan",
        "招聘对接的建议没有贷款结果",
    ),
    "proposal.no_hires": (
        "{field}: a financing proposal has no hires",
        "融资对接的建议没有录用结果",
    ),
    "proposal.declined_amount": (
        "{field}: a declined loan disburses nothing",
        "未放款时不应填写金额",
    ),
    "proposal.above_confirmed_yuan": (
        "{field} is above the {amount} yuan confirmed",
        "放款金额超过确认的 {amount} 元",
    ),
    "proposal.drive_ahead": (
        "The drive is on {date}: its hires are recorded from that day on",
        "招聘会定于 {date} 举行，录用结果须从当天起登记",
    ),
    "consent.not_confirmed": (
        "The proposal is {status}: consent is asked while CONFIRMED",
        "匹配建议当前为“{status}”状态，仅在“已确认”时可授权或拒绝",
    ),
    "consent.preauthorised": (
        "The park disclosed the company to the bank on confirmation",
        "本园区已预先授权，确认时已向银行披露企业信息",
    ),
    "consent.already_given": (
        "The company has already consented to disclosure",
        "企业已授权披露，不能再次授权或拒绝",
    ),
    "consent.required": (
        "The company has not consented to disclosure yet: the outcome waits for its consent",
        "企业尚未授权披露信息，须待企业授权后再登记结果",
    ),
    "consent.recruitment": (
        "{field}: a recruitment proposal asks no consent",
        "招聘对接的建议无需企业授权",
    ),
    "capacity.quota": (
        "The product has no quota left for this amount, or is no longer offered",
        "该产品剩余额度不足或已不再提供",
    ),
    "capacity.booths": (
        "The drive has no booth left, is closed or has passed",
        "该招聘会展位已满、已结束或已过期",
    ),
    # input checks, for any field
    "input.length": ("{field} must be {low}–{high} characters", "{field}须为 {low}–{high} 个字符"),
    "input.control": ("{field} contains control characters", "{field}含有控制字符"),
    "input.range": ("{field} must be between {low} and {high}", "{field}须在 {low} 到 {high} 之间"),
    "input.decimals": (
        "{field} must be a number with at most two decimal places",
        "{field}须为最多两位小数的数字",
    ),
    "input.positive": ("{field} must be positive", "{field}须大于 0"),
    "input.not_negative": ("{field} must be zero or positive", "{field}不能为负数"),
    "input.money_max": ("{field} is above {max} yuan", "{field}超过 {max} 元"),
    "input.rate": ("{field} must be above 0 and at most {max}%", "{field}须大于 0 且不超过 {max}%"),
    "input.order": (
        "{field}: the minimum {what} is above the maximum",
        "{field}：最小值大于最大值",
    ),
    "input.industry": (
        "{field} must be a GB/T 4754 section letter A–T",
        "{field}须为国民经济行业分类门类字母 A–T",
    ),
    "input.missing": ("{field} is required", "{field}为必填项"),
    "input.invalid": ("{field} is not valid", "{field}格式不正确"),
    "input.required": ("{field} needs at least one value", "{field}至少选择一项"),
    "input.many": ("{field} takes at most {count} entries", "{field}最多 {count} 项"),
    "input.username": (
        "{field} must be 3–64 characters of letters, digits, '_', '.' or '-'",
        "用户名须为 3–64 位字母、数字、_、. 或 -",
    ),
    "input.invisible": (
        "{field} contains invisible or formatting characters (zero-width, direction controls, "
        "line separators)",
        "{field}含有不可见字符或格式控制字符（零宽字符、方向控制符、行分隔符）",
    ),
    "input.no_visible": ("{field} has no visible character", "{field}没有可见字符"),
    "input.bidi": (
        "{field} contains text-direction control characters",
        "{field}含有文字方向控制字符",
    ),
    "input.unicode": ("{field} is not valid Unicode text", "{field}不是有效的文本"),
    "input.order_dates": ("{field} must not be after {other}", "{field}不能晚于{other}"),
    "input.cursor": ("after: not a cursor this list gave out", "分页游标无效"),
    "input.page_size": ("first must be between 0 and {max}", "每页条数须在 0 到 {max} 之间"),
    "input.id": ("{field}: not a valid id", "{field}：编号无效"),
    "input.typed_id": ("{field}: not a valid {type} id", "{field}：不是有效的{type}编号"),
    "input.preview": (
        "No such {type}: a preview's objects are not stored",
        "{type}不存在：预览结果不会保存",
    ),
    "input.date": ("{field} must be a date (YYYY-MM-DD)", "{field}须为日期（YYYY-MM-DD）"),
    "input.month": ("{field} must be a month (YYYY-MM)", "{field}须为月份（YYYY-MM）"),
    "input.month_ahead": (
        "month must not be after the current month",
        "月份不能晚于本月",
    ),
    "input.trend_span": (
        "since: a trend spans at most {count} months",
        "统计区间最长 {count} 个月",
    ),
}

_PLACEHOLDERS = string.Formatter()


@dataclass(frozen=True)
class Entry:
    key: str
    english: str
    chinese: str

    @cached_property
    def pattern(self) -> re.Pattern:
        parts = []
        for literal, name, _spec, _conversion in _PLACEHOLDERS.parse(self.english):
            parts.append(re.escape(literal))
            if name is not None:
                parts.append(f"(?P<{name}>.*?)")
        return re.compile("".join(parts), re.DOTALL)


def _literal_length(english: str) -> int:
    return sum(len(literal) for literal, *_ in _PLACEHOLDERS.parse(english))


# The most specific template first: "No such credit product" before "No such {type}".
ENTRIES = tuple(
    sorted(
        (Entry(key, en, zh) for key, (en, zh) in CATALOGUE.items()),
        key=lambda entry: -_literal_length(entry.english),
    )
)


def entry_of(message: str) -> Entry | None:
    return next((entry for entry in ENTRIES if entry.pattern.fullmatch(message)), None)


def translate(message: str, locale: Locale) -> str:
    """The message in `locale`; English, and any message the catalogue lacks, as it is."""
    if locale == Locale.EN:
        return message
    entry = entry_of(message)
    if entry is None:
        return message
    params = entry.pattern.fullmatch(message).groupdict()
    for name in ("field", "other"):
        if name in params:
            params[name] = field_label(params[name], locale)
    if "type" in params:
        params["type"] = OBJECT_LABELS.get(params["type"], params["type"])
    return entry.chinese.format(**params)
