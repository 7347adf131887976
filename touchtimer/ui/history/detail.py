"""One session in full: every stage, how the baby responded, moods, who held baby, the kangaroo-care
details and the note (all editable), and what was changed on the other laptop.

The stages are lines of words that wrap, never a table whose cells cut a stage name short; Save note
and Delete session (:attr:`SessionDetail.action_row`) stay in sight below the part that scrolls.
"""

from __future__ import annotations

import html
from datetime import tzinfo

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.history.days import to_local
from touchtimer.core.session.record import SessionRecord
from touchtimer.core.storage.store import Store
from touchtimer.ui.history import labels as L
from touchtimer.ui.history.detail_extras import SessionExtras
from touchtimer.ui.widgets.forms import form_layout

MAX_NOTE = 20_000


class NoteBox(QPlainTextEdit):
    """The note: never fewer than three lines tall, in its own (text-size) font."""

    def minimumSizeHint(self) -> QSize:
        margins = self.contentsMargins()
        height = (3 * QFontMetrics(self.font()).lineSpacing() + 2 * round(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 2)
        return QSize(super().minimumSizeHint().width(), height)


class SessionDetail(QWidget):
    """Shows one session; saving the note writes it to the store straight away."""

    note_saved = Signal(str)          # session id
    delete_requested = Signal(str)    # session id

    def __init__(self, store: Store, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._tz = tz
        self._record: SessionRecord | None = None
        layout = QVBoxLayout(self)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setProperty("role", "subheading")
        self.when = QLabel()
        self.when.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.when)
        form = form_layout()
        self.kind = QLabel()
        self.status = QLabel()
        self.babies = QLabel()
        self.response = QLabel()
        self.moods = QLabel()
        for value in (self.kind, self.status, self.babies, self.response, self.moods):
            value.setWordWrap(True)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("How it ended"), self.status)
        form.addRow(self.tr("Baby"), self.babies)
        form.addRow(self.tr("Baby seemed"), self.response)
        form.addRow(self.tr("Your mood"), self.moods)
        self.body = QWidget()
        body = QVBoxLayout(self.body)
        body.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.body, 1)
        body.addLayout(form)
        self.extras = SessionExtras(store)
        self.extras.edited.connect(self._extras_edited)
        body.addWidget(self.extras)
        self.stages = QLabel()
        self.stages.setObjectName("stageLines")
        self.stages.setWordWrap(True)
        self.stages.setTextFormat(Qt.TextFormat.RichText)
        self.stages.setAccessibleName(self.tr("Stages"))
        self._stage_rows: list[list[str]] = []
        body.addWidget(self.stages)
        body.addWidget(QLabel(self.tr("Note")))
        self.note = NoteBox()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setPlaceholderText(self.tr("Anything you want to remember about this session"))
        self.note.textChanged.connect(self._note_edited)
        body.addWidget(self.note, 1)
        #: Save note and Delete session, for the view to keep below the part that scrolls.
        self.action_row = QWidget()
        buttons = QHBoxLayout(self.action_row)
        buttons.setContentsMargins(0, 0, 0, 0)
        self.saved_label = QLabel()
        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.clicked.connect(self.save_note)
        self.delete_button = QPushButton(self.tr("Delete session"))
        self.delete_button.setToolTip(self.tr("You can undo this straight afterwards"))
        self.delete_button.clicked.connect(self._delete)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.saved_label, 1)
        buttons.addWidget(self.delete_button)
        self.saved_label.setWordWrap(True)
        layout.addStretch(0)
        self.show_session(None)

    @property
    def record(self) -> SessionRecord | None:
        return self._record

    def set_store(self, store: Store) -> None:
        """Write notes to ``store`` from now on (the old one was closed); shows nothing until chosen."""
        self._store = store
        self.extras.set_store(store)
        self.show_session(None)

    def show_session(self, record: SessionRecord | None, baby_names: dict[str, str] | None = None) -> None:
        """Show ``record`` (``None``: a gentle hint). An unsaved note is saved first."""
        if self.note_modified():
            self.save_note()
        self._record = record
        names = baby_names or {}
        enabled = record is not None
        for widget in (self.note, self.save_button, self.delete_button):
            widget.setEnabled(enabled)
        self.action_row.setVisible(enabled)
        self.note.blockSignals(True)
        self.body.setVisible(enabled)
        self.extras.show_session(record, self._store.caregivers.list() if record else [], names)
        if record is None:
            self.title.setText(self.tr("Choose a session to see it here"))
            for label in (self.when, self.kind, self.status, self.babies, self.response, self.moods):
                label.clear()
            self._show_stages([])
            self.note.setPlainText("")
            self.note.blockSignals(False)
            self.saved_label.clear()
            return
        start, end = to_local(record.started_at, self._tz), to_local(record.ended_at, self._tz)
        self.title.setText(record.routine_title)
        when = self.tr("%1, %2 to %3 · %4").replace("%1", L.day_label(start.date())).replace(
            "%2", L.time_label(start)).replace("%3", L.time_label(end)).replace(
            "%4", L.minutes_label(record.actual_seconds))
        if end.date() != start.date():
            when += " " + self.tr("(ended the next day)")
        self.when.setText(when)
        self.kind.setText(L.kind_label(record.kind))
        self.status.setText(L.status_label(record.status))
        who = [names.get(b, self.tr("a removed profile")) for b in record.baby_ids]
        self.babies.setText(", ".join(who) if who else self.tr("not chosen"))
        self.response.setText(L.response_label(record.baby_response))
        if record.mood_before is None and record.mood_after is None:
            self.moods.setText(self.tr("not noted"))
        else:
            self.moods.setText(self.tr("before %1, after %2").replace("%1", L.mood_label(record.mood_before))
                               .replace("%2", L.mood_label(record.mood_after)))
        rows = []
        for stage in record.stages:
            side = {"left": self.tr("left side"), "right": self.tr("right side")}.get(stage.side or "")
            title = self.tr("“%1” (%2)").replace("%2", side) if side else self.tr("“%1”")
            rows.append([title.replace("%1", stage.title), L.seconds_label(stage.planned_seconds),
                         L.seconds_label(stage.actual_seconds),
                         L.stage_outcome_label(stage.status, stage.actual_seconds)])
        self._show_stages(rows)
        self.note.setPlainText(record.notes)
        self.note.document().setModified(False)
        self.note.blockSignals(False)
        self.saved_label.clear()
        self.save_button.setEnabled(False)

    def _show_stages(self, rows: list[list[str]]) -> None:
        """One paragraph a stage: its name in quotes (never to be read as a button), then how it went."""
        self._stage_rows = rows
        line = self.tr("Planned %1 · Actual %2 · %3")
        self.stages.setText("".join(
            f"<p style='margin:0 0 6px 0'><b>{number}. {html.escape(title)}</b><br>"
            + html.escape(line.replace("%1", planned).replace("%2", actual).replace("%3", outcome)) + "</p>"
            for number, (title, planned, actual, outcome) in enumerate(rows, 1)))
        self.stages.setVisible(bool(rows))

    def stage_rows(self) -> list[list[str]]:
        """What is shown of each stage: name, planned, actual, how it went."""
        return [list(row) for row in self._stage_rows]

    def _extras_edited(self, session_id: str) -> None:
        """Who held baby, the details or a value from the other laptop were kept: show the note as
        stored now (unless the parent is typing one)."""
        fresh = self._store.sessions.get(session_id)
        if fresh is None or self._record is None or self._record.id != session_id:
            return
        typing = self.note_modified()
        self._record = fresh
        self.response.setText(L.response_label(fresh.baby_response))
        if not typing:
            self.note.blockSignals(True)
            self.note.setPlainText(fresh.notes)
            self.note.document().setModified(False)
            self.note.blockSignals(False)
        self._note_edited()
        self.note_saved.emit(session_id)

    def note_modified(self) -> bool:
        return self._record is not None and self.note.toPlainText() != self._record.notes

    def _note_edited(self) -> None:
        self.save_button.setEnabled(self.note_modified())
        self.saved_label.setText(self.tr("Not saved yet") if self.note_modified() else "")

    def save_note(self) -> bool:
        if self._record is None:
            return False
        text = self.note.toPlainText()[:MAX_NOTE]
        with self._store.changes.initiated_by(self):
            self._store.sessions.set_notes(self._record.id, text)
        self._record.notes = text
        self.save_button.setEnabled(False)
        self.saved_label.setText(self.tr("Note saved"))
        self.note_saved.emit(self._record.id)
        return True

    def _delete(self) -> None:
        if self._record is not None:
            if self.note_modified():
                self.save_note()
            self.delete_requested.emit(self._record.id)
