"""Sign-in, tokens, passwords, company registration, and users created, deactivated and
reactivated by an admin.

Every token is revoked through `revoke_tokens`. Sign-in is throttled by failed attempts of an
account from one client address (5 per 15 minutes by default), with looser limits on the account
from anywhere and on the address across accounts (password spraying): someone else's guesses
from another address do not lock a user out. The limits are settings (server/config.py Limits).
"""

from __future__ import annotations

import asyncio
import logging
from contextlib import suppress
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.backends.base.client import BaseDBAsyncClient
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server import auth, lifecycle
from server.config import Limits, Settings
from server.errors import BadInput, Conflict, NotFound, RateLimited, Unauthenticated
from server.lifecycle import Cause
from server.models import AuthToken, Bank, Company, FinancingNeed, HiringNeed, Park, User
from server.services import audit, companies, policy, signins, throttle, validation
from server.services.clock import now
from server.services.commands.accounts import (
    BANK_ID,
    CURRENT_PASSWORD,
    NEW_PASSWORD,
    PARK_ID,
    PASSWORD,
    REASON,
    ROLE,
    USER_SEARCH,
    USERNAME,
    ChangePassword,
    CreateAdmin,
    CreateUser,
    DeactivateUser,
    Login,
    Logout,
    ReactivateUser,
    RegisterCompany,
    ReleaseCreditCode,
)
from server.services.events import EventBus
from server.services.pagination import Page, paginate
from server.services.viewer import Viewer
from server.standards import Role

BAD_CREDENTIALS = "Wrong username or password"
BUSY = "The service is busy checking other passwords; try again in a few seconds"
log = logging.getLogger("parkmatch.accounts")


@dataclass(frozen=True, slots=True)
class Session:
    token: str
    expires_at: datetime
    user: User


def viewer_of(user: User) -> Viewer:
    return Viewer(
        user_id=user.id,
        username=user.username,
        role=user.role,
        company_id=user.company_id,
        bank_id=user.bank_id,
        park_id=user.park_id,
    )


# --- passwords, off the event loop ----------------------------------------------------------------


async def _hash(password: str) -> str:
    try:
        return await auth.hash_off_loop(password)
    except auth.HashingBusy:
        raise RateLimited(BUSY) from None


def _refuse_when_busy() -> None:
    """The cheap refusal first: a storm that the hashing pool cannot take in costs the database
    nothing."""
    if auth.hashing_full():
        raise RateLimited(BUSY)


def _sign_in_places(limits: Limits, username: str, address: str) -> list[throttle.Place]:
    """The throttles a password check counts against, tightest first."""
    window = limits.login_window_seconds
    account = "Too many failed sign-ins for this account; try again within {minutes} minutes"
    return [
        throttle.Place(
            throttle.Limit(
                "login-account-address",
                limits.login_failures_per_account_and_address,
                window,
                account,
            ),
            f"{username} {address}",
        ),
        throttle.Place(
            throttle.Limit("login-account", limits.login_failures_per_account, window, account),
            username,
        ),
        throttle.Place(
            throttle.Limit(
                "login-address",
                limits.login_failures_per_address,
                window,
                "Too many failed sign-ins from your address; try again within {minutes} minutes",
            ),
            address,
        ),
    ]


async def _checked_password(
    password: str, password_hash: str | None, places: list[throttle.Place]
) -> bool:
    """Takes a place in each throttle, then checks the password off the event loop. A refusal
    for load gives the places back: the password was never checked."""
    _refuse_when_busy()
    await throttle.take(places)
    try:
        return await auth.verify_off_loop(password_hash, password)
    except auth.HashingBusy:
        await throttle.give_back(places)
        raise RateLimited(BUSY) from None


async def _forgive(places: list[throttle.Place], using_db: BaseDBAsyncClient) -> None:
    """A right password: this account's failures from this address are forgotten, and this
    attempt does not count against the looser limits."""
    await throttle.clear(places[0], using_db)
    await throttle.give_back(places[1:], using_db)


# --- sign-in and tokens ---------------------------------------------------------------------------


async def _issue_token(user: User, settings: Settings, using_db=None) -> Session:
    token = auth.new_token()
    expires_at = now() + timedelta(seconds=settings.token_ttl_seconds)
    await AuthToken.create(
        user_id=user.id,
        token_hash=auth.token_digest(token, settings.secret),
        expires_at=expires_at,
        using_db=using_db,
    )
    return Session(token=token, expires_at=expires_at, user=user)


async def login(command: Login, settings: Settings, client_address: str) -> Session:
    """One message for an unknown user and a wrong password; each failure counts against the
    throttles (`_sign_in_places`), and a full one refuses even the right password."""
    username, password = command.username, command.password
    if not validation.USERNAME.fullmatch(username) or not validation.encodable(password):
        # No account can have this name (or password); such text (NUL, lone surrogates) must
        # not reach the database or the hasher.
        raise Unauthenticated(BAD_CREDENTIALS)
    _refuse_when_busy()
    places = _sign_in_places(settings.limits, username, client_address)
    user = await User.filter(username=username, active=True).first()
    if not await _checked_password(password, user and user.password_hash, places):
        raise Unauthenticated(BAD_CREDENTIALS)
    rehashed = None
    if auth.needs_rehash(user.password_hash):
        with suppress(auth.HashingBusy):  # the new parameters' hash can wait for the next sign-in
            rehashed = await auth.hash_off_loop(password)
    async with in_transaction() as conn:
        if rehashed is not None:
            await User.filter(id=user.id).using_db(conn).update(password_hash=rehashed)
        await _forgive(places, conn)
        return await _issue_token(user, settings, conn)


async def authenticate(token: str, settings: Settings) -> Viewer:
    """The viewer behind a bearer token; a bad, expired or revoked one is UNAUTHENTICATED."""
    found = (
        await AuthToken.filter(
            token_hash=auth.token_digest(token, settings.secret),
            revoked_at__isnull=True,
            expires_at__gt=now(),
            user__active=True,
        )
        .select_related("user")
        .first()
    )
    if found is None:
        raise Unauthenticated("The token is invalid, expired or revoked")
    return viewer_of(found.user)


async def revoke_tokens(
    user_id: int,
    *,
    only: str | None = None,
    keep: str | None = None,
    using_db: BaseDBAsyncClient | None = None,
) -> int:
    """The one way tokens are revoked: every live token of the user, or `only` the one with that
    digest, or all but the one digested `keep`. Returns how many were revoked."""
    query = AuthToken.filter(user_id=user_id, revoked_at__isnull=True, expires_at__gt=now())
    if only is not None:
        query = query.filter(token_hash=only)
    if keep is not None:
        query = query.exclude(token_hash=keep)
    return await query.using_db(using_db).update(revoked_at=now())


async def logout(
    viewer: Viewer | None, command: Logout, settings: Settings, events: EventBus
) -> bool:
    viewer = policy.signed_in(viewer)
    if command.token is None:
        raise Unauthenticated("Sign in first: send a valid bearer token")
    digest = auth.token_digest(command.token, settings.secret)
    revoked = bool(await revoke_tokens(viewer.user_id, only=digest))
    await signins.announce_ended(events, token_hash=digest)
    return revoked


async def change_password(
    viewer: Viewer | None,
    command: ChangePassword,
    settings: Settings,
    client_address: str,
    events: EventBus,
) -> bool:
    """The signed-in user's own password; the other sessions of the user are signed out, the one
    asking stays signed in. A wrong current password counts as a failed sign-in."""
    viewer = policy.signed_in(viewer)
    current_password, new_password = command.current_password, command.new_password
    validation.password(new_password, NEW_PASSWORD)
    if new_password == current_password:
        raise BadInput(f"{NEW_PASSWORD} must differ from the current one", field=NEW_PASSWORD)
    if not validation.encodable(current_password):
        raise BadInput("The current password is wrong", field=CURRENT_PASSWORD)
    user = await User.get(id=viewer.user_id)
    places = _sign_in_places(settings.limits, user.username, client_address)
    if not await _checked_password(current_password, user.password_hash, places):
        raise BadInput("The current password is wrong", field=CURRENT_PASSWORD)
    new_hash = await _hash(new_password)
    keep = auth.token_digest(command.token, settings.secret) if command.token else None
    async with in_transaction() as conn:
        changed = (
            await User.filter(id=user.id, password_hash=user.password_hash, active=True)
            .using_db(conn)
            .update(password_hash=new_hash)
        )
        if not changed:
            raise Conflict("The password was changed meanwhile; sign in again")
        await _forgive(places, conn)
        signed_out = await revoke_tokens(user.id, keep=keep, using_db=conn)
        await audit.record(
            viewer,
            "PASSWORD_CHANGED",
            "User",
            user.id,
            park_id=await _park_of(user, conn),
            summary={"after": {"otherSessionsSignedOut": signed_out}},
            using_db=conn,
        )
    await signins.announce_ended(events, user_id=user.id)
    return True


# --- accounts -------------------------------------------------------------------------------------


async def _check_new_user(username: str, password: str) -> None:
    validation.username(username, USERNAME)
    validation.password(password, PASSWORD)
    if await User.filter(username=username).exists():
        raise Conflict("This username is taken", field=USERNAME)


def _registration_place(limits: Limits, address: str) -> throttle.Place:
    return throttle.Place(
        throttle.Limit(
            "registration-address",
            limits.registrations_per_address,
            limits.registration_window_seconds,
            "Too many companies registered from your address; try again within {minutes} "
            "minutes, or ask the park's office to register yours",
        ),
        address,
    )


async def register_company(
    command: RegisterCompany, settings: Settings, client_address: str | None
) -> Session:
    """A company signs itself up. Registrations from the network (`client_address` given) are
    counted per address once they pass every check (a refused one does not count); the command
    line's (the demo's) are not."""
    username, password = command.username, command.password
    fields = companies.check_company(command.company, command.today)
    await _check_new_user(username, password)
    await companies.check_company_is_new(fields)
    places = (
        [] if client_address is None else [_registration_place(settings.limits, client_address)]
    )
    await throttle.take(places)
    try:
        password_hash = await auth.hash_off_loop(password)
    except auth.HashingBusy:
        await throttle.give_back(places)
        raise RateLimited(BUSY) from None
    try:
        async with in_transaction() as conn:
            company = await companies.create_company(fields, conn)
            user = await User.create(
                username=username,
                password_hash=password_hash,
                role=Role.COMPANY,
                company_id=company.id,
                using_db=conn,
            )
            actor = viewer_of(user)
            await audit.record(
                actor,
                "COMPANY_REGISTERED",
                "Company",
                company.id,
                park_id=company.park_id,
                summary={"after": {"name": company.name, "uscc": company.uscc}},
                using_db=conn,
            )
            return await _issue_token(user, settings, conn)
    except IntegrityError:
        raise Conflict("This username or credit code is taken", field=USERNAME) from None


async def create_user(viewer: Viewer | None, command: CreateUser) -> User:
    """An admin creates officers (with a park), bank managers (with a bank) and admins."""
    viewer = policy.require_role(viewer, Role.ADMIN)
    username, password = command.username, command.password
    role, park_id, bank_id = Role(command.role), command.park_id, command.bank_id
    if role == Role.COMPANY:
        raise BadInput("Company accounts come from registerCompany", field=ROLE)
    if role == Role.OFFICER and park_id is None:
        raise BadInput("An officer needs a park", field=PARK_ID)
    if role == Role.BANK_MANAGER and bank_id is None:
        raise BadInput("A bank manager needs a bank", field=BANK_ID)
    if role != Role.OFFICER and park_id is not None:
        raise BadInput("Only officers belong to a park", field=PARK_ID)
    if role != Role.BANK_MANAGER and bank_id is not None:
        raise BadInput("Only bank managers belong to a bank", field=BANK_ID)
    await _check_new_user(username, password)
    if park_id is not None and not await Park.filter(id=park_id).exists():
        raise BadInput(f"{PARK_ID} names no park", field=PARK_ID)
    if bank_id is not None and not await Bank.filter(id=bank_id).exists():
        raise BadInput(f"{BANK_ID} names no bank", field=BANK_ID)
    password_hash = await _hash(password)
    try:
        async with in_transaction() as conn:
            user = await User.create(
                username=username,
                password_hash=password_hash,
                role=role,
                park_id=park_id,
                bank_id=bank_id,
                using_db=conn,
            )
            await audit.record(
                viewer,
                "USER_CREATED",
                "User",
                user.id,
                park_id=park_id,
                summary={"after": {"username": username, "role": role.value}},
                using_db=conn,
            )
            return user
    except IntegrityError:
        raise Conflict("This username is taken", field=USERNAME) from None


async def create_admin(command: CreateAdmin) -> User:
    """The first admin, from the command line."""
    username, password = command.username, command.password
    await _check_new_user(username, password)
    password_hash = await _hash(password)
    try:
        async with in_transaction() as conn:
            user = await User.create(
                username=username, password_hash=password_hash, role=Role.ADMIN, using_db=conn
            )
            await audit.record(
                None,
                "USER_CREATED",
                "User",
                user.id,
                park_id=None,
                summary={"after": {"username": username, "role": Role.ADMIN.value}},
                using_db=conn,
            )
            return user
    except IntegrityError:
        raise Conflict("This username is taken", field=USERNAME) from None


async def get_user(viewer: Viewer | None, user_id: int) -> User:
    viewer = policy.signed_in(viewer)
    user = await User.filter(policy.user_scope(viewer), id=user_id).first()
    if user is None:
        raise NotFound("No such user")
    return user


async def list_users(
    viewer: Viewer | None,
    first: int | None,
    after: int | None,
    *,
    search: str | None = None,
    role: Role | None = None,
    active: bool | None = None,
) -> Page:
    """Every account, for admins (e.g. to find the one to deactivate)."""
    viewer = policy.require_role(viewer, Role.ADMIN)
    query = User.filter(policy.user_scope(viewer))
    if search:
        query = query.filter(
            username__icontains=validation.text(search, USER_SEARCH, max_length=64)
        )
    if role is not None:
        query = query.filter(role=Role(role))
    if active is not None:
        query = query.filter(active=active)
    return await paginate(query, first, after)


async def _park_of(user: User, using_db: BaseDBAsyncClient | None = None) -> int | None:
    """The park whose officers see the user's audit events: an officer's park, or the park of
    a company's account."""
    if user.company_id is None:
        return user.park_id
    company = await Company.get(id=user.company_id).using_db(using_db)
    return company.park_id


async def deactivate_user(viewer: Viewer | None, command: DeactivateUser, events: EventBus) -> User:
    """An admin signs a user out everywhere (every token revoked) and refuses their sign-ins
    until reactivated."""
    user = await get_user(viewer, command.user_id)
    viewer = policy.require_user_admin(viewer, user.id)
    async with in_transaction() as conn:
        if not await User.filter(id=user.id, active=True).using_db(conn).update(active=False):
            raise Conflict("This user is already deactivated")
        revoked = await revoke_tokens(user.id, using_db=conn)
        await audit.record(
            viewer,
            "USER_DEACTIVATED",
            "User",
            user.id,
            park_id=await _park_of(user, conn),
            summary={
                "before": {"active": True},
                "after": {"active": False, "tokensRevoked": revoked},
            },
            using_db=conn,
        )
    await signins.announce_ended(events, user_id=user.id)
    return await User.get(id=user.id)


async def reactivate_user(viewer: Viewer | None, command: ReactivateUser) -> User:
    """An admin lets a deactivated user sign in again (with new tokens: the old stay revoked)."""
    user = await get_user(viewer, command.user_id)
    viewer = policy.require_user_admin(viewer, user.id)
    if user.company_id is not None:
        company = await Company.get(id=user.company_id)
        if company.released_at is not None:
            raise Conflict("This account's company gave up its credit code; it stays closed")
    async with in_transaction() as conn:
        if not await User.filter(id=user.id, active=False).using_db(conn).update(active=True):
            raise Conflict("This user is active")
        await audit.record(
            viewer,
            "USER_REACTIVATED",
            "User",
            user.id,
            park_id=await _park_of(user, conn),
            summary={"before": {"active": False}, "after": {"active": True}},
            using_db=conn,
        )
    return await User.get(id=user.id)


async def release_credit_code(
    viewer: Viewer | None, command: ReleaseCreditCode, events: EventBus
) -> Company:
    """A disputed credit code: an officer of the park releases it from a company that registered
    with it but was never verified (a squatter). That company's accounts are deactivated and
    signed out, its open needs withdrawn, and the code's real owner can register with it."""
    company = await companies.get_company(viewer, command.company_id)
    viewer = policy.require_park_officer(viewer, company.park_id)
    reason = validation.text(command.reason, REASON, max_length=500)
    if company.released_at is not None:
        raise Conflict("This company's credit code is already released")
    if company.verified_at is not None:
        raise Conflict(
            "An officer has verified this company: its credit code is not released; an admin "
            "can deactivate its accounts"
        )
    async with in_transaction() as conn:
        released = (
            await Company.filter(id=company.id, released_at__isnull=True, verified_at__isnull=True)
            .using_db(conn)
            .update(
                uscc=companies.released_placeholder(company.id),
                released_uscc=company.uscc,
                released_at=now(),
            )
        )
        if not released:
            raise Conflict("The company changed meanwhile; look at it again")
        accounts = await User.filter(company_id=company.id, active=True).using_db(conn)
        for account in accounts:
            await User.filter(id=account.id).using_db(conn).update(active=False)
            await revoke_tokens(account.id, using_db=conn)
        move = lifecycle.need_batch(Cause.CREDIT_CODE_RELEASED, lifecycle.actor(viewer.role))
        withdrawn = 0
        for model in (FinancingNeed, HiringNeed):
            withdrawn += (
                await model.filter(company_id=company.id, status__in=move.sources)
                .using_db(conn)
                .update(status=move.target, withdrawn_at=now())
            )
        await audit.record(
            viewer,
            move.audit,
            "Company",
            company.id,
            park_id=company.park_id,
            summary={
                "before": {"uscc": company.uscc},
                "after": {"uscc": None},
                "reason": reason,
                "deactivatedUsers": sorted(a.username for a in accounts),
                "withdrawnNeeds": withdrawn,
            },
            using_db=conn,
        )
    for account in accounts:
        await signins.announce_ended(events, user_id=account.id)
    return await Company.get(id=company.id)


async def officer_viewer(park_id: int, username: str | None) -> Viewer:
    """An officer of the park to act as from the command line: the one named, or the park's
    first active officer."""
    query = User.filter(role=Role.OFFICER, park_id=park_id, active=True)
    if username is not None:
        query = query.filter(username=username)
    officer = await query.order_by("id").first()
    if officer is None:
        raise NotFound(
            "No active officer of this park" + (f" named {username}" if username else "")
        )
    return viewer_of(officer)


# --- housekeeping ---------------------------------------------------------------------------------


async def purge_expired() -> tuple[int, int]:
    """Deletes tokens past their expiry (revoked or not: either way no longer accepted) and
    throttle counters whose window has ended; returns how many of each."""
    tokens = await AuthToken.filter(expires_at__lte=now()).delete()
    return tokens, await throttle.purge()


async def purge_periodically(interval_seconds: float) -> None:
    """Runs `purge_expired` now and then every interval, for as long as the server runs."""
    while True:
        try:
            tokens, counters = await purge_expired()
            log.info("purged %d expired tokens and %d throttle counters", tokens, counters)
        except Exception:
            # A database that is away for a while must not end the housekeeping for good.
            log.exception("purging expired tokens and throttle counters failed")
        await asyncio.sleep(interval_seconds)
