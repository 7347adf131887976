"""Driving the window in tests: the two test routines, the window environment, and the key presses
and choices a parent makes."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from touchtimer.core.clock import FakeClock, FakeScheduler
from touchtimer.core.routines.files import LoadResult, parse_routine
from touchtimer.core.session.engine import State
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import Store
from touchtimer.ui.main_window import MainWindow
from touchtimer.ui.routines.home_page import HomePage
from touchtimer.ui.widgets.confirm_box import ConfirmBox

MASSAGE = """
format = 1
id = "test-massage"
title = "Test massage"
kind = "massage"
summary = "Three short stages for the tests."
min_age_weeks = 0
max_age_weeks = 26
preparation = ["A warm room."]
safety = ["Light touch."]
when_not_to = ["Baby has a fever."]

[[benefits]]
text = "Parents in one trial reported a calmer bedtime."
source = "Example et al., 2020"
certainty = "low"

[cues]
engaged = ["Bright eyes"]
pause = ["Looking away"]
stop = ["Crying"]

[[stages]]
title = "Legs"
instruction = "Stroke from thigh to foot."
side = "left"
seconds = 60

[[stages.prompts]]
text = "Light as a feather."
at_seconds = 20

[[stages]]
title = "Arms"
instruction = "Shoulder to hand."
seconds = 90

[[stages.prompts]]
text = "Open the palm gently."
at_seconds = 45

[[stages]]
title = "Resting hands"
instruction = "Hands still on the tummy."
seconds = 30
"""

SKIN = """
format = 1
id = "test-skin"
title = "Test skin-to-skin"
kind = "skin_to_skin"
summary = "Settle, then rest together for as long as you like."
min_age_weeks = 0
max_age_weeks = 12
preparation = ["Sit back at about 45 degrees."]
safety = ["Face can be seen.", "Nose and mouth uncovered.", "Breathing can be seen."]
when_not_to = ["You feel very tired."]

[[stages]]
title = "Settle in"
instruction = "Baby upright on your chest."
minutes = 1

[[stages]]
title = "Rest together"
instruction = "Keep baby's face in view."
open_ended = true
target_minutes = 30

[[stages.prompts]]
text = "Check: face visible, breathing easy."
kind = "check"
every_minutes = 10
"""




def make_routines() -> LoadResult:
    return LoadResult([parse_routine(MASSAGE, file="test-massage.toml"),
                       parse_routine(SKIN, file="test-skin.toml")])


@dataclass
class Env:
    window: MainWindow
    clock: FakeClock
    scheduler: FakeScheduler
    store: Store
    settings: Settings
    saved_settings: list[Settings] = field(default_factory=list)
    #: Every fake scheduler the window asked for (the session's due timer first, then the summary's).
    schedulers: list[FakeScheduler] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.scheduler not in self.schedulers:
            self.schedulers.insert(0, self.scheduler)

    def advance(self, seconds: float) -> None:
        """Move time on: due moments fire through the fake schedulers, each at its moment, then one
        display refresh; then whatever the session wrote meanwhile is written and answered."""
        target = self.clock.now + seconds
        while True:
            due = [s for s in self.schedulers if s.due is not None and s.due <= target]
            if not due:
                break
            first = min(due, key=lambda s: s.due or 0.0)
            first.advance((first.due or 0.0) - self.clock.now)
        self.scheduler.advance(target - self.clock.now)
        self.window.controller.refresh()
        self.settle()

    def settle(self, timeout: float = 10.0) -> None:
        """Wait (at most ``timeout`` seconds) until the session writer has written everything asked
        of it, and let its answers reach the window, as the event loop would."""
        settle(self.window, timeout)


def settle(window: MainWindow, timeout: float = 10.0) -> None:
    """:meth:`Env.settle` for any window: its writer idle, its answers delivered."""
    from PySide6.QtCore import QCoreApplication

    for _ in range(5):           # an answer may ask for another write (a save after a failed one)
        writer = window.writer
        if writer is not None:
            assert writer.wait_idle(timeout), "the session writer did not finish in time"
            writer.collect()
        QCoreApplication.sendPostedEvents()
        if writer is None or writer.pending == 0:
            return


def press(key: Qt.Key, widget: QWidget | None = None) -> None:
    """A key press as the parent makes it: sent to whatever has the keyboard focus."""
    from PySide6.QtTest import QTest

    target = widget or QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    QTest.keyClick(target, key)


def choose_on_home(env: Any, routine_id: str) -> None:
    home = env.window.home
    assert env.window.current_page() == "home"
    home.list.setFocus()
    assert home.select_routine(routine_id)
    press(Qt.Key.Key_Return, home.list)
    assert env.window.current_page() == "presession"


def choose_baby(home: HomePage, baby_id: str | None, also: str | None = None) -> None:
    """Choose the baby on Home as the parent does in its pickers (and, for two at once, ``also``)."""
    home.baby_box.setCurrentIndex(max(0, home.baby_box.findData(baby_id)))
    home.second_box.setCurrentIndex(max(0, home.second_box.findData(also)))


def answer(box: ConfirmBox | None, yes: bool) -> None:
    assert box is not None and box.isVisible(), "a confirmation should be showing"
    (box.yes_button if yes else box.no_button).click()


def start_skin(env: Env) -> None:
    """Start the skin-to-skin test routine from Home (one press of Start: "I have read this")."""
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    assert w.current_page() == "running"
    env.settle()                         # its first checkpoint is written


def start_open_ended_stage(env: Env) -> None:
    """The skin-to-skin test routine, moved on to its open-ended stage (a check every 10 min)."""
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    w.controller.runner.next()
    env.settle()
    engine = w.controller.engine
    assert engine is not None and engine.state is State.RUNNING and engine.index == 1


def end_and_discard(env: Env) -> None:
    env.window.controller.runner.end()
    env.window.discard_session()
    env.settle()
    assert not env.window.controller.refresh_timer.isActive()
