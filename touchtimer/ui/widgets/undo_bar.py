"""A quiet bar that says what was just deleted and offers to bring it back."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class UndoBar(QFrame):
    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._undo)
        self.close_button = QPushButton(self.tr("Dismiss"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.hide()

    def offer(self, message: str) -> None:
        self.message.setText(message)
        self.show()
        self.undo_button.setFocus()

    def _undo(self) -> None:
        self.hide()
        self.undo_requested.emit()
