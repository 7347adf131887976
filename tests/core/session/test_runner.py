"""The session runner: one timer for the next due moment, one stream of events, on a fake clock."""

from __future__ import annotations

import pytest

from tests.helpers.engine_parts import T0, WALL, fixed, kinds, routine
from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.model import Prompt
from touchtimer.core.session.engine import State
from touchtimer.core.session.events import Event, SessionFinished, StageStarted
from touchtimer.core.session.runner import SessionListener, SessionRunner


def make_runner(steps: list[str] | None = None) -> tuple[SessionRunner, FakeClock, FakeScheduler]:
    clock = FakeClock(now=T0, wall_start=WALL)
    scheduler = FakeScheduler(clock)
    on_step = (lambda: steps.append("step")) if steps is not None else None
    return SessionRunner(clock, scheduler, on_step=on_step), clock, scheduler


def test_one_single_shot_timer_per_due_moment_and_no_polling() -> None:
    runner, _clock, scheduler = make_runner()
    heard: list[Event] = []
    runner.subscribe(heard.append)
    runner.begin(routine(fixed(60, Prompt(text="Hi", at_seconds=5)), fixed(45), kind="massage"))
    scheduler.advance(1000)
    assert [e.at - T0 for e in heard] == [0, 0, 5, 50, 60, 60, 95, 105, 105]
    assert heard[-1] == SessionFinished(T0 + 105, "completed")
    assert scheduler.due is None
    assert scheduler.scheduled == 5, "one timer per due moment (5, 50, 60, 95, 105 s), no polling"


def test_listeners_hear_every_event_once_in_order_until_they_close() -> None:
    runner, clock, _scheduler = make_runner()
    first: list[Event] = []
    second: list[Event] = []
    subscription = runner.subscribe(first.append)
    runner.load(routine(fixed(60, Prompt(text="Hi", at_seconds=10)), fixed(30)))
    returned = runner.start()
    clock.advance(20)
    returned += runner.update()
    later = runner.subscribe(second.append)
    clock.advance(10)
    returned += runner.pause()
    subscription.close()
    subscription.close()                      # closing twice is harmless
    clock.advance(10)
    returned += runner.resume()
    clock.advance(160)
    returned += runner.update()
    assert first == returned[:4]
    assert kinds(first) == ["SessionStarted", "StageStarted", "PromptDue", "SessionPaused"]
    assert second == returned[3:]
    assert kinds(second)[-1] == "SessionFinished"
    assert later.active and not subscription.active


class Recorder(SessionListener):
    def __init__(self) -> None:
        self.heard: list[Event] = []

    def on_event(self, event: Event) -> None:
        self.heard.append(event)


def test_a_session_listener_attaches_to_one_runner_at_a_time_and_detaches() -> None:
    one, _, _ = make_runner()
    other, _, _ = make_runner()
    listener = Recorder()
    listener.attach(one)
    listener.attach(other)                    # moves: it hears the other runner only
    assert listener.runner is other
    one.begin(routine(fixed(60)))
    assert listener.heard == []
    other.begin(routine(fixed(60)))
    assert kinds(listener.heard) == ["SessionStarted", "StageStarted"]
    listener.detach()
    listener.detach()
    assert listener.runner is None
    other.end()
    assert kinds(listener.heard) == ["SessionStarted", "StageStarted"]


def test_listeners_hear_every_session_of_the_runner() -> None:
    runner, _, _ = make_runner()
    listener = Recorder()
    listener.attach(runner)
    runner.begin(routine(fixed(60)))
    runner.end()
    runner.begin(routine(fixed(30)))
    assert kinds(listener.heard) == ["SessionStarted", "StageStarted", "StageFinished", "SessionFinished",
                                     "SessionStarted", "StageStarted"]


def test_on_step_follows_every_command_and_due_moment_but_not_a_refresh() -> None:
    steps: list[str] = []
    runner, clock, scheduler = make_runner(steps)
    engine = runner.load(routine(fixed(60), fixed(60), kind="massage"))
    assert steps == [] and scheduler.due is None and engine.state is State.READY
    runner.start()
    assert steps == ["step"] and scheduler.due == T0 + 50        # "ending soon" of the first stage
    scheduler.advance(50)
    assert steps == ["step"] * 2
    clock.advance(5)
    revision = runner.revision
    armed = scheduler.scheduled
    assert runner.update() == [] and steps == ["step"] * 2
    assert scheduler.scheduled == armed, "a refresh with nothing new leaves the timer alone"
    assert runner.revision == revision
    runner.pause()
    assert steps == ["step"] * 3 and scheduler.due is None and runner.revision > revision


def test_a_late_refresh_catches_up_and_re_arms_the_timer() -> None:
    runner, clock, scheduler = make_runner()
    runner.begin(routine(fixed(60, Prompt(text="Hi", at_seconds=20)),
                         fixed(90, Prompt(text="Yo", at_seconds=45)), kind="massage"))
    clock.advance(75)                         # the due timer never fired (a stalled machine)
    events = runner.update()
    assert kinds(events) == ["PromptDue", "StageEndingSoon", "StageFinished", "StageStarted"]
    assert scheduler.due == clock.now + 30    # the next prompt, 45 s into the second stage


def test_the_snapshot_of_one_moment_is_computed_once() -> None:
    runner, clock, _ = make_runner()
    assert runner.snapshot() is None
    runner.begin(routine(fixed(60)))
    first = runner.snapshot()
    assert first is not None and runner.snapshot() is first
    clock.advance(1)
    later = runner.snapshot()
    assert later is not first and later is not None and later.stage_elapsed == 1


def test_without_a_session_commands_do_nothing_and_stop_disarms() -> None:
    runner, _, scheduler = make_runner()
    for command in (runner.pause, runner.resume, runner.toggle_pause, runner.next, runner.back,
                    runner.extend, runner.end, runner.update):
        assert command() == []
    assert runner.add_elapsed(30) == [] and runner.note_uncounted_gap(30) == []
    assert not runner.active and runner.engine is None
    with pytest.raises(RuntimeError):
        runner.record()
    with pytest.raises(RuntimeError):
        runner.start()
    runner.begin(routine(fixed(60)))
    assert runner.active and scheduler.due is not None
    runner.stop()
    assert scheduler.due is None and runner.engine is None and runner.snapshot() is None


def test_time_the_computer_slept_counts_only_when_asked() -> None:
    runner, clock, _ = make_runner()
    runner.begin(routine(fixed(60), fixed(60)))
    clock.advance(30)
    events = runner.add_elapsed(50)           # stage one (60 s) ended during the sleep
    assert [e.at for e in events if isinstance(e, StageStarted)] == [clock.now - 20]
    assert runner.engine is not None and runner.engine.total_elapsed(clock.now) == pytest.approx(80)
    assert runner.note_uncounted_gap(100) == []
    assert runner.engine.total_elapsed(clock.now) == pytest.approx(80)
    assert (runner.record().ended_at - runner.record().started_at).total_seconds() == 30 + 50 + 100


def test_an_adopted_engine_is_run_like_a_new_one() -> None:
    from touchtimer.core.session.engine import SessionEngine

    runner, clock, scheduler = make_runner()
    engine = SessionEngine(routine(fixed(60)))
    engine.start(clock.now, clock.wall())
    engine.pause(clock.now)
    heard: list[Event] = []
    runner.subscribe(heard.append)
    assert runner.adopt(engine) is engine and scheduler.due is None
    clock.advance(5)
    runner.resume()
    assert kinds(heard) == ["SessionResumed"] and scheduler.due == clock.now + 50
