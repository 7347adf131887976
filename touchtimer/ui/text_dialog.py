"""A calm dialog that shows one text in large type: the emergency screen and the parent check-in.

The title and body are constructor arguments, so the safety wording lives with the content, not here.
It opens with ``open()`` (window-modal, never blocking the session's timers).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget


class TextDialog(QDialog):
    def __init__(self, title: str, body: str, parent: QWidget | None = None, *,
                 object_name: str = "textDialog", close_text: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setModal(True)
        heading = QLabel(title)
        heading.setProperty("role", "heading")
        heading.setWordWrap(True)
        self.body = QLabel(body)
        self.body.setObjectName("dialogBody")
        self.body.setWordWrap(True)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setAccessibleName(title)
        self.close_button = QPushButton(close_text or self.tr("Close"))
        self.close_button.setDefault(True)
        self.close_button.setAccessibleName(close_text or self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close this screen (Esc)"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 24)
        layout.setSpacing(16)
        layout.addWidget(heading)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        self.setMinimumWidth(560)

    def showEvent(self, event: QShowEvent) -> None:
        # A top-level window does not grow for word-wrapped text on its own: size it so nothing is cut.
        self.ensurePolished()
        layout = self.layout()
        if layout is not None:
            width = max(self.width(), 640)
            self.resize(width, max(self.height(), layout.totalHeightForWidth(width)))
        super().showEvent(event)


class EmergencyDialog(TextDialog):
    """The one clear emergency screen, reachable at any moment of a skin-to-skin session."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(title, body, parent, object_name="emergencyDialog")
        self.body.setObjectName("emergencyBody")


class CheckInDialog(TextDialog):
    """The optional parent check-in, offered after a session, never forced and never scored."""

    def __init__(self, title: str, body: str, parent: QWidget | None = None) -> None:
        super().__init__(title, body, parent, object_name="checkinDialog")
