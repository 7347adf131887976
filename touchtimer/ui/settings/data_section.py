"""The settings dialog's last part, below a line and apart from everything else: what touchtimer keeps
on this computer, and "Delete all my data…" (in the dialog's own translation context)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class DataSection(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 8, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        box.addWidget(line)
        about = QLabel(QCoreApplication.translate(
            "SettingsDialog", "Your sessions, notes and baby profiles are kept on this computer only."))
        about.setWordWrap(True)
        box.addWidget(about)
        self.delete_data_button = QPushButton(
            QCoreApplication.translate("SettingsDialog", "Delete all my data…"))
        self.delete_data_button.setAutoDefault(False)     # Enter never reaches it
        self.delete_data_button.setDefault(False)
        self.delete_data_button.setAccessibleName(QCoreApplication.translate("SettingsDialog",
                                                                            "Delete all my data"))
        self.delete_data_button.setToolTip(QCoreApplication.translate(
            "SettingsDialog", "Remove every session, note and baby profile from this computer; "
                              "asks first and offers an export"))
        row = QHBoxLayout()
        row.addWidget(self.delete_data_button)
        row.addStretch(1)
        box.addLayout(row)
        self.data_reason = QLabel()
        self.data_reason.setWordWrap(True)
        self.data_reason.setTextFormat(Qt.TextFormat.PlainText)
        self.data_reason.hide()
        box.addWidget(self.data_reason)

    def offer(self, available: bool, reason: str = "") -> None:
        """Show "Delete all my data…"; while it cannot be done (a session is on), say why instead."""
        self.show()
        self.delete_data_button.setEnabled(available)
        self.data_reason.setText(reason)
        self.data_reason.setVisible(not available and bool(reason))
