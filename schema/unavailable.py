"""Errors that say the database is out of reach reach the client as SERVICE_UNAVAILABLE (a code
it can retry on), not as INTERNAL."""

from __future__ import annotations

from collections.abc import Iterator

from strawberry.extensions import SchemaExtension

from server.errors import DomainError, ServiceUnavailable
from server.services.health import database_unreachable


class DatabaseUnavailable(SchemaExtension):
    """Runs before ErrorCodes looks at the errors (it comes later in the schema's list, so its
    end of the operation runs first) and turns those of an unreachable database into a domain
    error of their own."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        for error in getattr(result, "errors", None) or ():
            original = error.original_error
            if not isinstance(original, DomainError) and database_unreachable(original):
                error.original_error = ServiceUnavailable()
