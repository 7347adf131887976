"""The window and the session's writes: a slow disk holds up nothing, a crash on the summary loses
nothing, and every caller saves a finished session the one way (the real window, a fake clock, the
real writer thread)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

import touchtimer
from tests.helpers.window import Env, answer, start_skin
from touchtimer.core.session import session as session_module
from touchtimer.core.session.engine import State
from touchtimer.core.session.journal import recover_interrupted
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.session.safe_save import SaveResult
from touchtimer.core.session.session import Phase
from touchtimer.core.session.sleep import SleepDetector
from touchtimer.core.storage.store import Store
from touchtimer.ui.safety.emergency_dialog import EmergencyDialog
from touchtimer.ui.session.crash_safety import CrashSafety
from touchtimer.ui.session.reliability_prompts import SaveProblemDialog, UnsavedQuestion

HELD = 30.0      # seconds a commit waits, unless the test lets it go first (a disk that sleeps)


def dead(pid: int | None, boot: str) -> bool:
    return False


def journal(store: Store) -> list[tuple[str, str | None]]:
    return [(c.session_id, c.finished_status) for c in store.checkpoints.unrecovered()]


def tick(env: Env, seconds: int) -> None:
    """Time passes as in :meth:`Env.advance`, but nothing waits for the writer."""
    for _ in range(seconds):
        env.scheduler.advance(1)
        env.window.controller.refresh()


def die(env: Env) -> None:
    """The process stops here: its session object goes with it; nothing more is written."""
    session = env.window.session
    assert session is not None
    session.close()
    env.window.session = None
    env.window.controller.stop()
    env.window.show_page("home")                   # a new process starts on Home


def test_a_slow_write_holds_up_neither_the_clock_nor_the_emergency_key(env: Env) -> None:
    w, faults = env.window, env.store.faults
    start_skin(env)
    engine = w.controller.engine
    assert engine is not None
    faults.slow(HELD)                               # every commit now waits, on the writer's thread
    tick(env, 5)                                    # a checkpoint falls due: it is held on the disk
    assert faults.wait_for_slow_commit(10)
    tick(env, 65)                                   # the session goes on meanwhile: a stage change,
    assert engine.index == 1 and engine.state is State.RUNNING        # at its moment
    assert w.running.stage_title.text() == "Rest together" and w.running.ring.time_text == "0:10"
    assert faults.delaying == 1 and w.writer is not None and w.writer.pending == 2   # coalesced
    QTest.keyClick(w, Qt.Key.Key_H)                 # and the emergency screen is one key away
    assert isinstance(w.dialog, EmergencyDialog) and w.dialog.isVisible()
    w.dialog.accept()
    assert faults.delaying == 1                     # that same commit is still waiting: nobody waited on it

    w.registry.trigger("session.end")
    answer(w.confirmation, yes=True)
    w.summary.notes.setPlainText("Still here.")
    w.summary.save_button.click()                   # the save waits its turn behind the held commit
    assert w.current_page() == "summary" and not w.summary.save_button.isEnabled()
    assert w.summary.save_button.text() == "Saving…" and not w.summary.discard_button.isEnabled()
    QTest.keyClick(w, Qt.Key.Key_H)
    assert isinstance(w.dialog, EmergencyDialog)
    w.dialog.accept()
    assert w.writer.pending <= 2
    faults.clear()                                  # the disk wakes
    env.settle()
    assert w.current_page() == "home" and w.statusBar().currentMessage() == "Session saved."
    saved = env.store.sessions.get(engine.session_id)
    assert saved is not None and saved.status == "ended_early" and saved.notes == "Still here."
    assert journal(env.store) == [] and faults.delayed <= 3


def finish_on_summary(env: Env) -> str:
    """A skin-to-skin session of 70 s, ended; its summary answered: Calm, then a note typed."""
    w = env.window
    start_skin(env)
    env.advance(70)
    w.registry.trigger("session.end")
    answer(w.confirmation, yes=True)
    assert w.current_page() == "summary" and w.session is not None
    session_id = w.session.session_id
    env.settle()
    assert journal(env.store) == [(session_id, "ended_early")]      # finished: to be saved, not continued
    w.summary.response_buttons["calm"].click()
    env.settle()                                                     # a choice is written at once
    kept = env.store.sessions.get(session_id)
    assert kept is not None and kept.status == "interrupted" and kept.baby_response == "calm"
    w.summary.notes.setFocus()
    QTest.keyClicks(w.summary.notes, "Slept on my chest")
    env.settle()
    kept = env.store.sessions.get(session_id)
    assert kept is not None and kept.notes == ""                     # not every keystroke ...
    env.advance(1)
    kept = env.store.sessions.get(session_id)
    assert kept is not None and kept.notes == "Slept on my chest"    # ... but within a second
    return session_id


def test_a_crash_on_the_summary_is_offered_to_be_saved_with_what_was_written(
        make_env: Callable[..., Env]) -> None:
    env = make_env()
    CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    session_id = finish_on_summary(env)
    die(env)
    env.clock.advance(3 * 3600)                     # the next start, hours later
    (found,) = recover_interrupted(env.store, env.clock.wall(), is_running=dead)
    assert found.record.notes == "Slept on my chest" and found.checkpoint.finished

    window = env.window
    safety = CrashSafety(window, SleepDetector(lambda: 0.0, None))
    window.show_page("home")
    question = safety.offer_resume()
    assert isinstance(question, UnsavedQuestion)     # to save it, never to continue a finished session
    assert "“Test skin-to-skin” had finished" in question.text()
    assert "answers and your note were kept" in question.informativeText()
    question.save_button.click()
    QApplication.processEvents()
    env.settle()
    assert window.controller.engine is None and window.session is None and window.current_page() == "home"
    assert window.statusBar().currentMessage() == "Session saved."
    saved = env.store.sessions.get(session_id)
    assert saved is not None and saved.status == "ended_early" and saved.actual_seconds == 70
    assert (saved.baby_response, saved.notes) == ("calm", "Slept on my chest")
    assert env.store.checkpoints.recovered() == [] and safety.offer_resume() is None


def test_a_finished_session_left_after_a_crash_stays_with_its_note_and_is_not_asked_again(
        make_env: Callable[..., Env]) -> None:
    env = make_env()
    session_id = finish_on_summary(env)
    die(env)
    recover_interrupted(env.store, env.clock.wall(), is_running=dead)
    safety = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    env.window.show_page("home")
    question = safety.offer_resume()
    assert isinstance(question, UnsavedQuestion)
    question.leave_button.click()
    QApplication.processEvents()
    env.settle()
    kept = env.store.sessions.get(session_id)
    assert kept is not None and kept.status == "interrupted" and kept.notes == "Slept on my chest"
    assert safety.offer_resume() is None


def test_saving_after_a_crash_on_a_full_disk_shows_its_summary_to_try_again(
        make_env: Callable[..., Env]) -> None:
    import sqlite3

    env = make_env()
    session_id = finish_on_summary(env)
    die(env)
    recover_interrupted(env.store, env.clock.wall(), is_running=dead)
    safety = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    window = env.window
    window.show_page("home")
    question = safety.offer_resume()
    assert isinstance(question, UnsavedQuestion)
    env.store.faults.fail(sqlite3.SQLITE_FULL)
    question.save_button.click()
    QApplication.processEvents()
    env.settle()
    # It could not be saved: its summary is on screen with what was written, and the problem said.
    assert window.current_page() == "summary" and window.summary.note == "Slept on my chest"
    assert window.summary.baby_response == "calm"
    problem = safety.save_problem
    assert isinstance(problem, SaveProblemDialog) and "disk is full" in problem.text()
    env.store.faults.clear()
    problem.retry_button.click()
    QApplication.processEvents()
    env.settle()
    saved = env.store.sessions.get(session_id)
    assert saved is not None and saved.status == "ended_early" and saved.notes == "Slept on my chest"
    assert window.current_page() == "home" and window.session is None


def test_every_caller_saves_a_finished_session_the_one_way(make_env: Callable[..., Env],
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """Save, Enter, closing at the summary, "try again" and saving after a crash all reach the store
    through ``Session.save``, whose one writer is ``save_session_safely``; nothing else in the app
    turns a finished session into a stored record."""
    import sqlite3

    written: list[tuple[str, str]] = []
    real = session_module.save_session_safely

    def spy(store: Store, record: SessionRecord) -> SaveResult:
        written.append((record.id, record.notes))
        return real(store, record)

    monkeypatch.setattr(session_module, "save_session_safely", spy)

    def finished(env: Env, note: str) -> str:
        start_skin(env)
        env.advance(10)
        env.window.controller.runner.end()
        env.window.summary.notes.setPlainText(note)
        env.advance(1)                              # the note is checkpointed within a second
        assert env.window.session is not None and env.window.session.phase is Phase.SUMMARY
        return env.window.session.session_id

    env = make_env()
    safety = CrashSafety(env.window, SleepDetector(lambda: 0.0, None))
    first = finished(env, "by Save")
    env.window.summary.save_button.click()
    env.settle()
    second = finished(env, "by Enter")
    env.window.summary.response_buttons["calm"].setFocus()
    QTest.keyClick(env.window.summary.response_buttons["calm"], Qt.Key.Key_Return)
    env.settle()
    third = finished(env, "by try again")
    env.store.faults.fail(sqlite3.SQLITE_FULL)
    env.window.summary.save_button.click()
    env.settle()
    env.store.faults.clear()
    assert isinstance(safety.save_problem, SaveProblemDialog)
    safety.save_problem.retry_button.click()
    QApplication.processEvents()
    env.settle()
    fourth = finished(env, "after a crash")
    die(env)
    recover_interrupted(env.store, env.clock.wall(), is_running=dead)
    question = safety.offer_resume()
    assert isinstance(question, UnsavedQuestion)
    question.save_button.click()
    QApplication.processEvents()
    env.settle()
    fifth = finished(env, "by closing")
    env.window.close()
    env.settle()
    assert not env.window.isVisible()

    assert written == [(first, "by Save"), (second, "by Enter"), (third, "by try again"),
                       (third, "by try again"), (fourth, "after a crash"), (fifth, "by closing")]
    notes = {r.id: r.notes for r in env.store.sessions.list()}
    assert notes == {first: "by Save", second: "by Enter", third: "by try again", fourth: "after a crash",
                     fifth: "by closing"}
    # And in the code: one call of the one writer, and no other way from a session to the store.
    package = Path(touchtimer.__file__).parent
    calls = [f"{p.relative_to(package)}" for p in package.rglob("*.py")
             for line in p.read_text("utf-8").splitlines() if re.search(r"save_session_safely\(", line)]
    assert sorted(calls) == ["core/session/safe_save.py", "core/session/session.py"]
    ui = [f"{p.relative_to(package)}" for p in (package / "ui").rglob("*.py")
          if re.search(r"sessions\.save\(", p.read_text("utf-8"))]
    assert ui == ["ui/history/view.py"]             # (undoing a delete in History: not a new session)
