"""Skin-to-skin starts with one acknowledgement; the safe-position checklist is shown (and said) about a
minute after baby is on the chest, asked for again gently until one key confirms it, and never blocks
the session or the emergency key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from tests.helpers.whole_app import App
from tests.helpers.window import choose_on_home, press
from touchtimer.core.routines.files import LoadResult, builtin_routines
from touchtimer.core.session.cues import Phrases
from touchtimer.core.session.engine import State
from touchtimer.core.session.position_checks import CHECKLIST_AFTER, CHECKLIST_AGAIN
from touchtimer.ui.safety.emergency_dialog import EmergencyDialog


def test_one_press_of_enter_starts_and_the_checklist_comes_a_minute_after_placing(
        make_app: Callable[..., App]) -> None:
    app = make_app()
    w, env = app.window, app.env
    choose_on_home(env, "test-skin")                 # baby is placed as its first stage starts
    assert w.presession.start_button.text() == "I have read this: &Start"
    press(Qt.Key.Key_Return)                         # the one acknowledgement
    assert w.current_page() == "running"
    running = w.running
    env.advance(CHECKLIST_AFTER - 1)
    assert not running.checklist.isVisibleTo(w) and not w.registry["session.confirm_checks"].isEnabled()
    env.advance(1)
    assert running.checklist.isVisibleTo(w) and running.confirm_button.isVisibleTo(w)
    assert "Face can be seen." in running.checklist_items.text()
    items = " ".join(w.controller.engine.routine.safety)
    assert app.spoken[-1] == (env.clock.now, Phrases().checklist.format(items=items))
    assert app.rung[-1] == (env.clock.now, "check")

    # Not confirmed: asked again, gently, every 90 s; everything else works meanwhile.
    env.advance(CHECKLIST_AGAIN)
    assert app.spoken[-1][1] == Phrases().checklist_again and running.checklist.isVisibleTo(w)
    press(Qt.Key.Key_H, w)
    assert isinstance(w.dialog, EmergencyDialog)
    w.dialog.accept()
    press(Qt.Key.Key_Space, w)
    assert w.controller.engine.state is State.PAUSED and running.checklist.isVisibleTo(w)
    env.advance(CHECKLIST_AGAIN)                     # paused, baby still on the chest: still asked
    assert app.spoken[-1] == (env.clock.now, Phrases().checklist_again)
    press(Qt.Key.Key_Space, w)

    press(Qt.Key.Key_Return, w)                      # one key confirms
    assert not running.checklist.isVisibleTo(w) and not w.registry["session.confirm_checks"].isEnabled()
    said = len(app.spoken)
    env.advance(CHECKLIST_AGAIN * 3)
    assert all(text != Phrases().checklist_again for _, text in app.spoken[said:])
    assert w.controller.engine.state is State.RUNNING
    w.controller.runner.end()
    w.discard_session()


def test_c_confirms_too_and_the_clock_starts_when_baby_is_placed(make_env: Callable[..., Any]) -> None:
    """Calming hold breathes first for 30 s: baby is placed as "Hold close" starts."""
    env = make_env(routines=LoadResult([builtin_routines().by_id("calming-hold")]))
    w = env.window
    choose_on_home(env, "calming-hold")
    w.presession.start_button.click()
    env.advance(30 + CHECKLIST_AFTER - 1)
    assert w.running.stage_title.text() == "Hold close" and not w.running.checklist.isVisibleTo(w)
    env.advance(1)
    assert w.running.checklist.isVisibleTo(w)
    press(Qt.Key.Key_C, w)
    assert not w.running.checklist.isVisibleTo(w)
    env.advance(5 * 60 - CHECKLIST_AFTER)            # five minutes after placing: a position check
    assert w.running.prompt.isVisibleTo(w) and w.running.prompt.text().startswith("Check: face visible")
    w.controller.runner.end()
    w.discard_session()


def test_a_massage_has_no_checklist_and_enter_on_its_running_page_confirms_nothing(
        make_env: Callable[..., Any]) -> None:
    env = make_env()
    w = env.window
    choose_on_home(env, "test-massage")
    assert w.presession.start_button.text() == "&Start"
    w.presession.start_button.click()
    env.advance(120)
    assert w.controller.runner.checks is None and not w.running.checklist.isVisibleTo(w)
    assert not w.registry["session.confirm_checks"].isEnabled()
    w.controller.runner.end()
    w.discard_session()
