"""Qt event filters that watch the app from outside: first paint, and every timer event delivered.

Both are installed on the ``QApplication``, so they see the events of every object without the app
knowing. The benchmark driver installs them before it hands control to touchtimer's launcher.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QWidget

BENCH_PREFIX = "bench-"


def describe(obj: QObject) -> str:
    """``Class`` or ``Class#objectName`` of an object, for counting timer events by their owner."""
    name = obj.objectName()
    cls = type(obj).__name__
    if not name and isinstance(obj, QObject) and obj.parent() is not None:
        parent = obj.parent()
        pname = parent.objectName() or type(parent).__name__
        return f"{cls} (in {pname})"
    return f"{cls}#{name}" if name else cls


class FirstPaint(QObject):
    """Notes the moment a top-level widget has been painted and flushed to its window for the first time.

    A top-level widget paints while its platform window handles an ``Expose`` (or ``UpdateRequest``)
    event. This filter delivers that event itself, and if the widget received its ``Paint`` inside,
    records ``time.monotonic()`` right after: the frame is on its way to the screen.
    ``accept(widget)`` chooses which top-level widget counts (default: any).
    """

    def __init__(self, on_painted: Callable[[QWidget, float], None],
                 accept: Callable[[QWidget], bool] = lambda w: True) -> None:
        super().__init__()
        self.on_painted = on_painted
        self.accept = accept
        self.painted_at: float | None = None
        self._painting: QWidget | None = None
        self._inside = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.painted_at is not None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint and self._inside and isinstance(obj, QWidget) and obj.isWindow() \
                and self.accept(obj):
            self._painting = obj
        elif isinstance(obj, QWindow) and not self._inside and kind in (QEvent.Type.Expose,
                                                                        QEvent.Type.UpdateRequest):
            self._inside = True
            try:
                handled = obj.event(event)
            finally:
                self._inside = False
            if self._painting is not None:
                self.painted_at = time.monotonic()
                self.on_painted(self._painting, self.painted_at)
            return bool(handled)
        return False


class TimerEvents(QObject):
    """Counts every ``QTimerEvent`` delivered in the GUI thread, by receiving object.

    Every timer wake-up of the event loop ends in one such event (``QTimer`` objects, ``startTimer``
    users inside Qt such as cursor blinking or animations). The suite's own timers are named
    ``bench-…`` and left out.
    """

    def __init__(self) -> None:
        super().__init__()
        self.counting = False
        self.counts: Counter[str] = Counter()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.counting and event.type() == QEvent.Type.Timer:
            name = obj.objectName()
            if not name.startswith(BENCH_PREFIX):
                self.counts[describe(obj)] += 1
        return False

    def start(self) -> None:
        self.counts.clear()
        self.counting = True

    def stop(self) -> Counter[str]:
        self.counting = False
        return Counter(self.counts)
