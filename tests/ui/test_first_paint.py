"""Start-up work waits for the window's first frame (and still runs if the window is never painted)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QWidget

from touchtimer.ui.first_paint import after_first_paint


class Counting(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def paintEvent(self, event: QPaintEvent) -> None:
        self.paints += 1
        super().paintEvent(event)


def test_work_runs_after_the_first_paint(qtbot: Any) -> None:
    widget = Counting()
    qtbot.addWidget(widget)
    paints_seen: list[int] = []
    # A fallback far longer than any paint: the paint must win however slow the machine is (with the
    # default second, a loaded machine sometimes let the fallback fire first and the test failed).
    after_first_paint(widget, lambda: paints_seen.append(widget.paints), fallback_ms=10 * 60 * 1000)
    assert paints_seen == []
    widget.show()
    qtbot.waitUntil(lambda: paints_seen != [])
    assert paints_seen[0] >= 1  # the frame was painted before the work began


def test_work_runs_once_even_if_the_window_is_never_painted(qtbot: Any) -> None:
    widget = Counting()
    qtbot.addWidget(widget)
    calls: list[int] = []
    after_first_paint(widget, lambda: calls.append(1), fallback_ms=10)
    qtbot.waitUntil(lambda: calls != [])
    assert widget.paints == 0
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.paints > 0)
    assert calls == [1]
