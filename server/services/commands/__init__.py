"""Typed commands: what each use case is asked to do, one frozen dataclass per use case, in one
module per domain. A wrong or missing field fails when the command is built, not deep inside the
service; a refusal names the command's field by its domain name (`need.amount`), which the
GraphQL face maps to its own argument names."""
