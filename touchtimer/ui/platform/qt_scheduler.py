"""The Qt side of the :class:`touchtimer.core.clock.Scheduler` port: one single-shot timer.

A new :meth:`QtScheduler.schedule` replaces the previous one, so at most one timer is ever armed.
The timer is a ``PreciseTimer`` because it marks the exact moment a stage ends or a prompt falls due;
the engine still derives every time from the monotonic clock, so a late timer never shifts a stage.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer

#: QTimer takes a signed 32-bit number of milliseconds; longer waits are re-armed on arrival.
MAX_DELAY_MS = 2**31 - 1


class QtScheduler(QObject):
    """Calls a callback once, ``delay`` seconds from now, from the Qt event loop."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName("touchtimer-due-timer")
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._fire)
        self._callback: Callable[[], None] | None = None

    @property
    def timer(self) -> QTimer:
        return self._timer

    def schedule(self, delay: float, callback: Callable[[], None]) -> None:
        self._callback = callback
        ms = max(0, math.ceil(delay * 1000))
        self._timer.start(min(ms, MAX_DELAY_MS))

    def cancel(self) -> None:
        self._timer.stop()
        self._callback = None

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is not None:
            callback()
