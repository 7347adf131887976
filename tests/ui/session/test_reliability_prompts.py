"""The sleep, resume and save-problem questions: what they say, and the sleep question acts on the
session as the person chose (what the save-problem choice does is in test_crash_safety_wiring.py)."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.reliability_helpers import checkpointed_session, refresh_for, three_stages
from tests.helpers.session_driver import fake_runner
from touchtimer.core import paths
from touchtimer.core.clock import FakeClock
from touchtimer.core.session.journal import Checkpoint
from touchtimer.core.session.runner import SessionRunner
from touchtimer.core.session.safe_save import save_session_safely
from touchtimer.core.session.sleep import SleepGap
from touchtimer.core.startup import open_data
from touchtimer.core.storage.store import open_store
from touchtimer.ui.session.reliability_prompts import ResumeQuestion, SaveProblemDialog, SleepQuestion


def running(clock: FakeClock) -> SessionRunner:
    """A session ten seconds in, run as the window runs it."""
    runner = fake_runner(clock)
    runner.begin(three_stages())
    clock.advance(10)
    runner.update()
    return runner


@pytest.mark.parametrize(("answer", "total"), [("count", 10 + 720), ("skip", 10)])
def test_the_sleep_question_counts_the_gap_only_on_yes(qtbot: QtBot, answer: str, total: int) -> None:
    clock = FakeClock()
    runner = running(clock)
    engine = runner.engine
    assert engine is not None
    question = SleepQuestion(SleepGap(720, clock.now))
    qtbot.addWidget(question)
    assert "12 min" in question.text()
    button = question.count_button if answer == "count" else question.skip_button
    question.show()
    button.click()
    assert question.apply(runner) is (answer == "count")
    assert engine.total_elapsed(clock.now) == pytest.approx(total)
    record = engine.record(clock.now)
    assert (record.ended_at - record.started_at).total_seconds() == 10 + 720   # wall span true either way


def test_the_resume_question_names_the_session_and_how_long_it_ran(qtbot: QtBot) -> None:
    clock = FakeClock()
    checkpoint = Checkpoint("s", "test-three", 1, 30.0, 95.0, False, clock.wall(), "{}", clock.wall())
    question = ResumeQuestion(checkpoint, "Three stages")
    qtbot.addWidget(question)
    assert "Three stages" in question.text() and "1 min 35 s" in question.text()
    question.show()
    question.resume_button.click()
    assert question.wants_resume


def test_the_save_problem_dialog_says_why_and_offers_try_again_first(qtbot: QtBot, tmp_path: Path) -> None:
    clock = FakeClock()
    runner = running(clock)
    runner.end()
    with open_store(tmp_path / "t.sqlite3") as store:
        store.faults.fail(sqlite3.SQLITE_READONLY)            # as a read-only folder answers
        failed = save_session_safely(store, runner.record())
    assert not failed.saved and failed.problem == "read_only"
    dialog = SaveProblemDialog(failed)
    qtbot.addWidget(dialog)
    assert dialog.text() == failed.message and "not allowed to write" in dialog.text()
    assert dialog.save_result is failed
    assert dialog.retry_button.text() == "Try again" and dialog.file_button.text() == "Save as file…"
    assert dialog.defaultButton() is dialog.retry_button


@pytest.mark.parametrize("seconds", [10, 90, 95, 150, 3600 + 90])
def test_the_resume_question_and_the_startup_notice_say_the_same_length(
        qtbot: QtBot, data_dir: Path, seconds: int) -> None:
    clock = FakeClock()
    with open_store(paths.database_path(data_dir)) as store:
        runner, checkpointer = checkpointed_session(store, clock)
        refresh_for(runner, checkpointer, clock, seconds)
        store.connection.execute("UPDATE running_sessions SET owner_pid = NULL")   # its process died
    opened = open_data(data_dir, now=lambda: clock.wall() + timedelta(seconds=5))
    try:
        (notice,) = opened.notices
        (checkpoint,) = opened.resumable
        question = ResumeQuestion(checkpoint, "Three stages")
        qtbot.addWidget(question)
        said_on_stderr = notice.split("interrupted after ")[1].rstrip(".")
        said_in_dialog = question.text().split("stopped unexpectedly after ")[1].split(".")[0]
        assert said_on_stderr == said_in_dialog
    finally:
        opened.store.close()
