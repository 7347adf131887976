"""Before the printable summary is made: which days, and whether to include the parent's own mood
ratings and notes. Both are private, so both are off until the parent ticks them.

History ▸ *Print summary (PDF)…* opens :class:`SummaryOptionsDialog` (window-modal, never blocking);
*Choose where to save…* then asks for the file and writes it (:func:`ask_for_summary`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from touchtimer.ui.widgets.date_field import DateField
from touchtimer.ui.widgets.dialog_fit import fit_to_screen
from touchtimer.ui.widgets.forms import form_layout

if TYPE_CHECKING:
    from touchtimer.ui.history.view import HistoryView


@dataclass(frozen=True)
class SummaryOptions:
    """The days of the summary, and what private parts to put in it."""

    first: date
    last: date
    include_mood: bool = False
    include_notes: bool = False


class SummaryOptionsDialog(QDialog):
    """The dates (``first`` to ``last`` to start with, never after ``today``) and two check boxes."""

    def __init__(self, first: date, last: date, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryOptions")
        self.setWindowTitle(self.tr("Print a summary"))
        self.setModal(True)
        intro = QLabel(self.tr("A one- or two-page summary of your sessions, for your health visitor or "
                               "doctor. Your mood ratings and notes are yours: they are left out unless "
                               "you tick them."))
        intro.setWordWrap(True)
        self._today = today
        self.first = DateField(self.tr("First day"), self.tr("The first day in the summary"))
        self.last = DateField(self.tr("Last day"), self.tr("The last day in the summary"))
        for edit, day in ((self.first, first), (self.last, last)):
            edit.setDate(day)
            edit.dateChanged.connect(lambda _d: self._check())
        self.mood = QCheckBox(self.tr("Include my &mood ratings"))
        self.mood.setObjectName("includeMood")
        self.mood.setToolTip(self.tr("Your own 1–5 rating of how you felt before and after each session: "
                                     "not a score or a test"))
        self.notes = QCheckBox(self.tr("Include my &notes"))
        self.notes.setObjectName("includeNotes")
        self.notes.setToolTip(self.tr("The notes you wrote after each session"))
        self.problem = QLabel()
        self.problem.setObjectName("summaryOptionsProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()

        form = form_layout()
        form.addRow(self.tr("&First day"), self.first)
        form.addRow(self.tr("&Last day"), self.last)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.addButton(self.tr("&Choose where to save…"),
                                                  QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.mood)
        layout.addWidget(self.notes)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.first.setFocus(Qt.FocusReason.OtherFocusReason)

    def _check(self) -> None:
        first, last = self.first.value(), self.last.value()
        if first is None:
            text = self.first.problem(self.tr('First day'))
        elif last is None:
            text = self.last.problem(self.tr('Last day'))
        elif max(first, last) > self._today:
            text = self.tr("That day is still to come: choose today or an earlier day.")
        elif first > last:
            text = self.tr("The first day comes after the last one: choose an earlier first day.")
        else:
            text = ""
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self.save_button.setEnabled(not text)

    def options(self) -> SummaryOptions:
        first, last = self.first.value(), self.last.value()
        assert first is not None and last is not None     # Save is off until both are dates
        return SummaryOptions(first, last, self.mood.isChecked(), self.notes.isChecked())


def ask_for_summary(view: HistoryView, *, to_printer: bool = False) -> SummaryOptionsDialog:
    """Ask what the summary holds, then where to save it and write it (through ``view``), or, with
    ``to_printer``, print it after the system's print dialog."""
    from PySide6.QtWidgets import QFileDialog

    first, last = view.summary_range()
    dialog = SummaryOptionsDialog(first, last, view.today(), view)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if to_printer:
        dialog.save_button.setText(QCoreApplication.translate("SummaryOptionsDialog", "&Choose a printer…"))

    def chosen() -> None:
        options = dialog.options()
        if to_printer:
            view.print_with_dialog(options)
            return
        days = f"{options.first.isoformat()}-to-{options.last.isoformat()}"
        suggested = Path.home() / f"touchtimer-summary-{days}.pdf"
        title = QCoreApplication.translate("SummaryOptionsDialog", "Save summary")
        kinds = QCoreApplication.translate("SummaryOptionsDialog", "PDF (*.pdf)")
        name, _ = QFileDialog.getSaveFileName(view, title, str(suggested), kinds)
        if name:
            view.print_summary_to(Path(name), options)

    dialog.accepted.connect(chosen)
    screen = view.screen()
    if screen is not None:
        fit_to_screen(dialog, screen.availableGeometry())    # it fits the screen, whatever the text size
    help_action = view.window().findChild(QAction, "session.emergency")
    if help_action is not None:
        dialog.addAction(help_action)         # H: the emergency screen, here too
    dialog.open()
    return dialog
