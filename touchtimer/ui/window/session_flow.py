"""The session's way through the window: Start, a session continued after a crash, the summary,
Save and Discard.

Mixin of :class:`~touchtimer.ui.main_window.MainWindow`. The session itself is the core's
:class:`~touchtimer.core.session.session.Session` (``window.session``): it owns the routine, the babies,
the mood before, its checkpoints, the summary's answers, and saving and discarding. This part only
makes it when Start is pressed, switches pages as it goes, passes on what the parent does, and shows
the answers that come back from the writer (``window.writer``): a saved session, or why it was not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from touchtimer.core.routines.model import Routine
    from touchtimer.core.session.engine import SessionEngine
    from touchtimer.core.session.record import SessionRecord
    from touchtimer.core.session.safe_save import SaveResult
    from touchtimer.core.session.session import DiscardResult, Session
    from touchtimer.ui.window.shape import WindowShape as _Window
else:
    _Window = object


class WindowSession(_Window):
    """The session flow of the main window (see the module docstring)."""

    @property
    def routine_on_screen(self) -> Routine | None:
        """The session's routine, or the one whose checklist was shown last."""
        if self.session is not None:
            return self.session.routine
        return self._presession.routine if self._presession is not None else None

    def start_session(self) -> None:
        from touchtimer.core.session.session import Session

        routine = self.presession.routine
        if routine is None or self.writer is None:
            return
        session = Session.load(self.controller.runner, self.writer, routine,
                               wait_between_stages=self.presession.wait_between_stages,
                               baby_ids=[baby.id for baby in self.home.selected_babies()],
                               mood_before=self.presession.mood,
                               caregiver_ids=self.presession.caregiver_ids, timer=self._summary_timer,
                               on_problem=self.session_problem.emit)
        self._show_running(session)
        self.controller.begin(session)
        self._focus_running()

    def continue_session(self, routine: Routine, engine: SessionEngine, *, mood_before: int | None,
                         baby_ids: list[str], caregiver_ids: list[str] | None = None) -> None:
        """Show a session restored after a crash (``journal.resume_session``): paused, same id."""
        from touchtimer.core.session.session import Session

        if self.writer is None:
            return
        session = Session.adopt(self.controller.runner, self.writer, routine, engine, baby_ids=baby_ids,
                                mood_before=mood_before, caregiver_ids=caregiver_ids or [],
                                timer=self._summary_timer,
                                on_problem=self.session_problem.emit)
        self._show_running(session)
        self.controller.adopt(session)
        self._focus_running()

    def _show_running(self, session: Session) -> None:
        assert session.routine is not None
        self.session = session
        self.running.show_routine(session.routine, self._names())
        self.stack.setCurrentWidget(self.running)

    def _focus_running(self) -> None:
        self.running.buttons["session.pause"].setFocus(Qt.FocusReason.OtherFocusReason)
        self._sync_actions()

    def save_unsaved(self, record: SessionRecord, status: str) -> bool:
        """Save a finished session found after a crash on its summary (``record`` as kept, with what was
        written; ``status`` how it ended) by the one way every session is saved. If that fails, its
        summary is shown, as after any failed save. ``False`` if a session is on screen."""
        from touchtimer.core.session.session import Session

        if self.session is not None or self.controller.engine is not None or self.writer is None:
            return False
        self.session = Session.unsaved(
            self.writer, record, "completed" if status == "completed" else "ended_early", self.clock,
            routine=self.routines.by_id(record.routine_id), timer=self._summary_timer,
            on_problem=self.session_problem.emit)
        return self.save_session()

    def _on_changed(self) -> None:
        """The controller's refresh: the time always; the actions only when the session moved on
        (a command or an engine event), not every second. The session checkpoints if it is time."""
        from touchtimer.core.session.engine import State

        if self.session is not None:
            self.session.tick(self.clock.monotonic())
        snap = self.controller.snapshot()
        if snap is not None and snap.state is not State.FINISHED:
            self.running.show_snapshot(snap, self.controller.runner.check_status())
        if self.controller.revision != self._synced_revision:
            self._sync_actions()

    def _on_finished(self, _record: SessionRecord) -> None:
        if self.confirmation is not None:
            self.confirmation.reject()
        self._show_summary()

    def _show_summary(self) -> None:
        if self.session is None or not self.session.finished:
            return
        ids = self.session.baby_ids
        known = {b.id: b.name for b in self.babies()}
        self.summary.show_record(self.session.record(), self.session.answers,
                                 names=self._session_babies(), mood_before=self.session.mood_before,
                                 babies=[(i, known[i]) for i in ids if i in known])
        self.stack.setCurrentWidget(self.summary)
        self.summary.focus_first()
        self._sync_actions()

    def _answered(self) -> None:
        """The summary's answers changed: the session keeps them safe as they are typed."""
        if self.session is not None:
            self.session.answer(self.summary.answers)

    def ask_end(self) -> None:
        if not self.controller.active:
            return
        self._ask("confirmEnd", self.tr("End the session?"),
                  self.tr("End now? What you have done so far is kept, marked as ended early."),
                  self.tr("End session"), self.tr("Keep going"), self.controller.runner.end)

    def ask_discard(self) -> None:
        self._ask("confirmDiscard", self.tr("Discard this session?"),
                  self.tr("This session will not be kept in your history."),
                  self.tr("Discard"), self.tr("Keep it"), self.discard_session)

    def save_session(self) -> bool:
        """Save the finished session (Save, Enter, closing at the summary, "try again"): the writer
        keeps it and the answer comes back in :meth:`_saved`. ``False`` if there is none to save."""
        session = self.session
        if session is None or not session.finished:
            return False
        shown = self.summary.record
        if self.current_page() == "summary" and shown is not None and shown.id == session.session_id:
            session.answer(self.summary.answers)   # (they follow every change; this is the last word)
        if not session.save(self._saved):
            return False
        if self.session is session and self.current_page() == "summary":
            self.summary.set_saving(True)          # until the writer answers (at once, mostly)
        return True

    def _saved(self, result: SaveResult) -> None:
        if result.saved:
            self._finish_run()
            self.statusBar().showMessage(self.tr("Session saved."), 8000)
            self.session_saved.emit(result.record)
            if self._close_when_saved:
                self.close()
            return
        self._close_when_saved = False
        if self.current_page() != "summary":
            self._show_summary()                   # a session found after a crash: its summary now
        self.summary.set_saving(False)
        self.summary.facts.setText(self.tr("This session could not be saved ({0}). "
                                           "Please try Save again.").format(result.detail or result.message))
        self.save_failed.emit(result)

    def discard_session(self) -> None:
        session = self.session
        if session is not None and not session.discard(self._discarded):
            return                                 # it is being saved: that goes on
        self._finish_run()
        self.statusBar().showMessage(self.tr("Session discarded."), 8000)

    def _discarded(self, result: DiscardResult) -> None:
        if not result.removed:
            self.statusBar().showMessage(self.tr(
                "The data file can't be written, so this session stays in History as interrupted; "
                "it won't be offered again."), 20000)
        self.session_discarded.emit(result)

    def _finish_run(self) -> None:
        if self.session is not None:
            self.session.close()
            self.session = None
        self.controller.stop()
        self.refresh_home()
        self.show_page("home")
        if self._theme_pending:
            self.apply_theme()

    def _end_and_close(self) -> None:
        self.controller.runner.end()
        self.close()

