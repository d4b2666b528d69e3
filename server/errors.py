"""Domain errors. Their codes are the ones the API shows in `extensions.code`."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager


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


@contextmanager
def fields_named(names: Mapping[str, str]) -> Iterator[None]:
    """A service's domain errors as its caller shows them: each domain field (`outcome.amount`)
    named by the caller's own name for it (`amount`), in `field` and in the message."""
    try:
        yield
    except DomainError as error:
        # The longest name first: `proposal.ids` is not `proposal.id` followed by an "s".
        for domain in sorted(names, key=len, reverse=True):
            error.message = error.message.replace(domain, names[domain])
        error.field = names.get(error.field, error.field)
        error.args = (error.message,)
        raise


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
