"""The window, the tray, the summary and the history show the same time for the same moment."""

from __future__ import annotations

from tests.helpers.window import Env, choose_on_home, end_and_discard, start_open_ended_stage
from touchtimer.core.session.engine import State
from touchtimer.ui.history import labels as history_labels
from touchtimer.ui.platform.tray import SessionTray
from touchtimer.ui.widgets.texts import minutes_text


def make_tray(env: Env) -> SessionTray:
    controller = env.window.controller
    tray = SessionTray(controller.snapshot, on_toggle_pause=controller.runner.toggle_pause,
                       on_next=controller.runner.next,
                       on_show_window=lambda: None, window_hidden=lambda: False, parent=env.window)
    controller.changed.connect(tray.refresh)
    return tray


def test_window_and_tray_agree_on_time_so_far(env: Env) -> None:
    start_open_ended_stage(env)
    tray = make_tray(env)
    env.advance(12.3)
    assert env.window.running.ring.time_text == "0:12"
    assert tray.status_action.text() == "Rest together, 0:12 so far"
    end_and_discard(env)


def test_window_and_tray_agree_on_a_timed_stage(env: Env) -> None:
    w = env.window
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    tray = make_tray(env)
    env.advance(12.3)  # "Settle in" lasts 1 min: 12.3 s gone
    assert w.controller.engine is not None and w.controller.engine.state is State.RUNNING
    assert (w.running.ring.time_text, w.running.ring.caption) == ("0:12", "of 1 min")
    assert tray.status_action.text() == "Settle in, 0:12 of 1 min"
    end_and_discard(env)


def test_the_summary_and_the_history_word_a_length_alike(env: Env) -> None:
    for seconds, words in ((570, "9 min 30 s"), (45, "45 s"), (630, "11 min"), (3900, "1 h 5 min")):
        assert minutes_text(seconds) == words
        assert history_labels.minutes_label(seconds) == words
        assert history_labels.seconds_label(seconds) == words
    assert history_labels.seconds_label(None) == "open-ended"
