"""Shows what an import did, or every problem that stopped it, until the parent closes it.

It stays small (the headline, then at most four lines of details that scroll), so the session list
below it keeps most of the page.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from touchtimer.ui.translation import words_text

#: The most lines of details shown at once.
MAX_LINES = 4


class Details(QPlainTextEdit):
    """Read-only lines, as tall as they are up to :data:`MAX_LINES` (then they scroll)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.textChanged.connect(self.updateGeometry)

    def sizeHint(self) -> QSize:
        lines = min(MAX_LINES, max(1, self.document().blockCount()))
        margins = self.contentsMargins()
        height = (lines * self.fontMetrics().lineSpacing() + 2 * round(self.document().documentMargin())
                  + margins.top() + margins.bottom() + 2)
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.updateGeometry()


class ImportResult(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this notice"))
        self.close_button.clicked.connect(self.hide)
        top.addWidget(self.headline, 1)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.details = Details()
        self.details.setAccessibleName(self.tr("Import details"))
        layout.addWidget(self.details)
        self.hide()

    def show_done(self, headline: str, notes: Sequence[str]) -> None:
        self.headline.setText(headline)
        self.details.setPlainText("\n".join(words_text(n) for n in notes))
        self.details.setVisible(bool(notes))
        self.show()

    def show_problems(self, headline: str, problems: Sequence[str]) -> None:
        self.headline.setText(headline)
        self.details.setPlainText("\n".join(f"• {words_text(p)}" for p in problems))
        self.details.setVisible(True)
        self.show()
