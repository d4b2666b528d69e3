"""The one schema, merged from the per-domain pieces, with its abuse limits."""

from __future__ import annotations

import strawberry
from strawberry.extensions import (
    AddValidationRules,
    DisableIntrospection,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    ParserCache,
    QueryDepthLimiter,
    ValidationCache,
)
from strawberry.schema.config import StrawberryConfig
from strawberry.tools import merge_types

from schema.accounts import mutations as account_mutations
from schema.accounts import queries as account_queries
from schema.audit import queries as audit_queries
from schema.clocks import mutations as clock_mutations
from schema.clocks import queries as clock_queries
from schema.clocks import subscriptions as clock_subscriptions
from schema.companies import mutations as company_mutations
from schema.companies import queries as company_queries
from schema.cost import QueryCost
from schema.drives import mutations as drive_mutations
from schema.drives import queries as drive_queries
from schema.errors import ErrorCodes
from schema.needs import mutations as need_mutations
from schema.needs import queries as need_queries
from schema.needs import subscriptions as need_subscriptions
from schema.operation_log import OperationLog
from schema.products import mutations as product_mutations
from schema.products import queries as product_queries
from schema.rates import mutations as rate_mutations
from schema.rates import queries as rate_queries
from schema.rounds import mutations as round_mutations
from schema.rounds import queries as round_queries
from schema.rounds import subscriptions as round_subscriptions
from schema.sessions import mutations as session_mutations
from schema.settings import mutations as settings_mutations
from schema.settings import queries as settings_queries
from schema.stats import queries as stats_queries
from schema.stats import trends as trend_queries
from schema.unavailable import DatabaseUnavailable

MAX_DEPTH = 10
MAX_ALIASES = 15
MAX_TOKENS = 2000

Query = merge_types(
    "Query",
    (
        account_queries.Query,
        company_queries.Query,
        need_queries.Query,
        product_queries.Query,
        rate_queries.Query,
        drive_queries.Query,
        round_queries.Query,
        stats_queries.Query,
        trend_queries.Query,
        audit_queries.Query,
        settings_queries.Query,
        clock_queries.Query,
    ),
)
Mutation = merge_types(
    "Mutation",
    (
        account_mutations.Mutation,
        company_mutations.Mutation,
        need_mutations.Mutation,
        product_mutations.Mutation,
        rate_mutations.Mutation,
        drive_mutations.Mutation,
        round_mutations.Mutation,
        settings_mutations.Mutation,
        clock_mutations.Mutation,
        session_mutations.Mutation,
    ),
)
Subscription = merge_types(
    "Subscription",
    (
        round_subscriptions.Subscription,
        need_subscriptions.Subscription,
        clock_subscriptions.Subscription,
    ),
)


class Schema(strawberry.Schema):
    def process_errors(self, errors, execution_context=None) -> None:
        """strawberry logs every error with a traceback, a client's own mistakes included;
        ErrorCodes logs the unexpected ones (with the request id) and the access log the codes."""


# The depth and alias limits' validation rules, made once: the validation cache is keyed by the
# rule classes, and a limiter made per request makes classes of its own, so that no request
# would ever find its validation cached.
LIMIT_RULES = (
    *QueryDepthLimiter(max_depth=MAX_DEPTH).validation_rules,
    *MaxAliasesLimiter(max_alias_count=MAX_ALIASES).validation_rules,
)


def build_schema(*, production: bool = False) -> strawberry.Schema:
    # Factories, not instances: each request gets extensions of its own.
    extensions = [
        OperationLog,  # first: it reads the errors after ErrorCodes has masked them
        lambda: ErrorCodes(production=production),
        DatabaseUnavailable,  # after ErrorCodes: its end runs first and names outages
        QueryCost,
        lambda: AddValidationRules(list(LIMIT_RULES)),
        lambda: MaxTokensLimiter(max_token_count=MAX_TOKENS),
        lambda: ParserCache(maxsize=256),
        lambda: ValidationCache(maxsize=256),
    ]
    if production:
        extensions.append(DisableIntrospection)
    return Schema(
        query=Query,
        mutation=Mutation,
        subscription=Subscription,
        extensions=extensions,
        config=StrawberryConfig(disable_field_suggestions=production),
    )
