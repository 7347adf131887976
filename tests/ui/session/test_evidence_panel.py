"""The evidence panel says touchtimer is not a treatment, and marks notes from a parent's own file."""

from __future__ import annotations

from typing import Any

from touchtimer.core.routines.files import builtin_routines
from touchtimer.core.safety import NOT_A_TREATMENT, UNREVIEWED_NOTE


def open_panel(env: Any, routine_id: str) -> str:
    w = env.window
    w.open_routine(routine_id)
    w.presession.start_button.click()
    w.running.benefit_toggle.setChecked(True)
    env.advance(1)
    assert w.running.benefit.isVisibleTo(w)
    return str(w.running.benefit.text())


def test_notes_from_a_parents_own_file_are_marked_not_reviewed(make_env: Any) -> None:
    env = make_env()                                             # the test routines are files of "your own"
    assert not env.window.routines.by_id("test-massage").reviewed
    env.window.open_routine("test-massage")
    assert UNREVIEWED_NOTE in env.window.presession.facts.text()
    text = open_panel(env, "test-massage")
    note = "Parents in one trial reported a calmer bedtime."
    assert note in text and text.index(note) < text.index(UNREVIEWED_NOTE)
    assert text.endswith(NOT_A_TREATMENT)
    env.window.controller.runner.end()
    env.window.discard_session()


def test_built_in_notes_are_not_marked_and_still_say_not_a_treatment(make_env: Any) -> None:
    env = make_env(routines=builtin_routines())
    assert env.window.routines.by_id("full-routine").reviewed
    text = open_panel(env, "full-routine")
    assert "Onozawa" in text and UNREVIEWED_NOTE not in text
    assert text.endswith(NOT_A_TREATMENT)
    assert UNREVIEWED_NOTE not in env.window.presession.facts.text()
    env.window.controller.runner.end()
    env.window.discard_session()
