"""Run start-up work after the window's first frame, so the window appears before any file is read.

``QTimer.singleShot(0, ...)`` right after ``show()`` is not enough: the zero timer fires in the first
turn of the event loop, before the platform's expose event, so the store and the routine files were
read while the window was still blank. This waits for the window's first ``Paint`` event and then
posts the work, which runs as soon as the frame has been handed to the screen.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

#: If the window is never painted (started minimised, or on a hidden workspace), work starts anyway.
FALLBACK_MS = 1000


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        self._fallback = QTimer(self)
        self._fallback.setSingleShot(True)
        self._fallback.timeout.connect(self._run)
        self._fallback.start(fallback_ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            self._widget.removeEventFilter(self)
            self._fallback.stop()
            QTimer.singleShot(0, self._run)  # after this paint pass, not inside it
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        self._widget.removeEventFilter(self)
        self._fallback.stop()
        if callback is not None:
            callback()
        # Not deleteLater(): that crashed under pytest-qt after other tests (PySide6 6.11). The object
        # is a small child of the window and goes with it.


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> None:
    """Call ``callback`` once, right after ``widget``'s first paint (or after ``fallback_ms``)."""
    _AfterFirstPaint(widget, callback, fallback_ms)
