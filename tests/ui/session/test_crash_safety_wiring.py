"""The window's sessions are checkpointed, discarded ones leave nothing, a crashed one can be continued,
and a sleep is asked about; all through the real window with a fake clock. The session's writes run
on the window's writer thread; ``env.settle()`` waits for them as the event loop would."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtWidgets import QApplication

from tests.helpers.reliability_helpers import the_one_session
from tests.helpers.window import Env, answer, start_skin
from touchtimer.core.session.engine import State
from touchtimer.core.session.journal import recover_interrupted
from touchtimer.core.session.sleep import SleepDetector
from touchtimer.ui.session.crash_safety import CrashSafety
from touchtimer.ui.session.reliability_prompts import ResumeQuestion, SaveProblemDialog, SleepQuestion


class SleepyClocks:
    def __init__(self) -> None:
        self.mono = 0.0
        self.boot = 0.0


def journal(env: Env) -> list[tuple[str, int]]:
    return [(c.session_id, c.stage_index) for c in env.store.checkpoints.unrecovered()]


def dead(pid: int | None, boot: str) -> bool:
    return False


def die(env: Env) -> None:
    """The process stops here: its session object is gone with it, nothing more is written."""
    session = env.window.session
    assert session is not None
    session.close()
    env.window.session = None
    env.window.controller.stop()
    env.window.show_page("home")                   # a new process starts on Home


def test_a_window_session_is_checkpointed_and_the_saved_one_replaces_its_checkpoints(
        make_env: Callable[..., Env]) -> None:
    env = make_env()
    safety = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    start_skin(env)
    engine = env.window.controller.engine
    assert engine is not None and journal(env) == [(engine.session_id, 0)]
    for _ in range(70):
        env.advance(1)
    assert journal(env) == [(engine.session_id, 1)]
    record = env.store.sessions.get(engine.session_id)
    assert record is not None and record.status == "interrupted" and record.actual_seconds >= 65
    env.window.registry.trigger("session.end")
    answer(env.window.confirmation, yes=True)
    assert env.window.save_session()
    env.settle()
    assert journal(env) == [] and env.window.session is None and safety.problem == ""
    saved = env.store.sessions.get(engine.session_id)
    assert saved is not None and saved.status == "ended_early"


def test_a_discarded_session_leaves_nothing_behind(make_env: Callable[..., Env]) -> None:
    env = make_env()
    CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    start_skin(env)
    env.advance(10)
    env.window.registry.trigger("session.end")
    answer(env.window.confirmation, yes=True)
    env.window.ask_discard()
    answer(env.window.confirmation, yes=True)
    env.settle()
    assert env.store.sessions.count() == 0 and journal(env) == []


def test_a_crashed_session_is_offered_and_continues_as_the_same_session(
        make_env: Callable[..., Env]) -> None:
    first = make_env()
    CrashSafety(first.window, SleepDetector(lambda: 0.0, None))
    start_skin(first)
    for _ in range(75):
        first.advance(1)
    crashed = first.window.controller.engine
    assert crashed is not None
    die(first)                                     # the process "dies": nothing more is written
    store = first.store
    first.clock.advance(300)
    assert [r.record.id for r in recover_interrupted(store, first.clock.wall(), is_running=dead)] == [
        crashed.session_id]

    window = first.window
    safety = CrashSafety(window, SleepDetector(lambda: 0.0, None))
    window.show_page("home")
    question = safety.offer_resume()
    assert isinstance(question, ResumeQuestion) and "Test skin-to-skin" in question.text()
    question.resume_button.click()
    QApplication.processEvents()
    first.settle()
    engine = window.controller.engine
    assert engine is not None and engine.session_id == crashed.session_id
    assert engine.state is State.PAUSED and engine.index == 1 and window.current_page() == "running"
    window.registry.trigger("session.pause")       # the person resumes
    for _ in range(20):
        first.advance(1)
    window.registry.trigger("session.end")
    answer(window.confirmation, yes=True)
    assert window.save_session()
    first.settle()
    assert store.sessions.count() == 1
    record = store.sessions.get(crashed.session_id)
    assert record is not None and 90 <= record.actual_seconds <= 96


def test_after_a_sleep_the_window_asks_and_counts_only_on_yes(make_env: Callable[..., Env]) -> None:
    env = make_env()
    clocks = SleepyClocks()
    CrashSafety(env.window, SleepDetector(lambda: clocks.mono, lambda: clocks.boot))
    start_skin(env)
    env.advance(5)
    clocks.boot += 600                             # the lid was closed for ten minutes
    env.advance(1)
    question = env.window.findChild(SleepQuestion)
    assert isinstance(question, SleepQuestion) and "10 min" in question.text()
    question.count_button.click()
    QApplication.processEvents()
    engine = env.window.controller.engine
    assert engine is not None and engine.total_elapsed(env.clock.now) == 6 + 600
    env.advance(1)
    assert not [q for q in env.window.findChildren(SleepQuestion) if q.isVisible()]   # asked once
    env.window.controller.stop()


def test_todays_backup_is_made_once(make_env: Callable[..., Env]) -> None:
    env = make_env()
    safety = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    assert safety.backup(date(2026, 2, 2)).path is not None
    assert safety.backup(date(2026, 2, 2)).path is None


def test_a_full_disk_at_save_offers_try_again_and_save_as_file(make_env: Callable[..., Env],
                                                                tmp_path: Path) -> None:
    env = make_env()
    target = tmp_path / "kept-session.json"
    safety = CrashSafety(env.window, SleepDetector(lambda: 0.0, None), choose_path=lambda _record: target)
    start_skin(env)
    env.advance(30)
    env.window.registry.trigger("session.end")
    answer(env.window.confirmation, yes=True)
    env.store.faults.fail(sqlite3.SQLITE_FULL)
    assert env.window.save_session()                       # asked of the writer ...
    env.settle()                                           # ... which says the disk is full
    dialog = safety.save_problem
    assert isinstance(dialog, SaveProblemDialog) and "disk is full" in dialog.text()
    dialog.file_button.click()
    QApplication.processEvents()
    env.settle()
    kept = the_one_session(target)
    assert kept.status == "ended_early" and kept.actual_seconds == 30
    assert "is saved in" in env.window.statusBar().currentMessage()
    assert env.window.current_page() == "summary"          # still here, to save once there is room
    assert env.window.summary.save_button.isEnabled()
    assert env.window.save_session()
    env.settle()
    env.store.faults.clear()
    retry = safety.save_problem                            # the disk is still full: asked again
    assert isinstance(retry, SaveProblemDialog)
    retry.retry_button.click()                             # "try again", now that there is room
    QApplication.processEvents()
    env.settle()
    saved = env.store.sessions.get(kept.id)
    assert saved is not None and saved.status == "ended_early" and env.window.current_page() == "home"


def test_a_discard_the_disk_will_not_take_is_said_plainly_and_never_offered_to_continue(
        make_env: Callable[..., Env]) -> None:
    env = make_env()
    CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    start_skin(env)
    for _ in range(10):
        env.advance(1)
    engine = env.window.controller.engine
    assert engine is not None and journal(env) == [(engine.session_id, 0)]
    env.store.faults.fail(sqlite3.SQLITE_FULL)
    env.window.registry.trigger("session.end")
    answer(env.window.confirmation, yes=True)
    env.window.ask_discard()
    answer(env.window.confirmation, yes=True)               # no traceback: a calm message instead
    env.settle()
    message = env.window.statusBar().currentMessage()
    assert "stays in History as interrupted" in message and "won't be offered again" in message
    env.store.faults.clear()
    kept = env.store.sessions.get(engine.session_id)
    assert kept is not None and kept.status == "interrupted"     # honest: it is still in history

    env.clock.advance(60)                                   # the next start, disk still full
    env.store.faults.fail(sqlite3.SQLITE_FULL)
    later = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    env.store.faults.clear()
    recover_interrupted(env.store, env.clock.wall(), is_running=dead)
    env.store.faults.fail(sqlite3.SQLITE_FULL)
    assert later.offer_resume() is None                     # discarded: never offered to continue
    env.store.faults.clear()
    assert env.store.sessions.get(engine.session_id) is not None

    again = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))    # a start with room again
    assert again.offer_resume() is None
    assert env.store.sessions.get(engine.session_id) is None and journal(env) == []
