"""The session state machine. Every operation takes ``now`` from a monotonic clock.

Nothing here counts ticks: elapsed time is always derived from timestamps, so calling
:meth:`SessionEngine.update` late (after a stall, or once an hour) gives exactly the same events
and times as calling it often. Due moments are processed in order at the moment they were due,
not the moment they were noticed, so stage changes never drift.

The engine never touches a widget and has no listeners: every command returns the events it caused,
and :class:`~touchtimer.core.session.runner.SessionRunner` hands them to whoever listens.
"""

from __future__ import annotations

from datetime import UTC, datetime

from touchtimer.core.routines.model import Prompt, Routine, Stage
from touchtimer.core.session.engine_state import (
    Due,
    DueMoment,
    EngineState,
    StageTally,
    State,
    session_record,
)
from touchtimer.core.session.events import (
    Event,
    PromptDue,
    SessionFinished,
    SessionPaused,
    SessionResumed,
    SessionStarted,
    StageEndingSoon,
    StageFinished,
    StageStarted,
    WaitingForParent,
)
from touchtimer.core.session.record import SessionRecord, SessionStatus, StageOutcome, new_session_id
from touchtimer.core.session.snapshot import Snapshot, snapshot_of

__all__ = ["ENDING_SOON_LEAD", "ENDING_SOON_MIN_STAGE", "EXTEND_SECONDS", "SessionEngine", "State"]

#: Seconds before the end of a fixed stage at which ``StageEndingSoon`` falls due.
ENDING_SOON_LEAD = 10
#: Stages shorter than this get no "ending soon" event.
ENDING_SOON_MIN_STAGE = 30
EXTEND_SECONDS = 60


class SessionEngine:
    """Runs one routine. Create it, then call :meth:`start`, :meth:`update` and the commands."""

    def __init__(self, routine: Routine, *, wait_between_stages: bool = False,
                 session_id: str | None = None) -> None:
        if not routine.stages:
            raise ValueError("a routine needs at least one stage")
        self.routine = routine
        self.session_id = session_id or new_session_id()
        self.wait_between_stages = wait_between_stages
        #: Whether this engine gives the routine's check prompts on the stage's clock. The runner turns
        #: it off for skin-to-skin, whose checks keep their own clock (``position_checks``).
        self.times_checks = True
        self.state = State.READY
        self._last_now = float("-inf")
        self._start_mono: float | None = None
        self._start_wall: datetime | None = None
        self._end_mono: float | None = None
        self._status: SessionStatus | None = None
        self._stages = [StageTally()] * len(routine.stages)
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

    # -- time helpers --------------------------------------------------------------------

    def _clock(self, now: float) -> float:
        """Never let time run backwards, whatever the caller passes."""
        self._last_now = max(now, self._last_now)
        return self._last_now

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
        stage = self.stage
        self._next_prompt = [p.at_seconds if p.at_seconds is not None else p.every_seconds
                             for p in stage.prompts]
        self._prompt_count = [0] * len(stage.prompts)
        self.state = State.RUNNING
        return [StageStarted(at, index, stage)]

    def _end_visit(self, at: float, outcome: StageOutcome) -> list[Event]:
        elapsed = self._visit_elapsed(at)
        self._stages[self._index] = self._stages[self._index].after_visit(elapsed, outcome)
        if outcome == "done" and self.stage.seconds is not None:
            self._extra_spent += self._extra
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

    def _pending(self) -> DueMoment | None:
        """The next due moment in the running visit (the earliest; at a tie, the lowest kind)."""
        if self.state is not State.RUNNING:
            return None
        length = self._length()
        prompts = self.stage.prompts
        candidates = [DueMoment(self._time_of(offset), Due.PROMPT, i)
                      for i, offset in enumerate(self._next_prompt)
                      if offset is not None and (length is None or offset < length)
                      and (self.times_checks or prompts[i].kind != "check")]
        if length is not None:
            if not self._soon_fired and length >= ENDING_SOON_MIN_STAGE:
                candidates.append(DueMoment(self._time_of(length - ENDING_SOON_LEAD), Due.ENDING_SOON, -1))
            candidates.append(DueMoment(self._time_of(length), Due.STAGE_END, -1))
        return min(candidates, default=None)

    def _advance(self, now: float) -> list[Event]:
        events: list[Event] = []
        while (due := self._pending()) is not None and due.at <= now:
            if due.kind is Due.PROMPT:
                i = due.prompt
                prompt = self.stage.prompts[i]
                self._prompt_count[i] += 1
                offset = self._next_prompt[i]
                assert offset is not None
                self._next_prompt[i] = offset + prompt.every_seconds if prompt.every_seconds else None
                self._prompt_shown = prompt
                events.append(PromptDue(due.at, self._index, prompt, self._prompt_count[i]))
            elif due.kind is Due.ENDING_SOON:
                self._soon_fired = True
                nxt = self._index + 1
                events.append(StageEndingSoon(due.at, self._index,
                                              nxt if nxt < len(self.routine.stages) else None))
            else:
                events += self._end_visit(due.at, "done")
                events += self._after_stage(due.at)
        return events

    # -- commands --------------------------------------------------------------------------

    def start(self, now: float, wall: datetime) -> list[Event]:
        """Begin the session; ``wall`` is the wall-clock moment of ``now`` (it only labels the record)."""
        now = self._clock(now)
        if self.state is not State.READY:
            return []
        self._start_mono = now
        self._start_wall = wall.astimezone(UTC)
        events: list[Event] = [SessionStarted(now)]
        events += self._begin_visit(0, now)
        events += self._advance(now)
        return events

    def update(self, now: float) -> list[Event]:
        """Every event due up to ``now``, each at the moment it was due."""
        return self._advance(self._clock(now))

    def pause(self, now: float) -> list[Event]:
        now = self._clock(now)
        events = self._advance(now)
        if self.state is State.RUNNING:
            self._accum = self._visit_elapsed(now)
            self._segment = None
            self.state = State.PAUSED
            events.append(SessionPaused(now))
        return events

    def resume(self, now: float) -> list[Event]:
        now = self._clock(now)
        events = self._advance(now)  # like every command: first catch up to ``now``
        if self.state is State.PAUSED:
            self._segment = now
            self.state = State.RUNNING
            events.append(SessionResumed(now))
            events += self._advance(now)
        return events

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
            events += self._leave(now, "done" if done else "skipped")
            if self._index + 1 >= len(self.routine.stages):
                events += self._finish(now, "completed")
            else:
                events += self._begin_visit(self._index + 1, now)
        else:
            return events
        return events + self._advance(now)

    def back(self, now: float) -> list[Event]:
        """Go back to the previous stage (or restart the first), from its beginning."""
        now = self._clock(now)
        events = self._advance(now)
        if self.state is State.WAITING:
            events += self._begin_visit(self._index, now)
        elif self.state in (State.RUNNING, State.PAUSED):
            events += self._leave(now, "skipped")
            events += self._begin_visit(max(0, self._index - 1), now)
        else:
            return events
        return events + self._advance(now)

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
        return events

    def end(self, now: float) -> list[Event]:
        """Finish early. The session is saved as ``ended_early``; an open-ended stage under way is done."""
        now = self._clock(now)
        events = self._advance(now)
        if self.state in (State.RUNNING, State.PAUSED):
            events += self._leave(now, "done" if self.stage.open_ended else "stopped")
            events += self._finish(now, "ended_early")
        elif self.state is State.WAITING:
            events += self._finish(now, "ended_early")
        return events

    # -- checkpoints and gaps ------------------------------------------------------------------

    def checkpoint_state(self, now: float) -> EngineState:
        """The state at ``now`` (after :meth:`update`), to continue the session later."""
        if self._start_wall is None or self.state in (State.READY, State.FINISHED):
            raise RuntimeError("only a started, unfinished session has a state to keep")
        now = max(now, self._last_now)
        return EngineState(
            session_id=self.session_id, routine_id=self.routine.id, state=self.state, index=self._index,
            visit_elapsed=self._visit_elapsed(now), extra=self._extra, stages=tuple(self._stages),
            next_prompt=tuple(self._next_prompt), prompt_count=tuple(self._prompt_count),
            soon_fired=self._soon_fired, started_wall=self._start_wall,
            wait_between_stages=self.wait_between_stages, extra_spent=self._extra_spent,
        )

    @classmethod
    def restore(cls, routine: Routine, state: EngineState, now: float, wall: datetime) -> SessionEngine:
        """Continue a session from ``state``, the same session id, **paused** at ``now``.

        The time between the checkpoint and ``now`` is not counted; the person resumes when ready.
        ``wall`` (the current wall time) keeps the session's end time true on the wall clock.
        Raises ``ValueError`` if ``state`` does not fit ``routine`` (it was changed meanwhile).
        """
        if not state.fits(routine):
            raise ValueError("the saved session does not fit this routine any more")
        engine = cls(routine, wait_between_stages=state.wait_between_stages, session_id=state.session_id)
        engine._last_now = now
        started = state.started_wall.astimezone(UTC)
        engine._start_wall = started
        engine._start_mono = now - max(0.0, (wall - started).total_seconds())
        engine._stages = list(state.stages)
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

        Only a running stage gains the time (a paused or waiting session was not counting anyway).
        Every moment due inside it is emitted at the moment it would have been due: a stage that would
        have ended during the sleep ends there and the next one carries the rest. Without this call,
        sleep is not counted (the monotonic clock stops while the computer sleeps).
        """
        if seconds < 0:
            raise ValueError("added time cannot be negative")
        now = self._clock(now)
        events = self._advance(now)
        if self.state is not State.RUNNING:
            return events
        assert self._segment is not None
        self._segment -= seconds
        if self._start_mono is not None:
            self._start_mono -= seconds
        return events + self._advance(now)

    def note_uncounted_gap(self, seconds: float) -> None:
        """Time passed on the wall clock that is *not* session time (a sleep the person left out).

        Only the wall-clock end of the record moves; no stage gains time.
        """
        if seconds < 0:
            raise ValueError("a gap cannot be negative")
        if self._start_mono is not None and self.state is not State.FINISHED:
            self._start_mono -= seconds

    @property
    def can_extend(self) -> bool:
        return self.state in (State.RUNNING, State.PAUSED) and not self.stage.open_ended

    def next_due(self) -> float | None:
        """The monotonic moment of the next event, for a single-shot timer; ``None`` if idle."""
        pending = self._pending()
        return None if pending is None else pending.at

    def stage_seconds(self, now: float) -> list[float]:
        """Active seconds spent in each stage so far, the current visit included."""
        out = [tally.seconds for tally in self._stages]
        if self.state in (State.RUNNING, State.PAUSED):
            out[self._index] += self._visit_elapsed(max(now, self._last_now))
        return out

    def total_elapsed(self, now: float) -> float:
        return sum(self.stage_seconds(now))

    def snapshot(self, now: float) -> Snapshot:
        """A pure read of the state at ``now``; call :meth:`update` first so it is current."""
        earlier = sum(t.seconds for t in self._stages)
        return snapshot_of(self.routine, self.state, self._index,
                           visit_elapsed=self._visit_elapsed(max(now, self._last_now)), extra=self._extra,
                           extra_spent=self._extra_spent, earlier_seconds=earlier, prompt=self._prompt_shown)

    def record(self, now: float | None = None, status: SessionStatus | None = None) -> SessionRecord:
        """The session as it stands: finished, or (for a checkpoint) up to ``now``."""
        if self._start_mono is None or self._start_wall is None:
            raise RuntimeError("the session has not started")
        end = self._end_mono if self._end_mono is not None else max(now or self._last_now, self._last_now)
        in_progress = self.state in (State.RUNNING, State.PAUSED)
        seconds = self.stage_seconds(end) if in_progress else [t.seconds for t in self._stages]
        return session_record(self.routine, self.session_id, self._stages, seconds,
                              current=self._index if in_progress else None, started=self._start_wall,
                              span=end - self._start_mono, status=status or self._status or "interrupted")
