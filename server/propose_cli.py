"""`parkmatch propose PARK KIND [--dry-run]`: a round from the command line, with its progress as
the round's own progress events tell it (on PostgreSQL a `parkmatch worker` runs the round)."""

from __future__ import annotations

import asyncio
import sys
import time
from contextlib import suppress

from server.app import round_runner
from server.config import Settings
from server.db import database
from server.services import accounts, lookups, parties, proposals, rounds
from server.services.commands.rounds import StartRound
from server.services.events import event_bus
from server.services.round_progress import Progress as RoundProgress
from server.standards import MatchKind, RoundStage

SHOWN = 20
STAGES = {
    RoundStage.QUEUED: "waiting for a solver",
    RoundStage.LOAD: "loading the park's needs and targets",
    RoundStage.BUILD: "handing the park to the solver",
    RoundStage.SOLVE: "solving",
    RoundStage.STORE: "storing",
}


class Progress:
    """One line per stage; on a terminal the current stage also ticks its elapsed seconds."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.stage_started = self.started
        self.stage: str | None = None
        self._ticker: asyncio.Task | None = None

    async def __call__(self, progress: RoundProgress) -> None:
        if progress.final or progress.stage == self.stage:
            return
        self._finish_stage()
        self.stage, self.stage_started = progress.stage, time.monotonic()
        if sys.stdout.isatty():
            self._ticker = asyncio.get_running_loop().create_task(self._tick())
        else:
            print(f"{STAGES[progress.stage]}…", flush=True)

    async def _tick(self) -> None:
        while True:
            elapsed = time.monotonic() - self.stage_started
            print(f"\r{STAGES[self.stage]}… {elapsed:5.1f} s", end="", flush=True)
            await asyncio.sleep(0.2)

    def _finish_stage(self) -> None:
        if self._ticker is not None:
            self._ticker.cancel()
            self._ticker = None
        if self.stage is not None and sys.stdout.isatty():
            print(f"\r{STAGES[self.stage]}… {time.monotonic() - self.stage_started:5.1f} s")

    def done(self) -> None:
        self._finish_stage()
        self.stage = None
        print(f"round done in {time.monotonic() - self.started:.1f} s")


async def propose(
    settings: Settings, park_code: str, kind: MatchKind, dry_run: bool, officer: str | None
) -> None:
    events = event_bus(settings)
    runner = round_runner(settings, events)
    progress = Progress()
    try:
        async with database(settings.database_url), runner.serving():
            park = await parties.park_by_code(park_code)
            viewer = await accounts.officer_viewer(park.id, officer)
            try:
                outcome = await rounds.propose_matches(
                    viewer,
                    StartRound(park.id, kind, dry_run=dry_run),
                    runner=runner,
                    events=events,
                    on_progress=progress,
                )
            finally:
                progress.done()
            await _report(viewer, outcome)
    finally:
        with suppress(Exception):
            await events.close()


async def _report(viewer, outcome: rounds.RoundOutcome) -> None:
    figures = outcome.round.figures
    title = "preview (not stored)" if outcome.dry_run else f"round {outcome.round.id} published"
    gap = "" if figures["exact"] else f", gap {figures['gap']:.2%}"
    print(
        f"{title}: {figures['matched']} of {figures['needs']} matched over {figures['targets']} "
        f"targets, {figures['eligible_pairs']} eligible pairs; solver {figures['solver']}{gap}"
    )
    if outcome.dry_run:
        shown, unmatched = outcome.preview_proposals, outcome.preview_unmatched
    else:
        page = await proposals.list_proposals(viewer, 100, None, round_id=outcome.round.id)
        shown, unmatched = (
            page.items,
            await rounds.unmatched_of(outcome.round.id, outcome.round.kind),
        )
    best = sorted(shown, key=lambda p: -p.score)[:SHOWN]
    companies = await lookups.by_ids("Company", [p.company_id for p in best])
    financing = outcome.round.kind == MatchKind.FINANCING
    targets = await lookups.by_ids(
        "CreditProduct" if financing else "RecruitmentDrive",
        [p.product_id if financing else p.drive_id for p in best],
    )
    for proposal, company, target in zip(best, companies, targets, strict=True):
        label = target.name if financing else target.title
        print(f"  {proposal.score:.3f}  {company.name} → {label}")
    if len(shown) > SHOWN:
        print(f"  … and {len(shown) - SHOWN} more")
    reasons: dict[str, int] = {}
    for entry in unmatched:
        reasons[entry.reason] = reasons.get(entry.reason, 0) + 1
    for reason, count in sorted(reasons.items()):
        print(f"  unmatched, {reason}: {count}")
