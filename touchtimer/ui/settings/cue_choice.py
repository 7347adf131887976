"""How touchtimer tells the parent about stages and prompts: one choice of three, each saying what it
does right beside it, and the one thing none of them changes (the skin-to-skin position checks).

It reads like a drop-down to the dialog (``currentData``, ``findData``, ``setCurrentIndex``,
``currentIndexChanged``), but shows every choice at once, so what each one means is never hidden.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget


class _Said(QLabel):
    """The words of a choice: a click on them chooses it too."""

    def __init__(self, text: str, button: QRadioButton) -> None:
        super().__init__(text)
        self._button = button
        self.setWordWrap(True)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._button.setChecked(True)
        self._button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


class CueChoice(QWidget):
    currentIndexChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cueChoice")
        self._values: list[str] = []
        self.group = QButtonGroup(self)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(8)
        grid.setColumnStretch(1, 1)
        choices = (
            ("voice_and_chimes", self.tr("Voice &and chimes"),
             self.tr("Each stage and prompt is spoken, after a soft chime.")),
            ("chimes_only", self.tr("Chimes onl&y"),
             self.tr("A soft chime at each stage and prompt; nothing is spoken.")),
            ("silent", self.tr("S&ilent"), self.tr("No sound for stages and prompts: look at the screen.")),
        )
        self.buttons: dict[str, QRadioButton] = {}
        for row, (value, name, said) in enumerate(choices):
            button = QRadioButton()
            button.setObjectName(f"cues_{value}")
            button.setAccessibleName(name.replace("&", ""))
            button.setAccessibleDescription(said)
            button.setToolTip(said)
            title = _Said(name, button)
            title.setBuddy(button)            # Alt and the underlined letter choose it
            title.setObjectName("cueName")
            words = _Said(said, button)
            words.setProperty("role", "muted")
            self.group.addButton(button, row)
            self.buttons[value] = button
            self._values.append(value)
            grid.addWidget(button, 2 * row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(title, 2 * row, 1)
            grid.addWidget(words, 2 * row + 1, 1)
        self.group.idToggled.connect(self._toggled)
        #: What no choice here silences (the dialog sets the words).
        self.always = QLabel()
        self.always.setObjectName("checksNote")
        self.always.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(grid)
        column.addWidget(self.always)
        self.buttons["voice_and_chimes"].setChecked(True)

    def _toggled(self, index: int, checked: bool) -> None:
        if checked:
            self.currentIndexChanged.emit(index)

    # -- like a drop-down ------------------------------------------------------------------------------

    def currentIndex(self) -> int:
        return self.group.checkedId()

    def currentData(self) -> str:
        return self._values[max(0, self.group.checkedId())]

    def findData(self, value: object) -> int:
        return self._values.index(value) if value in self._values else -1

    def setCurrentIndex(self, index: int) -> None:
        button = self.group.button(index)
        if button is not None:
            button.setChecked(True)
