"""Yes, No and "Skip this question" on the parent check-in keep their whole labels at any text size,
and the questions never run under the scroll bar.

At 150 % text in a dialog narrower than about 800 px, "Skip this question" was cut: the theme's button
min-width let the row squeeze it. At 200 % the row was wider than the dialog, so the whole body was
wider than its scroll area and the text ran under the scroll bar.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QMainWindow

from touchtimer.ui.safety.checkin_dialog import CheckInDialog
from touchtimer.ui.widgets import theme as themes


@pytest.mark.parametrize("width", [640, 700, 880])
@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_answers_whole_and_body_inside_the_scroll_area(qtbot: QtBot, scale: float, width: int) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStyleSheet(themes.stylesheet(themes.resolve("light"), scale))
    window.resize(1280, 800)
    window.show()
    dialog = CheckInDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(width, dialog.height())
    for _ in range(3):  # the layout settles over a few passes of the event loop
        QApplication.processEvents()
    buttons = list(dialog.answer_buttons.values())
    assert [b.isVisible() for b in buttons] == [True, True, True]
    for button in buttons:
        assert button.width() >= button.sizeHint().width(), (scale, width, button.text(), button.width())
    viewport = dialog.scroll_area.viewport()
    assert dialog.content.width() <= viewport.width(), (scale, width)
    for button in buttons:
        right = button.mapTo(viewport, button.rect().topRight()).x()
        assert right <= viewport.width(), (scale, width, button.text())
