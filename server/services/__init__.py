"""Async use cases. Transactions live here; every rule of who may do what lives in `policy`."""
