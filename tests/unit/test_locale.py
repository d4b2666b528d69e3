"""The catalogue words the API's messages and the matching reasons per locale: the English
exactly as before, Chinese for a `zh` Accept-Language, codes never."""

from __future__ import annotations

import ast
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from server.locale import Locale, from_accept_language
from server.locale.messages import ENTRIES, entry_of, translate
from server.locale.reasons import REASONS, RULES, reason_text, rule_text, verdict_text
from server.models import MatchRound
from server.services import round_end, round_runs

ROOT = Path(__file__).resolve().parents[2]
DOMAIN_ERRORS = {"BadInput", "Conflict", "NotFound", "Forbidden", "Unauthenticated", "RateLimited"}
# A solver's error becomes the failure of its round (MatchRound.failure), worded like a message.
ROUND_FAILURES = {"SolverError"}


@pytest.mark.parametrize(
    ("header", "locale"),
    [
        ("zh-CN,zh;q=0.9,en;q=0.8", Locale.ZH),
        ("ZH-tw", Locale.ZH),
        ("zh", Locale.ZH),
        ("en-US,zh;q=0.9", Locale.EN),
        ("", Locale.EN),
        (None, Locale.EN),
    ],
)
def test_the_locale_is_chinese_for_a_header_starting_with_zh(header, locale):
    assert from_accept_language(header) == locale


FINANCING = [
    ({"code": "rate_below", "params": {"low": 3.45, "high": 4.2, "ceiling": 6.0}},
     "rate 3.45–4.20% is below your ceiling of 6.00%",
     "利率 3.45–4.20%，低于您可接受的上限 6.00%"),
    ({"code": "amount_within", "params": {"amount": 5e6, "low": 1e6, "high": 1e7}},
     "amount 5,000,000 within 1,000,000–10,000,000",
     "申请金额 500 万元，在产品额度 100 万元–1,000 万元 之内"),
    ({"code": "collateral_accepted", "params": {"collateral": ["CREDIT", "IP_PLEDGE"]}},
     "accepts collateral you offer: CREDIT, IP_PLEDGE",
     "接受您提供的担保方式：信用、知识产权质押"),
    ({"code": "inclusive_finance", "params": {"size": "MICRO"}},
     "inclusive-finance priority for micro companies",
     "普惠金融：微型企业优先"),
    ({"code": "booth_recruits", "params": {"people": 1, "roles": ["SKILLED_TRADES"]}},
     "one booth recruits 1 person for SKILLED_TRADES",
     "一个展位招聘 1 人，岗位类别：技术工人"),
]  # fmt: skip


@pytest.mark.parametrize(("stored", "english", "chinese"), FINANCING)
def test_a_stored_reason_reads_in_either_locale(stored, english, chinese):
    assert reason_text(stored, Locale.EN) == english
    assert reason_text(stored, Locale.ZH) == chinese


def test_every_reason_code_and_rule_has_both_wordings():
    for code, (english, chinese) in REASONS.items():
        assert english and chinese and english != chinese, code
    for rule, (english, chinese) in RULES.items():
        assert rule_text(rule, Locale.ZH) == chinese and rule_text(rule, Locale.EN) == english


def test_a_reason_stored_as_text_before_codes_stays_as_it_was():
    assert reason_text("rate 3.45% is fine", Locale.ZH) == "rate 3.45% is fine"


def test_an_unmatched_verdict_names_the_rule_that_blocked_most():
    rules = [{"rule": "collateral", "targets": 3}, {"rule": "rate", "targets": 1}]
    assert verdict_text("NO_ELIGIBLE_TARGET", rules, Locale.ZH) == (
        "没有符合条件的对象：主要原因是不接受所提供的担保方式（3 个）"
    )
    assert verdict_text("CAPACITY", [], Locale.EN).startswith("eligible targets' capacity")


def test_a_need_of_an_unverified_company_is_told_so_in_words():
    unverified = "COMPANY_NOT_VERIFIED"
    assert verdict_text(unverified, [], Locale.ZH) == "企业尚未通过园区认证，认证后方可参与匹配"
    assert verdict_text(unverified, [], Locale.EN).startswith("the company is not verified")


@pytest.mark.parametrize(
    ("english", "chinese"),
    [
        ("termMonths must be between 1 and 360", "期限（月）须在 1 到 360 之间"),
        ("No such credit product", "信贷产品不存在"),
        ("No such FinancingNeed", "融资需求不存在"),
        ("Wrong username or password", "用户名或密码错误"),
        ("A company with this credit code is already registered", "该统一社会信用代码的企业已注册"),
    ],
)
def test_messages_read_in_chinese_and_stay_english_otherwise(english, chinese):
    assert translate(english, Locale.ZH) == chinese
    assert translate(english, Locale.EN) == english


def test_no_two_templates_claim_the_same_message():
    for entry in ENTRIES:
        sample = entry.english.format_map(_Samples())
        assert entry_of(sample) is entry, (entry.key, sample)


class _Samples(dict):
    def __missing__(self, key: str) -> str:
        return f"<{key}>"


def _raised_messages() -> list[tuple[str, str]]:
    """Every message a domain error is raised with in server/ and schema/: string literals
    as they are, f-strings with each placeholder as a sample value."""
    found = []
    for path in [*ROOT.glob("server/**/*.py"), *ROOT.glob("schema/**/*.py")]:
        for node in ast.walk(ast.parse(path.read_text())):
            if not isinstance(node, ast.Call):
                continue
            if getattr(node.func, "id", None) not in DOMAIN_ERRORS | ROUND_FAILURES:
                continue
            if node.args:
                text = _sample(node.args[0])
                if text is not None:
                    found.append((f"{path.relative_to(ROOT)}:{node.lineno}", text))
    return found


def _sample(node: ast.expr) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_sample_part(part) for part in node.values)
    if isinstance(node, ast.BinOp):  # "..." + (f" named {x}" if x else "")
        left = _sample(node.left)
        return left
    return None  # a name: a constant checked where it is defined, or a message passed on


def _sample_part(part: ast.expr) -> str:
    if isinstance(part, ast.Constant):
        return part.value
    inner = part.value
    if isinstance(inner, ast.IfExp) and isinstance(inner.body, ast.Constant):
        return inner.body.value  # f"{'zero or ' if allow_zero else ''}": one of its wordings
    return "x1"


# rounds.check_weights words matching's WeightError as "<the weights field>: <its message>",
# which a round's mutation shows as "weights: <its message>".
WEIGHT_MESSAGES = "x1: x1"


def _weight_errors() -> list[tuple[str, str]]:
    path = ROOT / "matching" / "weights.py"
    return [
        (f"matching/weights.py:{node.lineno}", "weights: " + _sample(node.args[0]))
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "WeightError"
        # The round's kind is an enum of the API: an unknown one never reaches a reader.
        and "unknown round kind" not in _sample(node.args[0])
    ]


def test_every_message_a_service_raises_has_a_chinese_wording():
    raised = [(w, t) for w, t in _raised_messages() if t != WEIGHT_MESSAGES] + _weight_errors()
    missing = [(where, text) for where, text in raised if entry_of(text) is None]
    assert not missing, "messages the catalogue lacks:\n" + "\n".join(map(str, missing))


def test_every_way_a_round_ends_failed_or_timed_out_reads_in_chinese():
    started = datetime(2026, 5, 4, 9, tzinfo=UTC)
    row = MatchRound(created_at=started, deadline_at=started + timedelta(seconds=600))
    failures = [
        (round_end.over_time(row), "未在园区规定的轮次时限 600 秒内完成"),
        (round_end.RUNNER_LOST, "运行该轮次的进程在完成前中断"),
        (round_runs.STOPPED, "运行该轮次的进程已被停止"),
        ("the round could not be queued", "匹配轮次未能进入队列"),
        (
            "an internal error (KeyError); the details are in the log",
            "内部错误（KeyError），详情见服务器日志",
        ),
    ]
    for english, chinese in failures:
        assert translate(english, Locale.ZH) == chinese
        assert translate(english, Locale.EN) == english
