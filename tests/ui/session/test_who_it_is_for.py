"""The running page and the summary say who the session is for, and speak of "your babies" for two;
the stored record is as before (both babies' ids, one response)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from tests.helpers.window import choose_baby, choose_on_home
from touchtimer.core.babies.ages import Baby


def two_babies(env: Any) -> None:
    env.store.babies.save(Baby("robin", "Robin", date(2025, 12, 1)), created_at="2026-01-01T00:00:00+00:00")
    env.store.babies.save(Baby("sam", "Sam", date(2025, 12, 1)), created_at="2026-01-01T00:00:00+00:00")
    env.window.refresh_home()


def test_twins_are_named_on_the_running_page_and_the_summary(make_env: Callable[..., Any]) -> None:
    env = make_env()
    w = env.window
    two_babies(env)
    choose_baby(w.home, "robin", also="sam")
    choose_on_home(env, "test-skin")
    w.presession.start_button.click()
    assert w.running.routine_title.text() == "Test skin-to-skin  ·  for Robin and Sam"
    w.controller.runner.end()
    summary = w.summary
    assert summary.facts.text().startswith("For Robin and Sam · ")
    assert summary.response_label.text() == "How did your babies respond? (optional)"
    # One row of answers under each baby's name, instead of one answer for both.
    assert summary.baby_responses.isVisibleTo(summary) and not summary.single_response.isVisibleTo(summary)
    rows = summary.baby_responses.rows
    assert list(rows) == ["robin", "sam"]
    assert rows["sam"]["calm"].toolTip() == "Sam was mostly: calm"
    rows["robin"]["calm"].setChecked(True)
    rows["sam"]["fell_asleep"].setChecked(True)
    assert w.session is not None
    assert w.session.answers.baby_responses == {"robin": "calm", "sam": "fell_asleep"}
    summary.save_button.click()
    env.settle()                                   # the writer thread has saved it
    saved = env.store.sessions.list()[0]
    assert saved.baby_ids == ["robin", "sam"]
    assert saved.baby_responses == {"robin": "calm", "sam": "fell_asleep"} and saved.baby_response is None
    assert saved.response_for("sam") == "fell_asleep"


def test_one_baby_or_none(make_env: Callable[..., Any]) -> None:
    env = make_env()
    w = env.window
    two_babies(env)
    choose_baby(w.home, "sam")
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    assert w.running.routine_title.text() == "Test massage  ·  for Sam"
    w.controller.runner.end()
    assert w.summary.facts.text().startswith("For Sam · ")
    assert w.summary.response_label.text() == "How did your baby respond? (optional)"
    w.discard_session()
    choose_baby(w.home, None)
    choose_on_home(env, "test-massage")
    w.presession.start_button.click()
    assert w.running.routine_title.text() == "Test massage"
    w.controller.runner.end()
    assert w.summary.facts.text().startswith("Time together")
    assert w.summary.response_label.text() == "How did your baby respond? (optional)"
    w.discard_session()
