"""Settings read from the environment, once, into an immutable object."""

from __future__ import annotations

import os
from dataclasses import dataclass
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

DEFAULT_DATABASE_URL = "sqlite://parkmatch.sqlite3"
MIN_PRODUCTION_SECRET_BYTES = 32
DEFAULT_TOKEN_TTL_SECONDS = 8 * 3600
DEVELOPMENT_SECRET = "parkmatch-development-only-secret-not-for-production"  # noqa: S105


class SettingsError(ValueError):
    """A setting is missing or malformed; the message names it."""


@dataclass(frozen=True, slots=True)
class Settings:
    database_url: str = DEFAULT_DATABASE_URL
    secret: str = ""
    env: str = "development"
    token_ttl_seconds: int = DEFAULT_TOKEN_TTL_SECONDS
    timezone: str = "Asia/Shanghai"
    redis_url: str | None = None

    @property
    def production(self) -> bool:
        return self.env == "production"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

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
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise SettingsError(
                f"PARKMATCH_TIMEZONE {self.timezone!r} is not a known zone"
            ) from exc
        return self


def load_settings(environ: dict[str, str] | None = None) -> Settings:
    env = os.environ if environ is None else environ
    try:
        ttl = int(env.get("PARKMATCH_TOKEN_TTL", str(DEFAULT_TOKEN_TTL_SECONDS)))
    except ValueError as exc:
        raise SettingsError("PARKMATCH_TOKEN_TTL must be a whole number of seconds") from exc
    # Development falls back to a fixed, public key so that several local workers agree;
    # production refuses to start without a real one (see validated()).
    secret = env.get("PARKMATCH_SECRET") or ""
    if not secret and env.get("PARKMATCH_ENV", "development") != "production":
        secret = DEVELOPMENT_SECRET
    return Settings(
        database_url=env.get("DATABASE_URL") or DEFAULT_DATABASE_URL,
        secret=secret,
        env=env.get("PARKMATCH_ENV", "development"),
        token_ttl_seconds=ttl,
        timezone=env.get("PARKMATCH_TIMEZONE", "Asia/Shanghai"),
        redis_url=env.get("REDIS_URL") or None,
    ).validated()
