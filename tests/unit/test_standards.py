"""GB 32100-2015 credit codes and the industrial size-class thresholds (DOMAIN.md), pure."""

from __future__ import annotations

import pytest

from server.standards import (
    INDUSTRIAL_SECTIONS,
    USCC_ALPHABET,
    SizeClass,
    industrial_size_class,
    normalise_uscc,
)

REAL = ["91330100716105852F", "91440300708461136T", "91110000600037341L"]


@pytest.mark.parametrize("code", REAL)
def test_real_codes_pass(code):
    assert normalise_uscc(code) == code


@pytest.mark.parametrize("code", REAL)
def test_lower_case_and_surrounding_space_are_accepted(code):
    assert normalise_uscc(f"  {code.lower()} ") == code


@pytest.mark.parametrize("code", REAL)
def test_every_other_check_character_fails(code):
    for char in USCC_ALPHABET:
        if char != code[17]:
            assert normalise_uscc(code[:17] + char) is None, char


@pytest.mark.parametrize("code", REAL)
def test_every_single_character_change_is_caught(code):
    # The weights are non-zero mod 31 (a prime), so any one changed character alters the sum.
    for position in range(17):
        for char in USCC_ALPHABET:
            if char != code[position]:
                corrupted = code[:position] + char + code[position + 1 :]
                assert normalise_uscc(corrupted) is None, corrupted


def test_adjacent_swaps_are_caught():
    for code in REAL:
        for i in range(16):
            swapped = code[:i] + code[i + 1] + code[i] + code[i + 2 :]
            if swapped != code:
                assert normalise_uscc(swapped) is None, swapped


@pytest.mark.parametrize(
    "code",
    [
        "",
        REAL[0][:17],
        REAL[0] + "0",
        *(REAL[0][:9] + bad + REAL[0][10:] for bad in "IOZSV"),
        REAL[0][:17] + "I",
        "91A30100716105852F",  # administrative division must be digits
        "９１３３０１００７１６１０５８５２Ｆ",  # full-width
        "9133 0100716105852F",
        REAL[0][:17] + "\x00",
    ],
)
def test_malformed_codes_fail(code):
    assert normalise_uscc(code) is None


def test_check_value_31_means_zero():
    # Find a body whose weighted sum is 0 mod 31: its check character is "0".
    weights = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
    body = "9133010071610585"
    for char in USCC_ALPHABET:
        candidate = body + char
        total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(candidate, weights, strict=True))
        if total % 31 == 0:
            assert normalise_uscc(candidate + "0") == candidate + "0"
            return
    pytest.fail("no body with sum 0 mod 31")


def test_industrial_sections_are_b_to_d():
    assert frozenset("BCD") == INDUSTRIAL_SECTIONS


@pytest.mark.parametrize(
    ("employees", "revenue", "expected"),
    [
        (1000, 400_000_000, SizeClass.LARGE),
        (999, 400_000_000, SizeClass.MEDIUM),
        (1000, 399_999_999.99, SizeClass.MEDIUM),
        (100_000, 10**12, SizeClass.LARGE),
        (300, 20_000_000, SizeClass.MEDIUM),
        (299, 20_000_000, SizeClass.SMALL),
        (300, 19_999_999.99, SizeClass.SMALL),
        (20, 3_000_000, SizeClass.SMALL),
        (19, 3_000_000, SizeClass.MICRO),
        (20, 2_999_999.99, SizeClass.MICRO),
        (0, 0, SizeClass.MICRO),
        # Both thresholds must be met: many staff with little revenue is small, not large.
        (5000, 3_000_000, SizeClass.SMALL),
        (10, 10**10, SizeClass.MICRO),
    ],
)
def test_size_class_thresholds_at_the_boundaries(employees, revenue, expected):
    assert industrial_size_class(employees, revenue) == expected
