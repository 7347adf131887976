"""The session state machine. Every operation takes ``now`` from a monotonic clock.

Nothing here counts ticks: elapsed time is always derived from timestamps, so calling
:meth:`SessionEngine.update` late (after a stall, or once an hour) gives exactly the same events
and times as calling it often. Due moments are processed in order at the moment they were due,
not the moment they were noticed, so stage changes never drift.

The engine never touches a widget; listeners receive the events it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from enum import StrEnum

from touchtimer.core.routines.model import Prompt, Routine, Stage
from touchtimer.core.session.events import (
    Event,
    PromptDue,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    StageEndingSoon,
    StageFinished,
    StageOutcome,
    StageStarted,
    WaitingForParent,
)
from touchtimer.core.session.record import (
    SessionRecord,
    SessionStatus,
    StageRecord,
    StageStatus,
    new_session_id,
)

#: Seconds before the end of a fixed stage at which ``StageEndingSoon`` falls due.
ENDING_SOON_LEAD = 10
#: Stages shorter than this get no "ending soon" event.
ENDING_SOON_MIN_STAGE = 30
EXTEND_SECONDS = 60

Listener = Callable[[Event], None]


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    WAITING = "waiting"
    FINISHED = "finished"


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


@dataclass(frozen=True)
class EngineState:
    """What a running session needs to continue after a restart: plain data, JSON-friendly.

    Taken with :meth:`SessionEngine.checkpoint_state`; turned back into an engine with
    :meth:`SessionEngine.restore`. ``visit_elapsed`` is the active time in the current visit of
    stage ``index``; ``actual`` holds the time of earlier visits, per stage.
    """

    session_id: str
    routine_id: str
    stage_count: int
    state: State
    index: int
    visit_elapsed: float
    extra: int
    actual: tuple[float, ...]
    completed: tuple[bool, ...]
    visited: tuple[bool, ...]
    stopped: tuple[bool, ...]
    next_prompt: tuple[int | None, ...]
    prompt_count: tuple[int, ...]
    soon_fired: bool
    started_wall: datetime
    wait_between_stages: bool
    #: seconds added with extend() to earlier visits that ran to their end (still part of the plan)
    extra_spent: int = 0

    @property
    def total_elapsed(self) -> float:
        return sum(self.actual) + self.visit_elapsed


class SessionEngine:
    """Runs one routine. Create it, then call :meth:`start`, :meth:`update` and the commands."""

    def __init__(self, routine: Routine, *, wait_between_stages: bool = False,
                 session_id: str | None = None) -> None:
        if not routine.stages:
            raise ValueError("a routine needs at least one stage")
        self.routine = routine
        self.session_id = session_id or new_session_id()
        self.wait_between_stages = wait_between_stages
        self.state = State.READY
        self._listeners: list[Listener] = []
        self._last_now = float("-inf")
        self._start_mono: float | None = None
        self._start_wall: datetime | None = None
        self._end_mono: float | None = None
        self._status: SessionStatus | None = None
        n = len(routine.stages)
        self._actual = [0.0] * n
        self._completed = [False] * n
        self._visited = [False] * n
        self._stopped = [False] * n
        # The current visit of the current stage.
        self._index = 0
        self._accum = 0.0          # active seconds in this visit before the running segment
        self._segment: float | None = None  # when the running segment began
        self._extra = 0            # seconds added with extend()
        self._extra_spent = 0      # added seconds of earlier visits that ran to their end
        self._next_prompt: list[int | None] = []
        self._prompt_count: list[int] = []
        self._soon_fired = False
        self._prompt_shown: Prompt | None = None

    # -- listeners -----------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners.remove(listener)

    def _emit(self, events: list[Event]) -> list[Event]:
        for event in events:
            for listener in list(self._listeners):
                listener(event)
        return events

    # -- time helpers --------------------------------------------------------------------

    def _clock(self, now: float) -> float:
        """Never let time run backwards, whatever the caller passes."""
        if now < self._last_now:
            now = self._last_now
        self._last_now = now
        return now

    @property
    def stage(self) -> Stage:
        return self.routine.stages[self._index]

    @property
    def index(self) -> int:
        return self._index

    def _length(self) -> int | None:
        seconds = self.stage.seconds
        return None if seconds is None else seconds + self._extra

    def _visit_elapsed(self, now: float) -> float:
        if self._segment is None:
            return self._accum
        return self._accum + max(0.0, now - self._segment)

    def _time_of(self, offset: float) -> float:
        """The monotonic moment at which the running visit reaches ``offset`` seconds."""
        assert self._segment is not None
        return self._segment + (offset - self._accum)

    # -- visits ----------------------------------------------------------------------------

    def _begin_visit(self, index: int, at: float) -> list[Event]:
        self._index = index
        self._accum = 0.0
        self._segment = at
        self._extra = 0
        self._soon_fired = False
        self._prompt_shown = None
        self._visited[index] = True
        stage = self.stage
        self._next_prompt = [p.at_seconds if p.at_seconds is not None else p.every_seconds
                             for p in stage.prompts]
        self._prompt_count = [0] * len(stage.prompts)
        self.state = State.RUNNING
        return [StageStarted(at, index, stage)]

    def _end_visit(self, at: float, outcome: StageOutcome) -> list[Event]:
        elapsed = self._visit_elapsed(at)
        self._actual[self._index] += elapsed
        if outcome == "completed":
            self._completed[self._index] = True
            if self.stage.seconds is not None:
                self._extra_spent += self._extra
        if outcome == "ended":
            if self.stage.open_ended:
                self._completed[self._index] = True
            else:
                self._stopped[self._index] = True
        self._accum = elapsed
        self._segment = None
        return [StageFinished(at, self._index, outcome)]

    def _finish(self, at: float, status: SessionStatus) -> list[Event]:
        self.state = State.FINISHED
        self._end_mono = at
        self._status = status
        return [SessionFinished(at, status)]

    def _after_stage(self, at: float) -> list[Event]:
        """A stage ended on its own at ``at``: go on, wait, or finish."""
        nxt = self._index + 1
        if nxt >= len(self.routine.stages):
            return self._finish(at, "completed")
        if self.wait_between_stages:
            self.state = State.WAITING
            return [WaitingForParent(at, nxt)]
        return self._begin_visit(nxt, at)

    # -- the due moments of the running visit ----------------------------------------------

    def _pending(self) -> tuple[float, int, int] | None:
        """(time, priority, prompt index) of the next due moment in the running visit."""
        if self.state is not State.RUNNING:
            return None
        length = self._length()
        best: tuple[float, int, int] | None = None
        for i, offset in enumerate(self._next_prompt):
            if offset is None or (length is not None and offset >= length):
                continue
            cand = (self._time_of(offset), 0, i)
            if best is None or cand < best:
                best = cand
        if length is not None:
            if not self._soon_fired and length >= ENDING_SOON_MIN_STAGE:
                cand = (self._time_of(length - ENDING_SOON_LEAD), 1, -1)
                if best is None or cand < best:
                    best = cand
            cand = (self._time_of(length), 2, -1)
            if best is None or cand < best:
                best = cand
        return best

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while True:
            pending = self._pending()
            if pending is None or pending[0] > now:
                return events
            at, kind, i = pending
            if kind == 0:
                prompt = self.stage.prompts[i]
                self._prompt_count[i] += 1
                offset = self._next_prompt[i]
                assert offset is not None
                self._next_prompt[i] = offset + prompt.every_seconds if prompt.every_seconds else None
                self._prompt_shown = prompt
                events.append(PromptDue(at, self._index, prompt, self._prompt_count[i]))
            elif kind == 1:
                self._soon_fired = True
                nxt = self._index + 1
                events.append(StageEndingSoon(at, self._index,
                                              nxt if nxt < len(self.routine.stages) else None))
            else:
                events += self._end_visit(at, "completed")
                events += self._after_stage(at)

    # -- commands --------------------------------------------------------------------------

    def start(self, now: float, wall: datetime | None = None) -> list[Event]:
        """Begin the session. ``wall`` is the wall-clock start (defaults to now, UTC)."""
        now = self._clock(now)
        if self.state is not State.READY:
            return []
        self._start_mono = now
        self._start_wall = (wall or datetime.now(UTC)).astimezone(UTC)
        events: list[Event] = [SessionStarted(now)]
        events += self._begin_visit(0, now)
        events += self._advance(now)
        return self._emit(events)

    def update(self, now: float) -> list[Event]:
        """Emit every event due up to ``now``, each at the moment it was due."""
        return self._emit(self._advance(self._clock(now)))

    def pause(self, now: float) -> list[Event]:
        now = self._clock(now)
        events = self._advance(now)
        if self.state is State.RUNNING:
            self._accum = self._visit_elapsed(now)
            self._segment = None
            self.state = State.PAUSED
            events.append(SessionPaused(now))
        return self._emit(events)

    def resume(self, now: float) -> list[Event]:
        now = self._clock(now)
        events = self._advance(now)  # like every command: first catch up to ``now``
        if self.state is State.PAUSED:
            self._segment = now
            self.state = State.RUNNING
            events.append(SessionResumed(now))
            events += self._advance(now)
        return self._emit(events)

    def toggle_pause(self, now: float) -> list[Event]:
        return self.resume(now) if self.state is State.PAUSED else self.pause(now)

    def _leave(self, now: float, outcome: StageOutcome) -> list[Event]:
        if self.state is State.PAUSED:
            self._segment = None
        return self._end_visit(now, outcome)

    def next(self, now: float) -> list[Event]:
        """Move on now: skip the rest of this stage, or start the next one after waiting."""
        now = self._clock(now)
        events = self._advance(now)
        if self.state is State.WAITING:
            events += self._begin_visit(self._index + 1, now)
        elif self.state in (State.RUNNING, State.PAUSED):
            length = self._length()
            done = length is None or self._visit_elapsed(now) >= length
            events += self._leave(now, "completed" if done else "skipped")
            if self._index + 1 >= len(self.routine.stages):
                events += self._finish(now, "completed")
            else:
                events += self._begin_visit(self._index + 1, now)
        else:
            return self._emit(events)
        events += self._advance(now)
        return self._emit(events)

    def back(self, now: float) -> list[Event]:
        """Go back to the previous stage (or restart the first), from its beginning."""
        now = self._clock(now)
        events = self._advance(now)
        if self.state is State.WAITING:
            events += self._begin_visit(self._index, now)
        elif self.state in (State.RUNNING, State.PAUSED):
            events += self._leave(now, "left")
            events += self._begin_visit(max(0, self._index - 1), now)
        else:
            return self._emit(events)
        events += self._advance(now)
        return self._emit(events)

    def extend(self, now: float, seconds: int = EXTEND_SECONDS) -> list[Event]:
        """Add time to the current fixed stage; open-ended stages need none."""
        if seconds <= 0:
            raise ValueError(f"extend adds time; got {seconds} seconds")
        now = self._clock(now)
        events = self._advance(now)
        if self.state in (State.RUNNING, State.PAUSED) and not self.stage.open_ended:
            self._extra += seconds
            length = self._length()
            assert length is not None
            # The stage has a new end, so "ending soon" is due again, unless its moment has
            # already gone by: firing it then would date it before events already emitted.
            self._soon_fired = self._visit_elapsed(now) > length - ENDING_SOON_LEAD
        return self._emit(events)

    def end(self, now: float) -> list[Event]:
        """Finish early. The session is saved as ``ended_early``."""
        now = self._clock(now)
        events = self._advance(now)
        if self.state in (State.RUNNING, State.PAUSED):
            events += self._leave(now, "ended")
            events += self._finish(now, "ended_early")
        elif self.state is State.WAITING:
            events += self._finish(now, "ended_early")
        elif self.state is State.READY:
            return self._emit(events)
        return self._emit(events)

    # -- checkpoints and gaps ------------------------------------------------------------------

    def checkpoint_state(self, now: float) -> EngineState:
        """The state at ``now`` (after :meth:`update`), to continue the session later."""
        if self._start_wall is None or self.state in (State.READY, State.FINISHED):
            raise RuntimeError("only a started, unfinished session has a state to keep")
        now = max(now, self._last_now)
        return EngineState(
            session_id=self.session_id, routine_id=self.routine.id,
            stage_count=len(self.routine.stages), state=self.state, index=self._index,
            visit_elapsed=self._visit_elapsed(now), extra=self._extra, actual=tuple(self._actual),
            completed=tuple(self._completed), visited=tuple(self._visited),
            stopped=tuple(self._stopped), next_prompt=tuple(self._next_prompt),
            prompt_count=tuple(self._prompt_count), soon_fired=self._soon_fired,
            started_wall=self._start_wall, wait_between_stages=self.wait_between_stages,
            extra_spent=self._extra_spent,
        )

    @classmethod
    def restore(cls, routine: Routine, state: EngineState, now: float, wall: datetime) -> SessionEngine:
        """Continue a session from ``state``, the same session id, **paused** at ``now``.

        The time between the checkpoint and ``now`` is not counted; the person resumes when ready.
        ``wall`` (the current wall time) keeps the session's end time true on the wall clock.
        Raises ``ValueError`` if ``state`` does not fit ``routine`` (it was changed meanwhile).
        """
        n = len(routine.stages)
        if (state.routine_id != routine.id or state.stage_count != n or not 0 <= state.index < n
                or len(state.next_prompt) != len(routine.stages[state.index].prompts)
                or len(state.prompt_count) != len(state.next_prompt)
                or not all(len(t) == n for t in (state.actual, state.completed, state.visited,
                                                  state.stopped))
                or state.state not in (State.RUNNING, State.PAUSED, State.WAITING)
                or state.visit_elapsed < 0 or any(a < 0 for a in state.actual) or state.extra_spent < 0):
            raise ValueError("the saved session does not fit this routine any more")
        engine = cls(routine, wait_between_stages=state.wait_between_stages, session_id=state.session_id)
        engine._last_now = now
        started = state.started_wall.astimezone(UTC)
        engine._start_wall = started
        engine._start_mono = now - max(0.0, (wall - started).total_seconds())
        engine._actual = list(state.actual)
        engine._completed = list(state.completed)
        engine._visited = list(state.visited)
        engine._stopped = list(state.stopped)
        engine._index = state.index
        engine._accum = state.visit_elapsed
        engine._segment = None
        engine._extra = state.extra
        engine._extra_spent = state.extra_spent
        engine._next_prompt = list(state.next_prompt)
        engine._prompt_count = list(state.prompt_count)
        engine._soon_fired = state.soon_fired
        engine.state = State.WAITING if state.state is State.WAITING else State.PAUSED
        return engine

    def add_elapsed(self, now: float, seconds: float) -> list[Event]:
        """Count ``seconds`` the monotonic clock did not see (the computer slept) as session time.

        Only a running stage gains the time (a paused or waiting session was not counting anyway);
        every moment that falls due inside the added time is emitted, at the moment it would have
        been due, so a stage that would have ended during the sleep ends there and the next one
        carries the rest. Without this call, time the computer spent asleep is not counted (the
        monotonic clock stops while it sleeps).
        """
        if seconds < 0:
            raise ValueError("added time cannot be negative")
        now = self._clock(now)
        events = self._advance(now)
        if self.state is State.RUNNING:
            assert self._segment is not None
            self._segment -= seconds
        else:
            return self._emit(events)
        if self._start_mono is not None:
            self._start_mono -= seconds
        events += self._advance(now)
        return self._emit(events)

    def note_uncounted_gap(self, seconds: float) -> None:
        """Time passed on the wall clock that is *not* session time (a sleep the person left out).

        Only the wall-clock end of the record moves; no stage gains time.
        """
        if seconds < 0:
            raise ValueError("a gap cannot be negative")
        if self._start_mono is not None and self.state is not State.FINISHED:
            self._start_mono -= seconds

    # -- reading the state -------------------------------------------------------------------

    @property
    def can_extend(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED) and not self.stage.open_ended

    def next_due(self) -> float | None:
        """The monotonic moment of the next event, for a single-shot timer; ``None`` if idle."""
        pending = self._pending()
        return None if pending is None else pending[0]

    def stage_seconds(self, now: float) -> list[float]:
        """Active seconds spent in each stage so far, the current visit included."""
        out = list(self._actual)
        if self.state in (State.RUNNING, State.PAUSED):
            out[self._index] += self._visit_elapsed(max(now, self._last_now))
        return out

    def total_elapsed(self, now: float) -> float:
        return sum(self.stage_seconds(now))

    def snapshot(self, now: float) -> Snapshot:
        """A pure read of the state at ``now``; call :meth:`update` first so it is current."""
        now = max(now, self._last_now)
        stages = self.routine.stages
        active = self.state in (State.RUNNING, State.PAUSED)
        length = self._length() if active else (
            self.stage.seconds + self._extra if self.stage.seconds is not None else None)
        elapsed = self._visit_elapsed(now) if active else self._accum
        if length is not None:
            elapsed = min(elapsed, float(length))
        remaining = None if length is None else max(0.0, length - elapsed)
        if length is not None:
            progress: float | None = elapsed / length if length else 1.0
        elif self.stage.target_seconds:
            progress = min(1.0, elapsed / self.stage.target_seconds)
        else:
            progress = None
        if self.state is State.WAITING:
            progress, remaining = 1.0, 0.0
        # From the capped stage time, so that a read before update() never overshoots what an
        # update would then report (a fixed stage ends at its length, however late the update).
        total = sum(self._actual) + (elapsed if active else 0.0)
        planned = self.routine.total_seconds
        if planned is not None:
            # Added time stays planned once spent, so that total progress does not jump back
            # when an extended stage ends.
            planned += self._extra_spent + (self._extra if active else 0)
        total_remaining = None
        if planned is not None:
            later = sum(s.seconds or 0 for s in stages[self._index + 1:])
            total_remaining = (remaining or 0.0) + later
            if self.state is State.FINISHED:
                total_remaining = 0.0
        if self.state is State.FINISHED:
            total_progress = 1.0
        elif planned and total_remaining is not None:
            total_progress = min(1.0, max(0.0, 1 - total_remaining / planned))
        else:
            part = progress if progress is not None else 0.0
            total_progress = min(1.0, (self._index + part) / len(stages))
        nxt = self._index + 1
        return Snapshot(
            state=self.state,
            index=self._index,
            stage=self.stage,
            next_stage=stages[nxt] if nxt < len(stages) else None,
            stage_elapsed=elapsed,
            stage_length=length,
            stage_remaining=remaining,
            stage_progress=progress,
            total_elapsed=total,
            total_planned=planned,
            total_remaining=total_remaining,
            total_progress=total_progress,
            prompt=self._prompt_shown,
            stage_count=len(stages),
        )

    # -- the record ------------------------------------------------------------------------

    def record(self, now: float | None = None, status: SessionStatus | None = None) -> SessionRecord:
        """The session as it stands: finished, or (for a checkpoint) up to ``now``."""
        if self._start_mono is None or self._start_wall is None:
            raise RuntimeError("the session has not started")
        end = self._end_mono if self._end_mono is not None else max(now or self._last_now, self._last_now)
        seconds = self.stage_seconds(end) if self.state is not State.FINISHED else list(self._actual)
        stages: list[StageRecord] = []
        in_progress = self.state in (State.RUNNING, State.PAUSED)
        for i, stage in enumerate(self.routine.stages):
            st: StageStatus
            if self._completed[i]:
                st = "done"
            elif self._stopped[i]:
                st = "stopped"
            elif in_progress and i == self._index:
                # A checkpoint of a running session reads as if it were ended here (see end()):
                # the stage under way was stopped, not skipped.
                st = "done" if stage.open_ended else "stopped"
            elif self._visited[i]:
                st = "skipped"
            else:
                st = "not_reached"
            stages.append(StageRecord(i, stage.title, stage.side, stage.seconds,
                                      round(seconds[i]), st))
        started = self._start_wall.replace(microsecond=0)  # the store keeps whole seconds
        ended = started + timedelta(seconds=round(end - self._start_mono))
        return SessionRecord(
            id=self.session_id,
            routine_id=self.routine.id,
            routine_title=self.routine.title,
            kind=self.routine.kind,
            started_at=started,
            ended_at=ended,
            local_date=started.astimezone().date(),
            planned_seconds=self.routine.total_seconds,
            actual_seconds=sum(s.actual_seconds for s in stages),
            status=status or self._status or "interrupted",
            stages=stages,
        )
