"""The plain data of a session engine: its phase, what falls due, each stage's tally, what a checkpoint
keeps, and the record made from them.

:class:`StageTally` is the one per-stage record: the active seconds of the stage's visits that have
ended, and how it went so far (the best outcome of those visits, in the one vocabulary
:data:`~touchtimer.core.session.record.StageOutcome` that events, records and exports share).
:class:`EngineState` is what a running session needs to continue after a restart; the JSON form of it
is in :mod:`touchtimer.core.session.state_codec`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum, StrEnum
from typing import NamedTuple

from touchtimer.core.routines.model import Routine
from touchtimer.core.session.record import SessionRecord, SessionStatus, StageOutcome, StageRecord

#: How far each outcome goes, for keeping the best of several visits: done > stopped > skipped.
_RANK: dict[StageOutcome, int] = {"not_reached": 0, "skipped": 1, "stopped": 2, "done": 3}


def best_outcome(a: StageOutcome, b: StageOutcome) -> StageOutcome:
    """The outcome that went further: a stage done once stays done, whatever later visits do."""
    return a if _RANK[a] >= _RANK[b] else b


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"
    FINISHED = "finished"


class Due(IntEnum):
    """What can fall due in a running visit; at the same moment they are handled in this order."""

    PROMPT = 0
    ENDING_SOON = 1
    STAGE_END = 2


class DueMoment(NamedTuple):
    at: float
    kind: Due
    prompt: int  # the prompt's index for Due.PROMPT, else -1


@dataclass(frozen=True)
class StageTally:
    """One stage across its visits: ``seconds`` of active time in visits that ended, and ``outcome``,
    the best of how those visits ended (``not_reached`` until one has)."""

    seconds: float = 0.0
    outcome: StageOutcome = "not_reached"

    def after_visit(self, seconds: float, outcome: StageOutcome) -> StageTally:
        return StageTally(self.seconds + seconds, best_outcome(self.outcome, outcome))


@dataclass(frozen=True)
class EngineState:
    """What a running session needs to continue after a restart: plain data, JSON-friendly.

    Taken with ``SessionEngine.checkpoint_state``; turned back into an engine with
    ``SessionEngine.restore``. ``visit_elapsed`` is the active time in the current visit of stage
    ``index``; ``stages`` holds each stage's tally of its earlier visits.
    """

    session_id: str
    routine_id: str
    state: State
    index: int
    visit_elapsed: float
    extra: int
    stages: tuple[StageTally, ...]
    next_prompt: tuple[int | None, ...]
    prompt_count: tuple[int, ...]
    soon_fired: bool
    started_wall: datetime
    wait_between_stages: bool
    #: seconds added with extend() to earlier visits that ran to their end (still part of the plan)
    extra_spent: int = 0

    def fits(self, routine: Routine) -> bool:
        """Whether this state can continue ``routine`` (not if the routine was changed meanwhile)."""
        n = len(routine.stages)
        return (self.routine_id == routine.id and self.stage_count == n and 0 <= self.index < n
                and len(self.next_prompt) == len(routine.stages[self.index].prompts)
                and len(self.prompt_count) == len(self.next_prompt)
                and self.state in (State.RUNNING, State.PAUSED, State.WAITING)
                and self.visit_elapsed >= 0 and all(s.seconds >= 0 for s in self.stages)
                and self.extra_spent >= 0)

    @property
    def stage_count(self) -> int:
        return len(self.stages)

    @property
    def total_elapsed(self) -> float:
        return sum(s.seconds for s in self.stages) + self.visit_elapsed


def session_record(routine: Routine, session_id: str, tallies: Sequence[StageTally], seconds: Sequence[float],
                   *, current: int | None, started: datetime, span: float,
                   status: SessionStatus) -> SessionRecord:
    """The record of a session: each stage's tally with its ``seconds`` so far, ``span`` seconds of wall
    time from ``started``. Stage ``current`` is under way: it reads as if the session ended here."""
    stages: list[StageRecord] = []
    for i, (stage, tally) in enumerate(zip(routine.stages, tallies, strict=True)):
        outcome = tally.outcome
        if i == current:
            # A checkpoint of a running session reads as if it were ended here (see end()):
            # the stage under way was stopped, not skipped.
            outcome = best_outcome(outcome, "done" if stage.open_ended else "stopped")
        stages.append(StageRecord(i, stage.title, stage.side, stage.seconds, round(seconds[i]), outcome))
    started = started.replace(microsecond=0)  # the store keeps whole seconds
    return SessionRecord(
        id=session_id,
        routine_id=routine.id,
        routine_title=routine.title,
        kind=routine.kind,
        started_at=started,
        ended_at=started + timedelta(seconds=round(span)),
        local_date=started.astimezone().date(),
        planned_seconds=routine.total_seconds,
        actual_seconds=sum(s.actual_seconds for s in stages),
        status=status,
        stages=stages,
    )
