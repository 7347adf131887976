"""Drive whole sessions through the window with a fake clock: choose, check, start, ..., save."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox

from tests.helpers.window import answer, choose_baby, choose_on_home, press
from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.session.engine import State


def test_whole_session_by_keyboard_and_saved_with_its_stages(env: Any) -> None:
    baby = add_baby(env.store, "Robin", date(2026, 1, 1), today=date(2027, 1, 1))
    env.window.refresh_home()
    choose_baby(env.window.home, baby.id)
    choose_on_home(env, "test-skin")
    pre = env.window.presession
    # One acknowledgement: the safe position is read here, and one press of Enter starts.
    assert QApplication.focusWidget() is pre.start_button and pre.start_button.isEnabled()
    assert pre.start_button.text() == "I have read this: &Start"
    assert pre.findChildren(QCheckBox) == [pre.wait_box], "nothing to tick before baby is on the chest"
    pre.mood_box.setCurrentIndex(pre.mood_box.findData(2))
    pre.start_button.setFocus()
    press(Qt.Key.Key_Return)

    w = env.window
    assert w.current_page() == "running"
    engine = w.controller.engine
    assert engine is not None and engine.state is State.RUNNING
    assert w.running.stage_title.text() == "Settle in"
    assert (w.running.ring.time_text, w.running.ring.caption) == ("0:00", "of 1 min")

    env.advance(10)
    assert w.running.ring.time_text == "0:10"          # the time counts up, as the ring fills
    press(Qt.Key.Key_Space, w)
    assert engine.state is State.PAUSED
    assert w.running.state_label.text() == "Paused"  # a word, not only a colour
    assert w.running.paused_banner.isVisibleTo(w) and w.running.ring.paused   # and from across the room
    assert w.running.buttons["session.pause"].text() == "&Resume"
    env.advance(100)  # paused: the stage time stands still
    assert w.running.ring.time_text == "0:10"
    press(Qt.Key.Key_Space, w)
    assert engine.state is State.RUNNING
    assert not w.running.paused_banner.isVisibleTo(w) and not w.running.ring.paused

    press(Qt.Key.Key_Right, w)
    assert w.running.stage_title.text() == "Rest together"
    assert w.running.ring.caption == "of 30 min target"
    env.advance(65)
    assert w.running.ring.time_text == "1:05"  # open-ended stages count up
    press(Qt.Key.Key_Left, w)
    assert engine.index == 0 and w.running.stage_title.text() == "Settle in"
    press(Qt.Key.Key_N, w)
    assert engine.index == 1
    env.advance(30)

    press(Qt.Key.Key_Escape, w)
    assert engine.state is State.RUNNING, "Esc only asks"
    answer(w.confirmation, yes=True)
    assert w.current_page() == "summary"
    summary = w.summary
    assert "Session ended" in summary.heading.text()
    summary.response_buttons["fell_asleep"].click()
    summary.mood_box.setCurrentIndex(summary.mood_box.findData(4))
    summary.notes.setPlainText("Slept on my chest.")
    assert summary.save_button.isDefault()
    summary.response_buttons["fell_asleep"].setFocus()
    press(Qt.Key.Key_Return)  # Enter saves
    env.settle()              # the writer has it (on its own thread): the window goes home

    assert w.current_page() == "home"
    assert w.controller.engine is None
    sessions = env.store.sessions.list()
    assert len(sessions) == 1
    saved = sessions[0]
    assert saved.routine_id == "test-skin"
    assert saved.status == "ended_early"
    assert saved.baby_ids == [baby.id]
    assert (saved.mood_before, saved.mood_after) == (2, 4)
    assert saved.baby_response == "fell_asleep"
    assert saved.notes == "Slept on my chest."
    assert [(s.title, s.status) for s in saved.stages] == [("Settle in", "skipped"),
                                                           ("Rest together", "done")]
    assert [s.actual_seconds for s in saved.stages] == [10 + 0, 65 + 30]


def test_full_run_follows_every_stage_and_prompt(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-massage")
    assert w.presession.start_button.isEnabled()  # massage: the lists are shown, nothing to tick
    w.presession.start_button.click()
    r = w.running
    seen: list[tuple[str, str, str]] = []

    def look() -> None:
        seen.append((r.stage_title.text(), r.prompt.text() if r.prompt.isVisibleTo(w) else "",
                     r.ring.time_text))

    look()
    assert r.stage_count.text().endswith("stage 1 of 3  ·  left side")
    env.advance(20)
    look()
    env.advance(40)
    look()
    env.advance(45)
    look()
    env.advance(45)
    look()
    env.advance(29)
    look()
    assert seen == [
        ("Legs", "", "0:00"),
        ("Legs", "Light as a feather.", "0:20"),
        ("Arms", "", "0:00"),
        ("Arms", "Open the palm gently.", "0:45"),
        ("Resting hands", "", "0:00"),
        ("Resting hands", "", "0:29"),
    ]
    assert r.next_up.text().startswith("Next: the end")
    assert "left side" not in r.stage_count.text()
    env.advance(1)
    assert w.current_page() == "summary"
    assert "Well done" in w.summary.heading.text()
    assert "3 of 3 stages done" in w.summary.facts.text()
    assert not w.controller.refresh_timer.isActive() and env.scheduler.due is None
    w.summary.save_button.click()
    env.settle()
    saved = env.store.sessions.list()[0]
    assert saved.status == "completed"
    assert [(s.status, s.actual_seconds) for s in saved.stages] == [("done", 60), ("done", 90), ("done", 30)]
    assert saved.baby_ids == [] and saved.mood_before is None and saved.baby_response is None


def test_wait_for_me_holds_with_a_clear_prompt(make_env: Any) -> None:
    from touchtimer.core.settings import Settings

    env = make_env(settings=Settings(theme="light", wait_between_stages=True), start="test-massage")
    w = env.window
    assert w.presession.wait_box.isChecked()  # defaults from the settings
    w.presession.start_button.click()
    env.advance(60)
    assert w.controller.engine.state is State.WAITING
    assert w.running.stage_title.text() == "Ready for the next stage"
    assert w.running.state_label.text() == "Waiting for you"
    assert not w.controller.refresh_timer.isActive(), "nothing moves while waiting"
    assert not w.registry["session.pause"].isEnabled()
    env.advance(300)
    press(Qt.Key.Key_Right, w)
    assert w.running.stage_title.text() == "Arms"
    assert w.controller.refresh_timer.isActive()
    w.controller.runner.end()
    w.discard_session()


def test_escape_asks_before_ending_and_keep_going_keeps_going(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    env.advance(5)
    press(Qt.Key.Key_Escape, w)
    box = w.confirmation
    assert box is not None and box.objectName() == "confirmEnd"
    assert box.defaultButton() is box.no_button and box.escapeButton() is box.no_button
    answer(box, yes=False)
    assert w.controller.engine.state is State.RUNNING
    assert w.current_page() == "running"
    env.advance(5)
    assert w.running.ring.time_text == "0:10"
    w.registry.trigger("session.end")
    answer(w.confirmation, yes=True)
    assert w.current_page() == "summary"
    w.summary.discard_button.click()
    assert w.current_page() == "summary", "discard asks first"
    answer(w.confirmation, yes=False)
    assert w.current_page() == "summary"
    w.summary.discard_button.click()
    answer(w.confirmation, yes=True)
    assert w.current_page() == "home"
    env.settle()
    assert env.store.sessions.count() == 0


def test_plus_adds_a_minute_but_not_to_open_ended_stages(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    press(Qt.Key.Key_Plus, w)
    assert w.running.ring.caption == "of 2 min"
    press(Qt.Key.Key_Equal, w)
    assert w.running.ring.caption == "of 3 min"
    env.advance(180)
    assert w.running.stage_title.text() == "Rest together"
    assert not w.registry["session.extend"].isEnabled()
    assert not w.running.buttons["session.extend"].isEnabled()
    press(Qt.Key.Key_Plus, w)
    env.advance(600)
    assert w.running.prompt.text() == "Check: face visible, breathing easy."
    assert w.running.ring.time_text == "10:00"
    w.controller.runner.end()
    w.summary.save_button.click()
    env.settle()
    assert env.store.sessions.list()[0].stages[0].actual_seconds == 180


def test_timers_run_only_while_the_session_moves(env: Any) -> None:
    w = env.window
    timer = w.controller.refresh_timer
    assert not timer.isActive() and env.scheduler.due is None  # nothing moves at home
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    assert timer.isActive() and timer.interval() == 1000
    assert env.scheduler.due == env.clock.now + 20  # the first prompt
    w.registry.trigger("session.pause")
    assert not timer.isActive() and env.scheduler.due is None
    w.registry.trigger("session.pause")
    assert timer.isActive() and env.scheduler.due is not None
    w.registry.trigger("session.end")
    answer(w.confirmation, yes=True)
    assert not timer.isActive() and env.scheduler.due is None
    w.discard_session()


def test_closing_mid_session_asks_then_saves_as_ended_early(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    env.advance(30)
    w.close()
    assert w.isVisible(), "closing during a session asks first"
    answer(w.confirmation, yes=True)
    env.settle()                             # it closes once the session is saved
    assert not w.isVisible()
    saved = env.store.sessions.list()
    assert len(saved) == 1 and saved[0].status == "ended_early" and saved[0].actual_seconds == 30


def test_the_help_button_of_both_kinds_of_session_opens_the_emergency_text(make_env: Any) -> None:
    env = make_env(start="test-massage")
    w = env.window
    w.presession.start_button.click()
    assert w.running.help_button.isVisibleTo(w)       # in massage too: choking is a stop cue
    assert w.registry["session.emergency"].isEnabled()
    w.controller.runner.end()
    w.discard_session()

    w.open_routine("test-skin")
    w.presession.start_button.click()
    assert w.running.help_button.isVisibleTo(w)
    w.running.help_button.click()
    from touchtimer.core.safety import EMERGENCY
    from touchtimer.ui.safety.checkin_dialog import CheckInDialog
    from touchtimer.ui.safety.emergency_dialog import EmergencyDialog

    assert isinstance(w.dialog, EmergencyDialog) and w.dialog.isVisible()
    assert w.dialog.call_now.text() == EMERGENCY.call_now
    assert w.controller.engine.state is State.RUNNING, "the session keeps going behind the help screen"
    w.dialog.accept()
    assert w.dialog is None  # closed dialogs are let go
    press(Qt.Key.Key_H, w)
    assert w.dialog.isVisible()
    w.dialog.accept()
    w.controller.runner.end()
    w.summary.checkin_button.click()
    assert isinstance(w.dialog, CheckInDialog) and w.dialog.isVisible()
    w.dialog.accept()
    w.discard_session()


def test_emergency_screen_is_reachable_from_the_pre_session_screen(make_env: Any) -> None:
    from touchtimer.core.safety import EMERGENCY

    env = make_env(start="test-skin")
    w = env.window
    w.registry.trigger("session.emergency")  # reachable from the pre-session screen too
    assert w.dialog is not None and w.dialog.windowTitle() == EMERGENCY.title
    assert EMERGENCY.position_action in w.dialog.text()
    w.dialog.accept()
    assert w.current_page() == "presession"


def test_enter_on_a_button_does_what_that_button_says(env: Any) -> None:
    w = env.window
    w.open_routine("test-massage")
    w.presession.back_button.setFocus()
    press(Qt.Key.Key_Return)
    assert w.current_page() == "home" and w.controller.engine is None
    w.open_routine("test-massage")
    press(Qt.Key.Key_Return, w.presession.mood_box)
    assert w.current_page() == "running"
    w.controller.runner.end()
    w.summary.discard_button.setFocus()
    press(Qt.Key.Key_Return)
    assert w.confirmation is not None and w.confirmation.objectName() == "confirmDiscard"
    answer(w.confirmation, yes=True)
    env.settle()
    assert env.store.sessions.count() == 0
