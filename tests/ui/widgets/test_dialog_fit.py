"""A dialog taller than the screen scrolls, its buttons in sight; one that fits is left as it is."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

from tests.helpers.layout_check import check, whole_and_visible
from touchtimer.ui.widgets.dialog_fit import fit_to_screen

SMALL = QRect(0, 0, 1024, 600)


def dialog_with(qtbot: QtBot, lines: int) -> tuple[QDialog, QDialogButtonBox]:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    for n in range(lines):
        label = QLabel(f"Line {n}: a sentence long enough to wrap when the dialog is narrow.")
        label.setWordWrap(True)
        layout.addWidget(label)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
    layout.addWidget(buttons)
    return dialog, buttons


def test_a_tall_dialog_scrolls_with_its_buttons_in_sight(qtbot: QtBot) -> None:
    dialog, buttons = dialog_with(qtbot, 80)
    fit_to_screen(dialog, SMALL)
    dialog.show()
    QApplication.processEvents()
    area = dialog.findChild(QScrollArea, "dialogScroll")
    assert area is not None and buttons.parentWidget() is dialog        # not inside what scrolls
    assert SMALL.contains(dialog.frameGeometry())
    assert whole_and_visible(buttons.button(QDialogButtonBox.StandardButton.Save)) == ""
    assert check(dialog, SMALL) == []


def test_a_dialog_that_fits_is_left_as_it_is(qtbot: QtBot) -> None:
    dialog, buttons = dialog_with(qtbot, 3)
    fit_to_screen(dialog, SMALL)
    dialog.show()
    QApplication.processEvents()
    assert dialog.findChild(QScrollArea) is None and buttons.parentWidget() is dialog
    assert SMALL.contains(dialog.frameGeometry())
    assert check(dialog, SMALL) == []
