"""The running page read from across a dark room: what the rings are, the time counting the same way
as they fill, paused in large words, quiet mode shown, and stage names never read as buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from tests.helpers.window import choose_on_home, end_and_discard


def test_rings_time_pause_and_quiet_mode_are_said_on_screen(env: Any) -> None:
    w = env.window
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    r = w.running
    assert r.ring_legend.isVisibleTo(w)
    assert r.ring_legend.text() == "Inner ring: this stage · outer: the whole routine"
    env.advance(30)
    assert (r.ring.time_text, r.ring.caption) == ("0:30", "of 1 min")
    before = w.controller.snapshot()
    env.advance(10)
    after = w.controller.snapshot()
    assert before is not None and after is not None
    # The time and both rings move the same way: up.
    assert after.stage_progress > before.stage_progress and after.total_progress > before.total_progress
    assert r.ring.time_text == "0:40"
    assert r.next_up.text() == "Next stage: “Arms” (1 min 30 s)"      # a name in quotes, not a command

    QTest.keyClick(w, Qt.Key.Key_Space)
    assert r.paused_banner.isVisibleTo(w) and r.ring.paused and r.ring.caption == "paused"
    assert r.state_label.property("paused") is True
    QTest.keyClick(w, Qt.Key.Key_Space)
    assert not r.paused_banner.isVisibleTo(w) and not r.ring.paused

    assert not r.quiet_badge.isVisibleTo(w)
    QTest.keyClick(w, Qt.Key.Key_Q)
    assert r.quiet_badge.isVisibleTo(w)
    QTest.keyClick(w, Qt.Key.Key_Q)
    assert not r.quiet_badge.isVisibleTo(w)
    end_and_discard(env)
