"""A calm dialog in large type: a heading, a body of labels that scrolls if it must, and Close.

The emergency screen and the parent check-in are built on it; their words come from
``touchtimer.core.safety``, not from here. It opens with ``open()`` (window-modal, never blocking the
session's timers).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class TextDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None, *, object_name: str = "textDialog",
                 close_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setModal(True)
        self.heading = QLabel(title)
        self.heading.setProperty("role", "heading")
        self.heading.setWordWrap(True)

        self.content = QWidget()
        self.content.setObjectName("dialogContent")
        self.body_layout = QVBoxLayout(self.content)
        self.body_layout.setContentsMargins(0, 0, 8, 0)
        self.body_layout.setSpacing(12)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.content)

        label = close_text or self.tr("Close")
        self.close_button = QPushButton(label)
        self.close_button.setObjectName("closeButton")
        self.close_button.setAccessibleName(label.replace("&", ""))
        self.close_button.setToolTip(self.tr("Close this screen (Esc)"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.accept)
        self.button_row = QHBoxLayout()
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(self.button_row)
        self.setMinimumWidth(640)

    def add_label(self, text: str, object_name: str = "dialogBody", *, role: str = "",
                  at: int = -1) -> QLabel:
        """Add one wrapped, selectable paragraph to the body (at the end, or at index ``at``)."""
        label = QLabel(text)
        label.setObjectName(object_name)
        if role:
            label.setProperty("role", role)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(text)
        self.body_layout.insertWidget(at, label)
        label.show()  # shown with the dialog, or now when the dialog is already on screen
        return label

    def text(self) -> str:
        """Every paragraph shown now, in order (what a screen reader reads; what tests check)."""
        parts = [self.heading.text()]
        for i in range(self.body_layout.count()):
            item = self.body_layout.itemAt(i)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel) and not widget.isHidden():
                parts.append(widget.text())
        return "\n".join(parts)

    def fit_to_text(self) -> None:
        """Grow to show every word without scrolling, as far as the screen allows."""
        self.ensurePolished()
        for child in self.content.findChildren(QWidget):
            child.ensurePolished()
        screen = self.screen() or QGuiApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        width = max(self.width(), min(880, room.width() - 40) if room is not None else 880)
        limit = room.height() - 40 if room is not None else 900
        layout = self.layout()
        if width != self.width():
            self.resize(width, self.height())
        if layout is not None:
            layout.activate()
        viewport = self.scroll_area.viewport()
        need = self.body_layout.totalHeightForWidth(viewport.width())
        chrome = self.height() - viewport.height()
        self.resize(width, min(limit, max(self.minimumSizeHint().height(), need + chrome)))

    def showEvent(self, event: QShowEvent) -> None:
        # A top-level window does not grow for word-wrapped text on its own: size it so nothing is cut.
        self.fit_to_text()
        super().showEvent(event)
