"""The application's look (palette and motion effects) at one moment, to put back after a test."""

from __future__ import annotations


class QtLook:
    """The application palette and motion effects at one moment, to put back later."""

    def __init__(self) -> None:
        from PySide6.QtGui import QPalette
        from PySide6.QtWidgets import QApplication

        from touchtimer.ui.widgets.theme import MOTION_EFFECTS

        self.palette = QPalette(QApplication.palette())
        self.effects = {effect: QApplication.isEffectEnabled(effect) for effect in MOTION_EFFECTS}

    def restore(self) -> None:
        from PySide6.QtWidgets import QApplication

        if QApplication.instance() is None:
            return
        if QApplication.palette() != self.palette:
            QApplication.setPalette(self.palette)
        for effect, enabled in self.effects.items():
            QApplication.setEffectEnabled(effect, enabled)
