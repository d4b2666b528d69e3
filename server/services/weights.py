"""The score weights a round uses unless told otherwise (MATCHING.md), for those who run rounds."""

from __future__ import annotations

import matching
from server.services import policy
from server.services.viewer import Viewer
from server.standards import MatchKind, Role


def default_weights(viewer: Viewer | None, kind: MatchKind) -> dict[str, float]:
    policy.require_role(viewer, Role.OFFICER, Role.ADMIN)
    return dict(matching.DEFAULT_WEIGHTS[MatchKind(kind).value])
