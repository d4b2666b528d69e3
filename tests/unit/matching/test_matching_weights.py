import math

import pytest

from matching import DEFAULT_WEIGHTS, WeightError, resolve_weights


def test_defaults_are_normalised():
    for kind, defaults in DEFAULT_WEIGHTS.items():
        assert resolve_weights(kind, None) == pytest.approx(defaults)
        assert sum(resolve_weights(kind, None).values()) == pytest.approx(1)


def test_partial_override_keeps_the_other_defaults():
    w = resolve_weights("FINANCING", {"rate": 0.0, "preference": 0.5})
    assert w["rate"] == 0
    assert w["preference"] / w["urgency"] == pytest.approx(0.5 / 0.15)
    assert sum(w.values()) == pytest.approx(1)


@pytest.mark.parametrize(
    ("kind", "overrides", "message"),
    [
        ("FINANCING", {"skills": 1.0}, "unknown weight 'skills' for FINANCING"),
        ("RECRUITMENT", {"rate": 1.0}, "unknown weight 'rate' for RECRUITMENT"),
        ("FINANCING", {"rate": -0.1}, "must not be negative"),
        ("FINANCING", {"rate": math.nan}, "must be finite"),
        ("FINANCING", {"rate": math.inf}, "must be finite"),
        ("FINANCING", {"rate": "high"}, "must be a number"),
        ("RECRUITMENT", dict.fromkeys(DEFAULT_WEIGHTS["RECRUITMENT"], 0), "all zero"),
        ("LOTTERY", None, "unknown round kind"),
    ],
)
def test_bad_weights_raise_a_clear_error(kind, overrides, message):
    with pytest.raises(WeightError, match=message):
        resolve_weights(kind, overrides)
    assert issubclass(WeightError, ValueError)
