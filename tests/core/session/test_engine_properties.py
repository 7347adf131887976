"""Property tests for the session engine, against an independent second-by-second model.

The engine derives everything from timestamps and jumps straight to the next due moment. The model
below does the opposite, on purpose: it counts whole seconds one at a time, the naive way, and
checks what is due after every tick. With whole-second durations and clock steps both must tell
the same story, event for event and second for second, however late the engine's ``update`` is
called. A third run of the engine, updated at every second, must agree too.
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.model import PROMPT_KINDS, Prompt, Routine, Stage
from touchtimer.core.session.engine import (
    ENDING_SOON_LEAD,
    ENDING_SOON_MIN_STAGE,
    SessionEngine,
    State,
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
from touchtimer.core.session.runner import SessionRunner

T0 = 1000

# -- the independent model -------------------------------------------------------------------


class TickModel:
    """What should happen, found by stepping one second at a time (only whole seconds)."""

    def __init__(self, routine: Routine, wait: bool) -> None:
        self.routine = routine
        self.wait = wait
        self.state = "ready"
        self.t = T0
        self.events: list[Event] = []
        self.actual = [0] * len(routine.stages)
        self.active = 0  # seconds counted while a stage was running
        self.index = 0
        self.elapsed = 0
        self.extra = 0
        self.soon = False
        self.next_offset: list[int | None] = []
        self.count: list[int] = []

    @property
    def stage(self) -> Stage:
        return self.routine.stages[self.index]

    def length(self) -> int | None:
        return None if self.stage.seconds is None else self.stage.seconds + self.extra

    def begin(self, index: int) -> None:
        self.index, self.elapsed, self.extra, self.soon = index, 0, 0, False
        self.next_offset = [p.at_seconds if p.at_seconds is not None else p.every_seconds
                            for p in self.stage.prompts]
        self.count = [0] * len(self.stage.prompts)
        self.state = "running"
        self.events.append(StageStarted(self.t, index, self.stage))

    def leave(self, outcome: str) -> None:
        # one vocabulary for how a stage went: "done", "skipped" (forwards or back), "stopped"
        self.actual[self.index] += self.elapsed
        self.events.append(StageFinished(self.t, self.index, outcome))  # type: ignore[arg-type]

    def finish(self, status: str) -> None:
        self.state = "finished"
        self.events.append(SessionFinished(self.t, status))  # type: ignore[arg-type]

    def due(self) -> None:
        """Everything due at the current second, in order: prompts, ending soon, the end."""
        while self.state == "running":
            length = self.length()
            for k, prompt in enumerate(self.stage.prompts):
                offset = self.next_offset[k]
                if offset == self.elapsed and (length is None or offset < length):
                    self.count[k] += 1
                    self.next_offset[k] = offset + prompt.every_seconds if prompt.every_seconds else None
                    self.events.append(PromptDue(self.t, self.index, prompt, self.count[k]))
            if (length is not None and length >= ENDING_SOON_MIN_STAGE and not self.soon
                    and self.elapsed >= length - ENDING_SOON_LEAD):
                self.soon = True
                nxt = self.index + 1
                self.events.append(StageEndingSoon(self.t, self.index,
                                                   nxt if nxt < len(self.routine.stages) else None))
            if length is None or self.elapsed < length:
                return
            self.leave("done")
            if self.index + 1 >= len(self.routine.stages):
                self.finish("completed")
            elif self.wait:
                self.state = "waiting"
                self.events.append(WaitingForParent(self.t, self.index + 1))
            else:
                self.begin(self.index + 1)

    def advance(self, seconds: int) -> None:
        for _ in range(seconds):
            self.t += 1
            if self.state == "running":
                self.elapsed += 1
                self.active += 1
                self.due()

    def stage_seconds(self) -> list[int]:
        out = list(self.actual)
        if self.state in ("running", "paused"):
            out[self.index] += self.elapsed
        return out

    # commands, at the current second
    def start(self) -> None:
        if self.state == "ready":
            self.events.append(SessionStarted(self.t))
            self.begin(0)
            self.due()

    def pause(self) -> None:
        if self.state == "running":
            self.state = "paused"
            self.events.append(SessionPaused(self.t))

    def resume(self) -> None:
        if self.state == "paused":
            self.state = "running"
            self.events.append(SessionResumed(self.t))
            self.due()

    def toggle(self) -> None:
        if self.state == "paused":
            self.resume()
        else:
            self.pause()

    def next(self) -> None:
        if self.state == "waiting":
            self.begin(self.index + 1)
        elif self.state in ("running", "paused"):
            length = self.length()
            self.leave("done" if length is None or self.elapsed >= length else "skipped")
            if self.index + 1 >= len(self.routine.stages):
                self.finish("completed")
                return
            self.begin(self.index + 1)
        else:
            return
        self.due()

    def back(self) -> None:
        if self.state == "waiting":
            self.begin(self.index)
        elif self.state in ("running", "paused"):
            self.leave("skipped")
            self.begin(max(0, self.index - 1))
        else:
            return
        self.due()

    def extend(self, seconds: int) -> None:
        if self.state in ("running", "paused") and self.stage.seconds is not None:
            self.extra += seconds
            length = self.length()
            assert length is not None
            # A new end, so a new "ending soon", unless its moment has already gone by.
            self.soon = self.elapsed > length - ENDING_SOON_LEAD

    def end(self) -> None:
        if self.state in ("running", "paused"):
            self.leave("done" if self.stage.seconds is None else "stopped")
            self.finish("ended_early")
        elif self.state == "waiting":
            self.finish("ended_early")


# -- strategies --------------------------------------------------------------------------------


@st.composite
def prompts(draw: st.DrawFn) -> Prompt:
    kind = draw(st.sampled_from(PROMPT_KINDS))
    if draw(st.booleans()):
        return Prompt(text="p", at_seconds=draw(st.integers(0, 200)), kind=kind)
    return Prompt(text="p", every_seconds=draw(st.integers(1, 120)), kind=kind)


@st.composite
def stages(draw: st.DrawFn) -> Stage:
    open_ended = draw(st.sampled_from([False, False, True]))
    seconds = None if open_ended else draw(st.integers(1, 40) | st.integers(1, 150))
    target = draw(st.none() | st.integers(1, 300)) if open_ended else None
    return Stage(title="s", instruction="i", seconds=seconds, target_seconds=target,
                 prompts=tuple(draw(st.lists(prompts(), max_size=2))))


@st.composite
def routines(draw: st.DrawFn) -> Routine:
    return Routine(id="r", title="R", kind="massage", min_age_weeks=0, max_age_weeks=10, summary="s",
                   stages=tuple(draw(st.lists(stages(), min_size=1, max_size=4))))


OPS = ["pause", "resume", "toggle", "next", "back", "end", "extend", "stale_update"]
# The third number is the extend time (or how far back a stale update reaches); small ones reach
# the corner where a short stage is extended just before its end.
ARG = st.one_of(st.just(60), st.integers(1, 12), st.integers(1, 90))
GAP = st.integers(0, 30) | st.integers(0, 200)
operations = st.lists(st.tuples(GAP, st.sampled_from(OPS), ARG), max_size=12)


@dataclass
class Run:
    events: list[Event]
    engine: SessionEngine
    now: int


class Runner:
    """The app's session runner on a fake clock, with every step at a moment the test chooses."""

    def __init__(self, routine: Routine, wait: bool, events: list[Event]) -> None:
        self.clock = FakeClock(now=T0)
        self.runner = SessionRunner(self.clock, FakeScheduler(self.clock))
        self.engine = self.runner.load(routine, wait_between_stages=wait)
        self.runner.subscribe(events.append)

    def at(self, now: float) -> SessionRunner:
        self.clock.now = now
        return self.runner


def run_engine(routine: Routine, wait: bool, ops: list[tuple[int, str, int]], *,
               every_second: bool, check: TickModel | None = None) -> Run:
    """Drive an engine through ``ops``; with ``check``, compare it to the model after every step."""
    events: list[Event] = []
    runner = Runner(routine, wait, events)
    engine = runner.engine
    now = T0
    returned = list(runner.at(now).start())
    last_total = 0.0
    last_progress = engine.snapshot(now).total_progress
    for gap, op, arg in [*ops, (50, "stale_update", 0)]:
        if every_second:
            progress = engine.snapshot(now).total_progress
            for _ in range(gap):
                now += 1
                returned += runner.at(now).update()
                # Only time passes here, so the session's progress may only grow.
                assert engine.snapshot(now).total_progress >= progress - 1e-9
                progress = engine.snapshot(now).total_progress
        else:
            now += gap
        if op == "extend":
            returned += runner.at(now).extend(arg)
        elif op == "stale_update":
            returned += runner.at(now - arg).update()  # a late or backwards call changes nothing
        else:
            returned += getattr(runner.at(now), {"toggle": "toggle_pause"}.get(op, op))()
        if check is not None:
            check.advance(gap)
            if op == "extend":
                check.extend(arg)
            elif op != "stale_update":
                getattr(check, op)()
            for snap in (engine.snapshot(now), engine.snapshot(now + 5)):  # reads before an update
                assert snap.stage_elapsed >= 0
                assert snap.total_elapsed >= last_total
            returned += runner.at(now).update()
            snap = engine.snapshot(now)
            assert snap.stage_elapsed >= 0
            assert snap.total_elapsed >= last_total
            if op == "stale_update":  # only time passed since the last command: progress only grows
                assert snap.total_progress >= last_progress - 1e-9
            last_progress = snap.total_progress
            last_total = snap.total_elapsed
            assert engine.stage_seconds(now) == check.stage_seconds()
            assert engine.total_elapsed(now) == check.active
            assert snap.index == check.index
            assert snap.state.value == check.state
    assert returned == events, "what the commands return is exactly what listeners heard"
    return Run(events, engine, now)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(routine=routines(), wait=st.booleans(), ops=operations)
def test_engine_matches_second_by_second_model(routine: Routine, wait: bool,
                                               ops: list[tuple[int, str, int]]) -> None:
    model = TickModel(routine, wait)
    model.start()
    coarse = run_engine(routine, wait, ops, every_second=False, check=model)
    fine = run_engine(routine, wait, ops, every_second=True)

    # Nothing lost, nothing repeated, nothing moved: the same events at the same moments.
    assert coarse.events == model.events
    assert fine.events == coarse.events

    events = coarse.events
    assert [e.at for e in events] == sorted(e.at for e in events), "events in order of their time"
    finished = [e for e in events if isinstance(e, SessionFinished)]
    assert len(finished) <= 1
    if finished:
        assert events[-1] is finished[0]
        assert coarse.engine.state is State.FINISHED
    # Every stage that finished had started, and stages never overlap.
    current: int | None = None
    for e in events:
        if isinstance(e, StageStarted):
            assert current is None
            current = e.index
        elif isinstance(e, StageFinished):
            assert current == e.index
            current = None
    # Repeating prompts count 1, 2, 3... within each visit of a stage.
    seen: dict[int, int] = {}
    for e in events:
        if isinstance(e, StageStarted):
            seen = {}
        elif isinstance(e, PromptDue):
            key = id(e.prompt)
            seen[key] = seen.get(key, 0) + 1
            assert e.occurrence == seen[key]

    # The record's stage seconds add up to the session's, and match the time actually spent.
    record = coarse.engine.record(coarse.now)
    assert sum(s.actual_seconds for s in record.stages) == record.actual_seconds
    assert [s.actual_seconds for s in record.stages] == model.stage_seconds()
    assert record.actual_seconds == model.active
    assert (record.ended_at - record.started_at).total_seconds() >= record.actual_seconds


float_gaps = st.lists(st.tuples(st.floats(0, 200, allow_nan=False), st.sampled_from(OPS), ARG),
                      max_size=10)


@settings(max_examples=80, deadline=None)
@given(routine=routines(), wait=st.booleans(), ops=float_gaps, step=st.floats(0.3, 7.0))
def test_late_updates_equal_frequent_updates_at_any_times(
        routine: Routine, wait: bool, ops: list[tuple[float, str, int]], step: float) -> None:
    """With fractional times too, one late ``update`` gives the same events as many small ones."""
    streams: list[list[Event]] = []
    totals: list[float] = []
    for frequent in (False, True):
        events: list[Event] = []
        runner = Runner(routine, wait, events)
        engine = runner.engine
        now = float(T0)
        runner.at(now).start()
        previous = 0.0
        for gap, op, arg in ops:
            target = now + gap
            if frequent:
                while now + step < target:
                    now += step
                    runner.at(now).update()
                    total = engine.snapshot(now).total_elapsed
                    assert total >= previous
                    previous = total
            now = target
            if op == "extend":
                runner.at(now).extend(arg)
            elif op == "stale_update":
                runner.at(now - arg).update()
            else:
                getattr(runner.at(now), {"toggle": "toggle_pause"}.get(op, op))()
            snap = engine.snapshot(now)
            assert snap.stage_elapsed >= 0 and snap.total_elapsed >= previous
            previous = snap.total_elapsed
        runner.at(now + 1000).update()
        streams.append(events)
        totals.append(engine.total_elapsed(now + 1000))
    assert streams[0] == streams[1]
    assert totals[0] == totals[1] or abs(totals[0] - totals[1]) < 1e-6
    assert [e.at for e in streams[0]] == sorted(e.at for e in streams[0])
