"""What a view shows of a session at one moment: :class:`Snapshot`, worked out from plain numbers.

:func:`snapshot_of` is a pure function of the engine's state at that moment (the engine calls it in
``SessionEngine.snapshot``); it never reads a clock. Times are in seconds.
"""

from __future__ import annotations

from dataclasses import dataclass

from touchtimer.core.routines.model import Prompt, Routine, Stage
from touchtimer.core.session.engine_state import State


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
    if state is State.FINISHED:
        total_progress = 1.0
    elif planned and total_remaining is not None:
        total_progress = min(1.0, max(0.0, 1 - total_remaining / planned))
    else:
        part = progress if progress is not None else 0.0
        total_progress = min(1.0, (index + part) / len(stages))
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
