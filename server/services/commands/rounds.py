"""The matching round commands: a park's officer starts a round (or runs one and waits for it)
and cancels one that is running."""

from __future__ import annotations

from dataclasses import dataclass

from server.standards import MatchKind


@dataclass(frozen=True, slots=True)
class StartRound:
    """`weights` are (name, value) pairs overriding the kind's defaults; a dry run stores
    nothing."""

    park_id: int
    kind: MatchKind
    dry_run: bool = False
    weights: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True, slots=True)
class CancelRound:
    round_id: int


# The domain fields refusals name.
WEIGHTS = "round.weights"
