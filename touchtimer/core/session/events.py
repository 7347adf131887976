"""Typed, Qt-free events emitted by the session engine, named for what happened.

Every event carries ``at``: the monotonic time at which it was due, which may be earlier than the
moment the engine noticed it (after a stall). Events are emitted exactly once, in order of ``at``.
"""

from __future__ import annotations

from dataclasses import dataclass

from touchtimer.core.routines.model import Prompt, Stage
from touchtimer.core.session.record import SessionStatus, StageOutcome


@dataclass(frozen=True)
class SessionStarted:
    at: float


@dataclass(frozen=True)
class StageStarted:
    at: float
    index: int
    stage: Stage


@dataclass(frozen=True)
class PromptDue:
    """A prompt fell due. ``occurrence`` counts from 1 for repeating prompts."""

    at: float
    index: int
    prompt: Prompt
    occurrence: int


@dataclass(frozen=True)
class StageEndingSoon:
    """A fixed stage ends in a few seconds; ``next_index`` is ``None`` at the last stage."""

    at: float
    index: int
    next_index: int | None


@dataclass(frozen=True)
class StageFinished:
    """A visit of a stage ended: ``done`` (ran its time, or an open-ended stage moved on from or
    ended), ``skipped`` (moved on from early, forwards or back) or ``stopped`` (the session ended
    during a fixed stage)."""

    at: float
    index: int
    outcome: StageOutcome


@dataclass(frozen=True)
class WaitingForParent:
    """With "wait for me" on, the engine holds here until ``next`` is called."""

    at: float
    next_index: int


@dataclass(frozen=True)
class SessionPaused:
    at: float


@dataclass(frozen=True)
class SessionResumed:
    at: float


@dataclass(frozen=True)
class SessionFinished:
    at: float
    status: SessionStatus


# -- skin-to-skin position checks, on their own clock (touchtimer.core.session.position_checks) ------

@dataclass(frozen=True)
class ChecklistDue:
    """The safe-position checklist asks to be confirmed: ``occurrence`` 1 is the first asking, about a
    minute after baby was placed; later ones are gentle reminders until it is confirmed."""

    at: float
    occurrence: int


@dataclass(frozen=True)
class ChecklistConfirmed:
    """The parent confirmed the safe-position checklist."""

    at: float


@dataclass(frozen=True)
class PositionCheckDue:
    """A position check fell due while baby is on the chest; ``index`` is the stage shown then and
    ``prompt`` the check's words."""

    at: float
    index: int
    prompt: Prompt
    occurrence: int


Event = (
    SessionStarted | StageStarted | PromptDue | StageEndingSoon | StageFinished | WaitingForParent
    | SessionPaused | SessionResumed | SessionFinished | ChecklistDue | ChecklistConfirmed
    | PositionCheckDue
)
