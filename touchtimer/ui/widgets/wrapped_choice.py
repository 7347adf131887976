"""A check box or radio button whose words wrap onto more lines, so it fits a narrow window at the
largest text size instead of widening the dialog it is in.

Qt's own check box and radio button keep their text on one line. :func:`wrapped` gives the button no
text of its own and puts the words in a label beside it that wraps, names the button (its accessible
name, and the label's ``&`` shortcut reaches it), and chooses it when clicked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QHBoxLayout, QLabel, QRadioButton, QWidget


class ButtonWords(QLabel):
    """The words of a check box or radio button: a click on them is a click on the button."""

    def __init__(self, text: str, button: QAbstractButton) -> None:
        super().__init__(text)
        self.button = button
        self.setWordWrap(True)
        self.setBuddy(button)
        self.setEnabled(button.isEnabled())
        button.installEventFilter(self)       # greyed out with its button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.button and event.type() == QEvent.Type.EnabledChange:
            self.setEnabled(self.button.isEnabled())
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.button.isEnabled():
            if isinstance(self.button, QRadioButton):
                self.button.setChecked(True)
            else:
                self.button.toggle()
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()


def wrapped(button: QAbstractButton, text: str | None = None) -> QWidget:
    """A row with ``button`` and its words (``text``, or the button's own) wrapping beside it."""
    words = ButtonWords(text if text is not None else button.text(), button)
    if not button.accessibleName():
        button.setAccessibleName(words.text().replace("&", ""))
    button.setText("")
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
    layout.addWidget(words, 1)
    row.setToolTip(button.toolTip())
    return row
