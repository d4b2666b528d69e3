"""Typed DataLoaders, created per request (schema/context.py): `<Thing>By<Key>Loader` loads
that thing by that key, every key a resolver asks for during one request in one batch."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from datetime import date
from typing import Any, ClassVar

from strawberry.dataloader import DataLoader

from server.services import consent, lookups, lpr, park_settings, rounds
from server.services.pagination import Page
from server.services.viewer import Viewer
from server.standards import MatchKind

ViewerOf = Callable[[], Viewer | None]


class _RowByIdLoader(DataLoader[int, Any]):
    """Rows of one model by primary key; the model is the class's `type_name`."""

    type_name: ClassVar[str]

    def __init__(self) -> None:
        super().__init__(load_fn=self._load)

    async def _load(self, ids: list[int]) -> list:
        return await lookups.by_ids(self.type_name, ids)


class BankByIdLoader(_RowByIdLoader):
    type_name = "Bank"


class CompanyByIdLoader(_RowByIdLoader):
    type_name = "Company"


class CreditProductByIdLoader(_RowByIdLoader):
    type_name = "CreditProduct"


class ParkByIdLoader(_RowByIdLoader):
    type_name = "Park"


class RecruitmentDriveByIdLoader(_RowByIdLoader):
    type_name = "RecruitmentDrive"


class UserByIdLoader(_RowByIdLoader):
    type_name = "User"


class _VisibleNeedByIdLoader(DataLoader[int, Any]):
    """Needs of the class's `kind` that the viewer may see; None for the others."""

    kind: ClassVar[str]

    def __init__(self, viewer: ViewerOf) -> None:
        super().__init__(load_fn=self._load)
        self._viewer = viewer

    async def _load(self, ids: list[int]) -> list:
        return await lookups.needs_by_ids(self._viewer(), self.kind, ids)


class FinancingNeedByIdLoader(_VisibleNeedByIdLoader):
    kind = "FinancingNeed"


class HiringNeedByIdLoader(_VisibleNeedByIdLoader):
    kind = "HiringNeed"


class MatchRoundByIdLoader(DataLoader[int, Any]):
    """Rounds the viewer may see; None for the others."""

    def __init__(self, viewer: ViewerOf) -> None:
        super().__init__(load_fn=lambda ids: lookups.rounds_by_ids(viewer(), ids))


class ParkIdsByProductIdLoader(DataLoader[int, list[int]]):
    def __init__(self) -> None:
        super().__init__(load_fn=lookups.park_ids_of_products)


class LprInForceByDateLoader(DataLoader[date, Any]):
    """The LPR in force on each date (None while none is recorded)."""

    def __init__(self) -> None:
        super().__init__(load_fn=lpr.in_force_on)


class LeadFactsByProposalLoader(DataLoader[tuple[int, int], Any]):
    """A financing proposal's anonymised lead, keyed by (company id, financing need id)."""

    def __init__(self) -> None:
        super().__init__(load_fn=consent.lead_facts)


class PreauthorisedDisclosureByParkIdLoader(DataLoader[int, bool]):
    """Whether each park discloses companies to banks on confirmation without asking."""

    def __init__(self) -> None:
        super().__init__(load_fn=park_settings.preauthorised_disclosure)


class LastVerdictByNeedIdLoader(DataLoader[int, Any]):
    """The newest verdict on each need of one kind, where the viewer may read it."""

    def __init__(self, viewer: ViewerOf, kind: MatchKind) -> None:
        super().__init__(load_fn=lambda ids: rounds.last_verdicts(viewer(), kind, ids))


class UnmatchedByRoundLoader(DataLoader[tuple[int, MatchKind], list]):
    """A stored round's unmatched needs, keyed by (round id, kind)."""

    def __init__(self) -> None:
        super().__init__(load_fn=rounds.unmatched_of_rounds)


# A page request of a nested connection: (owner's key, first, after).
PageKey = tuple[int, int | None, int | None]


async def _pages_by_owner(
    keys: Sequence[PageKey], pages_of: Callable[[list[int], int | None, int | None], Any]
) -> list[Page]:
    """Pages asked with the same `first` and `after` are read together."""
    groups: dict[Hashable, list[int]] = defaultdict(list)
    for owner, first, after in keys:
        groups[(first, after)].append(owner)
    found: dict[PageKey, Page] = {}
    for (first, after), owners in groups.items():
        for owner, page in zip(owners, await pages_of(owners, first, after), strict=True):
            found[(owner, first, after)] = page
    return [found[key] for key in keys]


class NeedPageByCompanyLoader(DataLoader[PageKey, Page]):
    """A page of each company's needs of one kind (`Company.financingNeeds`, `hiringNeeds`)."""

    def __init__(self, viewer: ViewerOf, kind: str) -> None:
        async def pages_of(company_ids, first, after):
            return await lookups.need_pages_by_company(viewer(), kind, company_ids, first, after)

        super().__init__(load_fn=lambda keys: _pages_by_owner(keys, pages_of))


class ProposalPageByRoundLoader(DataLoader[PageKey, Page]):
    """A page of each stored round's proposals (`MatchRound.proposals`)."""

    def __init__(self, viewer: ViewerOf) -> None:
        async def pages_of(round_ids, first, after):
            return await lookups.proposal_pages_by_round(viewer(), round_ids, first, after)

        super().__init__(load_fn=lambda keys: _pages_by_owner(keys, pages_of))


class Loaders:
    """The DataLoaders of one request. Those that apply the viewer's scope read it when they
    load, since the context learns the viewer after it is built."""

    def __init__(self, viewer: ViewerOf) -> None:
        self.bank_by_id = BankByIdLoader()
        self.company_by_id = CompanyByIdLoader()
        self.credit_product_by_id = CreditProductByIdLoader()
        self.park_by_id = ParkByIdLoader()
        self.recruitment_drive_by_id = RecruitmentDriveByIdLoader()
        self.user_by_id = UserByIdLoader()
        self.financing_need_by_id = FinancingNeedByIdLoader(viewer)
        self.hiring_need_by_id = HiringNeedByIdLoader(viewer)
        self.match_round_by_id = MatchRoundByIdLoader(viewer)
        self.park_ids_by_product_id = ParkIdsByProductIdLoader()
        self.lpr_in_force_by_date = LprInForceByDateLoader()
        self.lead_facts_by_proposal = LeadFactsByProposalLoader()
        self.preauthorised_disclosure_by_park_id = PreauthorisedDisclosureByParkIdLoader()
        self.last_verdict_by_need_id = {
            kind: LastVerdictByNeedIdLoader(viewer, kind) for kind in MatchKind
        }
        self.unmatched_by_round = UnmatchedByRoundLoader()
        self.need_page_by_company = {
            kind: NeedPageByCompanyLoader(viewer, kind) for kind in ("FinancingNeed", "HiringNeed")
        }
        self.proposal_page_by_round = ProposalPageByRoundLoader(viewer)
