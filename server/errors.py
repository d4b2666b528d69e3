"""Domain errors. Their codes are the ones the API shows in `extensions.code`."""

from __future__ import annotations


class DomainError(Exception):
    code = "INTERNAL"

    def __init__(
        self, message: str, *, field: str | None = None, subject: tuple[str, int] | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.field = field
        # The object the error is about, as (type name, primary key), where a request names
        # several (one proposal of a batch, say); the API shows its id.
        self.subject = subject


class Unauthenticated(DomainError):
    code = "UNAUTHENTICATED"


class Forbidden(DomainError):
    code = "FORBIDDEN"


class NotFound(DomainError):
    code = "NOT_FOUND"


class BadInput(DomainError):
    code = "BAD_USER_INPUT"


class Conflict(DomainError):
    code = "CONFLICT"


class RateLimited(DomainError):
    code = "RATE_LIMITED"


class ServiceUnavailable(DomainError):
    """The database cannot be reached right now; the request changed nothing it acknowledged,
    and may be sent again in a few seconds."""

    code = "SERVICE_UNAVAILABLE"

    def __init__(
        self, message: str = "The database is unavailable; retry in a few seconds"
    ) -> None:
        super().__init__(message)
