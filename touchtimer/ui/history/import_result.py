"""Shows what an import did, or every problem that stopped it, until the parent closes it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ImportResult(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.headline, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Import details"))
        self.details.setMaximumHeight(160)
        layout.addWidget(self.details)
        self.hide()

    def show_done(self, headline: str, notes: Sequence[str]) -> None:
        self.headline.setText(headline)
        self.details.setPlainText("\n".join(notes))
        self.details.setVisible(bool(notes))
        self.show()

    def show_problems(self, headline: str, problems: Sequence[str]) -> None:
        self.headline.setText(headline)
        self.details.setPlainText("\n".join(f"• {p}" for p in problems))
        self.details.setVisible(True)
        self.show()
