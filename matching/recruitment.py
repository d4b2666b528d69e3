"""Recruitment round: hard rules and score components of company × drive pairs.

The unit is a company with all its hiring needs passed in; companies without needs are left out.
"""

import numpy as np

from .masks import Vocabulary, overlaps, popcount
from .pairs import Pairs, build_pairs
from .types import Company, HiringNeed, RecruitmentInput
from .weights import weight_vector

RULES = ("offered", "date", "role", "history")
COMPONENTS = ("skills", "headcount", "timing", "industry")
TIMING_HORIZON_DAYS = 60


class RecruitmentArrays:
    """Companies with needs (rows) and drives (cols) sorted by id; needs grouped by company."""

    def __init__(self, inp: RecruitmentInput) -> None:
        by_id = {c.id: c for c in inp.companies}
        missing = sorted({n.company_id for n in inp.needs} - by_id.keys())
        if missing:
            raise ValueError(f"needs refer to companies not in the input: {', '.join(missing)}")
        self.companies: tuple[Company, ...] = tuple(
            by_id[i] for i in sorted({n.company_id for n in inp.needs})
        )
        row = {c.id: i for i, c in enumerate(self.companies)}
        self.needs: tuple[HiringNeed, ...] = tuple(
            sorted(inp.needs, key=lambda n: (row[n.company_id], n.id))
        )
        self.drives = tuple(sorted(inp.drives, key=lambda d: d.id))
        rd, needs, drives, firms = (
            inp.round_date.toordinal(),
            self.needs,
            self.drives,
            self.companies,
        )

        owner = np.array([row[n.company_id] for n in needs], dtype=np.int64)
        self.need_count = np.bincount(owner, minlength=len(firms))
        self.need_start = np.cumsum(self.need_count) - self.need_count
        self.needed_by = np.array([n.needed_by.toordinal() for n in needs], dtype=np.int64)
        self.headcount = np.array([n.headcount for n in needs], dtype=float)
        self.latest = (
            np.maximum.reduceat(self.needed_by, self.need_start) if needs else np.empty(0, np.int64)
        )
        self.most_headcount = max(
            1.0, float(np.add.reduceat(self.headcount, self.need_start).max()) if needs else 1.0
        )

        self.round_date = rd
        self.date = np.array([d.date.toordinal() for d in drives], dtype=np.int64)
        self.open = np.array([d.open for d in drives], dtype=bool)
        self.booths = np.array([d.remaining_booths for d in drives], dtype=np.int64)
        park_names = sorted({c.park_id for c in firms} | {d.park_id for d in drives})
        park = {p: i for i, p in enumerate(park_names)}
        self.park_c = np.array([park[c.park_id] for c in firms], dtype=np.int64)
        self.park_d = np.array([park[d.park_id] for d in drives], dtype=np.int64)

        roles = Vocabulary([[n.role_category] for n in needs], [d.role_categories for d in drives])
        self.role_n = roles.encode([n.role_category] for n in needs)
        self.role_d = roles.encode((d.role_categories for d in drives), empty_means_all=True)
        skills = Vocabulary([n.skills for n in needs], [d.skills for d in drives])
        self.skills_n = skills.encode(n.skills for n in needs)
        self.skills_d = skills.encode(d.skills for d in drives)
        industry = Vocabulary([[c.industry] for c in firms], [d.industries for d in drives])
        self.industry_c = industry.encode([c.industry] for c in firms)
        self.industry_d = industry.encode(d.industries for d in drives)
        self.general_industry = np.array([not d.industries for d in drives], dtype=bool)

        drive_index = {d.id: j for j, d in enumerate(drives)}
        excluded = [
            (row[c], drive_index[d]) for c, d in inp.excluded_pairs if c in row and d in drive_index
        ]
        self.excluded = np.array(excluded, dtype=np.int64).reshape(-1, 2)

    def check(self, part: slice) -> list[np.ndarray]:
        """One bool (companies in `part`, drives) matrix per rule, in RULES order.

        A drive that draws the company's roles but comes after every such need's deadline fails
        `date`: no need could travel with the booth."""
        first, last = self.need_start[part.start], self.need_start[part.stop - 1]
        needs = slice(first, last + self.need_count[part.stop - 1])
        offsets = self.need_start[part] - first
        drawn = overlaps(self.role_n[needs], self.role_d)
        travel = drawn & (self.needed_by[needs, None] >= self.date)
        role_ok = np.logical_or.reduceat(drawn, offsets, axis=0)
        travel_ok = np.logical_or.reduceat(travel, offsets, axis=0)
        in_window = (self.date >= self.round_date) & (self.date <= self.latest[part, None])
        history = np.ones((part.stop - part.start, len(self.drives)), dtype=bool)
        hit = (self.excluded[:, 0] >= part.start) & (self.excluded[:, 0] < part.stop)
        history[self.excluded[hit, 0] - part.start, self.excluded[hit, 1]] = False
        return [
            (self.park_c[part, None] == self.park_d) & self.open,
            in_window & (travel_ok | ~role_ok),
            role_ok,
            history,
        ]

    def travelling(self, rows: np.ndarray, cols: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """For each pair, its company's needs laid out flat: (need index, travels with the pair).
        Pairs own consecutive runs of `need_count[rows]` entries."""
        count = self.need_count[rows]
        runs = np.cumsum(count) - count
        need = np.repeat(self.need_start[rows] - runs, count) + np.arange(int(count.sum()))
        drive = np.repeat(cols, count)
        drawn = ((self.role_n[need] & self.role_d[drive]) != 0).any(axis=1)
        return need, drawn & (self.needed_by[need] >= self.date[drive])

    def travelling_needs(self, rows: np.ndarray, cols: np.ndarray) -> list[np.ndarray]:
        """Per pair, the indices of the needs that travel with it."""
        need, travels = self.travelling(rows, cols)
        count = self.need_count[rows].tolist()
        ends = np.cumsum(count, dtype=np.int64).tolist()
        return [need[e - k : e][travels[e - k : e]] for e, k in zip(ends, count, strict=True)]

    def components(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """(pairs, COMPONENTS) values in [0, 1], over the needs that travel with each pair.

        skills: share of the needs' distinct skills that the drive lists.
        headcount: log(1 + travelling headcount) / log(1 + the largest company headcount).
        timing: days from the drive to the earliest travelling deadline, full at 60 days.
        industry: 1 if the drive targets the company's industry, 0.5 if it targets none, else 0.
        """
        if rows.size == 0:
            return np.empty((0, len(COMPONENTS)))
        need, travels = self.travelling(rows, cols)
        count = self.need_count[rows]
        runs = np.cumsum(count) - count
        wanted = np.bitwise_or.reduceat(np.where(travels[:, None], self.skills_n[need], 0), runs)
        total = popcount(wanted)
        common = popcount(wanted & self.skills_d[cols])
        with np.errstate(divide="ignore", invalid="ignore"):
            skills = np.where(total > 0, common / np.maximum(total, 1), 0.0)
        heads = np.add.reduceat(np.where(travels, self.headcount[need], 0.0), runs)
        headcount = np.log1p(heads) / np.log1p(self.most_headcount)
        deadline = np.minimum.reduceat(
            np.where(travels, self.needed_by[need], np.iinfo(np.int64).max), runs
        )
        timing = np.clip((deadline - self.date[cols]) / TIMING_HORIZON_DAYS, 0, 1)
        targets = ((self.industry_c[rows] & self.industry_d[cols]) != 0).any(axis=1)
        industry = np.where(targets, 1.0, np.where(self.general_industry[cols], 0.5, 0.0))
        return np.stack([skills, np.clip(headcount, 0, 1), timing, industry], axis=1)


def build_recruitment(
    inp: RecruitmentInput, weights: dict[str, float]
) -> tuple[Pairs, RecruitmentArrays]:
    """Eligible company × drive pairs with their scores under `weights`."""
    arrays = RecruitmentArrays(inp)
    pairs = build_pairs(
        len(arrays.companies),
        len(arrays.drives),
        RULES,
        arrays.check,
        arrays.components,
        weight_vector(weights, COMPONENTS),
    )
    return pairs, arrays
