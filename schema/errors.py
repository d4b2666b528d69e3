"""Errors as clients see them: every error carries `extensions.code`; unexpected ones are masked."""

from __future__ import annotations

import logging

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from server.errors import DomainError

log = logging.getLogger("parkmatch.errors")


class ErrorCodes(MaskErrors):
    """Domain errors keep their message and gain their code (and field); errors of the query
    itself are BAD_USER_INPUT; anything else becomes INTERNAL with the request id, logged."""

    def __init__(self) -> None:
        super().__init__(should_mask_error=lambda _error: True)

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, DomainError):
            extensions = {"code": original.code}
            if original.field:
                extensions["field"] = original.field
            return self._with(error, original.message, extensions)
        if original is None or error.path is None:
            # Parse, validation and variable-coercion errors: the request itself is wrong.
            return self._with(error, error.message, {"code": "BAD_USER_INPUT"})
        request_id = getattr(self.execution_context.context, "request_id", None)
        log.error("request %s failed", request_id, exc_info=original)
        return self._with(error, "Internal error", {"code": "INTERNAL", "requestId": request_id})

    @staticmethod
    def _with(error: GraphQLError, message: str, extensions: dict) -> GraphQLError:
        return GraphQLError(
            message=message,
            nodes=error.nodes,
            source=error.source,
            positions=error.positions,
            path=error.path,
            original_error=None,
            extensions=extensions,
        )
