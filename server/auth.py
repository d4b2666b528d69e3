"""Passwords (argon2id) and opaque bearer tokens (only their keyed hash is stored)."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hashers = [PasswordHasher()]


def use_hasher(hasher: PasswordHasher) -> None:
    """Replace the argon2id parameters (the tests use minimal costs to stay fast)."""
    _hashers[0] = hasher


@cache
def _dummy_hash(hasher: PasswordHasher) -> str:
    # Verifying against this keeps an unknown username as slow as a wrong password.
    return hasher.hash(secrets.token_urlsafe(16))


def hash_password(password: str) -> str:
    return _hashers[0].hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    hasher = _hashers[0]
    try:
        return hasher.verify(password_hash or _dummy_hash(hasher), password) and bool(password_hash)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hashers[0].check_needs_rehash(password_hash)


def new_token() -> str:
    """256 random bits, URL-safe."""
    return secrets.token_urlsafe(32)


def token_digest(token: str, secret: str) -> str:
    return hmac.new(secret.encode(), token.encode(), hashlib.sha256).hexdigest()
