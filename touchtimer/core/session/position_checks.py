"""The position checks of a skin-to-skin session, on a clock of their own.

Baby is **placed** on the chest when the routine's placing stage first starts: the stage marked
``placing = true``, or the first stage when none is (:attr:`Routine.placing_index`). Moving on past
it counts as placing too. From that moment the checks follow the monotonic clock, the time that has
passed since placing, and not the stage's running time: pausing, "wait for me" and moving between
stages do not stop them, because baby is still on the chest.

* **The checklist** (the routine's ``safety`` list, read before starting) falls due
  :data:`CHECKLIST_AFTER` seconds after placing, and again every :data:`CHECKLIST_AGAIN` seconds until
  the parent confirms it with one key (:meth:`PositionChecks.confirm`).
* **A position check** falls due every :attr:`PositionChecks.every` seconds after placing: the
  shortest repeat among the routine's check prompts, never more than
  :data:`~touchtimer.core.routines.safeguards.MAX_CHECK_GAP_SECONDS`. Its words are the check prompt of
  the stage on screen (its repeating one first), else of the nearest stage before it, else the
  routine's first check.

Both stop when the session finishes. The engine leaves the routine's check prompts to this object
(``SessionEngine.times_checks``), so a check is never given twice. A session continued after a crash
may have been interrupted with baby off the chest: it is placed again when it next runs (resumes, or
starts a stage at or after the placing stage).

Pure and Qt-free; the :class:`~touchtimer.core.session.runner.SessionRunner` drives it: it passes the
engine's events through :meth:`PositionChecks.merge` (which puts the checks among them, in order of
``at``) and arms its timer for the earlier of the engine's and :meth:`PositionChecks.next_due`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from touchtimer.core.routines.model import Prompt, Routine
from touchtimer.core.routines.safeguards import MAX_CHECK_GAP_SECONDS
from touchtimer.core.session.events import (
    ChecklistConfirmed,
    ChecklistDue,
    Event,
    PositionCheckDue,
    PromptDue,
    SessionFinished,
    SessionResumed,
    StageStarted,
)

#: Seconds after baby is placed at which the checklist is first shown and said.
CHECKLIST_AFTER = 60
#: Seconds between gentle reminders while the checklist waits to be confirmed.
CHECKLIST_AGAIN = 90
#: The words of a check when a routine has no check prompt of its own (never for a valid routine).
DEFAULT_CHECK = Prompt("Check: face visible, nose and mouth clear, breathing easy, lips and tongue pink.",
                       kind="check")


def check_every(routine: Routine) -> int:
    """Seconds between position checks: the shortest repeat of the routine's checks, at most 15 min."""
    repeats = [p.every_seconds for s in routine.stages for p in s.prompts
               if p.kind == "check" and p.every_seconds]
    return min([*repeats, MAX_CHECK_GAP_SECONDS])


def check_prompt(routine: Routine, index: int) -> Prompt:
    """The words of a position check while stage ``index`` is on screen."""
    stages = routine.stages
    for i in [*range(min(index, len(stages) - 1), -1, -1), *range(index + 1, len(stages))]:
        checks: list[Prompt] = [p for p in stages[i].prompts if p.kind == "check"]
        repeating = [p for p in checks if p.every_seconds]
        if checks:
            return (repeating or checks)[0]
    return DEFAULT_CHECK


@dataclass(frozen=True)
class CheckStatus:
    """What a view shows of the checks now: the checklist waiting to be confirmed (its items), and the
    position check last given in this stage (``None`` once a new stage or prompt replaced it)."""

    checklist_waiting: bool
    checklist: tuple[str, ...]
    check: Prompt | None
    placed: bool


class PositionChecks:
    """The checks of one skin-to-skin session; make it with :meth:`for_routine`."""

    def __init__(self, routine: Routine, *, restored_at: int | None = None) -> None:
        self.routine = routine
        self.placing_index = routine.placing_index
        self.every = check_every(routine)
        self.placed_at: float | None = None
        self.confirmed_at: float | None = None
        self.finished = False
        self._await_run = restored_at is not None
        self._index = restored_at or 0
        self._next_list: float | None = None
        self._next_check: float | None = None
        self._list_count = 0
        self._check_count = 0
        self._showing: Prompt | None = None

    @classmethod
    def for_routine(cls, routine: Routine, *, restored_at: int | None = None) -> PositionChecks | None:
        """The checks for ``routine``, or ``None`` when it is not skin-to-skin (massage has none).

        ``restored_at`` is the stage index of a session continued after a crash.
        """
        return cls(routine, restored_at=restored_at) if routine.kind == "skin_to_skin" else None

    # -- reading ---------------------------------------------------------------------------------

    @property
    def checklist_waiting(self) -> bool:
        """The checklist has been asked for and not yet confirmed."""
        return self._list_count > 0 and self.confirmed_at is None and not self.finished

    def next_due(self) -> float | None:
        """The monotonic moment of the next check or reminder; ``None`` when none is coming."""
        if self.finished:
            return None
        dues = [t for t in (self._next_list, self._next_check) if t is not None]
        return min(dues, default=None)

    def status(self) -> CheckStatus:
        return CheckStatus(self.checklist_waiting, self.routine.safety,
                           None if self.finished else self._showing, self.placed_at is not None)

    # -- following the session -------------------------------------------------------------------

    def _place(self, at: float) -> None:
        self.placed_at = at
        self._await_run = False
        self._check_count = 0
        self._next_check = at + self.every
        if self.confirmed_at is None:
            self._list_count = 0
            self._next_list = at + CHECKLIST_AFTER

    def _follow(self, event: Event) -> None:
        if isinstance(event, StageStarted):
            self._index = event.index
            self._showing = None
            if (self.placed_at is None or self._await_run) and event.index >= self.placing_index:
                self._place(event.at)
        elif isinstance(event, SessionResumed):
            if self._await_run and self._index >= self.placing_index:
                self._place(event.at)
        elif isinstance(event, PromptDue):
            self._showing = None            # the newest words are on screen
        elif isinstance(event, SessionFinished):
            self.finished = True
            self._next_list = self._next_check = None

    def _due(self, until: float, *, inclusive: bool) -> list[Event]:
        """Every check and reminder due before ``until`` (or at it, when ``inclusive``), in order."""
        out: list[Event] = []
        while not self.finished and not self._await_run:
            due = self.next_due()
            if due is None or due > until or (due == until and not inclusive):
                break
            placed = self.placed_at
            assert placed is not None
            # Each moment from placing, never from the last one: nothing drifts, however long.
            if self._next_list is not None and self._next_list <= due:
                self._list_count += 1
                self._next_list = placed + CHECKLIST_AFTER + self._list_count * CHECKLIST_AGAIN
                out.append(ChecklistDue(due, self._list_count))
            else:
                self._check_count += 1
                self._next_check = placed + (self._check_count + 1) * self.every
                self._showing = check_prompt(self.routine, self._index)
                out.append(PositionCheckDue(due, self._index, self._showing, self._check_count))
        return out

    def merge(self, events: Sequence[Event], now: float) -> list[Event]:
        """The engine's ``events`` with every check due up to ``now`` put among them, in order of
        ``at`` (at the same moment the engine's event comes first: a check due as the session
        finishes is not given)."""
        out: list[Event] = []
        for event in events:
            out += self._due(event.at, inclusive=False)
            out.append(event)
            self._follow(event)
        out += self._due(now, inclusive=True)
        return out

    # -- the parent's answer -----------------------------------------------------------------------

    def confirm(self, now: float) -> list[Event]:
        """The parent confirms the checklist (one key); nothing happens unless it is waiting."""
        if not self.checklist_waiting:
            return []
        self.confirmed_at = now
        self._next_list = None
        return [ChecklistConfirmed(now)]
