"""Sign-in, tokens, company registration and users created by an admin."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from server import auth
from server.config import Settings
from server.errors import BadInput, Conflict, NotFound, RateLimited, Unauthenticated
from server.models import AuthToken, Bank, LoginFailure, Park, User
from server.services import audit, policy, signins, validation
from server.services.clock import now
from server.services.companies import CompanyFields, create_company
from server.services.events import EventBus
from server.services.viewer import Viewer
from server.standards import Role

LOGIN_FAILURE_LIMIT = 5
LOGIN_FAILURE_WINDOW = timedelta(minutes=15)
BAD_CREDENTIALS = "Wrong username or password"


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


async def login(username: str, password: str, settings: Settings) -> Session:
    """One message for an unknown user and a wrong password; five failures in fifteen minutes
    lock the account name for the rest of the window."""
    if not validation.USERNAME.fullmatch(username) or not validation.encodable(password):
        # No account can have this name (or password); such text (NUL, lone surrogates) must
        # not reach the database or the hasher.
        raise Unauthenticated(BAD_CREDENTIALS)
    recent = await LoginFailure.filter(
        username=username, created_at__gte=now() - LOGIN_FAILURE_WINDOW
    ).count()
    if recent >= LOGIN_FAILURE_LIMIT:
        raise RateLimited("Too many failed sign-ins for this account; try again in 15 minutes")
    user = await User.filter(username=username, active=True).first()
    if not auth.verify_password(user.password_hash if user else None, password):
        await LoginFailure.create(username=username[:255])
        raise Unauthenticated(BAD_CREDENTIALS)
    async with in_transaction() as conn:
        if auth.needs_rehash(user.password_hash):
            user.password_hash = auth.hash_password(password)
            await user.save(using_db=conn, update_fields=["password_hash"])
        await LoginFailure.filter(username=username).using_db(conn).delete()
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


async def logout(token: str, settings: Settings, events: EventBus) -> bool:
    token_hash = auth.token_digest(token, settings.secret)
    revoked = await AuthToken.filter(token_hash=token_hash, revoked_at__isnull=True).update(
        revoked_at=now()
    )
    await signins.announce_ended(events, token_hash=token_hash)
    return bool(revoked)


async def _check_new_user(username: str, password: str, using_db) -> None:
    validation.username(username)
    validation.password(password)
    if await User.filter(username=username).using_db(using_db).exists():
        raise Conflict("This username is taken", field="username")


async def register_company(
    username: str, password: str, fields: CompanyFields, settings: Settings
) -> Session:
    try:
        async with in_transaction() as conn:
            await _check_new_user(username, password, conn)
            company = await create_company(fields, conn)
            user = await User.create(
                username=username,
                password_hash=auth.hash_password(password),
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
        raise Conflict("This username or credit code is taken", field="username") from None


async def create_user(
    viewer: Viewer | None,
    username: str,
    password: str,
    role: Role,
    park_id: int | None,
    bank_id: int | None,
) -> User:
    """An admin creates officers (with a park), bank managers (with a bank) and admins."""
    viewer = policy.require_role(viewer, Role.ADMIN)
    role = Role(role)
    if role == Role.COMPANY:
        raise BadInput("Company accounts come from registerCompany", field="role")
    if role == Role.OFFICER and park_id is None:
        raise BadInput("An officer needs a park", field="parkId")
    if role == Role.BANK_MANAGER and bank_id is None:
        raise BadInput("A bank manager needs a bank", field="bankId")
    if role != Role.OFFICER and park_id is not None:
        raise BadInput("Only officers belong to a park", field="parkId")
    if role != Role.BANK_MANAGER and bank_id is not None:
        raise BadInput("Only bank managers belong to a bank", field="bankId")
    try:
        async with in_transaction() as conn:
            await _check_new_user(username, password, conn)
            if park_id is not None and not await Park.filter(id=park_id).using_db(conn).exists():
                raise BadInput("parkId names no park", field="parkId")
            if bank_id is not None and not await Bank.filter(id=bank_id).using_db(conn).exists():
                raise BadInput("bankId names no bank", field="bankId")
            user = await User.create(
                username=username,
                password_hash=auth.hash_password(password),
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
        raise Conflict("This username is taken", field="username") from None


async def create_admin(username: str, password: str) -> User:
    """The first admin, from the command line."""
    async with in_transaction() as conn:
        await _check_new_user(username, password, conn)
        user = await User.create(
            username=username,
            password_hash=auth.hash_password(password),
            role=Role.ADMIN,
            using_db=conn,
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


async def get_user(viewer: Viewer | None, user_id: int) -> User:
    viewer = policy.signed_in(viewer)
    user = await User.filter(policy.user_scope(viewer), id=user_id).first()
    if user is None:
        raise NotFound("No such user")
    return user


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
