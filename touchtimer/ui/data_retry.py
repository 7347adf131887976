"""While the data file cannot be written (a full disk, a read-only folder, a lock held by another
program), the window tries it again every :data:`RETRY_MS` and carries on as usual once it can
(``core/startup.try_again`` does the work; this is only its timer and its words on Home).
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from touchtimer.ui.main_window import MainWindow

RETRY_MS = 5000


def stand_in(exc: Exception) -> Any:
    from touchtimer.core.startup import OpenedData
    from touchtimer.core.storage.read_only import memory_store_read_only
    from touchtimer.core.storage.repair import StoreOpenReport

    message = (f"touchtimer could not open its data ({type(exc).__name__}: {exc}). Nothing there has "
               "been changed. A session you do now stays open with \"try again\" and \"save as file\".")
    return OpenedData(memory_store_read_only(), StoreOpenReport("unavailable", message, writable=False))


def keep_trying(window: MainWindow, opened: Any, interval_ms: int = RETRY_MS) -> Any:
    """Try the data file again every ``interval_ms`` until it can be written; then say so, and stop.
    Returns the timer (tests fire it with ``timeout.emit()``)."""
    from PySide6.QtCore import QTimer

    from touchtimer.core.startup import try_again

    timer = QTimer(window)
    timer.setObjectName("data_retry")                  # tests find it with findChild
    timer.setInterval(interval_ms)

    def attempt() -> None:
        for notice in try_again(opened, now=window.clock.wall):
            print(f"touchtimer: {notice}", file=sys.stderr)
            window.show_notice(notice)
        if not opened.waiting:
            timer.stop()
            timer.deleteLater()

    timer.timeout.connect(attempt)
    timer.start()
    return timer
