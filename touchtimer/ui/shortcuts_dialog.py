"""The keyboard shortcuts, listed from the action registry so the list is never out of date (F1).

Each shortcut is a line of its own: the keys, then what they do, in words that wrap, so the list
reads whole at the largest text size and on a small screen (it scrolls rather than cutting words).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class ShortcutsDialog(QDialog):
    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        heading = QLabel(self.tr("Keyboard shortcuts"))
        heading.setProperty("role", "heading")
        self.rows = rows
        listing = QWidget()
        listing.setObjectName("dialogContent")
        grid = QGridLayout(listing)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.key_labels: list[QLabel] = []
        for row, (label, keys, tip) in enumerate(rows):
            key = QLabel(keys)
            key.setObjectName("shortcutKeys")
            key.setTextFormat(Qt.TextFormat.PlainText)
            what = QLabel(self.tr("%1: %2").replace("%1", label).replace("%2", tip))
            what.setTextFormat(Qt.TextFormat.PlainText)
            what.setWordWrap(True)
            key.setAccessibleName(self.tr("%1, keys %2").replace("%1", label).replace("%2", keys))
            grid.addWidget(key, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(what, row, 1)
            self.key_labels.append(key)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(listing)
        area.setAccessibleName(self.tr("Keyboard shortcuts"))
        area.setToolTip(self.tr("Every keyboard shortcut in touchtimer"))
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.setAccessibleName(self.tr("Close"))
        close.setToolTip(self.tr("Close this list (Esc)"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(area, 1)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        self.resize(860, 620)

    def keys(self) -> set[str]:
        """Every key listed, as shown."""
        return {label.text() for label in self.key_labels}
