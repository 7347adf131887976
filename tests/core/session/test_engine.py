"""The session engine, stepped by hand: every time is a number we choose, nothing sleeps."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.helpers.engine_parts import T0, WALL, fixed, kinds, open_stage, routine, started
from touchtimer.core.routines.model import Prompt
from touchtimer.core.session.engine import ENDING_SOON_LEAD, EXTEND_SECONDS, SessionEngine, State
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

# -- start and auto-advance ----------------------------------------------------------------------


def test_start_emits_session_and_first_stage() -> None:
    r = routine(fixed(60), fixed(90))
    engine = SessionEngine(r)
    assert engine.state is State.READY
    assert engine.next_due() is None
    events = engine.start(T0, wall=WALL)
    assert events == [SessionStarted(T0), StageStarted(T0, 0, r.stages[0])]
    assert engine.snapshot(T0).state is State.RUNNING
    assert engine.start(T0 + 5, wall=WALL) == [], "a second start does nothing"


def test_commands_before_start_do_nothing_and_record_needs_a_start() -> None:
    engine = SessionEngine(routine(fixed(60)))
    for command in (engine.update, engine.pause, engine.resume, engine.next, engine.back,
                    engine.extend, engine.end, engine.toggle_pause):
        assert command(T0) == []
    assert engine.state is State.READY
    with pytest.raises(RuntimeError):
        engine.record()


def test_a_routine_needs_a_stage() -> None:
    with pytest.raises(ValueError, match="at least one stage"):
        SessionEngine(routine())


def test_stages_advance_at_exactly_their_due_time() -> None:
    r = routine(fixed(60), fixed(90))
    engine = started(r)
    assert engine.update(T0 + 49.999) == []
    assert engine.update(T0 + 50) == [StageEndingSoon(T0 + 50, 0, 1)]
    assert engine.update(T0 + 59.999) == []
    assert engine.update(T0 + 60) == [StageFinished(T0 + 60, 0, "done"),
                                      StageStarted(T0 + 60, 1, r.stages[1])]
    assert engine.index == 1
    assert engine.update(T0 + 150) == [StageEndingSoon(T0 + 140, 1, None),
                                       StageFinished(T0 + 150, 1, "done"),
                                       SessionFinished(T0 + 150, "completed")]
    assert engine.state is State.FINISHED
    assert engine.update(T0 + 10_000) == []


def test_short_stages_get_no_ending_soon() -> None:
    engine = started(routine(fixed(29), fixed(30)))
    events = engine.update(T0 + 100)
    soon = [e for e in events if isinstance(e, StageEndingSoon)]
    assert soon == [StageEndingSoon(T0 + 29 + 30 - ENDING_SOON_LEAD, 1, None)]


# -- prompts -----------------------------------------------------------------------------------


def test_prompt_at_an_offset_fires_once_at_that_offset() -> None:
    hello = Prompt(text="Say hello", at_seconds=20)
    r = routine(fixed(60, hello))
    engine = started(r)
    assert engine.update(T0 + 19.5) == []
    assert engine.snapshot(T0 + 19.5).prompt is None
    assert engine.update(T0 + 20) == [PromptDue(T0 + 20, 0, hello, 1)]
    assert engine.snapshot(T0 + 20).prompt is hello
    assert engine.update(T0 + 45) == []


def test_prompt_at_zero_fires_with_the_stage_start() -> None:
    first = Prompt(text="Begin", at_seconds=0)
    r = routine(fixed(40), fixed(40, first))
    engine = started(r)
    events = engine.update(T0 + 40)
    assert events[-2:] == [StageStarted(T0 + 40, 1, r.stages[1]), PromptDue(T0 + 40, 1, first, 1)]


def test_repeating_check_every_15_minutes_over_three_hours_of_open_ended_stage() -> None:
    check = Prompt(text="Check breathing", every_seconds=15 * 60, kind="check")
    sleepy = Prompt(text="Sleepy?", at_seconds=30 * 60)
    r = routine(fixed(120), open_stage(check, sleepy, target=3600))
    engine = started(r)
    start = T0 + 120
    # One single late call, three hours on: every check, each at its own moment, in order.
    events = engine.update(start + 3 * 3600 + 1)
    prompts = [e for e in events if isinstance(e, PromptDue)]
    checks = [e for e in prompts if e.prompt is check]
    assert [e.at - start for e in checks] == [900.0 * k for k in range(1, 13)]
    assert [e.occurrence for e in checks] == list(range(1, 13))
    assert [e.at - start for e in prompts if e.prompt is sleepy] == [1800.0]
    # At 30 minutes both fall due; the earlier-listed prompt comes first.
    at_1800 = [e.prompt for e in prompts if e.at == start + 1800]
    assert at_1800 == [check, sleepy]
    assert engine.next_due() == start + 13 * 900
    assert engine.state is State.RUNNING, "an open-ended stage never ends on its own"


def test_repeating_prompt_in_a_fixed_stage_stops_at_its_end() -> None:
    tick = Prompt(text="Breathe", every_seconds=20)
    engine = started(routine(fixed(60, tick)))
    events = engine.update(T0 + 200)
    assert [e.at - T0 for e in events if isinstance(e, PromptDue)] == [20, 40]


# -- pause and resume --------------------------------------------------------------------------


def test_paused_time_is_not_counted() -> None:
    hello = Prompt(text="Hello", at_seconds=30)
    r = routine(fixed(60, hello), fixed(60))
    engine = started(r)
    assert engine.pause(T0 + 10) == [SessionPaused(T0 + 10)]
    assert engine.state is State.PAUSED
    assert engine.next_due() is None
    assert engine.pause(T0 + 11) == [], "pausing twice does nothing"
    assert engine.update(T0 + 1000) == []
    snap = engine.snapshot(T0 + 1000)
    assert snap.stage_elapsed == 10 and snap.stage_remaining == 50 and snap.total_elapsed == 10
    assert engine.resume(T0 + 1010) == [SessionResumed(T0 + 1010)]
    assert engine.next_due() == T0 + 1030
    events = engine.update(T0 + 1060)
    assert PromptDue(T0 + 1030, 0, hello, 1) in events
    assert events[-2:] == [StageFinished(T0 + 1060, 0, "done"),
                           StageStarted(T0 + 1060, 1, r.stages[1])]
    record = engine.record(T0 + 1060)
    assert record.stages[0].actual_seconds == 60
    assert record.ended_at - record.started_at == timedelta(seconds=1060), "wall time includes the pause"


def test_toggle_pause_switches_between_paused_and_running() -> None:
    engine = started(routine(fixed(60)))
    assert engine.toggle_pause(T0 + 5) == [SessionPaused(T0 + 5)]
    assert engine.toggle_pause(T0 + 9) == [SessionResumed(T0 + 9)]
    assert engine.state is State.RUNNING
    assert engine.snapshot(T0 + 9).stage_elapsed == 5


# -- next, back, extend, end -------------------------------------------------------------------


def test_next_skips_a_fixed_stage_and_completes_an_open_ended_one() -> None:
    r = routine(fixed(60), open_stage(target=600), fixed(60))
    engine = started(r)
    events = engine.next(T0 + 20)
    assert events == [StageFinished(T0 + 20, 0, "skipped"), StageStarted(T0 + 20, 1, r.stages[1])]
    events = engine.next(T0 + 100)
    assert events == [StageFinished(T0 + 100, 1, "done"), StageStarted(T0 + 100, 2, r.stages[2])]
    events = engine.next(T0 + 110)
    assert events == [StageFinished(T0 + 110, 2, "skipped"), SessionFinished(T0 + 110, "completed")]
    record = engine.record()
    assert [s.status for s in record.stages] == ["skipped", "done", "skipped"]
    assert [s.actual_seconds for s in record.stages] == [20, 80, 10]
    assert record.status == "completed"
    assert engine.next(T0 + 200) == []


def test_next_first_emits_what_was_already_due() -> None:
    hello = Prompt(text="Hello", at_seconds=10)
    r = routine(fixed(60, hello), fixed(60))
    engine = started(r)
    events = engine.next(T0 + 30)  # no update since the start: the prompt is still owed
    assert events[0] == PromptDue(T0 + 10, 0, hello, 1)
    assert kinds(events[1:]) == ["StageFinished", "StageStarted"]


def test_back_restarts_the_previous_stage_from_its_beginning() -> None:
    hello = Prompt(text="Hello", at_seconds=5)
    r = routine(fixed(60, hello), fixed(60))
    engine = started(r)
    engine.update(T0 + 60)  # into stage 1
    events = engine.back(T0 + 70)
    assert events == [StageFinished(T0 + 70, 1, "skipped"), StageStarted(T0 + 70, 0, r.stages[0])]
    snap = engine.snapshot(T0 + 70)
    assert snap.index == 0 and snap.stage_elapsed == 0 and snap.stage_remaining == 60
    assert snap.prompt is None
    # The revisited stage's prompt falls due again, counted afresh.
    assert engine.update(T0 + 75) == [PromptDue(T0 + 75, 0, hello, 1)]
    # Back on the first stage restarts it.
    assert engine.back(T0 + 80) == [StageFinished(T0 + 80, 0, "skipped"),
                                    StageStarted(T0 + 80, 0, r.stages[0])]
    engine.end(T0 + 90)
    record = engine.record()
    assert [s.actual_seconds for s in record.stages] == [60 + 10 + 10, 10]
    assert [s.status for s in record.stages] == ["done", "skipped"]
    assert record.actual_seconds == 90


def test_extend_adds_a_minute_and_ending_soon_comes_again() -> None:
    r = routine(fixed(60), fixed(30))
    engine = started(r)
    assert engine.can_extend
    assert engine.update(T0 + 55) == [StageEndingSoon(T0 + 50, 0, 1)]
    assert engine.extend(T0 + 55) == []
    snap = engine.snapshot(T0 + 55)
    assert snap.stage_length == 60 + EXTEND_SECONDS and snap.stage_remaining == 65
    assert snap.total_planned == 90 + EXTEND_SECONDS
    assert engine.next_due() == T0 + 110
    events = engine.update(T0 + 120)
    assert events == [StageEndingSoon(T0 + 110, 0, 1), StageFinished(T0 + 120, 0, "done"),
                      StageStarted(T0 + 120, 1, r.stages[1])]
    assert engine.snapshot(T0 + 120).stage_length == 30, "the extra time belonged to the first stage"
    assert engine.snapshot(T0 + 120).total_planned == 150, "and it stays in the plan"
    assert engine.snapshot(T0 + 120).total_progress == pytest.approx(120 / 150)
    assert engine.record(T0 + 120).stages[0].actual_seconds == 120


def test_a_prompt_that_falls_in_the_extension_is_given() -> None:
    every = Prompt(text="Breathe", every_seconds=50)
    engine = started(routine(fixed(60, every)))
    engine.extend(T0 + 30)
    events = engine.update(T0 + 200)
    assert [e.at - T0 for e in events if isinstance(e, PromptDue)] == [50, 100]
    assert [e.occurrence for e in events if isinstance(e, PromptDue)] == [1, 2]


def test_extend_while_paused_counts_from_the_paused_time() -> None:
    engine = started(routine(fixed(60)))
    engine.pause(T0 + 40)
    engine.extend(T0 + 100, 30)
    engine.resume(T0 + 200)
    assert engine.next_due() == T0 + 200 + 40  # 90 - 10 - 40 s left before "ending soon"
    assert engine.update(T0 + 250)[-1] == SessionFinished(T0 + 250, "completed")


def test_extend_never_dates_an_ending_soon_before_now() -> None:
    # A 25 s stage has no "ending soon"; extended by 6 s near its end, the new moment for it
    # (31 - 10 = 21 s) is already past, so it is not given at all rather than given late.
    engine = started(routine(fixed(25)))
    engine.update(T0 + 24)
    engine.extend(T0 + 24, 6)
    events = engine.update(T0 + 40)
    assert events == [StageFinished(T0 + 31, 0, "done"), SessionFinished(T0 + 31, "completed")]


def test_extend_does_nothing_for_open_ended_stages_and_refuses_no_time() -> None:
    engine = started(routine(open_stage()))
    assert not engine.can_extend
    assert engine.extend(T0 + 10) == []
    assert engine.snapshot(T0 + 10).stage_length is None
    with pytest.raises(ValueError):
        engine.extend(T0 + 10, 0)
    with pytest.raises(ValueError):
        engine.extend(T0 + 10, -60)


def test_end_on_a_fixed_stage_stops_it() -> None:
    r = routine(fixed(60), fixed(60), fixed(60))
    engine = started(r)
    engine.update(T0 + 70)
    assert engine.end(T0 + 80) == [StageFinished(T0 + 80, 1, "stopped"),
                                   SessionFinished(T0 + 80, "ended_early")]
    assert engine.state is State.FINISHED
    assert engine.end(T0 + 90) == [] and engine.next(T0 + 90) == [] and engine.back(T0 + 90) == []
    record = engine.record()
    assert record.status == "ended_early"
    assert [s.status for s in record.stages] == ["done", "stopped", "not_reached"]
    assert [s.actual_seconds for s in record.stages] == [60, 20, 0]
    assert record.ended_at - record.started_at == timedelta(seconds=80)
    snap = engine.snapshot(T0 + 500)
    assert snap.total_progress == 1.0 and snap.total_remaining == 0 and snap.total_elapsed == 80


def test_end_on_an_open_ended_stage_counts_it_as_done() -> None:
    r = routine(fixed(60), open_stage(target=3600), fixed(60))
    engine = started(r)
    engine.update(T0 + 60 + 4000)
    assert engine.end(T0 + 60 + 4000)[0] == StageFinished(T0 + 60 + 4000, 1, "done")
    record = engine.record()
    assert record.status == "ended_early"
    assert [s.status for s in record.stages] == ["done", "done", "not_reached"]
    assert record.stages[1].actual_seconds == 4000
    assert record.planned_seconds is None
    assert [s.planned_seconds for s in record.stages] == [60, None, 60]


def test_ending_while_paused_counts_only_the_time_before_the_pause() -> None:
    engine = started(routine(fixed(60)))
    engine.pause(T0 + 10)
    assert engine.end(T0 + 500) == [StageFinished(T0 + 500, 0, "stopped"),
                                    SessionFinished(T0 + 500, "ended_early")]
    assert engine.record().stages[0].actual_seconds == 10


# -- wait for me ---------------------------------------------------------------------------------


def test_wait_for_me_holds_between_stages_until_next() -> None:
    r = routine(fixed(40), fixed(40))
    engine = started(r, wait_between_stages=True)
    events = engine.update(T0 + 300)
    assert events[-2:] == [StageFinished(T0 + 40, 0, "done"), WaitingForParent(T0 + 40, 1)]
    assert engine.state is State.WAITING
    assert engine.next_due() is None
    snap = engine.snapshot(T0 + 300)
    assert snap.index == 0 and snap.stage_remaining == 0 and snap.stage_progress == 1.0
    assert snap.total_elapsed == 40 and snap.total_remaining == 40
    assert engine.pause(T0 + 300) == [], "nothing runs, so nothing to pause"
    assert engine.next(T0 + 300) == [StageStarted(T0 + 300, 1, r.stages[1])]
    events = engine.update(T0 + 340)
    assert events[-2:] == [StageFinished(T0 + 340, 1, "done"), SessionFinished(T0 + 340, "completed")]
    record = engine.record()
    assert [s.actual_seconds for s in record.stages] == [40, 40], "waiting is not stage time"
    assert record.ended_at - record.started_at == timedelta(seconds=340)


def test_wait_for_me_does_not_wait_after_the_last_stage_and_can_go_back_or_end() -> None:
    r = routine(fixed(40), fixed(40), fixed(40))
    engine = started(r, wait_between_stages=True)
    engine.update(T0 + 45)
    assert engine.back(T0 + 50) == [StageStarted(T0 + 50, 0, r.stages[0])], "back repeats the stage"
    engine.update(T0 + 100)
    assert engine.state is State.WAITING
    assert engine.end(T0 + 120) == [SessionFinished(T0 + 120, "ended_early")]
    assert [s.status for s in engine.record().stages] == ["done", "not_reached", "not_reached"]


# -- time ----------------------------------------------------------------------------------------


def script(engine: SessionEngine, calls: list[tuple[float, str]], step: float | None) -> list[Event]:
    """Run timed commands; with ``step``, also update every ``step`` seconds in between."""
    out: list[Event] = []
    now = T0
    for at, command in calls:
        if step is not None:
            while now + step < at:
                now += step
                out += engine.update(now)
        now = at
        out += getattr(engine, command)(now)
    return out


def test_a_late_update_after_a_long_stall_gives_the_same_events_at_the_same_times() -> None:
    check = Prompt(text="Check", every_seconds=600, kind="check")
    r = routine(fixed(120, Prompt(text="Hi", at_seconds=15)), open_stage(check, target=3600),
                fixed(90, Prompt(text="Side", every_seconds=30)), fixed(45))
    calls = [(T0 + 50, "pause"), (T0 + 80, "resume"), (T0 + 5000, "next"), (T0 + 5020, "extend"),
             (T0 + 9000, "update")]
    often = script(started(r), calls, step=0.25)
    stalled = script(started(r), calls, step=None)
    assert stalled == often
    assert len(often) > 15
    assert [e.at for e in often] == sorted(e.at for e in often)


def test_time_passed_backwards_is_clamped() -> None:
    hello = Prompt(text="Hello", at_seconds=30)
    engine = started(routine(fixed(60, hello)))
    engine.update(T0 + 40)
    assert engine.update(T0 + 10) == []
    assert engine.snapshot(T0 + 10) == engine.snapshot(T0 + 40)
    assert engine.pause(T0 + 20) == [SessionPaused(T0 + 40)], "an earlier time means 'now'"
    assert engine.resume(T0 + 45) == [SessionResumed(T0 + 45)]
    assert engine.snapshot(T0 + 45).stage_elapsed == 40
