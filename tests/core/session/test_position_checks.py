"""Skin-to-skin position checks on their own clock: the checklist about a minute after baby is placed,
repeated until confirmed, and checks every N minutes since placing, whatever pauses, waits and stage
changes happen meanwhile; every one of them chimes, at least softly, in any cue setting."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.helpers.engine_parts import fixed, open_stage, routine
from tests.helpers.session_driver import Driver, builtin
from touchtimer.core.routines.model import Prompt, Routine, Stage
from touchtimer.core.session.cues import SOFT_CHECK_VOLUME, Chime, CueContext, CuePlanner, Speak
from touchtimer.core.session.engine import State
from touchtimer.core.session.events import (
    ChecklistConfirmed,
    ChecklistDue,
    Event,
    PositionCheckDue,
    PromptDue,
    SessionFinished,
)
from touchtimer.core.session.position_checks import (
    CHECKLIST_AFTER,
    CHECKLIST_AGAIN,
    PositionChecks,
    check_every,
    check_prompt,
)
from touchtimer.core.settings import CUE_MODES, Settings

CHECK = Prompt("Check: face visible.", every_seconds=300, kind="check")


class Heard(Driver):
    """The driver, keeping every event with the moment (since the start) it was due."""

    def __init__(self, r: Routine, *, wait: bool = False) -> None:
        super().__init__(r, wait=wait)
        self.events: list[Event] = []
        self.runner.subscribe(self.events.append)

    def times(self, kind: type) -> list[float]:
        return [e.at - self.origin for e in self.events if isinstance(e, kind)]


def hold(*, placing: int = 0) -> Routine:
    """Breathe (30 s, baby not yet placed), settle (2 min), then an open-ended hold; checks every 5 min."""
    stages = [fixed(30, title="Breathe"), fixed(120, title="Settle"), open_stage(CHECK, title="Hold")]
    stages = [Stage(s.title, s.instruction, s.seconds, s.target_seconds, prompts=s.prompts,
                    placing=i == placing) for i, s in enumerate(stages)]
    r = routine(*stages)
    return Routine(r.id, r.title, r.kind, 0, 12, "", r.stages, safety=("Face seen.", "Nose clear."))


def test_the_checklist_comes_a_minute_after_placing_and_again_until_confirmed() -> None:
    run = Heard(hold(placing=1))
    run.start()
    run.advance(30 + CHECKLIST_AFTER + 2 * CHECKLIST_AGAIN)       # placed at 30 s; never confirmed
    assert run.times(ChecklistDue) == [90, 180, 270]
    assert [e.occurrence for e in run.events if isinstance(e, ChecklistDue)] == [1, 2, 3]
    checks = run.runner.checks
    assert checks is not None and checks.checklist_waiting and checks.placed_at == run.origin + 30
    status = run.runner.check_status()
    assert status is not None and status.checklist_waiting
    assert status.checklist == ("Face seen.", "Nose clear.")
    run.advance(5)
    assert run.command("confirm_checks")[-1] == ChecklistConfirmed(run.clock.now)
    assert not checks.checklist_waiting and run.command("confirm_checks") == []   # once is enough
    run.advance(3600)
    assert run.times(ChecklistDue) == [90, 180, 270]
    assert run.times(PositionCheckDue) == [30 + 300 * k for k in range(1, 13)]


def test_without_a_placing_stage_baby_is_placed_at_the_start_and_massage_has_no_checks() -> None:
    run = Heard(hold(placing=-1))
    run.start()
    run.advance(61)
    assert run.times(ChecklistDue) == [60]
    massage = routine(fixed(60, Prompt("Check the face.", every_seconds=20, kind="check")), kind="massage")
    other = Heard(massage)
    other.start()
    other.advance(60)
    assert other.runner.checks is None and other.runner.check_status() is None
    assert other.times(PromptDue) == [20, 40]          # a massage routine's checks stay on the stage's clock


def test_the_engine_leaves_skin_to_skin_checks_to_the_check_clock() -> None:
    run = Heard(hold(placing=0))
    run.start()
    run.advance(150 + 600)
    prompts = [e for e in run.events if isinstance(e, PromptDue)]
    assert prompts == []
    assert run.times(PositionCheckDue) == [300, 600]   # from placing, not 300 s into the hold stage


def test_pauses_and_waits_do_not_stop_the_check_clock() -> None:
    run = Heard(hold(placing=1), wait=True)
    run.start()
    run.advance(30)
    run.command("next")                # "wait for me": the parent starts Settle at 30 s
    run.advance(61)
    run.command("confirm_checks")
    run.command("pause")
    run.advance(1000)                  # paused for 1000 s, baby still on the chest
    assert run.runner.engine is not None and run.runner.engine.state is State.PAUSED
    assert run.times(PositionCheckDue) == [330, 630, 930]
    assert run.runner.scheduler.due == run.origin + 1230        # the timer is armed while paused


def test_a_check_says_the_words_of_the_stage_on_screen() -> None:
    early = Prompt("Check: early words.", at_seconds=10, kind="check")
    late = Prompt("Check: late words.", every_seconds=900, kind="check")
    r = routine(fixed(600, early), fixed(30), open_stage(late))
    assert check_every(r) == 900
    assert check_prompt(r, 0) == early and check_prompt(r, 1) == early and check_prompt(r, 2) == late
    assert check_every(routine(fixed(60))) == 900 and check_prompt(routine(fixed(60)), 0).kind == "check"
    kangaroo = builtin("kangaroo-hold")
    run = Heard(kangaroo)
    run.start()
    run.advance(119)                   # agreeing with the nurse: baby not placed yet
    assert run.runner.checks is not None and run.runner.checks.placed_at is None
    run.advance(1 + 60 + 15 * 60)
    dues = [e for e in run.events if isinstance(e, PositionCheckDue)]
    assert [e.at - run.origin for e in dues] == [120 + 900]
    assert dues[0].prompt is check_prompt(kangaroo, 1) and "nurse" in dues[0].prompt.text


def test_a_restored_session_is_placed_again_when_it_runs() -> None:
    run = Driver(hold(placing=1))
    run.start()
    run.advance(100)
    checks = PositionChecks.for_routine(run.engine.routine, restored_at=1)
    assert checks is not None
    assert checks.merge([], run.clock.now + 500) == [] and checks.next_due() is None
    from touchtimer.core.session.events import SessionResumed

    at = run.clock.now
    out = checks.merge([SessionResumed(at)], at + CHECKLIST_AFTER)
    assert [type(e) for e in out] == [SessionResumed, ChecklistDue] and out[1].at == at + CHECKLIST_AFTER


def test_nothing_is_due_after_the_session_finishes() -> None:
    run = Heard(hold(placing=0))
    run.start()
    run.advance(59)
    run.command("end")
    run.advance(3600)
    assert run.times(ChecklistDue) == [] and run.times(PositionCheckDue) == []
    assert isinstance(run.events[-1], SessionFinished)


# -- properties ------------------------------------------------------------------------------------

COMMANDS = st.sampled_from(["pause", "resume", "toggle_pause", "next", "back", "extend", "update"])


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(st.tuples(st.floats(0, 900, allow_nan=False), COMMANDS), max_size=25),
       wait=st.booleans(), placing=st.integers(0, 2), confirm_after=st.floats(0, 600, allow_nan=False))
def test_pauses_and_waits_of_any_length_never_delay_a_check(
        steps: list[tuple[float, str]], wait: bool, placing: int, confirm_after: float) -> None:
    run = Heard(hold(placing=placing), wait=wait)
    run.start()
    confirmed = False
    for delay, command in steps:
        run.advance(delay)
        run.command(command)
        checks = run.runner.checks
        assert checks is not None
        if not confirmed and checks.checklist_waiting and checks.placed_at is not None \
                and run.clock.now - checks.placed_at >= CHECKLIST_AFTER + confirm_after:
            run.command("confirm_checks")
            confirmed = True
    run.advance(1800)
    run.command("end")
    checks = run.runner.checks
    finished = run.events[-1]
    assert checks is not None and isinstance(finished, SessionFinished)
    if checks.placed_at is None:
        assert run.times(ChecklistDue) == run.times(PositionCheckDue) == []
        return
    placed, alive = checks.placed_at, finished.at       # monotonic moments, compared as they are

    def moments(kind: type) -> list[float]:
        return [e.at for e in run.events if isinstance(e, kind)]

    # Every check at its time since placing, none missing, none late, however the session went.
    assert moments(PositionCheckDue) == [placed + 300 * k for k in range(1, 100) if placed + 300 * k <= alive]
    # The checklist a minute after placing, then every 90 s until it was confirmed.
    asks = moments(ChecklistDue)
    assert asks[:1] == ([placed + CHECKLIST_AFTER] if placed + CHECKLIST_AFTER <= alive else [])
    assert asks == [placed + CHECKLIST_AFTER + CHECKLIST_AGAIN * k for k in range(len(asks))]
    until = checks.confirmed_at if checks.confirmed_at is not None else alive
    assert len(asks) == sum(placed + CHECKLIST_AFTER + CHECKLIST_AGAIN * k <= until for k in range(200))
    ats = [e.at for e in run.events]
    assert ats == sorted(ats), "one stream, in order of when things fell due"


@settings(max_examples=80, deadline=None)
@given(mode=st.sampled_from(CUE_MODES), quiet=st.booleans(), volume=st.floats(0, 1, allow_nan=False),
       first=st.booleans())
def test_every_check_chimes_at_least_softly_whatever_the_settings(
        mode: str, quiet: bool, volume: float, first: bool) -> None:
    r = hold()
    planner = CuePlanner(Settings(cue_mode=mode, quiet_mode=quiet, chime_volume=volume))
    ctx = CueContext(now=100.0, index=2, state=State.PAUSED, routine=r)
    for event in (ChecklistDue(99.0, 1 if first else 2), PositionCheckDue(99.0, 2, CHECK, 1)):
        cues = planner.plan(event, ctx)
        chimes = [c for c in cues if isinstance(c, Chime)]
        assert len(chimes) == 1 and chimes[0].kind == "check" and chimes[0].volume >= SOFT_CHECK_VOLUME
        spoken = [c for c in cues if isinstance(c, Speak)]
        assert bool(spoken) == (mode == "voice_and_chimes" and not quiet)
    assert planner.plan(PositionCheckDue(99.0, 2, CHECK, 1),
                        CueContext(now=100.0, index=2, state=State.FINISHED, routine=r)) == []


def test_the_first_checklist_is_said_in_full_and_reminders_are_soft() -> None:
    r = hold()
    planner = CuePlanner(Settings(chime_volume=0.6))
    ctx = CueContext(now=100.0, index=1, state=State.RUNNING, routine=r)
    first = planner.plan(ChecklistDue(100.0, 1), ctx)
    assert first[0] == Chime("check", 0.6)
    assert isinstance(first[1], Speak) and first[1].protected and "Face seen. Nose clear." in first[1].text
    again = planner.plan(ChecklistDue(100.0, 2), ctx)
    assert again[0] == Chime("check", SOFT_CHECK_VOLUME)
    assert isinstance(again[1], Speak) and "still" in again[1].text
    assert planner.plan(ChecklistDue(50.0, 3), ctx) == []       # a reminder from long ago is not said
