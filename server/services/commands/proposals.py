"""The proposal commands. The viewer who asks travels beside each, as for every service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class ConfirmProposals:
    """An officer confirms proposals of their park, all or none."""

    proposal_ids: tuple[int, ...]
    today: date


@dataclass(frozen=True, slots=True)
class RejectProposal:
    proposal_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class ConsentToProposal:
    """The company lets the bank of its confirmed loan know who it is."""

    proposal_id: int


@dataclass(frozen=True, slots=True)
class DeclineProposal:
    """The company turns the lead down instead of consenting."""

    proposal_id: int
    reason: str


@dataclass(frozen=True, slots=True)
class RecordLoanOutcome:
    """The bank disbursed the loan (`amount` None: all that was confirmed) or declined it."""

    proposal_id: int
    disbursed: bool
    amount: Decimal | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RecordHiringOutcome:
    """What came of a drive for the company: `hires` 0 declines the proposal."""

    proposal_id: int
    hires: int
    today: date
    note: str | None = None


# The domain fields refusals name.
PROPOSAL_IDS = "proposal.ids"
PROPOSAL_ID = "proposal.id"
REASON = "decision.reason"
AMOUNT = "outcome.amount"
HIRES = "outcome.hires"
NOTE = "outcome.note"
