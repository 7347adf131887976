"""The summary praises ending early, and after skin-to-skin says where baby goes if you are sleepy."""

from __future__ import annotations

from typing import Any

from touchtimer.core.safety import ENDED_EARLY_PRAISE, SLEEPY_AT_THE_END


def run_and_end(env: Any, routine_id: str, *, seconds: float, end: bool) -> str:
    w = env.window
    w.open_routine(routine_id)
    w.presession.start_button.click()
    env.advance(seconds)
    if end:
        w.controller.runner.end()
    assert w.current_page() == "summary"
    text = w.summary.ending.text() if w.summary.ending.isVisibleTo(w) else ""
    w.discard_session()
    return str(text)


def test_ending_skin_to_skin_early_is_a_good_call_and_names_the_cot(env: Any) -> None:
    text = run_and_end(env, "test-skin", seconds=30, end=True)
    assert text == f"{ENDED_EARLY_PRAISE}\n{SLEEPY_AT_THE_END}"
    assert "Session ended" in env.window.summary.heading.text()


def test_a_finished_massage_says_well_done_and_nothing_more(env: Any) -> None:
    assert run_and_end(env, "test-massage", seconds=200, end=False) == ""
    assert env.window.summary.heading.text().startswith("Well done")


def test_a_massage_ended_early_is_praised_too(env: Any) -> None:
    assert run_and_end(env, "test-massage", seconds=10, end=True) == ENDED_EARLY_PRAISE
