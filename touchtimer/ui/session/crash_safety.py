"""Joins the window's sessions to the core's crash safety: checkpoints, sleep, resume, backups.

:func:`attach_crash_safety` (called by ``app.wire_window`` once the data is loaded, after the first
paint) makes a :class:`CrashSafety` that

* gives every session a :class:`~touchtimer.core.session.journal.Checkpointer` (written at each stage
  change and, from the controller's once-a-second ``changed``, at least every 5 seconds);
* removes a discarded session's checkpoints, and lets a saved one replace them; when the data file
  cannot be written, says so, and remembers the discard so the session is never offered to continue;
* when saving a finished session fails (a full disk, a read-only folder), says why in plain words
  and offers "try again" and "save as file";
* asks, after the computer slept during a running session, whether that time counts;
* offers to continue a session that stopped unexpectedly less than 30 minutes ago;
* makes today's backup;
* drops its checkpointer when the store is replaced (``Changes.store_replaced``, after "delete all
  my data"): backups, discards and the resume offer always use ``window.store`` as it is then.
"""

from __future__ import annotations

import contextlib
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from touchtimer.core.paths import config_dir
from touchtimer.core.session.engine import State
from touchtimer.core.session.events import Event, SessionResumed, StageStarted
from touchtimer.core.session.journal import Checkpointer, resumable_sessions, resume_session
from touchtimer.core.session.safe_save import (
    SaveResult,
    default_session_filename,
    describe_write_error,
    save_session_file,
)
from touchtimer.core.session.sleep import SleepDetector
from touchtimer.core.storage.backups import BackupResult, daily_backup
from touchtimer.core.storage.discards import remember_discard, settle_discards
from touchtimer.ui.session.reliability_prompts import ResumeQuestion, SaveProblemDialog, SleepQuestion
from touchtimer.ui.widgets.changes import follow_changes

if TYPE_CHECKING:
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.record import SessionRecord
    from touchtimer.core.storage.changes import Changes
    from touchtimer.ui.main_window import MainWindow


class CrashSafety(QObject):
    def __init__(self, window: MainWindow, detector: SleepDetector | None = None, *,
                 choose_path: Callable[[SessionRecord], Path | None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.choose_path = choose_path or self._ask_for_path
        self.save_problem: SaveProblemDialog | None = None
        self.detector = detector if detector is not None else SleepDetector.system()
        self.checkpointer: Checkpointer | None = None
        self.question: SleepQuestion | None = None
        self.problem = ""
        self.discarded: set[str] = set()         # discarded, but the data file would not take it
        controller = window.controller
        controller.begun.connect(self._begun)
        controller.changed.connect(self._changed)
        controller.runner.subscribe(self._event)
        window.session_saved.connect(lambda _record: self._forget())
        window.session_discarded.connect(self._discarded)
        window.save_failed.connect(self._save_failed)
        if window.store is not None:    # a new store after "delete all my data": never write to the old
            follow_changes(self, window.store.changes, self._store_changed)

    # -- checkpoints ------------------------------------------------------------------------------

    def _begun(self, _engine: SessionEngine) -> None:
        self._forget()
        store = self.window.store
        if store is None:
            return
        self.checkpointer = Checkpointer(store, self.window.controller.runner,
                                         baby_ids=list(self.window._baby_ids),
                                         mood_before=self.window._mood_before, on_error=self._tell)
        self.detector.reset()

    def _changed(self) -> None:
        now = self.window.clock.monotonic()
        if self.checkpointer is not None:
            self.checkpointer.tick(now)
        engine = self.window.controller.engine
        if engine is None or engine.state is not State.RUNNING:
            return
        gap = self.detector.check()
        if gap is not None and self.question is None:
            self.question = SleepQuestion(gap, self.window)
            self.question.finished.connect(self._answered)
            self.question.open()

    def _event(self, event: Event) -> None:
        if isinstance(event, SessionResumed | StageStarted):
            self.detector.reset()     # a pause or a wait is not a sleep to ask about

    def _answered(self) -> None:
        question, self.question = self.question, None
        engine = self.window.controller.engine
        if question is None or engine is None:
            return
        question.apply(self.window.controller.runner)
        self.window.controller.refresh()
        question.deleteLater()

    def _tell(self, problem: str) -> None:
        self.problem = problem
        print(f"touchtimer: the running session could not be checkpointed ({problem})", file=sys.stderr)
        self.window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
            "This session cannot be written to disk just now; it goes on, and saving at the end "
            "will say what to do."), 15000)

    def _store_changed(self, changes: Changes) -> None:
        if changes.store_replaced:
            self._forget()

    def _forget(self) -> None:
        if self.checkpointer is not None:
            self.checkpointer.detach()
            self.checkpointer = None

    def _discarded(self, session_id: str) -> None:
        self._forget()
        store = self.window.store
        if store is None:
            return
        try:
            store.sessions.delete(session_id)     # its checkpoints go with it (cascade)
            return
        except sqlite3.Error as exc:
            print(f"touchtimer: the discarded session could not be removed ({exc})", file=sys.stderr)
        # It stays in history as "interrupted" until the data file can be written; it is never
        # offered to continue: not in this run, and (through the list in the config folder) not later.
        self.discarded.add(session_id)
        with contextlib.suppress(sqlite3.Error):
            store.checkpoints.dismiss(session_id)
        with contextlib.suppress(OSError):
            remember_discard(config_dir(), session_id)
        self.window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
            "The data file can't be written, so this session stays in History as interrupted; "
            "it won't be offered again."), 20000)

    # -- a save that failed ------------------------------------------------------------------------

    def _save_failed(self, record: SessionRecord, error: BaseException) -> None:
        if self.save_problem is not None:
            return
        problem, message = describe_write_error(error)
        dialog = SaveProblemDialog(SaveResult(record, False, problem, message, str(error)), self.window)
        dialog.finished.connect(lambda _code: self._save_choice(dialog))
        self.save_problem = dialog
        dialog.open()

    def _save_choice(self, dialog: SaveProblemDialog) -> None:
        self.save_problem = None
        dialog.deleteLater()
        if dialog.clickedButton() is dialog.retry_button:
            self.window.save_session()
        elif dialog.clickedButton() is dialog.file_button:
            path = self.choose_path(dialog.save_result.record)
            if path is None:
                return
            try:
                save_session_file(dialog.save_result.record, path, self.window.store)
            except OSError as exc:
                self.window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
                    "The file could not be written ({0}); please choose another place.").format(
                    exc.strerror or exc), 15000)
                return
            self.window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
                "This session is saved in {0}. It stays here too: Save again once there is room.")
                .format(str(path)), 15000)

    def _ask_for_path(self, record: SessionRecord) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("CrashSafety", "Save this session as a file"),
            str(Path.home() / default_session_filename(record)), "JSON (*.json)")
        return Path(name) if name else None

    # -- after a crash ----------------------------------------------------------------------------

    def offer_resume(self) -> ResumeQuestion | None:
        """If a session stopped unexpectedly less than 30 minutes ago, ask to continue it."""
        window, store = self.window, self.window.store
        if store is None or window.controller.active:
            return None
        waiting = self.discarded | settle_discards(store, config_dir())
        for checkpoint in resumable_sessions(store, window.clock.wall()):
            if checkpoint.session_id in waiting:
                continue                          # the person discarded it; never offered again
            routine = window.routines.by_id(checkpoint.routine_id)
            if routine is None:
                continue
            question = ResumeQuestion(checkpoint, routine.title, window)

            def answered(_code: int, question: ResumeQuestion = question, routine: Routine = routine) -> None:
                question.deleteLater()
                assert window.store is not None
                if not question.wants_resume or window.controller.active:
                    window.store.checkpoints.dismiss(question.checkpoint.session_id)
                    return
                try:
                    resumed = resume_session(window.store, question.checkpoint, routine,
                                             window.clock.monotonic(), window.clock.wall())
                except ValueError as exc:
                    window.show_notice(str(exc))
                    window.store.checkpoints.dismiss(question.checkpoint.session_id)
                    return
                window.continue_session(routine, resumed.engine, mood_before=resumed.mood_before,
                                        baby_ids=resumed.baby_ids)

            question.finished.connect(answered)
            question.open()
            return question
        return None

    def backup(self, today: date | None = None) -> BackupResult:
        store = self.window.store
        if store is None:
            return BackupResult()
        result = daily_backup(store, today or self.window.clock.wall().astimezone().date())
        if result.problem:
            print(f"touchtimer: {result.problem}", file=sys.stderr)
        return result


def attach_crash_safety(window: MainWindow, detector: SleepDetector | None = None) -> CrashSafety:
    safety = CrashSafety(window, detector)
    QTimer.singleShot(0, safety.offer_resume)
    QTimer.singleShot(0, safety.backup)
    return safety
