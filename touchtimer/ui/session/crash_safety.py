"""Joins the window's sessions to what a person must be asked or told about crash safety.

The session object (``core/session/session.py``, ``window.session``) checkpoints itself, saves and
discards; :func:`attach_crash_safety` (called by ``app.wire_window`` once the data is loaded, after the
first paint) makes a :class:`CrashSafety` that adds what needs a person:

* says in the status bar when the running session cannot be checkpointed (a full disk): it goes on;
* when saving a finished session fails (a full disk, a read-only folder), says why in plain words and
  offers "try again" (the session's one way to save, again) and "save as file";
* remembers, for this run, a discard the data file would not take (the session also puts it on the
  discard list in the config folder), so it is never offered to continue;
* asks, after the computer slept during a running session, whether that time counts;
* offers, at start, to continue a session that stopped unexpectedly less than 30 minutes ago, or to
  save a finished one whose summary was on screen when touchtimer stopped, with what was written;
* makes today's backup.

It reads only what the window shows publicly (``window.session``, ``window.store``, ``window.writer``,
``window.controller``) and always uses ``window.store`` as it is then (a new store after "delete all
my data" included).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from touchtimer.core.paths import config_dir
from touchtimer.core.session.engine import State
from touchtimer.core.session.events import Event, SessionResumed, StageStarted
from touchtimer.core.session.journal import resumable_sessions, resume_session
from touchtimer.core.session.safe_save import SaveResult, default_session_filename, save_session_file
from touchtimer.core.session.sleep import SleepDetector
from touchtimer.core.storage.backups import BackupResult, daily_backup
from touchtimer.core.storage.discards import settle_discards
from touchtimer.core.storage.writer import InlineWriter, Outcome
from touchtimer.ui.session.reliability_prompts import (
    ResumeQuestion,
    SaveProblemDialog,
    SleepQuestion,
    UnsavedQuestion,
)

if TYPE_CHECKING:
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.record import SessionRecord
    from touchtimer.core.session.session import DiscardResult
    from touchtimer.core.storage.rows import Checkpoint
    from touchtimer.core.storage.store import Store
    from touchtimer.core.storage.writer import Job
    from touchtimer.ui.main_window import MainWindow


class CrashSafety(QObject):
    def __init__(self, window: MainWindow, detector: SleepDetector | None = None, *,
                 choose_path: Callable[[SessionRecord], Path | None] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.choose_path = choose_path or self._ask_for_path
        self.save_problem: SaveProblemDialog | None = None
        self.detector = detector if detector is not None else SleepDetector.system()
        self.question: SleepQuestion | None = None
        self.problem = ""
        self.discarded: set[str] = set()         # discarded, but the data file would not take it
        controller = window.controller
        controller.begun.connect(self._begun)
        controller.changed.connect(self._changed)
        controller.runner.subscribe(self._event)
        window.session_problem.connect(self._tell)
        window.session_discarded.connect(self._discarded)
        window.save_failed.connect(self._save_failed)

    # -- while a session runs ---------------------------------------------------------------------

    def _begun(self, _engine: SessionEngine) -> None:
        self.problem = ""
        self.detector.reset()

    def _changed(self) -> None:
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

    def _discarded(self, result: DiscardResult) -> None:
        if not result.removed:
            # It stays in history as "interrupted" until the data file can be written; it is never
            # offered to continue: not in this run, and (the session put it on the discard list in the
            # config folder) not later.
            print(f"touchtimer: the discarded session could not be removed ({result.detail})",
                  file=sys.stderr)
            self.discarded.add(result.session_id)

    # -- a save that failed ------------------------------------------------------------------------

    def _save_failed(self, result: SaveResult) -> None:
        if self.save_problem is not None:
            return
        dialog = SaveProblemDialog(result, self.window)
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
            if path is not None:
                record = dialog.save_result.record
                self._in_background(lambda store: save_session_file(record, path, store),
                            lambda outcome: self._file_written(path, outcome))

    def _file_written(self, path: Path, outcome: Outcome) -> None:
        window = self.window
        if isinstance(outcome.error, OSError):
            window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
                "The file could not be written ({0}); please choose another place.").format(
                outcome.error.strerror or outcome.error), 15000)
        elif outcome.error is not None:
            window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
                "The file could not be written ({0}); please choose another place.").format(
                outcome.error), 15000)
        else:
            window.statusBar().showMessage(QCoreApplication.translate("CrashSafety",
                "This session is saved in {0}. It stays here too: Save again once there is room.")
                .format(str(path)), 15000)

    def _in_background(self, job: Job, done: Callable[[Outcome], None] | None = None) -> None:
        """A write away from the GUI thread (the window's writer), or here if there is none yet."""
        writer = self.window.writer
        if writer is not None:
            writer.submit(job, done)
        elif self.window.store is not None:
            InlineWriter(self.window.store).submit(job, done)

    def _ask_for_path(self, record: SessionRecord) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(
            self.window, QCoreApplication.translate("CrashSafety", "Save this session as a file"),
            str(Path.home() / default_session_filename(record)), "JSON (*.json)")
        return Path(name) if name else None

    # -- after a crash ----------------------------------------------------------------------------

    def offer_resume(self) -> ResumeQuestion | UnsavedQuestion | None:
        """If a session stopped unexpectedly less than 30 minutes ago, ask to continue it; if one had
        finished, its summary on screen, ask to save it with what was written."""
        window, store = self.window, self.window.store
        if store is None or window.session_on_screen:
            return None
        waiting = self.discarded | settle_discards(store, config_dir())
        for checkpoint in resumable_sessions(store, window.clock.wall()):
            if checkpoint.session_id in waiting:
                continue                          # the person discarded it; never offered again
            if checkpoint.finished:
                record = store.sessions.get(checkpoint.session_id)
                if record is not None:
                    return self._offer_saving(checkpoint, record)
                continue
            routine = window.routines.by_id(checkpoint.routine_id)
            if routine is None:
                continue
            return self._offer_continuing(checkpoint, routine, store)
        return None

    def _offer_continuing(self, checkpoint: Checkpoint, routine: Routine, store: Store) -> ResumeQuestion:
        window = self.window
        question = ResumeQuestion(checkpoint, routine.title, window)

        def answered(_code: int) -> None:
            question.deleteLater()
            if not question.wants_resume or window.session_on_screen or window.store is not store:
                self._dismiss(checkpoint.session_id)
                return
            try:
                resumed = resume_session(store, checkpoint, routine, window.clock.monotonic(),
                                         window.clock.wall())
            except ValueError as exc:
                window.show_notice(str(exc))
                self._dismiss(checkpoint.session_id)
                return
            window.continue_session(routine, resumed.engine, mood_before=resumed.mood_before,
                                    baby_ids=resumed.baby_ids, caregiver_ids=resumed.caregiver_ids)

        question.finished.connect(answered)
        question.open()
        return question

    def _offer_saving(self, checkpoint: Checkpoint, record: SessionRecord) -> UnsavedQuestion:
        window = self.window
        question = UnsavedQuestion(checkpoint, record, window)

        def answered(_code: int) -> None:
            question.deleteLater()
            status = checkpoint.finished_status or "completed"
            if not question.wants_save or not window.save_unsaved(record, status):
                self._dismiss(checkpoint.session_id)     # left as it is: interrupted, with the note

        question.finished.connect(answered)
        question.open()
        return question

    def _dismiss(self, session_id: str) -> None:
        self._in_background(lambda store: store.checkpoints.dismiss(session_id))

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
