"""The Qt side of the writer's ``Deliver`` port (``core/storage/writer.py``): run a callable on the GUI
thread, from any thread, through a queued signal.

The session writer's thread calls :meth:`QtDelivery.__call__` when a write it did must be answered (a
save, a discard, an error); the callable then runs in the GUI thread's event loop, where it may touch
widgets and announce on the store's change feed. Quiet outcomes (a checkpoint that went well) are not
sent this way at all: the window collects them on its once-a-second refresh, so they never wake it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal


class QtDelivery(QObject):
    """``delivery(fn)``: ``fn()`` runs soon on the thread this object lives in (the GUI thread)."""

    posted = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.posted.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def __call__(self, fn: Callable[[], None]) -> None:
        self.posted.emit(fn)

    def _run(self, fn: Callable[[], None]) -> None:
        fn()
