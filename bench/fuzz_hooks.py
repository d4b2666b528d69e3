"""Schemathesis hooks for bench.fuzz (loaded through SCHEMATHESIS_HOOKS): strategies for the
API's custom scalars, and the check that counts: no 5xx and no masked INTERNAL error.

A GraphQL error is the API's normal answer to bad input or a missing right (BAD_USER_INPUT,
FORBIDDEN, ...), so schemathesis' own not_a_server_error, which counts every resolver error as a
server failure, is replaced by this one."""

from __future__ import annotations

from decimal import Decimal

import schemathesis
from hypothesis import strategies as st
from schemathesis.graphql import nodes

# Money and rates travel as strings: well-formed amounts, extreme ones and junk.
_AMOUNTS = st.decimals(
    min_value=Decimal("-1e13"), max_value=Decimal("1e13"), allow_nan=False, places=2
).map(str)
schemathesis.graphql.scalar(
    "Decimal",
    st.one_of(_AMOUNTS, st.sampled_from(["NaN", "1e999999", "-0", ""]), st.text()).map(
        nodes.String
    ),
)


@schemathesis.check
def no_server_error(ctx, response, case) -> None:
    """No HTTP 5xx, and no error the server had to mask as INTERNAL."""
    if response.status_code >= 500:
        raise AssertionError(f"HTTP {response.status_code}")
    try:
        body = response.json()
    except ValueError:
        return  # a refused body (400, 413) answers in plain terms
    for error in (body.get("errors") or []) if isinstance(body, dict) else []:
        if (error.get("extensions") or {}).get("code") == "INTERNAL":
            raise AssertionError(f"INTERNAL: {error}")
