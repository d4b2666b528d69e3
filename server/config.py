"""Settings read from the environment, once, into an immutable object."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_DATABASE_URL = "sqlite://parkmatch.sqlite3"
MIN_PRODUCTION_SECRET_BYTES = 32
DEFAULT_TOKEN_TTL_SECONDS = 8 * 3600
DEVELOPMENT_SECRET = "parkmatch-development-only-secret-not-for-production"  # noqa: S105
DEFAULT_WS_MAX_MESSAGE_BYTES = 64 * 1024
DEFAULT_WS_CONNECTIONS_PER_USER = 10
# Undelivered events one subscription may hold. A round publishes one event per proposal at once,
# so this must exceed a large park's round, or every officer listening would be dropped by it.
DEFAULT_WS_BACKLOG = 20_000


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True, slots=True)
class Limits:
    """Throttles against one caller (README, Settings): failed sign-ins per account and client
    address, per account from anywhere and per address across accounts; self-registrations per
    address; and the password hashing threads with the sign-ins that may wait for one."""

    login_window_seconds: int = 15 * 60
    login_failures_per_account_and_address: int = 5
    login_failures_per_account: int = 50
    login_failures_per_address: int = 30
    registration_window_seconds: int = 3600
    registrations_per_address: int = 10
    password_hash_threads: int = 2
    password_hash_queue: int = 8


# Environment variable -> Limits field; every one a positive whole number.
LIMIT_VARIABLES = {
    "PARKMATCH_LOGIN_WINDOW": "login_window_seconds",
    "PARKMATCH_LOGIN_FAILURES_PER_ACCOUNT_AND_ADDRESS": "login_failures_per_account_and_address",
    "PARKMATCH_LOGIN_FAILURES_PER_ACCOUNT": "login_failures_per_account",
    "PARKMATCH_LOGIN_FAILURES_PER_ADDRESS": "login_failures_per_address",
    "PARKMATCH_REGISTRATION_WINDOW": "registration_window_seconds",
    "PARKMATCH_REGISTRATIONS_PER_ADDRESS": "registrations_per_address",
    "PARKMATCH_PASSWORD_HASH_THREADS": "password_hash_threads",
    "PARKMATCH_PASSWORD_HASH_QUEUE": "password_hash_queue",
}
DEFAULT_PURGE_INTERVAL_SECONDS = 3600
DEFAULT_CLOCK_ANNOUNCE_SECONDS = 60


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    secret: str = ""
    env: str = "development"
    token_ttl_seconds: int = DEFAULT_TOKEN_TTL_SECONDS
    timezone: str = "Asia/Shanghai"
    redis_url: str | None = None
    # WebSocket limits: a message over the size closes the socket (1009); a user's connections
    # beyond the count, in one server process, are refused (4429); a subscription that falls
    # further behind than the backlog is closed (1013).
    ws_max_message_bytes: int = DEFAULT_WS_MAX_MESSAGE_BYTES
    ws_connections_per_user: int = DEFAULT_WS_CONNECTIONS_PER_USER
    ws_backlog: int = DEFAULT_WS_BACKLOG
    # GET /metrics: open in development; in production served only when a token is set, to
    # scrapers that send it as a bearer token.
    metrics_token: str | None = None
    limits: Limits = field(default_factory=Limits)
    # Seconds between purges of expired tokens and spent throttle counters.
    purge_interval_seconds: int = DEFAULT_PURGE_INTERVAL_SECONDS
    # Seconds between looks for service clocks that fell due (announced once); 0: never.
    clock_announce_seconds: int = DEFAULT_CLOCK_ANNOUNCE_SECONDS
    # PARKMATCH_ENV was set: development mode was asked for, not fallen back to.
    env_chosen: bool = False

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @property
    def metrics_enabled(self) -> bool:
        return self.metrics_token is not None or not self.production

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def validated(self) -> Settings:
        if self.env not in ("development", "production"):
            raise SettingsError("PARKMATCH_ENV must be 'development' or 'production'")
        if self.production and len(self.secret.encode()) < MIN_PRODUCTION_SECRET_BYTES:
            raise SettingsError(
                f"PARKMATCH_SECRET must be at least {MIN_PRODUCTION_SECRET_BYTES} bytes "
                "in production"
            )
        if self.token_ttl_seconds <= 0:
            raise SettingsError("PARKMATCH_TOKEN_TTL must be a positive number of seconds")
        for name, value in (
            ("PARKMATCH_WS_MAX_MESSAGE_BYTES", self.ws_max_message_bytes),
            ("PARKMATCH_WS_CONNECTIONS_PER_USER", self.ws_connections_per_user),
            ("PARKMATCH_WS_BACKLOG", self.ws_backlog),
        ):
            if value <= 0:
                raise SettingsError(f"{name} must be a positive whole number")
        if (
            self.production
            and self.metrics_token is not None
            and len(self.metrics_token.encode()) < MIN_PRODUCTION_SECRET_BYTES
        ):
            raise SettingsError(
                f"PARKMATCH_METRICS_TOKEN must be at least {MIN_PRODUCTION_SECRET_BYTES} bytes "
                "in production"
            )
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError(
                f"PARKMATCH_TIMEZONE {self.timezone!r} is not a known zone"
            ) from exc
        return self

    def check_bind(self, host: str) -> None:
        """Development defaults (GraphiQL, introspection, a public secret) are for this machine
        only: serving them on another address needs production settings, or development mode
        asked for by name."""
        if self.production or self.env_chosen or is_loopback(host):
            return
        raise SettingsError(
            f"refusing to serve development defaults on {host}: set PARKMATCH_ENV=production "
            f"and PARKMATCH_SECRET (at least {MIN_PRODUCTION_SECRET_BYTES} bytes), or bind "
            "127.0.0.1, or set PARKMATCH_ENV=development to expose development mode on purpose"
        )


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False  # a host name: it may resolve to any interface


def _whole(env: Mapping[str, str], name: str, default: int) -> int:
    try:
        return int(env.get(name, str(default)))
    except ValueError as exc:
        raise SettingsError(f"{name} must be a whole number") from exc


def _positive(env: Mapping[str, str], name: str, default: int) -> int:
    value = _whole(env, name, default)
    if value <= 0:
        raise SettingsError(f"{name} must be positive")
    return value


def _not_negative(env: Mapping[str, str], name: str, default: int) -> int:
    value = _whole(env, name, default)
    if value < 0:
        raise SettingsError(f"{name} must not be negative")
    return value


def load_settings(environ: Mapping[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    ttl = _whole(env, "PARKMATCH_TOKEN_TTL", DEFAULT_TOKEN_TTL_SECONDS)
    # Development falls back to a fixed, public key so that several local workers agree;
    # production refuses to start without a real one (see validated()).
    secret = env.get("PARKMATCH_SECRET") or ""
    if not secret and env.get("PARKMATCH_ENV", "development") != "production":
        secret = DEVELOPMENT_SECRET
    defaults = Limits()
    limits = Limits(
        **{
            attribute: _positive(env, variable, getattr(defaults, attribute))
            for variable, attribute in LIMIT_VARIABLES.items()
        }
    )
    return Settings(
        database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        secret=secret,
        env=env.get("PARKMATCH_ENV", "development"),
        token_ttl_seconds=ttl,
        timezone=env.get("PARKMATCH_TIMEZONE", "Asia/Shanghai"),
        redis_url=env.get("REDIS_URL") or None,
        ws_max_message_bytes=_whole(
            env, "PARKMATCH_WS_MAX_MESSAGE_BYTES", DEFAULT_WS_MAX_MESSAGE_BYTES
        ),
        ws_connections_per_user=_whole(
            env, "PARKMATCH_WS_CONNECTIONS_PER_USER", DEFAULT_WS_CONNECTIONS_PER_USER
        ),
        ws_backlog=_whole(env, "PARKMATCH_WS_BACKLOG", DEFAULT_WS_BACKLOG),
        metrics_token=env.get("PARKMATCH_METRICS_TOKEN") or None,
        limits=limits,
        purge_interval_seconds=_positive(
            env, "PARKMATCH_PURGE_INTERVAL", DEFAULT_PURGE_INTERVAL_SECONDS
        ),
        clock_announce_seconds=_not_negative(
            env, "PARKMATCH_CLOCK_ANNOUNCE_INTERVAL", DEFAULT_CLOCK_ANNOUNCE_SECONDS
        ),
        env_chosen="PARKMATCH_ENV" in env,
    ).validated()
