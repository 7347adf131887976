"""Every control's state can be seen at a glance in both themes: measured on screenshots.

Check boxes, radio buttons, a chosen toggle button, the primary button, the focus ring and a chosen
list row are grabbed in each state; the pixels of the state's mark (the box, the dot, the border, the
bar) must stand 3:1 or more against the background (WCAG 2 relative luminance), and a chosen box
must differ from an empty one by as much. At night no control is a large bright block.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QListWidget,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QVBoxLayout,
    QWidget,
)

from tests.helpers.contrast import bright_blocks, contrast, drawn_contrast
from touchtimer.ui.widgets import theme as themes

LEAST = 3.0


def host(qtbot: QtBot, name: str) -> tuple[QWidget, themes.Theme]:
    theme = themes.THEMES[name]
    widget = QWidget()
    widget.setObjectName("host")
    qtbot.addWidget(widget)
    QApplication.setPalette(themes.palette(theme))
    widget.setStyleSheet(themes.stylesheet(theme, 1.0) + f"QWidget#host {{ background: {theme.window}; }}")
    widget.setAutoFillBackground(True)
    QVBoxLayout(widget)
    return widget, theme


def shot(widget: QWidget) -> QImage:
    widget.show()
    QApplication.processEvents()
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def indicator(button: QCheckBox | QRadioButton) -> QRect:
    option = QStyleOptionButton()
    button.initStyleOption(option)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(button, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    rect = button.style().subElementRect(element, option, button)
    return rect.translated(button.pos())


@pytest.mark.parametrize("name", [themes.LIGHT, themes.NIGHT])
@pytest.mark.parametrize("kind", [QCheckBox, QRadioButton])
def test_boxes_and_dots_stand_out_empty_and_chosen(qtbot: QtBot, name: str, kind: type) -> None:
    widget, theme = host(qtbot, name)
    empty, chosen = kind("Nose and mouth uncovered"), kind("Face can be seen")
    for button in (empty, chosen):
        widget.layout().addWidget(button)
    chosen.setChecked(True)
    empty.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    chosen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    image = shot(widget)
    background = QColor(theme.window)
    for button in (empty, chosen):
        assert drawn_contrast(image, indicator(button), background) >= LEAST, (name, button.text())
    # What is in the middle of a chosen box or dot differs from an empty one 3:1 or more.
    middle_empty = QColor(image.pixel(indicator(empty).center()))
    middle_chosen = QColor(image.pixel(indicator(chosen).center()))
    assert contrast(middle_empty, middle_chosen) >= LEAST, name


@pytest.mark.parametrize("name", [themes.LIGHT, themes.NIGHT])
def test_chosen_primary_and_focused_buttons_stand_out(qtbot: QtBot, name: str) -> None:
    widget, theme = host(qtbot, name)
    plain, toggled, primary, focused = (QPushButton(t) for t in ("7 days", "30 days", "Save", "Next"))
    toggled.setCheckable(True)
    toggled.setChecked(True)
    primary.setProperty("role", "primary")
    for button in (plain, toggled, primary, focused):
        widget.layout().addWidget(button)
    widget.show()
    focused.setFocus()
    image = shot(widget)
    background = QColor(theme.window)
    for button in (toggled, primary, focused):
        rect = button.geometry()
        edge = QRect(rect.left(), rect.top() + rect.height() // 3, 3, rect.height() // 3)   # its left border
        assert drawn_contrast(image, edge, background, least_share=0.3) >= LEAST, (name, button.text())
    plain_edge = plain.geometry()
    assert drawn_contrast(image, QRect(plain_edge.left(), plain_edge.center().y(), 2, 4), background,
                          least_share=0.3) < LEAST       # a button that is not chosen does not look chosen


@pytest.mark.parametrize("name", [themes.LIGHT, themes.NIGHT])
def test_a_chosen_list_row_is_marked_and_never_a_bright_block(qtbot: QtBot, name: str) -> None:
    widget, theme = host(qtbot, name)
    rows = QListWidget()
    rows.addItems(["Close time\nSkin-to-skin · open-ended", "Calming hold\nSkin-to-skin · 17 min",
                   "Gentle hello\nMassage · 9 min"])
    rows.setCurrentRow(1)
    rows.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    widget.layout().addWidget(rows)
    widget.resize(600, 400)
    image = shot(widget)
    row = rows.visualItemRect(rows.item(1)).translated(rows.viewport().mapTo(widget, rows.viewport().pos()))
    row = row.translated(-rows.viewport().pos().x(), -rows.viewport().pos().y())
    bar = QRect(row.left() + 1, row.top() + row.height() // 3, 4, row.height() // 3)
    assert drawn_contrast(image, bar, QColor(theme.surface), least_share=0.3) >= LEAST, name
    if name == themes.NIGHT:
        assert bright_blocks(image) == []


def test_the_night_fill_is_dim_but_still_seen() -> None:
    night = themes.THEMES[themes.NIGHT]
    assert contrast(QColor(night.fill), QColor(night.window)) >= LEAST
    assert contrast(QColor(night.fill), QColor(night.track)) >= LEAST     # the ring's arc on its track
