"""The shared test guards: the night palette and reduced motion never outlive the test that set them,
and a QTimer left running is reported wherever the test lives."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tests.helpers.qt_look import QtLook
from touchtimer.ui.widgets import theme


def test_the_night_look_is_put_back(qtbot: Any) -> None:
    night = theme.palette(theme.THEMES[theme.NIGHT])
    look = QtLook()
    assert QApplication.palette() != night
    QApplication.setPalette(night)
    theme.apply_motion(True)
    assert QApplication.palette() == night
    assert not any(QApplication.isEffectEnabled(e) for e in theme.MOTION_EFFECTS)
    look.restore()
    assert QApplication.palette() == look.palette and QApplication.palette() != night
    assert {e: QApplication.isEffectEnabled(e) for e in theme.MOTION_EFFECTS} == look.effects


def test_timers_started_here_are_watched(qtbot: Any) -> None:
    # Outside tests/ui too, QTimer.start is the checking one while a test runs.
    assert QTimer.start.__name__ == "start" and QTimer.start.__module__ == "tests.conftest"
    timer = QTimer()
    timer.start(1000)
    assert timer.isActive()
    timer.stop()
