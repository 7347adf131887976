"""Push buttons made one way everywhere: a name for tests and style sheets, an accessible name, a
tooltip, and who answers Enter."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QPushButton


def push_button(text: str, *, accessible: str, tip: str, on_click: Any, name: str = "",
                default: bool = False) -> QPushButton:
    """A button with ``text`` (mnemonics allowed) that calls ``on_click`` (a slot or a signal).

    ``default`` makes it the page's Enter button; every other button never answers Enter, so Enter
    always does what the default button says.
    """
    button = QPushButton(text)
    if name:
        button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    if default:
        button.setDefault(True)
    else:
        button.setAutoDefault(False)
    button.clicked.connect(on_click)
    return button
