"""The night theme reaches the history list, its chart and the daily-target box.

Under a style sheet Qt builds each widget's palette from the application's palette, not from the
window's, so widgets the style sheet does not name (the history QListView, the chart, spin boxes)
kept the bright default colours at night: a white list with pale text, a blue chart.
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow

from touchtimer.core.clock import FakeClock
from touchtimer.core.settings import Settings
from touchtimer.core.storage.store import open_store
from touchtimer.ui.history.view import HistoryView
from touchtimer.ui.widgets import theme as themes

Role = QPalette.ColorRole


def test_history_follows_the_night_theme(qtbot: QtBot) -> None:
    night = themes.THEMES[themes.NIGHT]
    window = QMainWindow()
    qtbot.addWidget(window)
    view = HistoryView(open_store(None), Settings(), clock=FakeClock())
    window.setCentralWidget(view)
    window.setPalette(themes.palette(night))           # what the main window does
    window.setStyleSheet(themes.stylesheet(night, 1.0))
    window.resize(1280, 760)
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()

    listing = view.list.viewport().palette()
    assert listing.color(Role.Base) == QColor(night.surface)
    assert listing.color(Role.Text) == QColor(night.text)
    assert listing.color(Role.AlternateBase) == QColor(night.soft)      # the day headings
    assert listing.color(Role.Highlight) == QColor(night.fill)          # the chosen session's bar, dim
    assert view.list.palette().color(Role.PlaceholderText) == QColor(night.muted)
    assert view.totals.chart.palette().color(Role.Highlight) == QColor(night.fill)  # the bars, dim
    aim = view.totals.target_box
    assert aim.palette().color(Role.Base) == QColor(night.surface)
    assert aim.palette().color(Role.Text) == QColor(night.text)
