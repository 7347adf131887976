"""The "delete all my data" confirmation: says what goes and what stays, offers an export first.

Nothing is deleted by the dialog itself. After ``exec()`` returns ``Accepted``, the caller runs
``touchtimer.core.storage.privacy.delete_all_data(data_dir, confirm=True,
include_routines=dialog.include_routines, store=store)`` (see :func:`delete_if_confirmed`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from touchtimer.core.storage.privacy import DeletionPlan, DeletionReport, delete_all_data, plan_deletion
from touchtimer.core.storage.store import Store


class DeleteDataDialog(QDialog):
    """Asks twice, calmly: a plain account of what goes, then an explicit "I understand"."""

    #: The person wants to export first; the settings dialog connects this to its export action.
    export_requested = Signal()

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setWindowTitle(self.tr("Delete all my data"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.setSpacing(14)

        intro = QLabel(self.tr(
            "This removes every session, note, mood and baby profile that touchtimer keeps on this "
            "computer, and every backup of them. It cannot be undone."))
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)

        kept = QLabel(self.tr(
            "Kept: your settings (they hold nothing about you or your baby), and any file you "
            "saved or exported somewhere else."))
        kept.setWordWrap(True)
        layout.addWidget(kept)

        self.export_button = QPushButton(self.tr("Export my sessions first…"))
        self.export_button.clicked.connect(self.export_requested)
        layout.addWidget(self.export_button)
        self.export_result = QLabel()
        self.export_result.setWordWrap(True)
        self.export_result.setTextFormat(Qt.TextFormat.PlainText)
        self.export_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_result.hide()
        layout.addWidget(self.export_result)

        self.routines_box = QCheckBox(self.tr("Also delete the routine files I added"))
        self.routines_box.toggled.connect(self._refresh)
        layout.addWidget(self.routines_box)

        self.understood = QCheckBox(self.tr("I understand this cannot be undone"))
        self.understood.toggled.connect(self._refresh)
        layout.addWidget(self.understood)

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = self.buttons.addButton(self.tr("Delete everything"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        # Only Cancel answers Enter: a button with "auto default" would take over as the default
        # whenever it got the focus (the export button does, first, when the dialog is shown).
        for button in (self.export_button, self.delete_button):
            button.setAutoDefault(False)
        self.cancel_button.setDefault(True)
        self.delete_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout.addWidget(self.buttons)
        self._refresh()

    @property
    def include_routines(self) -> bool:
        return self.routines_box.isChecked()

    def show_export_result(self, text: str) -> None:
        """Say where the export went (or why it could not be saved), under the export button."""
        self.export_result.setText(text)
        self.export_result.show()

    def plan(self) -> DeletionPlan:
        return plan_deletion(self.data_dir, include_routines=self.include_routines)

    def _refresh(self) -> None:
        plan = self.plan()
        routines = len(plan_deletion(self.data_dir, include_routines=True).files) - len(
            plan_deletion(self.data_dir).files)
        self.routines_box.setText(self.tr("Also delete the routine files I added (%1)").replace(
            "%1", str(routines)))
        self.routines_box.setEnabled(routines > 0)
        self.summary.setText(self.tr("Files to be removed: %1, from the folder %2.")
                             .replace("%1", str(len(plan.files))).replace("%2", str(self.data_dir)))
        self.delete_button.setEnabled(self.understood.isChecked() and bool(plan.files))


def delete_if_confirmed(dialog: DeleteDataDialog, store: Store | None) -> DeletionReport | None:
    """Show ``dialog``; if the person confirmed, delete and return what was removed."""
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return delete_all_data(dialog.data_dir, confirm=True, include_routines=dialog.include_routines,
                           store=store)
