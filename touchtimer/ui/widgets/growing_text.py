"""A text box as tall as its words (two lines at least, twelve at most), so a short field never has a
scroll bar of its own inside a form that already scrolls."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget

FEWEST_LINES = 2
MOST_LINES = 12


class GrowingText(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.textChanged.connect(self._fit)

    def lines_needed(self, width: int) -> int:
        """The lines the text takes when wrapped at ``width`` pixels (the text area's width)."""
        fm = QFontMetrics(self.font())
        text = self.toPlainText() or " "
        margin = 2 * round(self.document().documentMargin())
        need = fm.boundingRect(QRect(0, 0, max(1, width - margin), 100_000),
                               int(Qt.TextFlag.TextWordWrap), text)
        return max(1, -(-need.height() // fm.lineSpacing()))

    def _height_for(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (lines * QFontMetrics(self.font()).lineSpacing() + 2 * round(self.document().documentMargin())
                + margins.top() + margins.bottom() + 2)

    def _fit(self) -> None:
        lines = min(MOST_LINES, max(FEWEST_LINES, self.lines_needed(self.viewport().width())))
        height = self._height_for(lines)
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height_for(FEWEST_LINES))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()
