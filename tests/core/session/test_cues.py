"""Cue planning over whole routines, driven by a fake clock (no Qt)."""

from __future__ import annotations

import pytest

from tests.helpers.session_driver import Driver, builtin
from touchtimer.core.clock import FakeClock
from touchtimer.core.routines.model import Prompt, Routine, Stage
from touchtimer.core.session.cues import (
    QUIET_CHIME_VOLUME,
    SOFT_CHECK_VOLUME,
    Chime,
    Cue,
    CueContext,
    CuePlanner,
    Phrases,
    Speak,
)
from touchtimer.core.session.engine import SessionEngine
from touchtimer.core.session.events import Event
from touchtimer.core.settings import Settings


def routine(routine_id: str) -> Routine:
    return builtin(routine_id)


class Run(Driver):
    """The driver, with a cue planner listening the way the cue player does."""

    def __init__(self, r: Routine, settings: Settings, *, wait: bool = False) -> None:
        super().__init__(r, wait=wait)
        self.planner = CuePlanner(settings)
        self.cues: list[tuple[float, Cue]] = []
        self.runner.subscribe(self._on_event)

    def _on_event(self, event: Event) -> None:
        ctx = CueContext.of(self.engine, self.clock.now)
        for cue in self.planner.plan(event, ctx):
            self.cues.append((self.elapsed, cue))

    def spoken(self) -> list[tuple[float, str]]:
        return [(t, c.text) for t, c in self.cues if isinstance(c, Speak)]

    def chimes(self) -> list[tuple[float, str, float]]:
        return [(t, c.kind, c.volume) for t, c in self.cues if isinstance(c, Chime)]


def test_gentle_hello_whole_routine_speech_and_chimes() -> None:
    run = Run(routine("gentle-hello"), Settings(chime_volume=0.4))
    run.start()
    run.advance(3600)
    r = routine("gentle-hello")
    s = r.stages
    assert run.spoken() == [
        (0, s[0].words),
        (20, s[0].prompts[0].text),
        (50, "Next up: Left leg and foot."),
        (60, s[1].words),
        (90, s[1].prompts[0].text),
        (140, "Next up: Right leg and foot."),
        (150, s[2].words),
        (230, "Next up: Arms and hands."),
        (240, s[3].words),
        (350, "Next up: Resting hands."),
        (360, s[4].words),
        (410, "Nearly done."),
        (420, Phrases().finished),
    ]
    assert s[0].words == ("Ask first. Show baby your open hands and ask softly: may I massage you? "
                          "Wait for their answer.")
    assert run.chimes() == [(0, "stage", 0.4), (60, "stage", 0.4), (150, "stage", 0.4),
                            (240, "stage", 0.4), (360, "stage", 0.4), (420, "end", 0.4)]
    # A new stage and the end interrupt anything still being said; prompts queue behind.
    interrupts = [c.interrupt for _, c in run.cues if isinstance(c, Speak)]
    assert interrupts == [True, False, False, True, False, False, True, False, True, False, True, False,
                          True]


def test_close_time_speaks_spoken_variant_with_check_chime() -> None:
    """Baby is placed as Settle in starts (0 s): the checklist a minute later, then a check every 15
    minutes from placing, whatever stage is on screen; each check chimes and is never cut short."""
    r = routine("close-time")
    run = Run(r, Settings())
    run.start()
    run.advance(65)
    run.command("confirm_checks")  # the parent confirms the checklist
    run.advance(120 + 45 * 60 - 65)
    run.command("next")            # the parent moves on to the ending
    run.advance(60)
    check = r.stages[1].prompts[0]
    sleepy = r.stages[1].prompts[1]
    assert check.kind == "check" and check.spoken
    checklist = Phrases().checklist.format(items=" ".join(r.safety))
    assert run.spoken() == [
        (0, r.stages[0].words),
        (60, checklist),
        (110, "Next up: Close time."),
        (120, r.stages[1].words),
        (15 * 60, check.spoken),
        (30 * 60, check.spoken),
        (120 + 30 * 60, sleepy.text),
        (45 * 60, check.spoken),
        (120 + 45 * 60, r.stages[2].words),
        (120 + 45 * 60 + 50, "Nearly done."),
        (120 + 45 * 60 + 60, f"{Phrases().finished} {Phrases().sleepy}"),
    ]
    assert [(t, k) for t, k, _ in run.chimes()] == [
        (0, "stage"), (60, "check"), (120, "stage"), (900, "check"), (1800, "check"), (2700, "check"),
        (2820, "stage"), (2880, "end")]
    protected = [c.text for _, c in run.cues if isinstance(c, Speak) and c.protected]
    assert protected == [checklist] + [check.spoken] * 3      # safety checks are never cut short


def test_chimes_only_never_speaks() -> None:
    run = Run(routine("gentle-hello"), Settings(cue_mode="chimes_only", chime_volume=0.7))
    run.start()
    run.advance(3600)
    assert run.spoken() == []
    assert [k for _, k, v in run.chimes()] == ["stage"] * 5 + ["end"]
    assert {v for _, _, v in run.chimes()} == {0.7}


def test_silent_gives_nothing_but_a_soft_chime_for_each_skin_to_skin_check() -> None:
    run = Run(routine("gentle-hello"), Settings(cue_mode="silent"))
    run.start()
    run.advance(3600)
    assert run.cues == []
    run = Run(routine("close-time"), Settings(cue_mode="silent"))
    run.start()
    run.advance(61)
    run.command("confirm_checks")
    run.advance(3 * 3600)
    run.command("end")
    assert run.spoken() == []
    assert run.chimes() == [(60, "check", SOFT_CHECK_VOLUME)] + [
        (900 * k, "check", SOFT_CHECK_VOLUME) for k in range(1, 13)]


def test_quiet_mode_is_very_low_chimes_and_no_voice() -> None:
    run = Run(routine("gentle-hello"), Settings(quiet_mode=True, chime_volume=0.9))
    run.start()
    run.advance(3600)
    assert run.spoken() == []
    assert len(run.chimes()) == 6
    assert {v for _, _, v in run.chimes()} == {QUIET_CHIME_VOLUME}
    quieter = Run(routine("gentle-hello"), Settings(quiet_mode=True, chime_volume=0.05))
    quieter.start()
    quieter.advance(3600)
    assert {v for _, _, v in quieter.chimes()} == {0.05}


def test_settings_changes_apply_to_the_next_cue() -> None:
    settings = Settings()
    run = Run(routine("gentle-hello"), settings)
    run.start()
    settings.cue_mode = "silent"
    run.advance(3600)
    assert len(run.cues) == 2  # only the first stage's chime and words


def test_stall_says_only_what_is_current() -> None:
    """The machine sleeps through three stage changes: one announcement of where we are now."""
    run = Run(routine("gentle-hello"), Settings())
    run.start()
    run.cues.clear()
    run.stall(250)                   # the timer was asleep and fires late
    s = routine("gentle-hello").stages
    assert run.spoken() == [(250, s[3].words)]
    assert [k for _, k, _ in run.chimes()] == ["stage"]


def test_stall_past_the_end_only_says_the_end() -> None:
    run = Run(routine("gentle-hello"), Settings())
    run.start()
    run.cues.clear()
    run.stall(5000)
    assert run.spoken() == [(5000, Phrases().finished)]
    assert [k for _, k, _ in run.chimes()] == ["end"]


def test_stale_prompts_in_the_current_stage_are_dropped_fresh_ones_kept() -> None:
    check = Prompt("Check breathing.", every_seconds=60, kind="check")
    r = Routine("t", "T", "skin_to_skin", 0, 12, "", (Stage("Hold", "Rest.", prompts=(check,)),))
    run = Run(r, Settings(chime_volume=0.3))
    run.start()
    run.cues.clear()
    run.stall(60 * 5 + 10)            # five checks fell due; the last one 10 s ago
    assert run.spoken() == [(310, "Check breathing.")]
    assert run.chimes() == [(310, "check", 0.3)]
    run.cues.clear()
    run.stall(60 * 5 + 20)            # the last one 30 s ago: too old to say
    assert run.cues == []


def test_wait_for_me_asks_for_the_next_stage() -> None:
    r = routine("gentle-hello")
    run = Run(r, Settings(), wait=True)
    run.start()
    run.advance(60)
    assert run.spoken()[-1] == (60, "When you are ready: Left leg and foot.")
    run.advance(600)                   # the engine waits: nothing more is said
    assert run.spoken()[-1] == (60, "When you are ready: Left leg and foot.")
    run.command("next")
    assert run.spoken()[-1] == (660, r.stages[1].words)


def test_nothing_is_said_during_a_pause_and_ending_early_is_announced() -> None:
    run = Run(routine("gentle-hello"), Settings())
    run.start()
    run.advance(30)
    run.command("pause")
    run.advance(600)
    run.command("resume")
    run.advance(10)
    run.command("end")
    assert [t for t, _ in run.spoken()] == [0, 20, 640]
    assert run.spoken()[-1][1] == Phrases().ended


def test_the_end_of_skin_to_skin_says_where_baby_goes_if_you_are_sleepy() -> None:
    """However a skin-to-skin session ends; a massage's end does not say it."""
    assert Phrases().sleepy == "Feeling sleepy? Lay baby on their back in their cot."
    run = Run(routine("calming-hold"), Settings())
    run.start()
    run.advance(60)
    run.command("end")
    assert run.spoken()[-1][1] == f"{Phrases().ended} {Phrases().sleepy}"
    massage = Run(routine("gentle-hello"), Settings())
    massage.start()
    massage.advance(3600)
    assert massage.spoken()[-1][1] == Phrases().finished and "sleepy" not in Phrases().finished.lower()


def test_translated_phrases_are_used() -> None:
    planner = CuePlanner(Settings(), Phrases(next_up="Danach: {title}."))
    r = routine("gentle-hello")
    engine = SessionEngine(r)
    events = engine.start(0.0, FakeClock(now=0.0).wall())
    events += engine.update(50.0)
    cues = planner.plan_all(events, CueContext.of(engine, 50.0))
    assert Speak("Danach: Left leg and foot.") in cues


@pytest.mark.parametrize("mode", ["voice_and_chimes", "chimes_only", "silent"])
def test_back_announces_the_stage_returned_to(mode: str) -> None:
    run = Run(routine("gentle-hello"), Settings(cue_mode=mode))
    run.start()
    run.advance(70)
    run.cues.clear()
    run.command("back")
    expected_speech = [(70, routine("gentle-hello").stages[0].words)] if mode == "voice_and_chimes" else []
    assert run.spoken() == expected_speech
    assert [k for _, k, _ in run.chimes()] == ([] if mode == "silent" else ["stage"])
