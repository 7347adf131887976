"""What a view shows of a session at one moment: :class:`Snapshot`, worked out from plain numbers.

:func:`snapshot_of` is a pure function of the engine's state at that moment (the engine calls it in
``SessionEngine.snapshot``); it never reads a clock. Times are in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from touchtimer.core.routines.model import Prompt, Routine, Stage
from touchtimer.core.session.engine_state import State


def _guide(stage: Stage) -> int:
    """A stage's part of the whole routine: its length, or its target when it is open-ended."""
    return stage.seconds if stage.seconds is not None else (stage.target_seconds or 0)


def _whole_routine(stages: tuple[Stage, ...], index: int, state: State, elapsed: float,
                   remaining: float | None, extra: int, extra_spent: int) -> float:
    """How far through the whole routine, 0 to 1, by time: an open-ended stage counts as its target.

    It grows only with time (and jumps forward only when a stage is left early), so an open-ended hold
    moves it as slowly as its target says; it never jumps to a share of stages done. A routine with no
    length and no target at all (one open-ended stage) counts only the stages finished.
    """
    if state is State.FINISHED:
        return 1.0
    whole = sum(_guide(s) for s in stages) + extra_spent + extra
    if whole <= 0:
        return min(1.0, index / len(stages))
    stage = stages[index]
    if state is State.WAITING:
        here = 0.0
    elif remaining is not None:
        here = remaining
    else:
        here = max(0.0, (stage.target_seconds or 0) - elapsed)
    left = here + sum(_guide(s) for s in stages[index + 1:])
    return min(1.0, max(0.0, 1 - left / whole))


@dataclass(frozen=True)
class Snapshot:
    """Everything a view needs to show the session at one moment. Times are in seconds."""

    state: State
    index: int
    stage: Stage
    next_stage: Stage | None
    stage_elapsed: float
    stage_length: int | None
    stage_remaining: float | None
    stage_progress: float | None
    total_elapsed: float
    total_planned: int | None
    total_remaining: float | None
    total_progress: float
    prompt: Prompt | None
    stage_count: int


def snapshot_of(routine: Routine, state: State, index: int, *, visit_elapsed: float, extra: int,
                extra_spent: int, earlier_seconds: float, prompt: Prompt | None) -> Snapshot:
    """The snapshot of stage ``index`` after ``visit_elapsed`` active seconds in this visit.

    ``extra`` is the time added to this visit, ``extra_spent`` the time added to earlier visits that
    ran to their end, ``earlier_seconds`` the active time of every visit that ended.
    """
    stages = routine.stages
    stage = stages[index]
    active = state in (State.RUNNING, State.PAUSED)
    length = None if stage.seconds is None else stage.seconds + extra
    elapsed = visit_elapsed
    if length is not None:
        elapsed = min(elapsed, float(length))
    remaining = None if length is None else max(0.0, length - elapsed)
    if length is not None:
        progress: float | None = elapsed / length if length else 1.0
    elif stage.target_seconds:
        progress = min(1.0, elapsed / stage.target_seconds)
    else:
        progress = None
    if state is State.WAITING:
        progress, remaining = 1.0, 0.0
    # From the capped stage time, so that a read before update() never overshoots what an
    # update would then report (a fixed stage ends at its length, however late the update).
    total = earlier_seconds + (elapsed if active else 0.0)
    planned = routine.total_seconds
    if planned is not None:
        # Added time stays planned once spent, so that total progress does not jump back
        # when an extended stage ends.
        planned += extra_spent + (extra if active else 0)
    total_remaining = None
    if planned is not None:
        later = sum(s.seconds or 0 for s in stages[index + 1:])
        total_remaining = (remaining or 0.0) + later
        if state is State.FINISHED:
            total_remaining = 0.0
    total_progress = _whole_routine(stages, index, state, elapsed, remaining, extra if active else 0,
                                    extra_spent)
    nxt = index + 1
    return Snapshot(
        state=state,
        index=index,
        stage=stage,
        next_stage=stages[nxt] if nxt < len(stages) else None,
        stage_elapsed=elapsed,
        stage_length=length,
        stage_remaining=remaining,
        stage_progress=progress,
        total_elapsed=total,
        total_planned=planned,
        total_remaining=total_remaining,
        total_progress=total_progress,
        prompt=prompt,
        stage_count=len(stages),
    )
