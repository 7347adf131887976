"""A calm yes/no question that never blocks: opened with ``open()``, answered through a callback.

The safe answer ("keep going", "keep it") is the default and what Esc chooses.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


class ConfirmBox(QMessageBox):
    def __init__(self, parent: QWidget, name: str, title: str, text: str, yes: str, no: str,
                 on_yes: Callable[[], None]) -> None:
        super().__init__(QMessageBox.Icon.NoIcon, title, text, QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName(name)
        self.yes_button: QPushButton = self.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        self.no_button: QPushButton = self.addButton(no, QMessageBox.ButtonRole.RejectRole)
        for button, tip in ((self.yes_button, yes), (self.no_button, no)):
            button.setAccessibleName(tip)
            button.setToolTip(tip)
        self.setDefaultButton(self.no_button)
        self.setEscapeButton(self.no_button)
        self._on_yes = on_yes
        self._answered = False
        self.finished.connect(self._done)

    def _done(self, _result: int) -> None:
        if self._answered:
            return
        self._answered = True
        if self.clickedButton() is self.yes_button:
            self._on_yes()
        self.deleteLater()
