"""A round in the console as it runs: its stages and progress, then its result, or its cancel.

A round of the demo solves in milliseconds; to see it mid-way the solver processes of whoever runs
the rounds (the server on SQLite, its worker on PostgreSQL) are paused (SIGSTOP), so the round
waits in BUILD until they resume (tests/browser/server.py)."""

from __future__ import annotations

from tests.browser.browser import screenshot
from tests.browser.console import TIMEOUT_MS, sign_in

PROPOSALS = "{ proposals(filter: { kind: FINANCING }) { totalCount } }"
ROUNDS = """query($park: ID!) { matchRounds(parkId: $park, kind: FINANCING) {
  edges { node { state failure figures { matched } proposals { totalCount } } } } }"""
PARK = "{ me { park { id } } }"


def _open_matching(page) -> None:
    sign_in(page, "gh.officer")
    page.get_by_role("menuitem", name="匹配").click()
    page.get_by_role("button", name="试算（不保存）").wait_for(timeout=TIMEOUT_MS)


def _waits_in_build(page):
    progress = page.locator("[data-test=round-progress]")
    progress.locator("[data-test=round-stage]", has_text="构建").wait_for(timeout=TIMEOUT_MS)
    progress.locator(".el-progress").wait_for()
    return progress


def test_the_officer_follows_a_round_through_its_stages_to_its_result(page, server):
    _open_matching(page)
    with server.solver_paused() as resume:
        page.get_by_role("button", name="试算（不保存）").click()
        progress = _waits_in_build(page)
        assert progress.get_by_text("正在试算").is_visible()
        # The stages done so far are marked finished, the one under way is current.
        assert progress.locator(".el-step__title.is-success").all_inner_texts() == ["排队", "加载"]
        assert progress.locator(".el-step__title.is-process").all_inner_texts() == ["构建"]
        screenshot(page, "officer-round-running")
        resume()
        page.get_by_text("试算结果（未保存").wait_for(timeout=TIMEOUT_MS)
    assert progress.count() == 0
    assert page.locator("[data-test=proposals] .el-table__body tr").count() >= 3
    officer = server.login("gh.officer")
    assert server.api(PROPOSALS, token=officer)["proposals"]["totalCount"] == 0, "stored"


def test_a_round_is_followed_by_reading_it_while_the_socket_is_down(page, server):
    sockets = []

    def socket(route) -> None:
        # The first socket reaches the server; once it drops, the server cannot be reached.
        if not sockets:
            route.connect_to_server()
        sockets.append(route)

    page.route_web_socket("**/graphql", socket)
    reads = []

    def read(request) -> None:
        if "matchRound(id: $id) { state stage }" in (request.post_data or ""):
            reads.append(request)

    page.on("request", read)
    _open_matching(page)
    with server.solver_paused() as resume:
        page.get_by_role("button", name="试算（不保存）").click()
        _waits_in_build(page)
        sockets[0].close(code=1012, reason="service restart")
        resume()
        page.get_by_text("试算结果（未保存").wait_for(timeout=TIMEOUT_MS)
    assert reads, "the round was not read while the socket was down"


def test_the_officer_cancels_a_running_round_and_nothing_is_stored(page, server):
    _open_matching(page)
    page.get_by_role("button", name="试算（不保存）").click()
    page.get_by_text("试算结果（未保存").wait_for(timeout=TIMEOUT_MS)
    with server.solver_paused():
        page.get_by_role("button", name="发布").click()
        progress = _waits_in_build(page)
        assert progress.get_by_text("正在计算并发布").is_visible()
        progress.get_by_role("button", name="取消").click()
        ended = page.locator("[data-test=round-ended]")
        ended.get_by_text("已取消：本轮未保存任何结果").wait_for(timeout=TIMEOUT_MS)
        screenshot(page, "officer-round-cancelled")
    assert progress.count() == 0
    # The dry run stays on screen; nothing was published.
    assert page.get_by_text("试算结果（未保存").is_visible()
    officer = server.login("gh.officer")
    park = server.api(PARK, token=officer)["me"]["park"]["id"]
    (cancelled,) = server.api(ROUNDS, {"park": park}, officer)["matchRounds"]["edges"]
    assert cancelled["node"] == {
        "state": "CANCELLED",
        "failure": None,
        "figures": None,
        "proposals": {"totalCount": 0},
    }
    assert server.api(PROPOSALS, token=officer)["proposals"]["totalCount"] == 0
    # Back on the page later, the officer reads how the last round ended.
    page.reload()
    page.locator("[data-test=round-ended]").get_by_text("已取消").wait_for(timeout=TIMEOUT_MS)


def test_a_round_past_the_parks_time_limit_ends_timed_out_with_the_reason_in_chinese(page, server):
    _open_matching(page)
    page.get_by_label("轮次时限（秒）").fill("10")
    page.keyboard.press("Tab")
    page.locator("form.limit").get_by_role("button", name="保存").click()
    page.get_by_text("轮次时限已保存").wait_for(timeout=TIMEOUT_MS)
    officer = server.login("gh.officer")
    park = server.api(PARK, token=officer)["me"]["park"]["id"]
    settings = "query($p: ID!) { parkSettings(parkId: $p) { roundTimeLimitSeconds } }"
    assert server.api(settings, {"p": park}, officer)["parkSettings"] == {
        "roundTimeLimitSeconds": 10
    }
    with server.solver_paused():
        page.get_by_role("button", name="试算（不保存）").click()
        _waits_in_build(page)
        page.locator("[data-test=round-ended]").get_by_text(
            "已超时：未在园区规定的轮次时限 10 秒内完成；本轮未保存任何结果"
        ).wait_for(timeout=2 * TIMEOUT_MS)
    assert page.locator("[data-test=round-progress]").count() == 0
