"""The "I feel unsafe" choice on the parent check-in keeps every word visible at any text size.

At 150 % text its one-line label ran past the dialog's edge and showed only
"nsafe, or I might harm myself or my".
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QMainWindow

from touchtimer.core import safety
from touchtimer.ui.safety.checkin_dialog import CheckInDialog
from touchtimer.ui.widgets import theme as themes


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_unsafe_choice_is_never_cut_off(qtbot: QtBot, scale: float) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStyleSheet(themes.stylesheet(themes.resolve("night"), scale))
    window.resize(1280, 800)
    window.show()
    dialog = CheckInDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    button = dialog.unsafe_button
    assert button.isVisible()
    assert button.text().split() == (safety.UNSAFE_CHOICE + "…").split()   # every word, in order
    app.processEvents()
    assert button.width() >= button.sizeHint().width(), (scale, button.text(), button.width())
    assert button.height() >= button.sizeHint().height(), (scale, button.text(), button.height())
    assert button.geometry().right() <= dialog.width()
    assert button.accessibleName() == safety.UNSAFE_CHOICE
