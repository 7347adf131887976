"""The babies dialog is never smaller than its form, and its buttons keep their whole labels.

A fixed 760 x 520 minimum let the layout squeeze the form below what it needs, even at the normal
text size: "Add a baby…" read "dd a bab" and "Due date not known" was cut.
"""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QMainWindow

from touchtimer.core.babies.profiles import add_baby
from touchtimer.core.storage.store import open_store
from touchtimer.ui.babies.dialog import BabiesDialog
from touchtimer.ui.widgets import theme as themes


@pytest.mark.parametrize("scale", [1.0, 1.2])
def test_babies_dialog_fits_its_form(qtbot: QtBot, scale: float) -> None:
    store = open_store(None)
    add_baby(store, "Mia", date(2026, 9, 19), date(2026, 11, 4), today=date(2027, 1, 1))
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setStyleSheet(themes.stylesheet(themes.resolve("light"), scale))
    window.show()
    dialog = BabiesDialog(store, window, today=date(2026, 11, 21))
    qtbot.addWidget(dialog)
    dialog.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    layout = dialog.layout()
    assert layout is not None
    assert dialog.width() >= layout.minimumSize().width()
    assert dialog.height() >= layout.minimumSize().height()
    for button in (dialog.add_button, dialog.remove_button):
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
