"""The GraphQL face of ParkMatch: strawberry types, queries and mutations per domain."""
