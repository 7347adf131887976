"""The mouse wheel never changes a drop-down, number or slider that does not have the focus: the page
around it scrolls instead. With the focus, the wheel works on it as before."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from touchtimer.ui.widgets.wheel_guard import install


def wheel(widget: QWidget, steps: int = -1) -> None:
    """A wheel turn over the middle of ``widget`` (negative: towards the parent, down the page)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


def test_unfocused_controls_ignore_the_wheel_and_the_page_scrolls(qtbot: QtBot) -> None:
    install()
    area = QScrollArea()
    page = QWidget()
    column = QVBoxLayout(page)
    side = QComboBox()
    side.addItems(["Both or no side", "Left", "Right"])
    minutes = QSpinBox()
    volume = QSlider(Qt.Orientation.Horizontal)
    name = QLineEdit()                                    # the focus is here, in a text field
    for control in (name, side, minutes, volume):
        column.addWidget(control)
    column.addSpacing(2000)
    area.setWidget(page)
    qtbot.addWidget(area)
    area.resize(300, 200)
    area.show()
    name.setFocus()
    QApplication.processEvents()
    for control in (side, minutes, volume):
        wheel(control)
    assert (side.currentText(), minutes.value(), volume.value()) == ("Both or no side", 0, 0)
    assert area.verticalScrollBar().value() > 0           # the page scrolled instead

    minutes.setFocus()
    QApplication.processEvents()
    wheel(minutes, steps=1)
    assert minutes.value() == 1                            # chosen with a click or Tab: the wheel works
