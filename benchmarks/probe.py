"""Watching the app from outside without slowing it down: first paint, and timer events.

A Python event filter costs about 25 µs per event it sees (PySide wraps every event for Python), and
building touchtimer's window sends well over a thousand events. So nothing here filters the whole
application: :func:`on_first_paint` waits for ``show()`` and then watches only that window, and
:class:`TimerEvents` watches only ``QTimer`` objects.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QWidget

BENCH_PREFIX = "bench-"
Painted = Callable[[QWidget, float], None]
#: Probes stay referenced here while they watch: Qt does not keep a Python event filter alive.
_watching: list[FirstPaint] = []


class FirstPaint(QObject):
    """Notes the moment a top-level widget has been painted and flushed for the first time.

    Install it on the widget and on its ``windowHandle()``. A top-level widget paints while its
    platform window handles an ``Expose`` (or ``UpdateRequest``) event; this filter delivers that
    event itself, and if the widget received its ``Paint`` inside, records ``time.monotonic()`` right
    after: the frame has been handed to the platform.
    """

    def __init__(self, widget: QWidget, on_painted: Painted) -> None:
        super().__init__()
        self.widget = widget
        self.on_painted = on_painted
        self.painted_at: float | None = None
        self._painted = False
        self._inside = False

    def attach(self) -> None:
        self.widget.installEventFilter(self)
        handle = self.widget.windowHandle()
        if handle is not None:
            handle.installEventFilter(self)

    def detach(self) -> None:
        self.widget.removeEventFilter(self)
        handle = self.widget.windowHandle()
        if handle is not None:
            handle.removeEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.painted_at is not None:
            return False
        kind = event.type()
        if kind == QEvent.Type.Paint and obj is self.widget and self._inside:
            self._painted = True
        elif isinstance(obj, QWindow) and not self._inside and kind in (QEvent.Type.Expose,
                                                                        QEvent.Type.UpdateRequest):
            self._inside = True
            try:
                handled = obj.event(event)
            finally:
                self._inside = False
            if self._painted:
                self.painted_at = time.monotonic()
                self.detach()
                if self in _watching:
                    _watching.remove(self)
                self.on_painted(self.widget, self.painted_at)
            return bool(handled)
        return False


def watch(widget: QWidget, on_painted: Painted) -> FirstPaint:
    """Watch an already shown top-level ``widget`` for its first paint."""
    probe = FirstPaint(widget, on_painted)
    probe.attach()
    _watching.append(probe)
    return probe


def on_first_paint(accept: Callable[[QWidget], bool], on_painted: Painted) -> list[FirstPaint]:
    """Watch the first widget that ``accept`` likes, from the moment Python code calls its ``show()``.

    ``QWidget.show`` is wrapped until that moment (the launcher calls ``window.show()`` from
    Python), so no event of any other object ever passes through Python.
    """
    original = QWidget.show
    probes: list[FirstPaint] = []

    def show(self: QWidget) -> None:
        original(self)
        if accept(self) and not probes:
            QWidget.show = original  # type: ignore[method-assign]
            probes.append(watch(self, on_painted))

    QWidget.show = show  # type: ignore[method-assign]
    return probes


class TimerEvents(QObject):
    """Counts the timer events of every ``QTimer`` in the application (the suite's own, named
    ``bench-…``, left out). Call :meth:`attach` after the window is built and the session runs."""

    def __init__(self) -> None:
        super().__init__()
        self.counting = False
        self.counts: Counter[str] = Counter()
        self.watched: list[QTimer] = []

    def attach(self) -> int:
        app = QApplication.instance()
        roots: list[QObject] = [app] if app is not None else []
        roots += QApplication.topLevelWidgets()
        seen: set[int] = set()
        for root in roots:
            for timer in root.findChildren(QTimer):
                if id(timer) in seen or timer.objectName().startswith(BENCH_PREFIX):
                    continue
                seen.add(id(timer))
                timer.installEventFilter(self)
                self.watched.append(timer)
        return len(self.watched)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if self.counting and event.type() == QEvent.Type.Timer:
            self.counts[obj.objectName() or f"QTimer in {type(obj.parent()).__name__}"] += 1
        return False

    def start(self) -> None:
        self.counts.clear()
        self.counting = True

    def stop(self) -> Counter[str]:
        self.counting = False
        return Counter(self.counts)


class Heartbeat(QObject):
    """A ``PreciseTimer`` every ``interval_ms`` on the GUI thread: the longest gap between two of its
    ticks, less the interval, is the longest time the event loop did not come round (a stall).

    Qt's glib event dispatcher emits ``awake`` only after it has dispatched, so its hooks cannot tell
    waiting from working; a heartbeat can. At 5 ms it costs about 200 wake-ups a second, so it only
    runs in the stall measurement, never in the quiet one.
    """

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self.interval_ms = interval_ms
        self.timer = QTimer(self)
        self.timer.setObjectName("bench-heartbeat")
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)
        self.gaps: list[tuple[float, float]] = []     # (when it ended, gap in seconds)
        self.began = 0.0
        self._last = 0.0

    def start(self) -> None:
        self.began = self._last = time.monotonic()
        self.timer.start(self.interval_ms)

    def _tick(self) -> None:
        now = time.monotonic()
        self.gaps.append((now, now - self._last))
        self._last = now

    def stop(self) -> dict[str, object]:
        self.timer.stop()
        self._tick()
        worst = sorted(self.gaps, key=lambda g: g[1], reverse=True)[:5]
        late = max(0.0, worst[0][1] * 1000 - self.interval_ms) if worst else 0.0
        return {"longest_stall_ms": late, "interval_ms": self.interval_ms, "ticks": len(self.gaps),
                "worst": [{"ended_after_s": at - self.began, "gap_ms": gap * 1000} for at, gap in worst]}
