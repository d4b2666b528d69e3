"""Errors as clients see them: every error carries `extensions.code`; unexpected ones are masked."""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from contextlib import AbstractContextManager

from graphql.error import GraphQLError
from strawberry.extensions import MaskErrors

from schema.ids import to_global
from server.errors import DomainError, fields_named
from server.locale import Locale
from server.locale.messages import translate

log = logging.getLogger("parkmatch.errors")

# graphql-core's variable-coercion messages: "Variable '$i' has invalid value at .company.uscc:
# ...", or at an object: "... to include required field 'uscc'" / "... unknown field 'x'".
_VARIABLE_PATH = re.compile(r"^Variable '\$\w+' has invalid value at ((?:\.\w+|\[\d+\])+):")
_NAMED_FIELD = re.compile(r"(?:required|unknown) field '(\w+)'")
_REQUIRED_FIELD = re.compile(r"required field '\w+'")
_UNKNOWN_FIELD = re.compile(r"unknown field '\w+'")
_NULL_VALUE = re.compile(r"not to be (?:null|None)")
# disable_field_suggestions covers fields only; arguments and input fields still get "Did you
# mean ...?", which maps the schema for a prober.
SUGGESTION = re.compile(r" ?Did you mean [^?]*\?")


def _variable_field(message: str) -> str | None:
    """The leaf input field a variable-coercion error is about, so that it can carry
    `extensions.field` like every other BAD_USER_INPUT; None for other request errors."""
    path = _VARIABLE_PATH.match(message)
    if path is None:
        return None
    named = _NAMED_FIELD.search(message[path.end() :])
    if named:
        return named.group(1)
    names = re.findall(r"\.(\w+)", path.group(1))
    return names[-1] if names else None


def api_fields(paths: Mapping[str, str]) -> AbstractContextManager[None]:
    """A service's domain errors as this operation shows them: each domain field named by the
    operation's argument, in `extensions.field` and in the message."""
    return fields_named(paths)


class ErrorCodes(MaskErrors):
    """Domain errors keep their message and gain their code (and field); errors of the query
    itself are BAD_USER_INPUT (without suggestions in production); anything else becomes
    INTERNAL with the request id, logged."""

    def __init__(self, *, production: bool = False) -> None:
        super().__init__(should_mask_error=lambda _error: True)
        self.production = production

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        original = error.original_error
        if isinstance(original, DomainError):
            extensions = {"code": original.code}
            if original.field:
                extensions["field"] = original.field
            if original.subject:
                extensions["objectId"] = to_global(*original.subject)
            locale = getattr(self.execution_context.context, "locale", Locale.EN)
            return self._with(error, translate(original.message, locale), extensions)
        if original is None or error.path is None:
            # Parse, validation and variable-coercion errors: the request itself is wrong.
            extensions = {"code": "BAD_USER_INPUT"}
            field = _variable_field(error.message)
            message = SUGGESTION.sub("", error.message) if self.production else error.message
            if field:
                extensions["field"] = field
                message = self._field_message(message, field)
            return self._with(error, message, extensions)
        request_id = getattr(self.execution_context.context, "request_id", None)
        log.error("request %s failed", request_id, exc_info=original)
        return self._with(error, "Internal error", {"code": "INTERNAL", "requestId": request_id})

    def _field_message(self, message: str, field: str) -> str:
        """graphql-core's wording in English; in another locale, the field's problem in words
        (graphql-core's own message names types and paths a person filling a form never saw)."""
        locale = getattr(self.execution_context.context, "locale", Locale.EN)
        if locale == Locale.EN or _UNKNOWN_FIELD.search(message):
            return message
        missing = _REQUIRED_FIELD.search(message) or _NULL_VALUE.search(message)
        return translate(f"{field} is required" if missing else f"{field} is not valid", locale)

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
