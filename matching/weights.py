"""Score weights: defaults per round kind, per-round overrides, validation, normalisation."""

import math
from collections.abc import Mapping, Sequence

import numpy as np

DEFAULT_WEIGHTS: dict[str, dict[str, float]] = {
    "FINANCING": {
        "rate": 0.35,
        "amount_fit": 0.20,
        "term_fit": 0.10,
        "urgency": 0.15,
        "policy": 0.10,
        "preference": 0.10,
    },
    "RECRUITMENT": {"skills": 0.40, "headcount": 0.25, "timing": 0.20, "industry": 0.15},
}


class WeightError(ValueError):
    """A weight override the round cannot use."""


def resolve_weights(kind: str, overrides: Mapping[str, float] | None) -> dict[str, float]:
    """Defaults of `kind` updated by `overrides`, normalised to sum 1."""
    if kind not in DEFAULT_WEIGHTS:
        raise WeightError(f"unknown round kind {kind!r}; expected FINANCING or RECRUITMENT")
    weights = dict(DEFAULT_WEIGHTS[kind])
    for name, value in (overrides or {}).items():
        if name not in weights:
            known = ", ".join(weights)
            raise WeightError(f"unknown weight {name!r} for {kind}; known weights: {known}")
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise WeightError(f"weight {name!r} must be a number, got {value!r}")
        if not math.isfinite(value):
            raise WeightError(f"weight {name!r} must be finite, got {value!r}")
        if value < 0:
            raise WeightError(f"weight {name!r} must not be negative, got {value!r}")
        weights[name] = float(value)
    total = sum(weights.values())
    if total <= 0:
        raise WeightError(f"weights for {kind} are all zero; at least one must be positive")
    return {name: value / total for name, value in weights.items()}


def weight_vector(weights: Mapping[str, float], names: Sequence[str]) -> np.ndarray:
    """The weights in the order of a kind's score components."""
    return np.array([weights[name] for name in names])
