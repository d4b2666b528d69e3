"""The query cost rule: a request may touch at most MAX_NODES nodes, counted as GitHub counts
them. Each connection in the query stands for `first` nodes (the default page when not given),
times the `first` of every connection around it: `companies(first: 100) { edges { node {
financingNeeds(first: 50) ... } } }` is 100 + 100 × 50 = 5,100 nodes. Plain lists and objects
count nothing of their own; the DataLoaders keep their SQL constant.

The rule runs once the request is valid and its variables are known (a page size given as a
variable is charged at its value), and refuses the whole request before any resolver runs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLNamedType,
    GraphQLSchema,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    OperationType,
    SelectionSetNode,
    VariableNode,
    get_named_type,
)
from graphql.execution import ExecutionResult
from strawberry.extensions import SchemaExtension

from server.errors import DomainError
from server.services.pagination import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE

MAX_NODES = 10_000
CONNECTION_SUFFIX = "Connection"


class QueryTooCostly(DomainError):
    code = "QUERY_TOO_COSTLY"


class _Counter:
    def __init__(
        self,
        schema: GraphQLSchema,
        fragments: Mapping[str, FragmentDefinitionNode],
        variables: Mapping[str, Any],
    ) -> None:
        self.schema = schema
        self.fragments = fragments
        self.variables = variables

    def page_size(self, field: FieldNode) -> int:
        """The field's `first`, clamped to the allowed range (a size outside it is refused by
        the field itself, with BAD_USER_INPUT on `first`)."""
        argument = next((a for a in field.arguments or () if a.name.value == "first"), None)
        value: Any = None
        if argument is not None:
            node = argument.value
            if isinstance(node, IntValueNode):
                value = int(node.value)
            elif isinstance(node, VariableNode):
                value = self.variables.get(node.name.value)
        if isinstance(value, bool) or not isinstance(value, int):
            return DEFAULT_PAGE_SIZE
        return min(max(value, 0), MAX_PAGE_SIZE)

    def nodes(self, selections: SelectionSetNode, parent: GraphQLNamedType, times: int) -> int:
        total = 0
        for selection, owner in self._fields(selections, parent, set()):
            definition = getattr(owner, "fields", {}).get(selection.name.value)
            if definition is None:  # __typename and introspection
                continue
            returned = get_named_type(definition.type)
            inner = times
            if returned.name.endswith(CONNECTION_SUFFIX):
                inner = times * self.page_size(selection)
                total += inner
            if selection.selection_set is not None:
                total += self.nodes(selection.selection_set, returned, inner)
        return total

    def _fields(
        self, selections: SelectionSetNode, parent: GraphQLNamedType, seen: set[str]
    ) -> Iterator[tuple[FieldNode, GraphQLNamedType]]:
        """The fields selected, fragments spread in, each with the type it is selected on."""
        for selection in selections.selections:
            if isinstance(selection, FieldNode):
                yield selection, parent
            elif isinstance(selection, InlineFragmentNode):
                condition = selection.type_condition
                owner = parent if condition is None else self.schema.get_type(condition.name.value)
                yield from self._fields(selection.selection_set, owner or parent, seen)
            elif isinstance(selection, FragmentSpreadNode):
                name = selection.name.value
                fragment = self.fragments.get(name)
                if fragment is None or name in seen:
                    continue
                owner = self.schema.get_type(fragment.type_condition.name.value) or parent
                yield from self._fields(fragment.selection_set, owner, seen | {name})


def _root(schema: GraphQLSchema, operation: OperationDefinitionNode) -> GraphQLNamedType | None:
    return {
        OperationType.QUERY: schema.query_type,
        OperationType.MUTATION: schema.mutation_type,
        OperationType.SUBSCRIPTION: schema.subscription_type,
    }[operation.operation]


def operation_cost(
    schema: GraphQLSchema,
    document,
    operation_name: str | None,
    variables: Mapping[str, Any] | None,
) -> tuple[int, OperationDefinitionNode | None]:
    """The nodes the operation to run may touch, and that operation."""
    operations = [d for d in document.definitions if isinstance(d, OperationDefinitionNode)]
    chosen = next(
        (
            op
            for op in operations
            if operation_name is None or (op.name is not None and op.name.value == operation_name)
        ),
        None,
    )
    root = None if chosen is None else _root(schema, chosen)
    if chosen is None or root is None:
        return 0, chosen
    fragments = {
        d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
    }
    counter = _Counter(schema, fragments, variables if isinstance(variables, Mapping) else {})
    return counter.nodes(chosen.selection_set, root, 1), chosen


class QueryCost(SchemaExtension):
    """Refuses, with QUERY_TOO_COSTLY, a request whose operation may touch more than
    MAX_NODES nodes."""

    def on_execute(self) -> Iterator[None]:
        context = self.execution_context
        if context.graphql_document is not None:
            cost, operation = operation_cost(
                context.schema._schema,
                context.graphql_document,
                context.operation_name,
                context.variables,
            )
            if cost > MAX_NODES:
                message = (
                    f"This query may return {cost:,} nodes, above the limit of {MAX_NODES:,}: "
                    "each connection's `first` multiplies the nodes inside it; ask for smaller "
                    "pages or fewer nested connections"
                )
                context.result = ExecutionResult(
                    data=None,
                    errors=[
                        GraphQLError(
                            message, nodes=operation, original_error=QueryTooCostly(message)
                        )
                    ],
                )
        yield
