"""Small routines for the engine and runner tests, and an engine started at a chosen moment."""

from __future__ import annotations

from datetime import UTC, datetime

from touchtimer.core.routines.model import Kind, Prompt, Routine, Stage
from touchtimer.core.session.engine import SessionEngine
from touchtimer.core.session.events import Event

T0 = 5000.0
WALL = datetime(2026, 3, 1, 21, 30, 15, 654321, tzinfo=UTC)


def fixed(seconds: int, *prompts: Prompt, title: str = "Fixed") -> Stage:
    return Stage(title=title, instruction="Do it.", seconds=seconds, prompts=prompts)


def open_stage(*prompts: Prompt, target: int | None = None, title: str = "Open") -> Stage:
    return Stage(title=title, instruction="Rest.", target_seconds=target, prompts=prompts)


def routine(*stages: Stage, kind: Kind = "skin_to_skin") -> Routine:
    """A routine of ``stages``; a skin-to-skin one (the default) has position checks on their own clock
    when a runner runs it, so tests of the runner's own timing use ``kind="massage"``."""
    return Routine(id="test", title="Test", kind=kind, min_age_weeks=0, max_age_weeks=12,
                   summary="For tests.", stages=stages)


def started(r: Routine, wait_between_stages: bool = False) -> SessionEngine:
    """An engine for ``r`` started at :data:`T0` (wall time :data:`WALL`)."""
    engine = SessionEngine(r, wait_between_stages=wait_between_stages)
    engine.start(T0, wall=WALL)
    return engine


def kinds(events: list[Event]) -> list[str]:
    return [type(e).__name__ for e in events]
