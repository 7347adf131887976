"""The 7- and 30-day buttons above the history chart show their whole label in the window's theme.

The theme once gave every button a min-width, and Qt let a layout squeeze a button down to that
min-width even when its label needed more: at 1280 pixels wide "Last 7 days" was cut to "ast 7 day".
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QWidget

from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import open_store
from touchtimer.ui.history.view import HistoryView
from touchtimer.ui.widgets import theme as themes


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_period_buttons_keep_their_whole_label(qtbot: QtBot, scale: float) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    host.setStyleSheet(themes.stylesheet(themes.resolve("light"), scale))
    view = HistoryView(open_store(None), Settings(), host, clock=FakeClock())
    host.resize(1280, 760)
    view.resize(1280, 760)
    host.show()
    view.tabs.setCurrentIndex(1)                 # the daily totals
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    for button in (view.totals.week_button, view.totals.month_button):
        assert button.width() >= button.sizeHint().width(), (button.text(), button.width())
