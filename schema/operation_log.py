"""What the access log learns from GraphQL: the operation, its root fields, the viewer and the
error codes. Over HTTP it fills the request's record (server/access_log.py writes the line);
over a WebSocket, where each operation is a request of its own, it writes the line itself."""

from __future__ import annotations

import time
from collections.abc import Iterator

from graphql import FieldNode, GraphQLError, OperationDefinitionNode, get_operation_ast
from strawberry.extensions import SchemaExtension

from server.access_log import RequestRecord, finish


class OperationLog(SchemaExtension):
    """Listed first among the extensions, so that it reads errors after they were masked."""

    def on_operation(self) -> Iterator[None]:
        started = time.perf_counter()
        self._streamed: list[GraphQLError] = []
        yield
        context = self.execution_context.context
        over_socket = context.socket is not None
        record = (
            RequestRecord(request_id=context.request_id, transport="ws")
            if over_socket
            else context.record
        )
        if record is None:
            return
        self._fill(record, context)
        if over_socket:
            finish(record, time.perf_counter() - started)

    def on_stream_result(self, result) -> Iterator[None]:
        yield
        self._streamed.extend(getattr(result, "errors", None) or ())

    def _fill(self, record: RequestRecord, context) -> None:
        execution = self.execution_context
        record.operation_name = execution.operation_name
        record.viewer_id = context.viewer.user_id if context.viewer else None
        operation = self._operation()
        fields_by_key = self._root_fields(operation) if operation else {}
        if operation is not None:
            record.operation_type = operation.operation.value
        record.fields = list(dict.fromkeys(fields_by_key.values()))
        errors = self._streamed or getattr(execution.result, "errors", None) or []
        record.errors = [
            (
                fields_by_key.get(error.path[0]) if error.path else None,
                (error.extensions or {}).get("code", "BAD_USER_INPUT"),
            )
            for error in errors
        ]

    def _operation(self) -> OperationDefinitionNode | None:
        document = self.execution_context.graphql_document
        if document is None:
            return None
        return get_operation_ast(document, self.execution_context.operation_name)

    def _root_fields(self, operation: OperationDefinitionNode) -> dict[str, str]:
        """Response key -> root field name, for the fields the schema has (a metric label must
        stay within the schema's names, whatever a client sends)."""
        root = self.execution_context.schema._schema.get_root_type(operation.operation)
        known = root.fields if root is not None else {}
        return {
            (node.alias or node.name).value: node.name.value
            for node in operation.selection_set.selections
            if isinstance(node, FieldNode) and node.name.value in known
        }
