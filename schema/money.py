"""Fen and basis points as the Decimal yuan and percent the API speaks."""

from decimal import Decimal

HUNDRED = Decimal(100)


def yuan(fen: int | None) -> Decimal | None:
    return None if fen is None else (Decimal(fen) / HUNDRED).quantize(Decimal("0.01"))


def percent(basis_points: int) -> Decimal:
    return (Decimal(basis_points) / HUNDRED).quantize(Decimal("0.01"))
