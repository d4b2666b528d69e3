"""Accounts as their owners and the service's admins and officers meet them: changing a password,
closing and reopening an account, a disputed credit code, a verification that lapses when the
facts it checked change, and the purge of spent tokens and throttle counters."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from server import auth
from server.errors import BadInput
from server.models import AuthToken, Throttle
from server.services import accounts, parties
from server.services.clock import now
from server.services.commands import accounts as account_commands
from server.services.commands import parties as party_commands
from server.services.commands.accounts import CreateAdmin
from server.standards import Role
from tests.api import operations as ops
from tests.api.world import PASSWORD, company_input, financing_need_input, valid_uscc
from tests.conftest import TEST_SECRET

ME = "{ me { id username } }"
NEW_PASSWORD = "a brand new password"
USERS = """
query($f: UserFilter) { users(first: 100, filter: $f) { totalCount edges { node {
  id username role active } } } }
"""
COMPANY = """
query($id: ID!) { company(id: $id) {
  id uscc verified creditCodeReleasedAt changesSinceVerification { field verified current }
} }
"""
UPDATE = """
mutation($id: ID!, $i: UpdateCompanyInput!) { updateCompany(id: $id, input: $i) {
  id verified sizeClass changesSinceVerification { field verified current }
} }
"""
AUDIT = """
query($id: String!) { auditEvents(filter: { objectId: $id }) { edges { node {
  action summary actor { username } } } } }
"""
DRY_RUN = """
mutation($park: ID!) { proposeMatches(parkId: $park, kind: FINANCING, dryRun: true) {
  figures { needs } } }
"""


async def sign_in(api, username: str, password: str = PASSWORD) -> str:
    return (await api.ok(ops.LOGIN, {"u": username, "p": password}))["login"]["token"]


# --- changing a password ---------------------------------------------------------------------


async def test_a_password_change_signs_out_the_other_sessions_only(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    here, laptop, phone = [await sign_in(api, "admin") for _ in range(3)]
    changed = await api.ok(ops.CHANGE_PASSWORD, {"c": PASSWORD, "n": NEW_PASSWORD}, here)
    assert changed == {"changePassword": True}
    await api.ok(ME, token=here)
    for other in (laptop, phone):
        assert (await api.fails(ME, token=other)).code == "UNAUTHENTICATED"
    assert (await api.fails(ops.LOGIN, {"u": "admin", "p": PASSWORD})).code == "UNAUTHENTICATED"
    await sign_in(api, "admin", NEW_PASSWORD)
    events = await api.ok(AUDIT, {"id": (await api.ok(ME, token=here))["me"]["id"]}, here)
    actions = [edge["node"]["action"] for edge in events["auditEvents"]["edges"]]
    assert actions[0] == "PASSWORD_CHANGED"
    assert "parkmatch" not in str(events) and NEW_PASSWORD not in str(events)


async def test_guessing_the_current_password_is_throttled_like_signing_in(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    token = await sign_in(api, "admin")
    for _ in range(5):
        wrong = await api.fails(
            ops.CHANGE_PASSWORD, {"c": "a wrong guess", "n": NEW_PASSWORD}, token
        )
        assert (wrong.code, wrong.field) == ("BAD_USER_INPUT", "currentPassword")
    locked = await api.fails(ops.CHANGE_PASSWORD, {"c": PASSWORD, "n": NEW_PASSWORD}, token)
    assert locked.code == "RATE_LIMITED"
    assert (await api.fails(ops.LOGIN, {"u": "admin", "p": PASSWORD})).code == "RATE_LIMITED"


# --- closing and reopening accounts ------------------------------------------------------------


async def test_deactivation_revokes_every_token_and_reactivation_issues_none(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    await accounts.create_admin(CreateAdmin("leaver", PASSWORD))
    admin = await sign_in(api, "admin")
    sessions = [await sign_in(api, "leaver") for _ in range(3)]
    listed = await api.ok(USERS, {"f": {"search": "leav"}}, admin)
    [leaver] = [edge["node"] for edge in listed["users"]["edges"]]
    assert leaver["active"] is True
    closed = await api.ok(ops.DEACTIVATE_USER, {"id": leaver["id"]}, admin)
    assert closed["deactivateUser"] == {"id": leaver["id"], "active": False}
    for token in sessions:
        assert (await api.fails(ME, token=token)).code == "UNAUTHENTICATED"
    digests = [auth.token_digest(token, TEST_SECRET) for token in sessions]
    assert await AuthToken.filter(token_hash__in=digests, revoked_at__isnull=True).count() == 0
    assert (await api.fails(ops.LOGIN, {"u": "leaver", "p": PASSWORD})).code == "UNAUTHENTICATED"
    again = await api.fails(ops.DEACTIVATE_USER, {"id": leaver["id"]}, admin)
    assert again.code == "CONFLICT"
    inactive = await api.ok(USERS, {"f": {"active": False}}, admin)
    assert [edge["node"]["username"] for edge in inactive["users"]["edges"]] == ["leaver"]

    reopened = await api.ok(ops.REACTIVATE_USER, {"id": leaver["id"]}, admin)
    assert reopened["reactivateUser"]["active"] is True
    for token in sessions:  # the old sessions stay closed
        assert (await api.fails(ME, token=token)).code == "UNAUTHENTICATED"
    await api.ok(ME, token=await sign_in(api, "leaver"))


async def test_deactivations_that_race_give_one_change(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    await accounts.create_admin(CreateAdmin("leaver", PASSWORD))
    admin = await sign_in(api, "admin")
    user_id = (await api.ok(ME, token=await sign_in(api, "leaver")))["me"]["id"]
    bodies = await asyncio.gather(
        *(api.post(ops.DEACTIVATE_USER, {"id": user_id}, admin) for _ in range(5))
    )
    outcomes = sorted("errors" in body for body in bodies)
    assert outcomes == [False, True, True, True, True]
    events = await api.ok(AUDIT, {"id": user_id}, admin)
    actions = [edge["node"]["action"] for edge in events["auditEvents"]["edges"]]
    assert actions.count("USER_DEACTIVATED") == 1


# --- a disputed credit code ----------------------------------------------------------------------


async def park_with_officer(api) -> tuple[str, str, str]:
    """A park, its officer's token and an admin's token."""
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    admin = await sign_in(api, "admin")
    park = {"i": {"name": "光谷生物城", "code": "WH-BIO", "region": "湖北"}}
    park_id = (await api.ok(ops.CREATE_PARK, park, admin))["createPark"]["id"]
    officer = {"username": "officer", "password": PASSWORD, "role": "OFFICER", "parkId": park_id}
    await api.ok(ops.CREATE_USER, {"i": officer}, admin)
    return park_id, await sign_in(api, "officer"), admin


def registration(username: str, name: str, code: str, park_id: str) -> dict:
    return {
        "i": {
            "username": username,
            "password": PASSWORD,
            "company": company_input(name, code, park_id),
        }
    }


async def test_an_officer_releases_a_squatted_credit_code_to_its_owner(api):
    park_id, officer, admin = await park_with_officer(api)
    code = valid_uscc(4242)
    squatted = await api.ok(
        ops.REGISTER_COMPANY, registration("squatter", "抢注公司", code, park_id)
    )
    squatter = squatted["registerCompany"]["token"]
    squatter_company = squatted["registerCompany"]["user"]["company"]["id"]
    await api.ok(ops.POST_FINANCING_NEED, {"i": financing_need_input()}, squatter)

    owner = registration("owner", "真正的企业", code, park_id)
    taken = await api.fails(ops.REGISTER_COMPANY, owner)
    assert (taken.code, taken.field) == ("CONFLICT", "uscc")
    assert "office can release it" in taken.errors[0]["message"]

    reason = "营业执照核验：统一社会信用代码属于真正的企业"
    released = await api.ok(ops.RELEASE_CREDIT_CODE, {"id": squatter_company, "r": reason}, officer)
    assert released["releaseCreditCode"]["uscc"] == code
    assert released["releaseCreditCode"]["creditCodeReleasedAt"] is not None
    # The squatter is signed out and closed; its need is withdrawn.
    assert (await api.fails(ME, token=squatter)).code == "UNAUTHENTICATED"
    assert (await api.fails(ops.LOGIN, {"u": "squatter", "p": PASSWORD})).code == (
        "UNAUTHENTICATED"
    )
    needs = await api.ok(
        "{ financingNeeds(first: 10) { edges { node { status company { id } } } } }",
        token=officer,
    )
    assert [e["node"]["status"] for e in needs["financingNeeds"]["edges"]] == ["WITHDRAWN"]
    # The owner registers with its code, and the trail says who released it and why.
    registered = await api.ok(ops.REGISTER_COMPANY, owner)
    assert registered["registerCompany"]["user"]["company"]["uscc"] == code
    trail = await api.ok(AUDIT, {"id": squatter_company}, officer)
    [event] = [
        e["node"]
        for e in trail["auditEvents"]["edges"]
        if e["node"]["action"] == ("CREDIT_CODE_RELEASED")
    ]
    assert event["actor"]["username"] == "officer"
    assert event["summary"]["reason"] == reason
    assert event["summary"]["deactivatedUsers"] == ["squatter"]
    # The closed company stays closed.
    verify = await api.fails(ops.VERIFY_COMPANY, {"id": squatter_company}, officer)
    assert verify.code == "CONFLICT"
    again = await api.fails(ops.RELEASE_CREDIT_CODE, {"id": squatter_company, "r": reason}, officer)
    assert again.code == "CONFLICT"
    listed = await api.ok(USERS, {"f": {"search": "squatter"}}, admin)
    [user] = [edge["node"] for edge in listed["users"]["edges"]]
    assert (await api.fails(ops.REACTIVATE_USER, {"id": user["id"]}, admin)).code == "CONFLICT"


# --- verification that lapses ------------------------------------------------------------------


async def test_changing_what_eligibility_depends_on_sends_the_company_back_to_the_officer(api):
    park_id, officer, _ = await park_with_officer(api)
    registered = await api.ok(
        ops.REGISTER_COMPANY,
        registration("company", "武汉芯测科技有限公司", valid_uscc(1), park_id),
    )
    token = registered["registerCompany"]["token"]
    company_id = registered["registerCompany"]["user"]["company"]["id"]
    await api.ok(ops.POST_FINANCING_NEED, {"i": financing_need_input()}, token)
    await api.ok(ops.VERIFY_COMPANY, {"id": company_id}, officer)
    assert (await api.ok(DRY_RUN, {"park": park_id}, officer))["proposeMatches"]["figures"][
        "needs"
    ] == 1

    # Name and staff numbers do not decide eligibility: the verification holds.
    kept = await api.ok(
        UPDATE, {"id": company_id, "i": {"name": "芯测科技", "employees": 60}}, token
    )
    assert kept["updateCompany"]["verified"] is True

    moved = await api.ok(
        UPDATE, {"id": company_id, "i": {"sizeClass": "MEDIUM", "techDesignations": []}}, token
    )
    company = moved["updateCompany"]
    assert company["verified"] is False
    assert sorted(company["changesSinceVerification"], key=lambda c: c["field"]) == [
        {"field": "sizeClass", "verified": "SMALL", "current": "MEDIUM"},
        {"field": "techDesignations", "verified": "TECH_SME", "current": ""},
    ]
    # Its needs wait for a new verification; the officer finds it among the unverified.
    assert (await api.ok(DRY_RUN, {"park": park_id}, officer))["proposeMatches"]["figures"][
        "needs"
    ] == 0
    waiting = await api.ok(
        "{ companies(filter: { verified: false }) { edges { node { id "
        "changesSinceVerification { field } } } } }",
        token=officer,
    )
    [node] = [e["node"] for e in waiting["companies"]["edges"]]
    assert node["id"] == company_id and len(node["changesSinceVerification"]) == 2
    trail = await api.ok(AUDIT, {"id": company_id}, officer)
    latest = trail["auditEvents"]["edges"][0]["node"]
    assert latest["action"] == "COMPANY_UPDATED"
    assert sorted(latest["summary"]["verificationLapsed"]) == ["sizeClass", "techDesignations"]

    # Changes are measured against what was verified, not against the last edit.
    back = await api.ok(UPDATE, {"id": company_id, "i": {"sizeClass": "SMALL"}}, token)
    assert back["updateCompany"]["changesSinceVerification"] == [
        {"field": "techDesignations", "verified": "TECH_SME", "current": ""}
    ]
    await api.ok(ops.VERIFY_COMPANY, {"id": company_id}, officer)
    verified = await api.ok(COMPANY, {"id": company_id}, officer)
    assert verified["company"]["verified"] is True
    assert verified["company"]["changesSinceVerification"] == []


# --- housekeeping --------------------------------------------------------------------------------


async def test_expired_tokens_and_spent_counters_are_purged(api):
    await accounts.create_admin(CreateAdmin("admin", PASSWORD))
    live, expired = await sign_in(api, "admin"), await sign_in(api, "admin")
    await AuthToken.filter(token_hash=auth.token_digest(expired, TEST_SECRET)).update(
        expires_at=now() - timedelta(seconds=1)
    )
    await api.fails(ops.LOGIN, {"u": "admin", "p": "a wrong guess"})
    await api.fails(ops.LOGIN, {"u": "nobody", "p": "a wrong guess"})
    await Throttle.filter(subject="nobody").update(resets_at=int(now().timestamp()))

    async def purged() -> bool:
        spent = await Throttle.filter(subject="nobody").exists()
        return await AuthToken.all().count() == 1 and not spent

    # The server's lifespan runs this: a purge at start, then one per interval.
    purging = asyncio.create_task(accounts.purge_periodically(3600))
    try:
        for _ in range(500):
            if await purged():
                break
            await asyncio.sleep(0.01)
    finally:
        purging.cancel()
    assert await AuthToken.all().count() == 1
    await api.ok(ME, token=live)
    assert not await Throttle.filter(subject="nobody").exists()
    # The counters of the window still running are kept: they still throttle.
    assert await Throttle.filter(subject="admin").exists()


async def test_the_account_services_name_their_own_fields(api):
    """Called as the demo and the command line call them, the services speak the domain; the
    API's names for the same refusals are test_bad_input's."""
    with pytest.raises(BadInput) as refused:
        await accounts.create_admin(CreateAdmin("a", PASSWORD))
    assert refused.value.field == account_commands.USERNAME
    admin = accounts.viewer_of(await accounts.create_admin(CreateAdmin("admin", PASSWORD)))
    officer = account_commands.CreateUser("officer.li", PASSWORD, Role.OFFICER)
    with pytest.raises(BadInput) as refused:
        await accounts.create_user(admin, officer)
    assert refused.value.field == account_commands.PARK_ID
    with pytest.raises(BadInput) as refused:
        await parties.create_park(admin, party_commands.CreatePark("高新区", "?", "西安"))
    assert refused.value.field == party_commands.PARK_CODE
    assert refused.value.message.startswith(party_commands.PARK_CODE)
